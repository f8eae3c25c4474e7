import type { Document } from '../core/read/types.js';
import type { Span } from '../core/shared/types.js';
import type { TextEdit } from '../core/judge/types.js';
import type { Metadata, SourceClaim } from '../core/metadata/types.js';
import { documentLines, lineHolding, type Line } from '../core/shared/lines.js';
import { scanOf } from '../core/metadata/scan.js';
import { bracketedNote, creditDate, creditTagsEnd } from '../core/metadata/header.js';
import { visibleText } from '../core/read/text-builder.js';
import { CLOSE_BRACKETS, OPEN_BRACKETS, isClose, isOpen, isSpace } from '../core/metadata/chars.js';
import { attributionFix, replaceFix, rewriteFix, standsAlone } from './fixes.js';
import { emptiedElement } from './emptied-element.js';
import { isTableDelimiterRow } from '../core/read/markdown-lines.js';

export interface CreditMove {
  fix: TextEdit[];
  /** The media tags and notes of cuts moved with the credit, as written after it: （组图）, （有删改）; '' where none. */
  tags: string;
  /** What is deleted where it stood when more than the credit's line and its tags: （来源：CRI，有删改）. */
  deleted?: string;
}

/**
 * Moves a credit standing below the body's start to the top, rewritten: deletes it where it is (its
 * line, and the blank lines before it, when it stands alone; else the credit and what joined it to
 * the text beside it) and inserts `credit` where missing-attribution would. Media tags right after
 * it (（来源：CRI）（组图）) are the headline's, so they go with it; a note of cuts after it or in its
 * brackets (（来源：CRI）（有删改）, （来源：CRI，有删改）) says what the reprint did to the credited
 * text, so it goes with it too, in brackets after it. Undefined where a line cannot be inserted
 * (HTML, JSON Lines) or the two edits would meet. `over`: a wrong credit at the top (see topSwap),
 * which the credit is written over where it stands instead of beside it.
 */
export function moveCreditFix(doc: Document, metadata: Metadata, span: Span, credit: string, over?: SourceClaim): CreditMove | undefined {
  const lines = documentLines(doc);
  const line = lineHolding(lines, span.start);
  if (span.end > line.end) return undefined;
  const { key } = scanOf(doc.text);
  const dated = withDate(doc.text, key, span, line);
  const note = dated ? undefined : noteInBrackets(doc.text, key, span, line);
  const after = note?.end ?? dated?.span.end ?? span.end;
  const moved = { start: note?.open ?? dated?.span.start ?? span.start, end: creditTagsEnd(key, after, line.end) };
  const tags = `${dated ? ` ${dated.date}` : ''}${note?.written ?? ''}${closed(doc.text.slice(after, moved.end).trim())}`;
  const insert = over ? rewriteFix(doc, over, `${credit}${tags}`) : attributionFix(doc, metadata, `${credit}${tags}`);
  if (!insert) return undefined;
  const removal = removalOf(doc, lines, line, moved);
  if (!removal) return undefined;
  const [rm] = removal;
  if (insert.some((e) => e.end >= rm.start && e.start <= rm.end)) return undefined;
  const deleted = (note || dated) && visibleText(doc.raw, doc.text, { start: moved.start, end: after }) + closed(doc.text.slice(after, moved.end).trim());
  return { fix: [...removal, ...insert], tags, deleted };
}

/**
 * A credit in a Markdown table below the top (a foot table of the page's fields: | 来源 | 编辑 | over
 * | CRI | 张三 |, | 来源：CRI | 责编：张三 |): a row cannot lose a cell, so moveCreditFix offers no move,
 * and a fix rewriting the cell alone left the credit where a second run asks it moved. Instead the
 * required credit is written under the headline (as missing-attribution would) and the table kept,
 * its cell rewritten where `inPlace` does: a second run finds the top credited and the table's
 * credit a right one beside it, nothing to fix or report. Undefined outside such a table, or where
 * the two edits would meet.
 */
export function creditAboveTable(doc: Document, metadata: Metadata, span: Span, credit: string, inPlace: readonly TextEdit[] = []): TextEdit[] | undefined {
  if (doc.format !== 'markdown' || !inTable(doc, span)) return undefined;
  const insert = attributionFix(doc, metadata, credit);
  if (!insert || insert.some((i) => inPlace.some((e) => i.end >= e.start && i.start <= e.end))) return undefined;
  return [...insert, ...inPlace];
}

/** How many rows of a table above or below a credit's row are looked through for its delimiter row. */
const MAX_TABLE_ROWS = 64;

/** Whether `span` stands in a row of a Markdown table: a line with a bar, a delimiter row (| --- |) among the lines with bars next to it. */
function inTable(doc: Document, span: Span): boolean {
  const lines = documentLines(doc);
  const line = lineHolding(lines, span.start);
  const row = (n: number) => doc.raw.slice(lines[n].start, lines[n].end);
  if (span.end > line.end || !row(line.number).includes('|')) return false;
  for (const step of [-1, 1]) {
    for (let n = line.number, k = 0; n >= 0 && n < lines.length && k <= MAX_TABLE_ROWS && row(n).includes('|'); n += step, k++) {
      if (isTableDelimiterRow(row(n))) return true;
    }
  }
  return false;
}

