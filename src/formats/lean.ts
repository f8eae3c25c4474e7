// What of a finding the reports read: a run that writes only formats which never look at a
// finding's excerpt, fix edits or passages' lines can drop them as each file is checked.
import type { Finding } from '../core/judge/types.js';
import type { FormatName } from './names.js';

/** Formats that read neither `excerpt`, nor `fix`, nor a passage's `lines` (SARIF shows the excerpt; pretty, HTML, Markdown the lines; rdjson the fixes). */
const LEAN_FORMATS: ReadonlySet<FormatName> = new Set(['json', 'junit', 'checkstyle', 'github']);

/** Whether every format of a run reads a finding as leanFinding leaves it. */
export function leanFormats(formats: Iterable<FormatName>): boolean {
  return [...formats].every((name) => LEAN_FORMATS.has(name));
}

/**
 * The finding without what only some formats show: its excerpt, its fix edits, its passages line
 * by line. The finding itself when it holds none of them (made lean by the check, then settled).
 */
export function leanFinding(finding: Finding): Finding {
  const linesIn = finding.reuse?.passages.some((p) => p.lines !== undefined) === true;
  if (finding.excerpt === undefined && finding.fix === undefined && !linesIn) return finding;
  const { excerpt: _excerpt, fix: _fix, ...rest } = finding;
  if (!finding.reuse || !linesIn) return rest;
  return { ...rest, reuse: { ...finding.reuse, passages: finding.reuse.passages.map(({ lines: _lines, ...passage }) => passage) } };
}
