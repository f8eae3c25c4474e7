import type { MarkerHit, Metadata, Origin, SourceClaim } from '../metadata/types.js';
import type { Pack } from '../config/types.js';
import type { Document } from '../read/types.js';
import type { Span } from '../shared/types.js';
import { creditAt, textSources } from '../metadata/index.js';
import { scanOf, lineAt, quotedAt, type Scan } from '../metadata/scan.js';
import { isQuoted, titleSpans } from '../metadata/quotes.js';
import { isClose, isOpen, skipSpace, skipSpaceBack } from '../metadata/chars.js';
import { isHeaderPrefix } from '../metadata/header.js';
import { compileMarkerPatterns, markerMatches, type CompiledMarker } from '../config/marker-patterns.js';
import { keyText } from '../shared/keytext.js';
import { isCitation, inField, namesNoOutlet, namesOrigin, namesPublisher, namesSelf } from './attribution.js';
import { withoutGluedByline } from './glued-byline.js';
import { citationStart } from '../metadata/reported.js';
import { seenThrough } from '../metadata/zero-width.js';
import { lazy } from '../shared/once-per.js';
import { isFurnitureLine } from '../metadata/page-chrome.js';
import { MISSPELT_SOURCE_WORDS } from '../metadata/words.js';
import { documentLines, lineHolding } from '../shared/lines.js';
import { mapped } from '../shared/mapped.js';

const compiled = new WeakMap<Pack, CompiledMarker[]>();

function markersOf(pack: Pack): CompiledMarker[] {
  let list = compiled.get(pack);
  if (!list) {
    list = compileMarkerPatterns(pack.ownContent?.markers ?? [], pack.publisher);
    compiled.set(pack, list);
  }
  return list;
}

/**
 * The publisher's own-content markers in a text (国际在线北京消息, 国际在线专稿 ...), in order,
 * overlapping hits resolved to the earliest (then longest). Not counted as markers:
 * - a marker inside quotation marks: the notice's own list “国际在线专稿”、“国际在线消息” names
 *   markers, it does not mark content; nor inside title marks, 在《国际在线报道》栏目中: the name
 *   of a programme or column (titles found only once a marker is, most texts having none);
 * - a marker after 据 (据国际在线报道): that cites the publisher as another outlet's source, so it
 *   is a claimed source (form 据…报道, see extractMetadata), not a sign that the content is the
 *   publisher's own. A page of the publisher quoting a report of its own is rare; a reprint
 *   site citing it is common, and treating the citation as own content would call every such
 *   page a reprint.
 */
export function findMarkers(text: string, pack: Pack): MarkerHit[] {
  // read as the text shows (国际在线\u200b北京消息), spans put back at the text's offsets
  const own = scanOf(text);
  const seen = seenThrough(own);
  const scan = seen?.scan ?? own;
  const { key } = scan;
  const hits: MarkerHit[] = [];
  const titles = lazy(() => titleSpans(key));
  const titled = (at: number) => isQuoted(titles(), at);
  for (const marker of markersOf(pack)) {
    if (!marker.ok) continue;
    for (const m of markerMatches(key, marker)) {
      const start = m.index;
      const end = start + m[0].length;
      if ((quotedAt(scan, start) && !cornerLead(scan, start, end)) || titled(start) || citedAt(key, start) || citingAfter(key, end)) continue;
      const span = seen ? seen.span({ start, end }) : { start, end };
      const hit: MarkerHit = { value: scan.text.slice(start, end), span, pack: pack.id, pattern: marker.pattern };
      const place = placeOf(scan.text, m, marker.slots);
      if (place !== undefined) hit.place = place;
      hits.push(hit);
    }
  }
  return withoutOverlaps(hits);
}

/** Corner brackets a site may set a lead in (『国际在线北京消息』记者从…, 「國際在線報道」): elsewhere they quote. */
const CORNERS: Readonly<Record<string, string>> = { '『': '』', '「': '」' };
/** What after a quoted marker lists the words rather than marks content: “国际在线专稿”、“国际在线消息”等. */
const LISTING = '、等的“「『"‘';

