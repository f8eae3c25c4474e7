// A baseline: the findings a repository already had when it adopted laiyuan, so that only new
// ones are reported. Findings are matched by file and fingerprint (never by line), with counts.
import type { ConfigError, Loaded } from '../config/types.js';
import type { Finding } from '../judge/types.js';
import { LineIndex } from '../read/positions.js';
import { parseJsonLine } from '../read/json-line.js';
import { formatKeyPath, isRecord, type KeyPath } from '../config/validation.js';

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  /** The file, relative to the baseline's folder, '/'-separated. */
  file: string;
  /** How many findings of this file share the fingerprint. */
  count: number;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

/** Where a finding's file is recorded: its path relative to the baseline's folder. */
export type FileKey = (file: string) => string;

const keyOf = (file: string, fingerprint: string): string => `${file}\u0000${fingerprint}`;

/** Every finding, counted by file and fingerprint, in a stable order. */
export function buildBaseline(findings: readonly Finding[], fileKey: FileKey): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const file = fileKey(f.file);
    const entry = entries.get(keyOf(file, f.fingerprint));
    if (entry) entry.count++;
    else entries.set(keyOf(file, f.fingerprint), { fingerprint: f.fingerprint, ruleId: f.ruleId, file, count: 1 });
  }
  return { version: 1, entries: sortEntries([...entries.values()]) };
}

/** The findings the baseline does not account for: beyond an entry's count, or with no entry. */
export function newFindings(findings: readonly Finding[], baseline: Baseline, fileKey: FileKey): Finding[] {
  const left = countsOf(baseline);
  return findings.filter((f) => {
    const key = keyOf(fileKey(f.file), f.fingerprint);
    const n = left.get(key) ?? 0;
    if (n === 0) return true;
    left.set(key, n - 1);
    return false;
  });
}

export interface Pruned {
  baseline: Baseline;
  /** How many recorded findings no longer occur. */
  removed: number;
}

/**
 * Drops what no longer occurs: for files checked in this run, counts above what was found; and
 * entries of files that no longer exist. Entries of other files stay as they are.
 */
export function pruneBaseline(baseline: Baseline, findings: readonly Finding[], fileKey: FileKey, checked: ReadonlySet<string>, exists: (file: string) => boolean): Pruned {
  const found = countsOf(buildBaseline(findings, fileKey));
  let removed = 0;
  const entries: BaselineEntry[] = [];
  for (const entry of baseline.entries) {
    const count = checked.has(entry.file)
      ? Math.min(entry.count, found.get(keyOf(entry.file, entry.fingerprint)) ?? 0)
      : exists(entry.file) ? entry.count : 0;
    removed += entry.count - count;
    if (count > 0) entries.push({ ...entry, count });
  }
  return { baseline: { version: 1, entries }, removed };
}

export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify({ version: baseline.version, entries: sortEntries(baseline.entries) }, null, 2)}\n`;
}

/** A baseline file's text read back, or what is wrong with it (with line and column for bad JSON). */
export function parseBaseline(text: string, file: string): Loaded<Baseline> {
  const body = text.replace(/^\uFEFF/u, '');
  const syntax = parseJsonLine(body);
  if (!syntax.ok) {
    return { ok: false, errors: [{ file, ...new LineIndex(body).position(syntax.offset), message: `not valid JSON: ${syntax.message}` }] };
  }
  const data: unknown = JSON.parse(body);
  const errors = shapeErrors(data).map(([path, message]): ConfigError => ({ file, ...(path.length > 0 ? { path: formatKeyPath(path) } : {}), message }));
  if (errors.length > 0) return { ok: false, errors };
  const { entries } = data as Baseline;
  return { ok: true, value: { version: 1, entries: entries.map(({ fingerprint, ruleId, file: f, count }) => ({ fingerprint, ruleId, file: f, count })) } };
}

function shapeErrors(data: unknown): [KeyPath, string][] {
  if (!isRecord(data)) return [[[], 'expected an object with "version" and "entries"']];
  if (data.version !== 1) return [[['version'], `expected 1, got ${JSON.stringify(data.version) ?? 'nothing'}`]];
  if (!Array.isArray(data.entries)) return [[['entries'], 'expected a list of entries']];
  const errors: [KeyPath, string][] = [];
  data.entries.forEach((entry: unknown, i: number) => {
    if (!isRecord(entry)) errors.push([['entries', i], 'expected an object with fingerprint, ruleId, file and count']);
    else {
      for (const key of ['fingerprint', 'ruleId', 'file'] as const) {
        if (typeof entry[key] !== 'string' || entry[key] === '') errors.push([['entries', i, key], 'expected a non-empty string']);
      }
      if (!Number.isInteger(entry.count) || (entry.count as number) < 1) errors.push([['entries', i, 'count'], 'expected a whole number of 1 or more']);
    }
  });
  return errors;
}

function countsOf(baseline: Baseline): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of baseline.entries) counts.set(keyOf(e.file, e.fingerprint), (counts.get(keyOf(e.file, e.fingerprint)) ?? 0) + e.count);
  return counts;
}

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const text = (e: BaselineEntry) => [e.file, e.ruleId, e.fingerprint].join('\u0000');
  return [...entries].sort((a, b) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0));
}
