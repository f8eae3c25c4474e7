import type { Document } from '../core/read/types.js';
import type { Span } from '../core/shared/types.js';
import type { TextEdit } from '../core/judge/types.js';
import { lineHolding, documentLines } from '../core/shared/lines.js';
import { oncePer } from '../core/shared/once-per.js';
import type { Metadata, SourceClaim } from '../core/metadata/types.js';
import { headlineSpan } from '../core/metadata/headline.js';
import { bodyStart } from '../core/metadata/body.js';
import { headingEnd, isTableDelimiterRow } from '../core/read/markdown-lines.js';
import { CLOSE_BRACKETS, OPEN_BRACKETS } from '../core/metadata/chars.js';
import { scanOf } from '../core/metadata/scan.js';
import { gluedAfterName } from '../core/metadata/value.js';
import { inField, isCitation, isFieldClaim } from '../core/judge/attribution.js';
import { namesSeveral } from '../core/judge/credited-outlets.js';

/**
 * Inserts an attribution line under the headline (the first line with text that is not site
 * navigation), or, where that line is already the body's first paragraph (a text with no
 * headline, or Markdown whose title is only in front matter), above it: a credit goes before the
 * body begins, where nonstandard-attribution looks for it. A Markdown heading is a headline
 * whatever it reads like, and the line goes under a setext heading's underline (`===`, `---`), not
 * between it and the heading's text, where it would join the heading; above a Markdown table that
 * opens the page, not under its header row, where it would break the table. Only for text and Markdown: in HTML and JSON Lines where a line goes
 * is a judgement, so no fix is offered.
 */
export function attributionFix(doc: Document, metadata: Metadata, attribution: string): TextEdit[] | undefined {
  if (doc.format !== 'text' && doc.format !== 'markdown') return undefined;
  const eol = eolOf(doc);
  const headline = headlineSpan(doc);
  if (!headline) return [{ start: 0, end: 0, text: `${attribution}${eol}` }];
  const heading = doc.format === 'markdown' ? headingEnd(doc.raw, headline) : undefined;
  if (heading === undefined && (opensBody(doc, metadata, headline) || opensTable(doc, headline))) {
    // A blank line after it in Markdown, or the credit would run into the paragraph it precedes.
    return [{ start: headline.start, end: headline.start, text: `${attribution}${eol}${doc.format === 'markdown' ? eol : ''}` }];
  }
  const at = heading ?? headline.end;
  return [{ start: at, end: at, text: `${eol}${attribution}` }];
}

/** Whether the line is a Markdown table's header row (日期 | 车次 over --- | ---): a line under it would break the table. */
function opensTable(doc: Document, line: Span): boolean {
  if (doc.format !== 'markdown') return false;
  const lines = documentLines(doc);
  const next = lines[lineHolding(lines, line.start).number + 1];
  return next !== undefined && isTableDelimiterRow(doc.raw.slice(next.start, next.end));
}

/** Whether the body text begins on this line. */
function opensBody(doc: Document, metadata: Metadata, line: Span): boolean {
  const body = bodyStart(doc, metadata);
  return body !== undefined && body < line.end;
}

/**
 * Rewrites `span` of the document as `text`, only where the file holds the words as they read, or
 * in HTML their entities (来&nbsp;&nbsp;源：CRI): not across markup or an escape (HTML
 * `来源：<a href=…>CRI</a>` would lose its <a> and keep its </a>: see cellsFix), not in a JSON Lines
 * record, whose offsets are the record's, not the file's, and not in a page written with character
 * references (&#26469;, see Document.escaped): its `raw` holds them as the characters, so its
 * offsets are not the file's either (--fix refused the file as "changed while it was checked", and
 * a reviewdog suggestion would point at other columns).
 */
export function replaceFix(doc: Document, span: Span, text: string): TextEdit[] | undefined {
  if (doc.format === 'jsonl' || doc.escaped !== undefined || !wordsOnly(doc, span)) return undefined;
  return [{ start: span.start, end: span.end, text }];
}

/**
 * Whether the file holds `span` as words only: as they read, or in HTML with entities whole inside
 * it (the reader writes an entity's character, then blanks the rest of it), no tag.
 */