/**
 * Whether a marker in corner brackets is a lead, not a quotation: the brackets hold the marker
 * alone, stand where a lead stands (at the start of its line, after header matter at most: a
 * date, 责编：…), and no list of the words goes on after them. The bracket forms 【】（）[]〔〕 are
 * no quotation marks and count as they stand. Each check looks at a few characters around the hit.
 */
function cornerLead(scan: Scan, start: number, end: number): boolean {
  const { key } = scan;
  const open = skipSpaceBack(key, start, 0, 2) - 1;
  const closer = CORNERS[key[open]];
  if (closer === undefined) return false;
  const line = lineAt(scan, start);
  const close = skipSpace(key, end, Math.min(line.end, end + 2));
  if (key[close] !== closer) return false;
  const next = key[skipSpace(key, close + 1, line.end)];
  if (next !== undefined && LISTING.includes(next)) return false;
  return isHeaderPrefix(scan, line.start, open);
}

/** What joins a marker to the names before it in a list: 据央视、国际在线消息, 据新华社和国际在线报道. */
const LIST_JOINS = '、和与及';
/** A character of a list of outlets' names: 据新华社、《人民日报》、国际在线消息. */
const LIST_CHAR = /[\p{L}\p{N}、《》 \u3000]/u;
/** How far back before a marker a list it ends may reach to its 据. */
const LIST_REACH = 24;

/**
 * Whether 据 cites the marker: right before it (据国际在线报道), or before a list it ends (据央视、国际在线3月1日消息);
 * not a 据 that ends a word citing nothing (数据、国际在线北京消息, see citationStart).
 */
function citedAt(key: string, start: number): boolean {
  const i = skipSpaceBack(key, start, Math.max(0, start - 4), 2);
  const ju = (at: number) => key[at] === '据' && citationStart(key, at) >= 0;
  if (ju(i - 1) || (key[i - 1] === '《' && ju(i - 2))) return true;
  if (i === 0 || !LIST_JOINS.includes(key[i - 1])) return false;
  for (let j = i - 2; j >= Math.max(0, i - 1 - LIST_REACH) && LIST_CHAR.test(key[j]); j--) {
    if (ju(j)) return true;
  }
  return false;
}

/** Words after a marker that make it a citation in a sentence: 国际在线消息显示, 国际在线北京消息称. A lead goes on with （记者…） or ：. */
const CITING = ['显示', '称', '说', '指出', '透露', '披露'];

function citingAfter(key: string, end: number): boolean {
  const i = skipSpace(key, end, Math.min(key.length, end + 2));
  return CITING.some((word) => key.startsWith(word, i));
}

function placeOf(text: string, m: RegExpMatchArray, slots: readonly string[]): string | undefined {
  const at = slots.indexOf('place');
  const range = at < 0 ? undefined : m.indices?.[at + 1];
  return range ? text.slice(range[0], range[1]) : undefined;
}

function withoutOverlaps(hits: MarkerHit[]): MarkerHit[] {
  hits.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: MarkerHit[] = [];
  for (const hit of hits) {
    if (kept.length === 0 || hit.span.start >= kept[kept.length - 1].span.end) kept.push(hit);
  }
  return kept;
}

/** A third-party word counts in a credit: its own short line, or a short bracket. */
const SHORT_LINE = 40;
const SHORT_BRACKET = 30;

/**
 * Whether a text is clearly marked as someone else's content (the exception in the notice's
 * clause 3): it claims a source other than the publisher (来源：新华社, 转载自…, Source: …; a
 * 据X报道 citation inside a story does not mark the whole story, nor do 来源：网络 and 来源：本站), or it carries one of the
 * pack's third-party words (非国际在线, 第三方版权) in a credit: on a short line of its own or in
 * a short bracket, and not inside quotation marks. So the notice's own footer, which quotes
 * “来源:XXX(非国际在线)” and says 第三方版权 in a long clause, marks nothing.
 */
