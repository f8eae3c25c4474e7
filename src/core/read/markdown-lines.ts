// Whole-line Markdown shapes read by hand: as regular expressions they backtrack over runs of
// spaces (a heading or a table row of 100,000 spaces took minutes).

import type { Span } from '../shared/types.js';
import { splitLines } from '../shared/lines.js';

const SPACE = /\s/;
const CELL = /^ *:?-+:? *$/;
/** An ATX heading's opening: `# `, `## `, … up to three spaces in. */
export const ATX_HEADING = /^ {0,3}(#{1,6})( +|$)/;

/** A setext heading's underline: `===` under a level-one heading's text, `---` under a level-two one's. */
export const SETEXT_UNDERLINE = /^ {0,3}(=+|-+) *$/;
/** A line that opens a block of its own (quote, list, fence), so no underline makes a heading of it. */
export const OWN_BLOCK = /^ {0,3}(>|`{3}|~{3}|[-*+](?: |$)|\d{1,9}[.)](?: |$))/;

/**
 * Where the Markdown heading holding `line` ends: the line itself for an ATX heading, the underline
 * for a setext one (the line's paragraph closed by `===` or `---`); undefined where it is no heading.
 */
export function headingEnd(raw: string, line: Span): number | undefined {
  const first = raw.slice(line.start, line.end);
  if (ATX_HEADING.test(first)) return line.end;
  if (OWN_BLOCK.test(first)) return undefined;
  for (const next of splitLines(raw)) {
    if (next.start <= line.start) continue;
    const source = raw.slice(next.start, next.end);
    if (SETEXT_UNDERLINE.test(source)) return next.end;
    if (source.trim() === '' || ATX_HEADING.test(source) || OWN_BLOCK.test(source)) return undefined;
  }
  return undefined;
}

/** Length of a heading's closing sequence (`/\s+#+\s*$/`: ' ##  '), 0 when it has none. */
export function closingHashes(rest: string): number {
  let end = rest.length;
  while (end > 0 && SPACE.test(rest[end - 1])) end--;
  let hashes = end;
  while (hashes > 0 && rest[hashes - 1] === '#') hashes--;
  let start = hashes;
  while (start > 0 && SPACE.test(rest[start - 1])) start--;
  return hashes < end && start < hashes ? rest.length - start : 0;
}

/** A table's delimiter row, `/^ {0,3}\|?( *:?-+:? *\|)+( *:?-+:? *)?\|? *$/`: `| --- | :-: |`. */
export function isTableDelimiterRow(line: string): boolean {
  let at = 0;
  while (line[at] === ' ') at++;
  if (line[at] === '|') {
    if (at > 3) return false;
    at++;
  }
  const parts = line.slice(at).split('|');
  if (parts.length < 2) return false;
  const last = parts.pop() as string;
  if (!/^ *$/.test(last) && !CELL.test(last)) return false;
  // `||` at the end: the last cell left out, the closing pipe kept
  if (parts.length >= 2 && parts[parts.length - 1] === '' && /^ *$/.test(last)) parts.pop();
  return parts.every((p) => CELL.test(p));
}
