// laiyuan.yaml as data: a written config checked, then merged onto the defaults (config-data.ts).
import type { Loaded } from './types.js';
import { configOf, type ConfigData, type ResolvedConfig } from './config-data.js';
import { CONFIG_SCHEMA } from './schema/config-schema.js';
import { schemaIssues } from './schema-issues.js';
import {
  globProblem, isIsoDate, isRecord, suggestion, toConfigErrors, unknownName, valueAt, type Issue, type KeyPath, type Locate,
} from './validation.js';

export { DEFAULT_CONFIG, DEFAULT_INCLUDE, DEFAULT_MATCH, packsNamed, type ResolvedConfig } from './config-data.js';

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
  return { ok: true, value: configOf(data as ConfigData, file, root, locate) };
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
