import type { Document } from '../read/types.js';
import type { Span } from '../shared/types.js';
import { splitLines } from '../shared/lines.js';
import { countBelow } from '../shared/search.js';
import { scanOf } from './scan.js';
import type { Metadata } from './types.js';
import { HEADER_WORDS, wordsRegex } from './words.js';
import { isHeaderPrefix } from './header.js';

/** Longer lines are prose, whatever they hold. */
const MAX_HEADER_LINE = 160;
/** Characters a header line may hold beyond its fields (a stray word such as 国际在线 before 报道). */
const MAX_REST = 2;
const FIELD_WORDS = wordsRegex(HEADER_WORDS, 'gu');

function isBlank(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}

/**
 * The page-header lines of a document, trimmed: lines that hold a date, a 来源 or a 责编 that the
 * metadata found, and nothing else but header words (发布时间, 责编), times and punctuation
 * (2023-12-14 11:06:29 来源:国际在线 责编:赵磊, 发布时间：2024-01-05 09:12). Two pages of the
 * same story differ there whoever wrote it, so a comparison of their words leaves them out.
 */
export function headerLines(doc: Document, metadata: Metadata): Span[] {
  const items = fieldSpans(metadata);
  if (items.spans.length === 0) return [];
  const { key } = scanOf(doc.text);
  const out: Span[] = [];
  for (const line of splitLines(doc.text)) {
    const trimmed = headerSpan(doc.text, key, line, items);
    if (trimmed) out.push(trimmed);
  }
  return out;
}

/** Whether one line of `doc` (a span from splitLines) is a page-header line, as headerLines tells them. */
export function isHeaderLine(doc: Document, metadata: Metadata, line: Span): boolean {
  const items = fieldSpans(metadata);
  return items.spans.length > 0 && headerSpan(doc.text, scanOf(doc.text).key, line, items) !== undefined;
}

/**
 * Whether a line of `doc` is head matter a headline stands above: a page-header line, a byline
 * (记者 李雪, 澎湃新闻记者 贺梨萍, （记者 李雪 王宏宇）, the authors the metadata read) or page furniture
 * (分享到：, 【字号 大 中 小】): nothing else but header fields, outlet names and punctuation.
 */
export function isHeadMatterLine(doc: Document, metadata: Metadata, line: Span): boolean {
  if (isHeaderLine(doc, metadata, line)) return true;
  const scan = scanOf(doc.text);
  let from = line.start;
  for (const { span } of metadata.authors) {
    if (span.start < line.start || span.end > line.end) continue;
    if (span.start < from || !isHeaderPrefix(scan, from, span.start, true)) return false;
    from = span.end;
  }
  return isHeaderPrefix(scan, from, line.end, true);
}

/** The spans of a document's dates, editors and credits, by start: built once a document, however many lines are asked of. */
interface Fields {
  spans: Span[];
  starts: number[];
}

function fieldSpans(metadata: Metadata): Fields {
  let fields = fieldsOf.get(metadata);
  if (!fields) {
    const spans = [...metadata.dates, ...metadata.editors, ...metadata.sources.map((s) => s.line)].map((l) => l.span).filter((s) => s.end > s.start);
    spans.sort((a, b) => a.start - b.start);
    fieldsOf.set(metadata, (fields = { spans, starts: spans.map((s) => s.start) }));
  }
  return fields;
}

const fieldsOf = new WeakMap<Metadata, Fields>();

/** The fields that lie within `[start, end)`. */
function fieldsWithin(fields: Fields, start: number, end: number): Span[] {
  const out: Span[] = [];
  for (let i = countBelow(fields.starts, start); i < fields.spans.length && fields.starts[i] < end; i++) {
    if (fields.spans[i].end <= end) out.push(fields.spans[i]);
  }
  return out;
}

/** The line trimmed, when it holds a field and nothing else but header words, times and punctuation. */
function headerSpan(text: string, key: string, line: Span, items: Fields): Span | undefined {
  let start = line.start;
  let end = line.end;
  while (start < end && isBlank(text[start])) start++;
  while (end > start && isBlank(text[end - 1])) end--;
  if (end === start || end - start > MAX_HEADER_LINE) return undefined;
  const inside = fieldsWithin(items, start, end);
  return inside.length > 0 && onlyFields(key, { start, end }, inside) ? { start, end } : undefined;
}

/** Whether the line holds nothing but the fields, header words, digits, times and punctuation. */
function onlyFields(key: string, line: Span, fields: readonly Span[]): boolean {
  const chars = key.slice(line.start, line.end).split('');
  for (const f of fields) chars.fill(' ', f.start - line.start, f.end - line.start);
  const rest = chars.join('').replace(FIELD_WORDS, ' ').replace(/[\s\p{P}\p{S}\d]/gu, '');
  return [...rest].length <= MAX_REST;
}
