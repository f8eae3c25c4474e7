import type { Document } from '../read/types.js';
import type { Span } from '../shared/types.js';
import type { SourceClaim } from './types.js';
import { lineAt, newScan, type Scan } from './scan.js';
import { seenClaims } from './zero-width.js';
import { outletLike } from './outlets.js';
import { COLONS, SEPARATORS } from './chars.js';
import { labelGaps } from './spaced-labels.js';

/**
 * Inline elements: a browser shows the text of two of them side by side with nothing between
 * where the page writes none (<span>国际</span><span>在线</span> reads 国际在线).
 */
const INLINE = 'a|abbr|b|bdi|bdo|big|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var';
/** Inline tags and nothing else, no whitespace between them. */
const ONLY_INLINE_TAGS = new RegExp(`^(?:</?(?:${INLINE})(?:[\\s/][^<>]*)?>)+$`, 'iu');
/** Longest run of inline tags read through, in characters: a name is not parted by a page's worth of markup. */
const MAX_TAGS = 400;
/** An inline tag: whether it closes, and its name. */
const INLINE_TAG = new RegExp(`<(/?)(?:${INLINE})(?=[\\s/>])[^<>]*>`, 'giu');
/** A letter of a Latin word and a Han character meet: 国际在线</span><span>CRI Online parts two names. */
const LATIN_HAN = /^(?:[A-Za-z][\p{Script=Han}]|[\p{Script=Han}][A-Za-z])$/u;
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
  const { text, offsets } = joined(doc, scan.key, { start: from, end: to }, claim.span.start);
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

/**
 * `text[from, to)` with each run of inline tags between its words taken out, and where each unit
 * left stands in the text. Past the name's start (`value`), a run that closes an element open where
 * the credit begins ends the credit there: <span class="source">来源：国际在线</span><span class="time">
 * is the credit's element and the next field's, unless the name it holds is no outlet's and reads as
 * one with the next element's word (<span>来源：国际</span><span>在线</span>); 来源:<span>国际</span>
 * <span>在线</span> splits one name. A run between a Han character and a Latin letter ends it too.
 */
function joined(doc: Pick<Document, 'raw' | 'text'>, key: string, range: Span, value: number): { text: string; offsets: Int32Array } {
  const { start: from, end: to } = range;
  const offsets = new Int32Array(to - from + 1);
  const parts: string[] = [];
  const depth = new Depth(doc.raw, from);
  let n = 0;
  let i = from;
  let name = '';
  let joining = true;
  while (i < to) {
    const end = joining && i > from && !/\s/u.test(doc.text[i - 1]) ? joinEnd(doc, i) : -1;
    if (end > i && i > value && (depth.closesOuter(i, end) ? !splitsName(key, name, end, to) : LATIN_HAN.test(doc.text[i - 1] + doc.text[end]))) joining = false;
    else if (end > i) {
      i = end;
      continue;
    }
    if (i >= value) name += key[i];
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
/** What may end a label before the break: a colon (any of COLONS: 来源︰), a bar, or the slash of 来源/. */
const LABEL_ENDS = `${COLONS}${SEPARATORS}/／`;
/** A label that ends before the break, a colon, bar or slash after it or not: 来源, 来源：, 稿件来源|, 来源/. */
const LABEL = new RegExp(`(?:来源|稿源|出处|转载自|转自|source)\\s*[${LABEL_ENDS}]?$`, 'u');
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
  if (!LABEL.test(unspaced(scan.key.slice(Math.max(line.start, labelEnd - MAX_LABEL), labelEnd)))) return undefined;
  let name = at;
  while (name < text.length && name - at <= MAX_TAGS && /\s/u.test(text[name])) name++;
  if (name - at > MAX_TAGS || !BREAK_RUN.test(raw.slice(labelEnd, name)) || /<\/dd|<dt/iu.test(raw.slice(at, name))) return undefined;
  const nameLine = lineAt(scan, name);
  const glue = LABEL_ENDS.includes(scan.key[labelEnd - 1]) ? '' : ' ';
  const joined = text.slice(line.start, labelEnd) + glue + text.slice(name, Math.min(nameLine.end, name + MAX_JOINED));
  const offsets = (i: number) => (i < labelEnd - line.start ? line.start + i : i < labelEnd - line.start + glue.length ? labelEnd : name + i - (labelEnd - line.start) - glue.length);
  const read = seenClaims(newScan(joined)).find((c) => c.line.span.start < labelEnd - line.start && c.span.start >= labelEnd - line.start);
  if (!read) return undefined;
  const back = (s: Span): Span => ({ start: offsets(s.start), end: s.end > s.start ? offsets(s.end - 1) + 1 : offsets(s.end) });
  return { ...read, span: back(read.span), line: { value: read.line.value, span: back(read.line.span) } };
}

/** A label's words as a reader sees them: a spaced label's inner spaces (来 源︰, see labelGaps) taken out. */
function unspaced(key: string): string {
  const gaps = labelGaps(key);
  if (gaps.length === 0) return key;
  let out = '';
  let at = 0;
  for (const gap of gaps) {
    out += key.slice(at, gap.start);
    at = gap.end;
  }
  return out + key.slice(at);
}

/** Whether `name` (key text) is no outlet's but reads as one with the word at `key[at, to)`: 国际 and 在线. */
function splitsName(key: string, name: string, at: number, to: number): boolean {
  let end = at;
  while (end < to && !/\s/u.test(key[end])) end++;
  return !outletLike(name) && outletLike(name + key.slice(at, end));
}

/** How deep in inline elements opened since `from` the raw text stands, read on as asked. */
class Depth {
  private at: number;
  private depth = 0;

  constructor(private readonly raw: string, from: number) {
    this.at = from;
  }

  /** Whether the tags in `raw[start, end)` close an element that was open at `from` (tags read once, in order). */
  closesOuter(start: number, end: number): boolean {
    this.read(start, false);
    return this.read(end, true);
  }

  /** Reads the inline tags up to `to`; below `from`'s depth, `stop` tells, else the depth starts again there. */
  private read(to: number, stop: boolean): boolean {
    const tags = this.raw.slice(this.at, to).matchAll(INLINE_TAG);
    this.at = Math.max(this.at, to);
    for (const m of tags) {
      this.depth += m[1] ? -1 : 1;
      if (this.depth >= 0) continue;
      if (stop) return true;
      this.depth = 0;
    }
    return false;
  }
}
