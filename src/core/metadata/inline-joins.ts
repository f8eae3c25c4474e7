import type { Document } from '../read/types.js';
import type { Span } from '../shared/types.js';
import type { SourceClaim } from './types.js';
import { lineAt, newScan, type Scan } from './scan.js';
import { seenClaims } from './zero-width.js';

/**
 * Inline elements: a browser shows the text of two of them side by side with nothing between
 * where the page writes none (<span>国际</span><span>在线</span> reads 国际在线).
 */
const INLINE = 'a|abbr|b|bdi|bdo|big|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var';
/** Inline tags and nothing else, no whitespace between them. */
const ONLY_INLINE_TAGS = new RegExp(`^(?:</?(?:${INLINE})(?:[\\s/][^<>]*)?>)+$`, 'iu');
/** Longest run of inline tags read through: a name is not parted by a page's worth of markup. */
const MAX_TAGS = 400;
/** How far past a credit's line its name is read on: the name and the tags inside it. */
const MAX_JOINED = 600;

/**
 * A credit of an HTML page whose name runs on across inline tags (来源:<span>国际</span><span>在线</span>),
 * read again with the name whole; its spans stay those of the file. The text blanks each tag, so
 * the name was read to the first (「国际」). Other claims come back as they are.
 */
export function joinedAcrossTags(doc: Pick<Document, 'format' | 'raw' | 'text'>, scan: Scan, claim: SourceClaim): SourceClaim {
  if (doc.format !== 'html' || joinEnd(doc, claim.span.end) < 0) return claim;
  const from = claim.line.span.start;
  const to = Math.min(lineAt(scan, from).end, claim.line.span.end + MAX_JOINED);
  const { text, offsets } = joined(doc, from, to);
  const read = seenClaims(newScan(text)).find((c) => c.line.span.start === 0);
  if (!read) return claim;
  const back = (s: Span): Span => ({ start: offsets[s.start], end: s.end > s.start ? offsets[s.end - 1] + 1 : offsets[s.end] });
  const span = back(read.span);
  return span.start === claim.span.start ? { ...read, span, line: { ...read.line, span: back(read.line.span) } } : claim;
}

/**
 * Where a run of inline tags that starts at `at` ends, when nothing but such tags stand there and
 * text follows (no whitespace, no line break); else -1.
 */
function joinEnd(doc: Pick<Document, 'raw' | 'text'>, at: number): number {
  const { raw, text } = doc;
  if (raw[at] !== '<' || text[at] !== ' ') return -1;
  let end = at;
  while (end < text.length && text[end] === ' ' && end - at <= MAX_TAGS) end++;
  if (end >= text.length || /\s/u.test(text[end]) || !ONLY_INLINE_TAGS.test(raw.slice(at, end))) return -1;
  return end;
}

/** `text[from, to)` with each run of inline tags between its words taken out, and where each unit left stands in the text. */
function joined(doc: Pick<Document, 'raw' | 'text'>, from: number, to: number): { text: string; offsets: Int32Array } {
  const offsets = new Int32Array(to - from + 1);
  const parts: string[] = [];
  let n = 0;
  let i = from;
  while (i < to) {
    const end = i > from && !/\s/u.test(doc.text[i - 1]) ? joinEnd(doc, i) : -1;
    if (end > i) {
      i = end;
      continue;
    }
    parts.push(doc.text[i]);
    offsets[n++] = i++;
  }
  offsets[n] = to;
  return { text: parts.join(''), offsets };
}

/** A line break a page puts between a credit's label and its name: <br>, or </dt> before the <dd>. */
const LABEL_BREAK = /<br[\s/>]|<\/dt\s*>/giu;
/** Tags that may stand between a label and its name: the break's, and inline ones. */
const BREAK_RUN = new RegExp(`^(?:\\s*</?(?:${INLINE}|br|dt|dd)(?:[\\s/][^<>]*)?>)+\\s*$`, 'iu');
/** A label that ends before the break, a colon or bar after it or not: 来源, 来源：, 稿件来源|. */
const LABEL = /(?:来源|稿源|出处|转载自|转自|source)\s*[:：∶|｜丨]?$/u;
/** How far before the break its label is looked for, spaces (blanked tags) included. */
const MAX_LABEL = 24;

/**
 * Credits of an HTML page whose label and name stand on two lines the page parts with a tag
 * (<dt>来源</dt><dd>国际在线</dd>, 来源：<br>国际在线): read as one line, as a table row's cells are,
 * the name's spans those of the file. A label the name does not follow gives none.
 */
export function creditsAcrossBreaks(doc: Pick<Document, 'format' | 'raw' | 'text'>, scan: Scan): SourceClaim[] {
  if (doc.format !== 'html') return [];
  const claims: SourceClaim[] = [];
  for (const m of doc.raw.matchAll(LABEL_BREAK)) {
    const claim = creditAcross(doc, scan, m.index);
    if (claim && claim.span.start > (claims.at(-1)?.span.end ?? -1)) claims.push(claim);
  }
  return claims;
}

function creditAcross(doc: Pick<Document, 'raw' | 'text'>, scan: Scan, at: number): SourceClaim | undefined {
  const { raw, text } = doc;
  const line = lineAt(scan, at);
  let labelEnd = at;
  while (labelEnd > line.start && at - labelEnd <= MAX_LABEL && text[labelEnd - 1] === ' ') labelEnd--;
  if (!LABEL.test(scan.key.slice(Math.max(line.start, labelEnd - MAX_LABEL), labelEnd))) return undefined;
  let name = at;
  while (name < text.length && name - at <= MAX_TAGS && /\s/u.test(text[name])) name++;
  if (name - at > MAX_TAGS || !BREAK_RUN.test(raw.slice(labelEnd, name)) || /<\/dd|<dt/iu.test(raw.slice(at, name))) return undefined;
  const nameLine = lineAt(scan, name);
  const glue = /[:：∶|｜丨]$/u.test(scan.key.slice(labelEnd - 1, labelEnd)) ? '' : ' ';
  const joined = text.slice(line.start, labelEnd) + glue + text.slice(name, Math.min(nameLine.end, name + MAX_JOINED));
  const offsets = (i: number) => (i < labelEnd - line.start ? line.start + i : i < labelEnd - line.start + glue.length ? labelEnd : name + i - (labelEnd - line.start) - glue.length);
  const read = seenClaims(newScan(joined)).find((c) => c.line.span.start < labelEnd - line.start && c.span.start >= labelEnd - line.start);
  if (!read) return undefined;
  const back = (s: Span): Span => ({ start: offsets(s.start), end: s.end > s.start ? offsets(s.end - 1) + 1 : offsets(s.end) });
  return { ...read, span: back(read.span), line: { value: read.line.value, span: back(read.line.span) } };
}
