// laiyuan.yaml as data: the defaults, and a written config checked and merged onto them.
import type { Config, Licence, Loaded, MatchOptions, RuleSetting } from './types.js';
import { CONFIG_SCHEMA } from './schema/config-schema.js';
import { schemaIssues } from './schema-issues.js';
import {
  formatKeyPath, globProblem, isIsoDate, isRecord, suggestion, toConfigErrors, unknownName, valueAt, type Issue, type KeyPath, type Locate,
} from './validation.js';

/** How reuse is matched; the one place these numbers are set. */
export const DEFAULT_MATCH: Readonly<MatchOptions> = Object.freeze({
  k: 8,
  window: 4,
  minPassage: 50,
  reprintShare: 0.6,
  editedSimilarity: 0.9,
  editedShare: 0.03,
  minSentences: 3,
  minSentenceChars: 12,
  sentenceSimilarity: 0.6,
  boilerplateShare: 0.05,
  maxPostings: 50,
});

/** The documents laiyuan reads when a config does not say: text, Markdown, HTML, JSON Lines. */
export const DEFAULT_INCLUDE: readonly string[] = Object.freeze(['**/*.txt', '**/*.md', '**/*.markdown', '**/*.html', '**/*.htm', '**/*.jsonl']);

export const DEFAULT_CONFIG: Readonly<Omit<Config, 'file' | 'root'>> = Object.freeze({
  packs: ['cri'],
  corpus: {},
  index: {},
  licences: [],
  include: [...DEFAULT_INCLUDE],
  ignore: [],
  rules: {},
  match: DEFAULT_MATCH,
  commercial: false,
});

export interface ResolvedConfig {
  config: Config;
  /** Where each value came from, by key path: 'default', or 'file:line'. */
  provenance: Record<string, string>;
}

/** A config file as written, once its schema holds. */
interface ConfigData {
  packs?: string[];
  corpus?: Record<string, string[]>;
  index?: Record<string, string>;
  licences?: (Omit<Licence, 'paths'> & { paths?: string[] })[];
  include?: string[];
  ignore?: string[];
  rules?: Record<string, RuleSetting>;
  match?: Partial<MatchOptions>;
  commercial?: boolean;
}

/**
 * Checks a parsed config (undefined or null: no file, or an empty one) and merges it onto the
 * defaults. `file` names the config in errors and provenance; `root` is its folder.
 */
export function resolveConfig(raw: unknown, file: string | undefined, root: string, locate?: Locate, packIds?: readonly string[]): Loaded<ResolvedConfig> {
  const data = raw ?? {};
  // the references too, when the packs loaded: a licence lacking its licensee and naming an unknown publisher is told both at once
  const references = packIds ? packReferenceIssues(data, packIds) : [];
  const issues = [...schemaIssues(CONFIG_SCHEMA, data), ...duplicatePacks(data), ...licenceDateIssues(data), ...globIssues(data), ...references];
  if (issues.length > 0) return { ok: false, errors: toConfigErrors(issues, file ?? '<config>', locate) };
  const written = data as ConfigData;
  const config: Config = {
    ...(file !== undefined ? { file } : {}),
    root,
    packs: written.packs ?? [...DEFAULT_CONFIG.packs],
    corpus: written.corpus ?? {},
    index: written.index ?? {},
    licences: (written.licences ?? []).map((l) => ({ ...l, paths: l.paths ?? [] })),
    include: written.include ?? [...DEFAULT_CONFIG.include],
    ignore: written.ignore ?? [],
    rules: { ...written.rules },
    match: { ...DEFAULT_MATCH, ...written.match },
    commercial: written.commercial ?? DEFAULT_CONFIG.commercial,
  };
  return { ok: true, value: { config, provenance: provenanceOf(written, file, locate) } };
}

/** The packs a config names (the default when it names none), or undefined when `packs` is no list of texts. */
export function packsNamed(raw: unknown): string[] | undefined {
  const packs = valueAt(raw ?? {}, ['packs']);
  if (packs === undefined && isRecord(raw ?? {})) return [...DEFAULT_CONFIG.packs];
  return Array.isArray(packs) && packs.every((p): p is string => typeof p === 'string' && p !== '') ? packs : undefined;
}