export function isThirdPartyMarked(text: string, pack: Pack): boolean {
  const scan = scanOf(text);
  // a 来源 naming another outlet marks the page; a citation (据新华社报道) in the story does not, nor
  // does a 来源 naming no outlet (来源：网络: no credit, see namesNoOutlet) or the page's own site (来源：本站)
  if (textSources(scan).some((c) => !isCitation(c) && !namesNoOutlet(c) && !namesSelf(c) && !namesPublisher(c, pack))) return true;
  return thirdPartyMark(text, pack) !== undefined;
}

/** The first of the pack's third-party words in a credit (see isThirdPartyMarked). */
export interface ThirdPartyMark {
  /** Its line, trimmed: what a page marked third-party without a 来源 line shows for it. */
  line: string;
  /** Where the word starts and ends in the text, and its line: 第三方版权 来源：澎湃新闻 names the outlet there. */
  start: number;
  end: number;
  lineEnd: number;
}

export function thirdPartyMark(text: string, pack: Pack): ThirdPartyMark | undefined {
  // read as the text shows (第三方\u200b版权), offsets put back at the text's
  const own = scanOf(text);
  const seen = seenThrough(own);
  const scan = seen?.scan ?? own;
  let first = -1;
  let end = -1;
  for (const word of thirdPartyKeys(pack)) {
    const at = markedInCredit(scan, word);
    if (at >= 0 && (first < 0 || at < first)) [first, end] = [at, at + word.length];
  }
  if (first < 0) return undefined;
  const line = lineAt(scan, first);
  const back = (span: Span): Span => (seen ? seen.span(span) : span);
  const word = back({ start: first, end });
  return { line: scan.text.slice(line.start, line.end).trim(), start: word.start, end: word.end, lineEnd: back(line).end };
}

/** What may stand between a third-party word and a credit on its line: 第三方版权 来源：…, （非国际在线，来源：…）. */
const MARK_SEPARATOR = /[\s，,、;；|｜/]/u;

/**
 * The credit right after the first third-party word on its mark line (第三方版权 来源：澎湃新闻,
 * （非国际在线，来源：澎湃新闻）), read as the same credit on a line of its own would be: the mark
 * word is no header matter, so the page's 来源 lines do not hold it. Not a credit further on
 * (第三方版权内容，图片来源：视觉中国 credits a picture; 第三方版权 责编：刘洋 来源：…). The one reader
 * of such a credit, for a corpus page (whose original outlet it names, see article-origin.ts) and
 * for a checked document (whose credit it is, see claimsFor).
 */
export function markCredit(doc: Document, mark: ThirdPartyMark): SourceClaim | undefined {
  let from = mark.end;
  while (from < mark.lineEnd && MARK_SEPARATOR.test(doc.text[from])) from++;
  return creditAt(doc, from, mark.lineEnd);
}

/** Where a credit after a pack's third-party mark stands (第三方版权 来源：新京报, mark to credit), if any: a credit line like a 来源 line. */
export function markCreditSpans(doc: Document, pack: Pack): Span[] {
  const mark = thirdPartyMark(doc.text, pack);
  const credit = mark && markCredit(doc, mark);
  return mark && credit ? [{ start: mark.start, end: credit.line.span.end }] : [];
}

/**
 * A document's credits as a pack reads them: its 来源 lines and the like (metadata.sources, a byline
 * glued to the publisher's name left out, see withoutGluedByline), and a credit right after one of
 * the pack's third-party marks (markCredit), in the order they stand. Not a site's furniture
 * statement that names another outlet than the reused content's origin (straySiteCredit): a copy of a
 * 国际在线 article closing with （本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP） carries 澎湃新闻's
 * stock words, not a credit of its own. An archive page still reads it as whose the page is
 * (article-origin.ts reads metadata.sources). Without an origin (inspect) every credit is listed.
 */
