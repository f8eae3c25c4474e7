// The words each finding stands on, and where its fix edits fall, for reports that show code
// (SARIF snippet and contextRegion, rdjson suggestions): the formatters see no file text.
import { LineIndex, lineStarts, rawColumn } from '../read/positions.js';
import type { Document } from '../read/types.js';
import type { Excerpt, Finding } from './types.js';
import { spend } from '../shared/budget.js';
import { lazy } from '../shared/once-per.js';
import { mapped } from '../shared/mapped.js';

/** Lines of context either side of a finding. */
const CONTEXT_LINES = 2;
/** Longer excerpts (a minified one-line HTML page) are left out: a report is no copy of the file. */
const MAX_CHARS = 4000;

export function withExcerpts(findings: readonly Finding[], doc: Document): Finding[] {
  spend(doc.raw.length);
  const lines = doc.raw.split(/\r?\n|\r/u);
  const index = lazy(() => new LineIndex(doc.raw));
  // a file that wrote characters as escapes (\u6765, &#26469;) counts its columns in them; `raw` holds the characters
  const starts = lazy(() => lineStarts(doc.raw));
  const column = doc.escaped ? (line: number, c: number) => rawColumn(doc, starts()[line], c) : (_line: number, c: number) => c;
  return mapped(findings, (f) => {
    const excerpt = excerptOf(f, lines, doc.lineOffset, column);
    const fix = doc.format === 'jsonl' ? f.fix : f.fix?.map((edit) => ({ ...edit, range: index().range(edit) }));
    return { ...f, ...(excerpt ? { excerpt } : {}), ...(fix ? { fix } : {}) };
  });
}

function excerptOf(f: Finding, lines: readonly string[], offset: number, column: (line: number, c: number) => number): { snippet: string; context: Excerpt } | undefined {
  const first = f.line - offset - 1;
  const last = f.endLine - offset - 1;
  if (first < 0 || last >= lines.length || last < first) return undefined;
  const start = Math.max(0, first - CONTEXT_LINES);
  const end = Math.min(lines.length - 1, last + CONTEXT_LINES);
  // measured before it is cut out: the lines of a one-line page are megabytes, each finding's the same
  const units = unitsOf(lines, start, end);
  spend(units);
  if (units > MAX_CHARS) return undefined;
  const region = lines.slice(first, last + 1).map((line, i) => {
    const points = [...line];
    const from = first + i === first ? column(first, f.column) - 1 : 0;
    const to = first + i === last ? column(last, f.endColumn) - 1 : points.length;
    return points.slice(from, to).join('');
  });
  const context = lines.slice(start, end + 1).join('\n');
  return { snippet: region.join('\n'), context: { startLine: start + offset + 1, endLine: end + offset + 1, text: context } };
}

/** The length of lines[start..end] joined by line breaks, counted up to past MAX_CHARS. */
function unitsOf(lines: readonly string[], start: number, end: number): number {
  let units = end - start;
  for (let i = start; i <= end && units <= MAX_CHARS; i++) units += lines[i].length;
  return units;
}