/** Licences and corpus entries (of a config as written) must name packs that were loaded. */
export function packReferenceIssues(data: unknown, packIds: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  const licences = valueAt(data, ['licences']);
  (Array.isArray(licences) ? licences : []).forEach((licence, i) => {
    const publisher = valueAt(licence, ['publisher']);
    if (typeof publisher === 'string' && publisher !== '' && !packIds.includes(publisher)) {
      issues.push({ path: ['licences', i, 'publisher'], target: 'value', message: unknownPack('publisher', publisher, packIds) });
    }
  });
  for (const key of ['corpus', 'index'] as const) {
    const entries = valueAt(data, [key]);
    for (const id of isRecord(entries) ? Object.keys(entries) : []) {
      if (!packIds.includes(id)) issues.push({ path: [key, id], target: 'key', message: unknownPack('pack', id, packIds) });
    }
  }
  return issues;
}

/** "unknown publisher 'xinhua' (the packs are cri): …", what to write said where no name is close. */
function unknownPack(noun: string, name: string, packIds: readonly string[]): string {
  if (suggestion(name, packIds) !== '' || packIds.length === 0) return unknownName(noun, name, packIds);
  return `unknown ${noun} '${name}' (the packs are ${packIds.join(', ')}): write one of their ids, or add its pack to packs: (a built-in pack id, a pack file or a notice text)`;
}

function duplicatePacks(data: unknown): Issue[] {
  const packs = valueAt(data, ['packs']);
  if (!Array.isArray(packs)) return [];
  return packs.flatMap((ref, i) => (packs.indexOf(ref) < i ? [{ path: ['packs', i], target: 'value', message: `pack '${String(ref)}' is listed twice` } as Issue] : []));
}

function licenceDateIssues(data: unknown): Issue[] {
  const licences = valueAt(data, ['licences']);
  if (!Array.isArray(licences)) return [];
  return licences.flatMap((licence, i): Issue[] => {
    const issues: Issue[] = [];
    const dates: Record<string, string> = {};
    for (const key of ['validFrom', 'validTo']) {
      const value = valueAt(licence, [key]);
      if (typeof value !== 'string' || value === '') continue;
      if (isIsoDate(value)) dates[key] = value;
      else issues.push({ path: ['licences', i, key], target: 'value', message: `'${value}' is not a date: write YYYY-MM-DD, e.g. 2024-01-01` });
    }
    if (dates.validFrom && dates.validTo && dates.validFrom > dates.validTo) {
      issues.push({ path: ['licences', i, 'validFrom'], target: 'value', message: `validFrom ${dates.validFrom} is after validTo ${dates.validTo}` });
    }
    return issues;
  });
}

function globIssues(data: unknown): Issue[] {
  const lists: KeyPath[] = [['include'], ['ignore']];
  const licences = valueAt(data, ['licences']);
  if (Array.isArray(licences)) licences.forEach((_, i) => lists.push(['licences', i, 'paths']));
  const corpus = valueAt(data, ['corpus']);
  if (isRecord(corpus)) for (const id of Object.keys(corpus)) lists.push(['corpus', id]);
  return lists.flatMap((path) => {
    const globs = valueAt(data, path);
    if (!Array.isArray(globs)) return [];
    return globs.flatMap((glob, i): Issue[] => {
      const problem = typeof glob === 'string' ? globProblem(glob) : undefined;
      return problem ? [{ path: [...path, i], target: 'value', message: problem }] : [];
    });
  });
}

function provenanceOf(written: ConfigData, file: string | undefined, locate?: Locate): Record<string, string> {
  const provenance: Record<string, string> = {};
  const record = (path: KeyPath, present: boolean, target: 'key' | 'value' = 'key'): void => {
    const at = present ? locate?.(path, target) : undefined;
    provenance[formatKeyPath(path)] = !present ? 'default' : at ? `${file}:${at.line}` : (file ?? 'default');
  };
  for (const key of ['packs', 'corpus', 'index', 'licences', 'include', 'ignore', 'rules', 'commercial'] as const) record([key], written[key] !== undefined);
  for (const id of Object.keys(written.corpus ?? {})) record(['corpus', id], true);
  for (const id of Object.keys(written.index ?? {})) record(['index', id], true);
  (written.licences ?? []).forEach((licence, i) => {
    record(['licences', i], true, 'value');
    // where each glob stands, for the warning of one that matches no file
    (licence.paths ?? []).forEach((_, j) => record(['licences', i, 'paths', j], true, 'value'));
  });
  for (const id of Object.keys(written.rules ?? {})) record(['rules', id], true);
  for (const key of Object.keys(DEFAULT_MATCH) as (keyof MatchOptions)[]) record(['match', key], written.match?.[key] !== undefined);
  return provenance;
}
