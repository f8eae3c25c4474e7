import type { Document } from '../core/read/types.js';
import type { Span } from '../core/shared/types.js';
import type { TextEdit } from '../core/judge/types.js';
import type { Metadata } from '../core/metadata/types.js';
import { splitLines, type Line } from '../core/shared/lines.js';
import { scanOf } from '../core/metadata/scan.js';
import { mediaTagsEnd } from '../core/metadata/header.js';
import { CLOSE_BRACKETS, OPEN_BRACKETS, isClose, isOpen, isSpace } from '../core/metadata/chars.js';
import { attributionFix, replaceFix, standsAlone } from './fixes.js';

export interface CreditMove {
  fix: TextEdit[];
  /** The media tags moved with the credit, as written after it: （组图）; '' where none. */
  tags: string;
}

/**
 * Moves a credit standing below the body's start to the top, rewritten: deletes it where it is (its
 * line, and the blank lines before it, when it stands alone; else the credit and what joined it to
 * the text beside it) and inserts `credit` where missing-attribution would. Media tags right after
 * it (（来源：CRI）（组图）) are the headline's, so they go with it. Undefined where a line cannot
 * be inserted (HTML, JSON Lines) or the two edits would meet.
 */
export function moveCreditFix(doc: Document, metadata: Metadata, span: Span, credit: string): CreditMove | undefined {
  const lines = splitLines(doc.text);
  const line = lines.find((l) => l.start <= span.start && span.end <= l.end);
  if (!line) return undefined;
  const moved = { start: span.start, end: mediaTagsEnd(scanOf(doc.text).key, span.end, line.end) };
  const tags = closed(doc.text.slice(span.end, moved.end).trim());
  const insert = attributionFix(doc, metadata, `${credit}${tags}`);
  if (!insert) return undefined;
  const removal = standsAlone(doc, moved) ? lineRemoval(doc, lines, line) : replaceFix(doc, withJoiner(doc.text, moved, line), '');
  if (!removal) return undefined;
  const [rm] = removal;
  if (insert.some((e) => e.start >= rm.start && e.start <= rm.end)) return undefined;
  return { fix: [...removal, ...insert], tags };
}

/** Tags as written, the last closed if the line ended it open: （组图 → （组图）. */
function closed(tags: string): string {
  if (tags === '' || isClose(tags[tags.length - 1])) return tags;
  let open = tags.length - 1;
  while (open > 0 && !isOpen(tags[open])) open--;
  return `${tags}${CLOSE_BRACKETS[OPEN_BRACKETS.indexOf(tags[open])]}`;
}

/**
 * The line, and the blank lines before it where a blank line or the end follows it; in Markdown only
 * where what the line holds besides the credit is markup of its own (> * _ #, a list marker). A
 * line right under it (**责编：李四**) keeps the blank line above, or it would join the paragraph
 * before it.
 */
function lineRemoval(doc: Document, lines: Line[], line: Line): TextEdit[] | undefined {
  if (!onlyLineMarkup(doc, line)) return undefined;
  const below = lines[line.number + 1];
  const closesParagraph = below === undefined || blank(doc.text, below);
  let first = line.number;
  while (closesParagraph && first > 0 && blank(doc.text, lines[first - 1]) && onlyLineMarkup(doc, lines[first - 1])) first--;
  // the last line: the line break before it goes, not one after it
  if (line.next === line.end) return [{ start: first > 0 ? lines[first - 1].end : 0, end: line.end, text: '' }];
  return [{ start: lines[first].start, end: line.next, text: '' }];
}

/**
 * Whether the file's line differs from the text read only where blanked markup stands that opens
 * and closes on the line (a blockquote's >, emphasis, a heading's #, a list marker), and not in a
 * page whose offsets are not the file's (JSON Lines, character references).
 */
function onlyLineMarkup(doc: Document, line: Line): boolean {
  if (doc.format === 'jsonl' || doc.escaped !== undefined) return false;
  for (let i = line.start; i < line.end; i++) {
    if (doc.raw[i] !== doc.text[i] && !(LINE_MARKUP.includes(doc.raw[i]) && isSpace(doc.text[i]))) return false;
  }
  return true;
}

const LINE_MARKUP = '>*_#+-.)0123456789 \t';

function blank(text: string, line: Line): boolean {
  return text.slice(line.start, line.end).trim() === '';
}

/**
 * A credit beside other text on its line goes with what joined it to that text, one separator and
 * its spaces: after it where it opens its bracket or line (（来源：CRI，记者 张三） → （记者 张三）),
 * else before it (正文完。　来源：CRI, （记者 张三／来源：CRI）).
 */
function withJoiner(text: string, span: Span, line: Line): Span {
  let before = span.start;
  while (before > line.start && isSpace(text[before - 1])) before--;
  if (before === line.start || isOpen(text[before - 1])) return { start: span.start, end: joinerEnd(text, span.end, line.end) };
  if (JOINERS.includes(text[before - 1])) before--;
  while (before > line.start && isSpace(text[before - 1])) before--;
  return { start: before, end: span.end };
}

function joinerEnd(text: string, from: number, lineEnd: number): number {
  let end = from;
  while (end < lineEnd && isSpace(text[end])) end++;
  if (end < lineEnd && JOINERS.includes(text[end])) end++;
  while (end < lineEnd && isSpace(text[end])) end++;
  return end;
}

/** What joins a credit to a byline beside it: 来源：CRI，记者 张三; 来源：CRI / 编辑：李四. */
const JOINERS = '，,；;/／|｜、';