function wordsOnly(doc: Document, span: Span): boolean {
  const { raw, text } = doc;
  const written = raw.slice(span.start, span.end);
  if (written === text.slice(span.start, span.end)) return true;
  if (doc.format !== 'html' || written.includes('<') || written.includes('>')) return false;
  return entityEdge(raw, text, span.start) && entityEdge(raw, text, span.end);
}

/** Whether no entity is cut at `at`: the file and the text agree there, or an entity or a tag starts there. */
function entityEdge(raw: string, text: string, at: number): boolean {
  return at >= raw.length || raw[at] === text[at] || raw[at] === '&' || raw[at] === '<';
}

/**
 * Rewrites a credit where it stands as `credit`: in its brackets where text stands before it on its
 * line, parted from a date glued after it, or key and name each where it stands (see cellsFix); in
 * a Markdown table's 来源 column, the name in its cell.
 */
export function rewriteFix(doc: Document, claim: SourceClaim, credit: string): TextEdit[] | undefined {
  const { span } = claim.line;
  // a table's 来源 column (see creditsInColumns): its header is the key, the cell takes the name alone
  if (claim.column) return replaceFix(doc, span, credit.slice((KEY_END.exec(credit)?.index ?? -1) + 1));
  return replaceFix(doc, span, partedFromGlued(doc, span, creditInPlace(doc, span, credit))) ?? cellsFix(doc, claim, credit);
}

/**
 * Whether rewriting a credit needs no judgement: it names the publisher alone, and is not in a
 * field (front matter or a JSON Lines key: the key is the user's, and a rewrite would have to keep
 * the YAML or JSON valid and the record's other columns in place) nor a citation inside a sentence
 * (据国际在线报道，… stays: only a 据国际在线报道 standing as its own line is rewritten), nor beside
 * another outlet (来源：国际在线、新华社) or others unnamed (来源：国际在线等): which they are is the
 * editor's to say.
 */
export function fixable(claim: SourceClaim, document: Document): boolean {
  if (inField(claim)) return false;
  if (namesSeveral(claim)) return false;
  return !isCitation(claim) || standsAlone(document, claim.line.span);
}

/** What may part a credit's key from its name in HTML: tags (a table row's cells, <dt>/<dd>, <br>, <strong>, <a>) and spaces. */
const HTML_PARTING = /^(?:\s|<[^<>]*>)*<[^<>]*>(?:\s|<[^<>]*>)*$/u;
/** What parts them in Markdown: a table row's bar between cells, or emphasis (**来源：**CRI), and spaces. */
const ROW_PARTING = /^[ \t]*(?:\||[*_]{1,3})[ \t]*$/u;
/** Where a credit parts its key from the name: 来源:|国际在线. */
const KEY_END = /[:：|｜丨](?=[^:：|｜丨]*$)/u;

/**
 * Rewrites a credit whose key and name the file parts with markup as `credit`, its key where the
 * key stands and its name where the name stands, the markup between kept: an HTML table row's cells
 * (<td>来源：</td><td>CRI</td>), a <dt>/<dd>, a <br>, inline tags (<strong>来源：</strong>CRI,
 * 来源：<a href=…>CRI</a>), or a Markdown table row's bar (| 来源 | CRI |) or emphasis (**来源：**CRI). The page stays as valid
 * as it was, and reads `credit`. Only where key and name are each words only (entities whole: see
 * replaceFix), no bracket stands around them, and `credit` parts at its colon or bar (来源: |
 * 国际在线). A key already written so is left as it is.
 */
export function cellsFix(doc: Document, claim: SourceClaim, credit: string): TextEdit[] | undefined {
  if ((doc.format !== 'html' && doc.format !== 'markdown') || doc.escaped !== undefined) return undefined;
  const { raw, text } = doc;
  const { span, line } = claim;
  const split = KEY_END.exec(credit);
  if (!split || line.span.end !== span.end || OPEN_BRACKETS.includes(text[line.span.start])) return undefined;
  let keyEnd = line.span.start;
  while (keyEnd < span.start && raw[keyEnd] !== '<' && (raw[keyEnd] === text[keyEnd] || doc.format === 'html')) keyEnd++;
  const written = text.slice(line.span.start, keyEnd).trimEnd();
  const between = { start: line.span.start + written.length, end: span.start };
  const parting = doc.format === 'html' ? HTML_PARTING : ROW_PARTING;
  if (!parting.test(raw.slice(between.start, between.end)) || text.slice(between.start, between.end).trim() !== '') return undefined;
  const keySpan = { start: line.span.start, end: between.start };
  if (!wordsOnly(doc, keySpan) || !wordsOnly(doc, span)) return undefined;
  const key = credit.slice(0, split.index + 1);
  const name: TextEdit = { start: span.start, end: span.end, text: credit.slice(split.index + 1) };
  return written === key ? [name] : [{ ...keySpan, text: key }, name];
}

