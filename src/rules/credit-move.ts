import type { Document } from '../core/read/types.js';
import type { Span } from '../core/shared/types.js';
import type { TextEdit } from '../core/judge/types.js';
import type { Metadata } from '../core/metadata/types.js';
import { splitLines, type Line } from '../core/shared/lines.js';
import { attributionFix, replaceFix, standsAlone } from './fixes.js';

/**
 * Moves a credit standing below the body's start to the top, rewritten: deletes it where it is (its
 * line, and the blank lines before it, when it stands alone) and inserts `credit` where
 * missing-attribution would. Undefined where a line cannot be inserted (HTML, JSON Lines) or the
 * two edits would meet.
 */
export function moveCreditFix(doc: Document, metadata: Metadata, span: Span, credit: string): TextEdit[] | undefined {
  const insert = attributionFix(doc, metadata, credit);
  if (!insert) return undefined;
  const removal = replaceFix(doc, removalSpan(doc, span), '');
  if (!removal) return undefined;
  const [rm] = removal;
  if (insert.some((e) => e.start >= rm.start && e.start <= rm.end)) return undefined;
  return [...removal, ...insert];
}

function removalSpan(doc: Document, span: Span): Span {
  const lines = splitLines(doc.text);
  const at = lines.findIndex((l) => l.start <= span.start && span.end <= l.end);
  if (at < 0 || !standsAlone(doc, span)) return withSpaceBefore(doc.text, span);
  let first = at;
  while (first > 0 && blank(doc.text, lines[first - 1])) first--;
  const line = lines[at];
  // the last line: the line break before it goes, not one after it
  if (line.next === line.end) return { start: first > 0 ? lines[first - 1].end : 0, end: line.end };
  return { start: lines[first].start, end: line.next };
}

function blank(text: string, line: Line): boolean {
  return text.slice(line.start, line.end).trim() === '';
}

/** A credit after text on its line goes with the spaces before it: 正文完。　来源：CRI. */
function withSpaceBefore(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && /[ \t\u3000]/u.test(text[start - 1])) start--;
  return { start, end: span.end };
}
