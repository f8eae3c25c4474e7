// Validation shared by packs and configs: schema errors and other findings as `Issue`s with a
// key path, turned into `ConfigError`s once something can say where a key path stands in a file.
import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import picomatch from 'picomatch';
import type { ConfigError } from './types.js';
import * as compiled from './schema/compiled.js';
import { CONFIG_SCHEMA } from './schema/config-schema.js';
import { PACK_SCHEMA } from './schema/pack-schema.js';

export type KeyPath = readonly (string | number)[];

/** What to point at: the key itself, its value, or (for a missing key) the mapping that lacks it. */
export type Target = 'key' | 'value' | 'parent';

export interface Issue {
  path: KeyPath;
  message: string;
  target: Target;
}

/** Where a key path stands in the file it was read from (1-based line, code-point column). */
export type Locate = (path: KeyPath, target: Target) => { line: number; column: number } | undefined;

/** A schema's validation code, compiled at build time (scripts/gen-validators.mjs). */
interface Compiled {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const COMPILED = new Map<object, { validate: Compiled; source: string; name: string }>([
  [CONFIG_SCHEMA, { validate: compiled.config as Compiled, source: compiled.SOURCES.config, name: 'config' }],
  [PACK_SCHEMA, { validate: compiled.pack as Compiled, source: compiled.SOURCES.pack, name: 'pack' }],
]);
const current = new WeakSet<object>();

/** Every way `data` breaks `schema` (the config's or a pack's). */
export function schemaIssues(schema: object, data: unknown): Issue[] {
  const entry = COMPILED.get(schema);
  if (!entry) throw new Error('schemaIssues knows the config and pack schemas only');
  if (!current.has(schema)) {
    if (JSON.stringify(schema) !== entry.source) throw new Error(`the compiled ${entry.name} schema is out of date: run npm run build`);
    current.add(schema);
  }
  const { validate } = entry;
  if (validate(data)) return [];
  return (validate.errors ?? []).map((error) => issueOf(error, data));
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  array: 'a list',
  object: 'a mapping of keys to values',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

function issueOf(error: ErrorObject, root: unknown): Issue {
  const path = pointerPath(error.instancePath, root);
  const schema: Record<string, unknown> = isRecord(error.parentSchema) ? error.parentSchema : {};
  const params: Record<string, unknown> = error.params;
  const got = describe(error.data);
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys(isRecord(schema.properties) ? schema.properties : {});
      const noun = typeof schema['x-unknown'] === 'string' ? schema['x-unknown'] : 'key';
      return { path: [...path, name], target: 'key', message: unknownName(noun, name, allowed) };
    }
    case 'required':
      return { path: [...path, String(params.missingProperty)], target: 'parent', message: `missing required key '${String(params.missingProperty)}'` };
    case 'type':
      return { path, target: 'value', message: `expected ${TYPE_WORDS[String(params.type)] ?? String(params.type)}, got ${got}` };
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues.map(String) : [];
      return { path, target: 'value', message: `expected one of ${allowed.join(', ')}, got ${got}${suggestion(String(error.data), allowed)}` };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, target: 'value', message: `expected a number ${String(params.comparison)} ${String(params.limit)}, got ${got}` };
    case 'minItems':
      return { path, target: 'value', message: `expected at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}, got ${Array.isArray(error.data) ? error.data.length : 0}` };
    case 'minLength':
      return { path, target: 'value', message: 'expected a non-empty text' };
    case 'pattern': {
      const expected = typeof schema['x-expected'] === 'string' ? schema['x-expected'] : `a text matching ${String(params.pattern)}`;
      return { path, target: 'value', message: `expected ${expected}, got ${got}` };
    }
    default:
      return { path, target: 'value', message: error.message ?? `breaks the ${error.keyword} rule` };
  }
}

/** "unknown key 'licence', did you mean 'licences'?" or, with nothing close, the allowed names. */
export function unknownName(noun: string, name: string, allowed: readonly string[]): string {
  const hint = suggestion(name, allowed);
  if (hint || allowed.length === 0) return `unknown ${noun} '${name}'${hint}`;
  return `unknown ${noun} '${name}' (expected one of ${allowed.join(', ')})`;
}

/** ", did you mean 'x'?" when one of the candidates is close to `word`, else ''. */
export function suggestion(word: string, candidates: readonly string[]): string {
  const best = closeName(word, candidates);
  return best === undefined ? '' : `, did you mean '${best}'?`;
}

/** The candidate closest to `word`, when it is close enough to be what was meant (a typo, a prefix). */
export function closeName(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || word.length === 0) return undefined;
  const best = closest(word, [...candidates]);
  const a = word.toLowerCase();
  const b = best.toLowerCase();
  const near = distance(a, b) <= Math.max(2, Math.floor(Math.max(a.length, b.length) / 3));
  const prefix = Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a));
  return near || prefix ? best : undefined;
}

/** 'licences[0].actions[1]' for ['licences', 0, 'actions', 1]. */
export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[^\s.[\]"]+$/u.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Issues as errors in `file`, in the order they stand in it. */
export function toConfigErrors(issues: readonly Issue[], file: string, locate?: Locate): ConfigError[] {
  const errors = issues.map((issue): ConfigError => {
    const at = locate?.(issue.path, issue.target);
    const path = formatKeyPath(issue.path);
    return { file, ...(at ?? {}), ...(path ? { path } : {}), message: issue.message };
  });
  return errors.sort((x, y) => (x.line ?? Infinity) - (y.line ?? Infinity) || (x.column ?? 0) - (y.column ?? 0));
}

/** The value at a key path, if there is one. */
export function valueAt(data: unknown, path: KeyPath): unknown {
  let current = data;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current) && typeof segment === 'string') current = current[segment];
    else return undefined;
  }
  return current;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Why a glob cannot be used, or undefined when it can. */
export function globProblem(glob: string): string | undefined {
  try {
    picomatch.makeRe(glob, { strictBrackets: true });
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/ - use .*$/u, '') : String(error);
    return `'${glob}' is not a usable glob: ${reason}`;
  }
}

function pointerPath(pointer: string, root: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let current = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(current) ? Number(key) : key;
    path.push(segment);
    current = valueAt(current, [segment]);
  }
  return path;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