export function claimsFor(doc: Document, metadata: Metadata, pack: Pack, origin?: Origin): SourceClaim[] {
  const mark = thirdPartyMark(doc.text, pack);
  const credit = mark && markCredit(doc, mark);
  const kept = origin ? metadata.sources.filter((c) => !straySiteCredit(doc, c, origin, pack)) : metadata.sources;
  const sources = mapped(kept, (c) => withoutGluedByline(doc, c, pack));
  if (!credit || sources.some((c) => !inField(c) && c.span.start === credit.span.start)) return sources;
  const after = sources.findIndex((c) => !inField(c) && c.line.span.start > credit.line.span.start);
  return after < 0 ? [...sources, credit] : [...sources.slice(0, after), credit, ...sources.slice(after)];
}

/** A label's form (来源：X, 稿件来源：X, 出处：X, Source: X, misspelt 来原：X), not a statement's (本文来自X, 转载自X, 本文来源于X). */
const LABEL_FORM = new RegExp(`(?:来源|稿源|出处|^Source|${MISSPELT_SOURCE_WORDS.join('|')})$`, 'u');

/**
 * Whether a credit is another site's stock words: a statement (本文来自X) on a furniture line
 * (isFurnitureLine: download-the-app, 报料, contact, licence) naming an outlet that is not the
 * origin. Naming the origin, it credits the right outlet and is judged as any credit (本文来自国际在线，
 * 更多原创资讯请下载“国际在线”APP on 国际在线's content: nonstandard, misplaced). A label is an
 * editor's credit whatever else its line holds (来源：国际在线　报料热线：010-…).
 */
function straySiteCredit(doc: Document, claim: SourceClaim, origin: Origin, pack: Pack): boolean {
  return !namesOrigin(claim, origin, pack) && isFurnitureStatement(doc, claim);
}

/**
 * Whether a credit is a statement (本文来自X, not a label) on a site's furniture line: （本文来自澎湃新闻，
 * 更多原创资讯请下载“澎湃新闻”APP）, printed under every article of that site, whoever wrote it.
 */
export function isFurnitureStatement(doc: Document, claim: SourceClaim): boolean {
  if (inField(claim) || LABEL_FORM.test(claim.form)) return false;
  const line = lineHolding(documentLines(doc), claim.line.span.start);
  return isFurnitureLine(doc.text.slice(line.start, line.end));
}

const thirdPartyKeysOf = new WeakMap<Pack, string[]>();

/** The pack's third-party words in key-text form, folded once a run. */
function thirdPartyKeys(pack: Pack): string[] {
  let keys = thirdPartyKeysOf.get(pack);
  if (!keys) thirdPartyKeysOf.set(pack, (keys = (pack.ownContent?.thirdPartyMarkers ?? []).map(keyText)));
  return keys;
}

/** Where a third-party word first stands in a credit, -1 where it stands in none. */
function markedInCredit(scan: Scan, word: string): number {
  if (word === '') return -1;
  for (let at = scan.key.indexOf(word); at >= 0; at = scan.key.indexOf(word, at + word.length)) {
    if (!quotedAt(scan, at) && (shortLine(scan, at) || inShortBracket(scan, at, at + word.length))) return at;
  }
  return -1;
}

/** A short line of its own: by its words, a run of spaces as one (an HTML page's tags are blanked to spaces: 来源：<a href=…>澎湃新闻</a>). */
function shortLine(scan: Scan, at: number): boolean {
  const line = lineAt(scan, at);
  return line.end - line.start <= SHORT_LINE * 4 && scan.text.slice(line.start, line.end).trim().replace(/\s+/gu, ' ').length <= SHORT_LINE;
}

function inShortBracket(scan: Scan, start: number, end: number): boolean {
  const { key } = scan;
  let open = start - 1;
  while (open >= 0 && start - open <= SHORT_BRACKET && !isOpen(key[open]) && !isClose(key[open]) && key[open] !== '\n') open--;
  if (!isOpen(key[open])) return false;
  let close = end;
  while (close < key.length && close - open <= SHORT_BRACKET && !isOpen(key[close]) && !isClose(key[close]) && key[close] !== '\n') close++;
  return isClose(key[close]) && close - open <= SHORT_BRACKET;
}

