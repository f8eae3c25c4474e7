// Validation shared by packs and configs: findings as `Issue`s with a key path, turned into
// `ConfigError`s once something can say where a key path stands in a file. Schema errors are
// schema-issues.ts's: the compiled schemas are loaded only by what checks a config or a pack.
import { closest, distance } from 'fastest-levenshtein';
import picomatch from 'picomatch';
import type { ConfigError } from './types.js';

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