/** The line break a document's file writes, looked for once per document (each finding with a fix asks). */
const eolOf = oncePer((doc: Pick<Document, 'raw'>): string => {
  if (doc.raw.includes('\r\n')) return '\r\n';
  if (doc.raw.includes('\r')) return '\r';
  return '\n';
});

/**
 * The credit to write over a credit at `span`: in its brackets where text stands before it on its
 * line (标题【来源：CRI → 标题【来源:国际在线】: unbracketed, 标题来源:国际在线 reads as the
 * headline's words), a bracket never closed closed; else as it is, dropping any brackets.
 */
export function creditInPlace(doc: Document, span: Span, credit: string): string {
  const open = OPEN_BRACKETS.indexOf(doc.text[span.start]);
  if (open < 0) return credit;
  const line = lineHolding(documentLines(doc), span.start);
  if (span.start >= line.end || doc.text.slice(line.start, span.start).trim() === '') return credit;
  return `${OPEN_BRACKETS[open]}${credit}${CLOSE_BRACKETS[open]}`;
}

/**
 * The credit to write over `span` with a space after it where a date or a widget's word is glued
 * to the credit (来源：CRI2024-11-21 → 来源:国际在线 2024-11-21): the rewritten line reads apart.
 */
export function partedFromGlued(doc: Document, span: Span, credit: string): string {
  return gluedAfterName(scanOf(doc.text), span.end) ? `${credit} ` : credit;
}

/** Whether a span is all the text of its line (brackets around it aside). */
export function standsAlone(doc: Document, span: Span): boolean {
  const line = lineHolding(documentLines(doc), span.start);
  if (span.end > line.end) return false;
  return unbracketed(doc.text.slice(line.start, line.end)) === unbracketed(doc.text.slice(span.start, span.end));
}

/**
 * Words without the brackets round them: spaces, then the 【（([ they open with and the 】）)] they
 * close with, then spaces again. Scanned from each end: a regular expression looking for closing
 * brackets at the end would try each of a long run of them that is not (）×10,000 then 。).
 */
function unbracketed(words: string): string {
  const t = words.trim();
  let from = 0;
  let to = t.length;
  while (from < to && '【（(['.includes(t[from])) from++;
  while (to > from && '】）)]'.includes(t[to - 1])) to--;
  return t.slice(from, to).trim();
}

/**
 * What a remedy adds where --fix leaves the credit to the editor because it stands in a JSON Lines
 * record's text (see replaceFix: the record's offsets are not the file's), as fieldRemedy says of a field.
 */
export function byHandInRecord(doc: Document, fix: readonly TextEdit[] | undefined): string {
  return doc.format === 'jsonl' && fix === undefined ? '（--fix 不改 JSON Lines 记录，请手工修改）' : '';
}

/**
 * The remedy for a credit in a headline field (SourceClaim.field) or a source field (front matter,
 * <meta>): --fix leaves a JSON Lines key or front matter alone, so the user rewrites it, in its
 * brackets where it had them.
 */
export function fieldRemedy(claim: SourceClaim, credit: string): string {
  if (claim.field === undefined && isFieldClaim(claim)) return `在来源字段中把「${claim.line.value}」改为「${credit}」（--fix 不改字段，请手工修改）`;
  const open = OPEN_BRACKETS.indexOf(claim.line.value[0]);
  const written = open < 0 ? credit : `${OPEN_BRACKETS[open]}${credit}${CLOSE_BRACKETS[open]}`;
  return `在标题字段中把「${claim.line.value}」改为「${written}」（--fix 不改字段，请手工修改）`;
}