/**
 * The credit with the date written right after it, and the brackets around both where they hold
 * nothing else ((来源：CRI 2024-03-01), 转载自：国际在线 2024-03-01 ending its line): the date is the
 * credit's (dates after credits are read with them), so it moves with it and no bare date is left.
 */
function withDate(text: string, key: string, span: Span, line: Line): { span: Span; date: string } | undefined {
  const date = creditDate(key, span.end, line.end);
  if (!date) return undefined;
  let after = date.end;
  while (after < line.end && isSpace(text[after])) after++;
  let before = span.start;
  while (before > line.start && isSpace(text[before - 1])) before--;
  const open = before > line.start && isOpen(text[before - 1]) ? before - 1 : -1;
  const closer = open >= 0 ? CLOSE_BRACKETS[OPEN_BRACKETS.indexOf(text[open])] : '';
  if (after < line.end && (open < 0 || text[after] !== closer)) return undefined;
  const end = after < line.end ? after + 1 : date.end;
  return { span: { start: open >= 0 ? open : span.start, end }, date: text.slice(date.start, date.end) };
}

interface BracketNote {
  /** The bracket the credit shares with its note. */
  open: number;
  /** Where that bracket closes (the line's end where it never does). */
  end: number;
  /** The note in the bracket it had: （有删改）. */
  written: string;
}

/** A note of cuts sharing the credit's brackets, all they hold after it: （来源：CRI，有删改）. */
function noteInBrackets(text: string, key: string, span: Span, line: Line): BracketNote | undefined {
  let open = span.start;
  while (open > line.start && isSpace(text[open - 1])) open--;
  if (open === line.start || !isOpen(text[open - 1])) return undefined;
  open--;
  const closer = CLOSE_BRACKETS[OPEN_BRACKETS.indexOf(text[open])];
  const note = bracketedNote(key, span.end, closer, line.end);
  if (!note) return undefined;
  return { open, end: note.end, written: `${text[open]}${text.slice(note.words.start, note.words.end)}${closer}` };
}

/** Tags as written, the last closed if the line ended it open: （组图 → （组图）. */
function closed(tags: string): string {
  if (tags === '' || isClose(tags[tags.length - 1])) return tags;
  let open = tags.length - 1;
  while (open > 0 && !isOpen(tags[open])) open--;
  return `${tags}${CLOSE_BRACKETS[OPEN_BRACKETS.indexOf(tags[open])]}`;
}

/**
 * What deleting the credit (with the tags it takes) deletes: its line where it stands alone, else
 * it and its joiner; or the HTML element (in an HTML page, or in Markdown) that holds it alone
 * (<p class="source">\n（来源：CRI）\n</p>, 。<span>（来源：CRI）</span>), and the lines the element
 * fills, as a line of markup goes. (In an HTML page a credit moves only over a wrong one at the
 * top: where a line goes is a judgement there, see attributionFix.)
 */
function removalOf(doc: Document, lines: readonly Line[], line: Line, moved: Span): TextEdit[] | undefined {
  const alone = standsAlone(doc, moved);
  const element = (doc.format === 'markdown' || doc.format === 'html') && doc.escaped === undefined ? emptiedElement(doc, alone ? visibleIn(doc.text, line) : moved) : undefined;
  if (!element) return alone ? lineRemoval(doc, lines, line) : replaceFix(doc, withJoiner(doc.text, moved, line), '');
  const top = lineHolding(lines, element.start);
  const bottom = lineHolding(lines, element.end);
  if (element.start <= top.end && element.end <= bottom.end && filled(doc.raw, top, element.start, bottom, element.end)) return linesRemoval(doc, lines, top, bottom);
  return [{ start: element.start, end: element.end, text: '' }];
}

/** The line's text without the spaces around it. */
function visibleIn(text: string, line: Line): Span {
  let start = line.start;
  let end = line.end;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

/** Whether nothing but spaces stands beside a stretch from `start` on line `top` to `end` on line `bottom`. */
function filled(raw: string, top: Line, start: number, bottom: Line, end: number): boolean {
  return raw.slice(top.start, start).trim() === '' && raw.slice(end, bottom.end).trim() === '';
}

/**
 * The line, and the blank lines before it where a blank line or the end follows it; in Markdown only
 * where what the line holds besides the credit is markup of its own (> * _ #, a list marker). A
 * line right under it (**责编：李四**) keeps the blank line above, or it would join the paragraph
 * before it.
 */
function lineRemoval(doc: Document, lines: readonly Line[], line: Line): TextEdit[] | undefined {
  return onlyLineMarkup(doc, line) ? linesRemoval(doc, lines, line, line) : undefined;
}

/** Lines `top` to `bottom`, and the blank lines before them where a blank line or the end follows (see lineRemoval). */
function linesRemoval(doc: Document, lines: readonly Line[], top: Line, bottom: Line): TextEdit[] {
  const below = lines[bottom.number + 1];
  const closesParagraph = below === undefined || blank(doc.text, below);
  let first = top.number;
  while (closesParagraph && first > 0 && blank(doc.text, lines[first - 1]) && onlyLineMarkup(doc, lines[first - 1])) first--;
  // the last line: the line break before it goes, not one after it
  if (bottom.next === bottom.end) return [{ start: first > 0 ? lines[first - 1].end : 0, end: bottom.end, text: '' }];
  return [{ start: lines[first].start, end: bottom.next, text: '' }];
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
