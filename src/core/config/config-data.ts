// laiyuan.yaml's defaults, and a config as written (config.ts has checked it) merged onto them:
// apart from the checks, so that a run with no config file, which has nothing to check, loads
// none of the compiled schema code.
import type { Config, Licence, MatchOptions, RuleSetting } from './types.js';
import { formatKeyPath, isRecord, valueAt, type KeyPath, type Locate } from './validation.js';

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
export interface ConfigData {
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

/** The packs a config names (the default when it names none), or undefined when `packs` is no list of texts. */
export function packsNamed(raw: unknown): string[] | undefined {
  const packs = valueAt(raw ?? {}, ['packs']);
  if (packs === undefined && isRecord(raw ?? {})) return [...DEFAULT_CONFIG.packs];
  return Array.isArray(packs) && packs.every((p): p is string => typeof p === 'string' && p !== '') ? packs : undefined;
}

/** A config as written (its checks passed, or none written: `{}`) merged onto the defaults, with where each value came from. */
export function configOf(written: ConfigData, file: string | undefined, root: string, locate?: Locate): ResolvedConfig {
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
  return { config, provenance: provenanceOf(written, file, locate) };
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
