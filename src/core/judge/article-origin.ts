import type { Article } from '../match/types.js';
import type { Document } from '../read/types.js';
import type { MarkerHit, Metadata, Origin, SourceClaim } from '../metadata/types.js';
import type { Pack } from '../config/types.js';
import { isCitation, namesNoOutlet, namesPublisher, namesSelf } from './attribution.js';
import { carries, namesCarriedOutlet, withCarried } from './carried-credits.js';
import { OUTLET_ALIASES } from '../shared/outlet-aliases.js';
import { headOutlet } from './head-outlet.js';
import { bylineOutlet, statedOriginal } from './stated-outlet.js';
import type { Span } from '../shared/types.js';
import { headlineSpan, isEditorNote, isEditorNoteLabel } from '../metadata/headline.js';
import { pageTitle } from '../metadata/page-title.js';
import { isHeadMatterLine } from '../metadata/header-lines.js';
import { isHeaderPrefix } from '../metadata/header.js';
import { newScan, scanOf } from '../metadata/scan.js';
import { findOriginalTitle, opensOriginalTitle } from '../metadata/title.js';
import { datelineAt, wireCitationAt } from '../metadata/reported.js';
import { bodyStart } from '../metadata/body.js';
import { OPEN_BRACKETS } from '../metadata/chars.js';
import { findMarkers, isFurnitureStatement, isThirdPartyMarked, markCredit, thirdPartyMark } from './markers.js';
import { extractMetadata } from '../metadata/index.js';
import { withoutGluedByline } from './glued-byline.js';
import { inSimplified } from '../shared/traditional.js';

interface ArticleFacts {
  doc: Document;
  metadata: Metadata;
  markers: readonly MarkerHit[];
  thirdPartyMarked: boolean;
}

/** A corpus page as an article of the publisher's archive: who it belongs to, and what it is. */
export function toArticle(doc: Document, pack: Pack): Article {
  const metadata = extractMetadata(doc);
  const facts: ArticleFacts = { doc, metadata, markers: findMarkers(doc.text, pack), thirdPartyMarked: isThirdPartyMarked(doc.text, pack) };
  return {
    id: doc.fields.id ?? articleId(doc),
    title: titleOf(doc, metadata),
    url: doc.fields.url,
    date: doc.fields.date ?? metadata.dates[0]?.value,
    pack: pack.id,
    origin: originOf(pack, facts),
    originalTitle: metadata.originalTitle?.value,
    byline: metadata.authors.length > 0 ? metadata.authors.map((a) => a.value).join(' ') : undefined,
    doc,
  };
}

/**
 * Own content unless clearly marked as third-party (clause 3): a 来源 naming the publisher or
 * an own-content marker makes it own; a 来源 naming another outlet makes it a reprint from
 * that outlet (clause 4); a page marked third-party (第三方版权, 非国际在线) with no 来源 line is a
 * reprint from the outlet its mark line credits, or from one it does not name (source ''); a page
 * whose body opens with another outlet's dateline, or whose head names another outlet by its date
 * (head-outlet.ts), or whose byline or statement names another outlet as the author (石佳/中国青年报,
 * 此文系搜狐焦点网独家原创稿件: stated-outlet.ts), is that outlet's; any other page is the publisher's own.
 * A site's app footer (本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP), printed under all it carries,
 * names the origin only where the dateline, head and byline name none.
 */
function originOf(pack: Pack, facts: ArticleFacts): Origin {
  // 据新华社报道 in a story cites a source for a fact; the page's 来源 says whose the story is
  const found = facts.metadata.sources.find((s) => !isCitation(s) && !namesNoOutlet(s) && !namesSelf(s));
  const claim = found && withoutGluedByline(facts.doc, found, pack);
  const carried = claim && carriedSource(facts, claim, pack);
  if (carried) return { kind: 'third-party', source: outletName(carried), evidence: withCarried(facts.doc.text, claim, carried).line.value };
  if (claim && namesPublisher(claim, pack)) return { kind: 'own', source: pack.publisher.name, evidence: claim.line.value };
  if (facts.markers.length > 0 && !facts.thirdPartyMarked && !claim) {
    return { kind: 'own', source: pack.publisher.name, evidence: facts.markers[0].value };
  }
  // a site's app footer (本文来自澎湃新闻，更多原创资讯请下载…APP) yields to the outlet the page itself names
  if (claim && isFurnitureStatement(facts.doc, claim)) return namedOrigin(facts, pack) ?? claimOrigin(claim);
  if (claim) return claimOrigin(claim);
  if (facts.thirdPartyMarked) return markedOrigin(facts.doc, pack);
  return namedOrigin(facts, pack) ?? vagueOrigin(facts, pack) ?? { kind: 'own', source: pack.publisher.name };
}

function claimOrigin(claim: SourceClaim): Origin {
  return { kind: 'third-party', source: outletName(claim), evidence: claim.line.value };
}

/** Another outlet the page names as the story's own by its body's dateline, its head or its byline. */
function namedOrigin(facts: ArticleFacts, pack: Pack): Origin | undefined {
  const dateline = otherDateline(facts, pack);
  if (dateline) return { kind: 'third-party', source: datelineOutlet(dateline), evidence: dateline.line.value };
  const head = headOutlet(facts.doc, facts.metadata);
  if (head && !namesPublisher(head, pack)) return { kind: 'third-party', source: outletName(head), evidence: head.line.value };
  const stated = statedOutlet(facts.doc, pack);
  return stated && { kind: 'third-party', source: outletName(stated), evidence: stated.line.value };
}

/**
 * A page whose 来源 names no outlet (来源：网络, 来源：网友, 来源：网络综合) and that nothing else gives to
 * an outlet: clause 4's 来源:XXX(非国际在线), a work from elsewhere whose outlet cannot be named, so
 * third-party content with no source to credit. 来源：本站 names the publisher's own site: its own.
 */
function vagueOrigin(facts: ArticleFacts, pack: Pack): Origin | undefined {
  const vague = facts.metadata.sources.find((s) => !isCitation(s) && (namesNoOutlet(s) || namesSelf(s)));
  if (!vague || namesSelf(vague)) return vague && { kind: 'own', source: pack.publisher.name, evidence: vague.line.value };
  return { kind: 'third-party', source: '', evidence: vague.line.value };
}

/** Another outlet a byline (石佳/中国青年报) or a statement (此文系搜狐焦点网独家原创稿件) names as the story's author, not the publisher. */
function statedOutlet(doc: Document, pack: Pack): SourceClaim | undefined {
  return [bylineOutlet(doc), statedOriginal(doc)].find((c) => c !== undefined && !namesPublisher(c, pack));
}

/**
 * The outlet a credit naming the publisher gives the text to after it on its line:
 * 来源：国际在线 转自新华社, 来源：国际在线（转载自新华社）, 来源：国际在线转载自新华社. 国际在线 carried
 * it; clause 4 (来源:XXX(非国际在线)) marks it as a work from other media, so it is not the
 * publisher's own. A stock 转载自互联网 names no outlet, nor do 转自本台记者 and a bare 转自微信公众号
 * (see namesCarriedOutlet): the page stays the publisher's. 转自微信公众号“侠客岛” names the account.
 */
function carriedSource(facts: ArticleFacts, claim: SourceClaim, pack: Pack): SourceClaim | undefined {
  if (!namesPublisher(claim, pack)) return undefined;
  const { text } = facts.doc;
  return facts.metadata.sources.find((c) => c !== claim && !isCitation(c) && !namesNoOutlet(c) && !namesPublisher(c, pack) && namesCarriedOutlet(c) && carries(text, claim, c));
}

/**
 * A wire dateline or a paper's own-news marker of another outlet opening the body (中新社上海６月２７日电,
 * 新华社北京3月4日电, 南都讯, 新京报讯（记者 X）), or a wire citation opening it as a paper prints a wire
 * story (据新华社电 昨天，…, 据新华社北京3月4日电, or glued after the headline of a corpus record:
 * 国家禁毒委要求严查娱乐场所涉毒据新华社电): the story is that outlet's, clearly marked so
 * (clause 3's 明确标注为第三方版权), though the page gives no 来源 line. The publisher's own dateline
 * (国际在线北京3月4日电) is no mark, nor is one naming no outlet (本报讯, 本报北京3月5日电: 本报 is
 * whichever paper printed it, and 国际在线's station ran its own paper; clause 3 leaves out only what is
 * clearly marked as a third party's, and no outlet could be named to credit).
 */
function otherDateline(facts: ArticleFacts, pack: Pack): SourceClaim | undefined {
  const start = bodyStart(facts.doc, facts.metadata);
  if (start === undefined) return undefined;
  const scan = scanOf(facts.doc.text);
  const dateline = datelineAt(scan, start) ?? wireCitationAt(scan, start);
  return dateline && !namesPublisher(dateline, pack) && !endsInPublisher(facts.doc.text, dateline, pack) ? dateline : undefined;
}

/** Longest name of the publisher looked for at the end of a glued headline run (中国国际广播电台国际在线). */
const MAX_PUBLISHER_NAME = 20;

/**
 * Whether a dateline whose outlet could not be told from the headline glued before it (value '':
 * 标题南江日报讯) ends in the publisher's name: its own dateline, no mark.
 */
function endsInPublisher(text: string, dateline: SourceClaim, pack: Pack): boolean {
  if (dateline.value !== '') return false;
  const run = text.slice(dateline.line.span.start, dateline.span.start);
  for (let n = 2; n <= Math.min(run.length, MAX_PUBLISHER_NAME); n++) if (namesPublisher({ ...dateline, value: run.slice(-n) }, pack)) return true;
  return false;
}

/**
 * The outlet a dateline names; a paper's own-news marker by its short name (南都讯) by the full one
 * (南方都市报, the first of its names in OUTLET_ALIASES): the credit a copy is asked for names the paper.
 */
function datelineOutlet(dateline: SourceClaim): string {
  const name = outletName(dateline);
  if (dateline.form !== '…讯') return name;
  return OUTLET_ALIASES.find((names) => names.includes(name))?.[0] ?? name;
}

/**
 * Third-party content whose page has no 来源 line: the outlet a credit right after its mark names
 * (第三方版权 来源：澎湃新闻), else an unnamed one (''); its mark line the evidence. A credit naming
 * the publisher names no outlet here: the mark contradicts it.
 */
function markedOrigin(doc: Document, pack: Pack): Origin {
  const mark = thirdPartyMark(doc.text, pack);
  if (!mark) return { kind: 'third-party', source: '' };
  const credit = markCredit(doc, mark);
  const source = credit && !namesPublisher(credit, pack) ? outletName(credit) : '';
  return { kind: 'third-party', source, evidence: mark.line };
}

/**
 * The original outlet a page credits, in simplified characters (來源：澎湃新聞 is 澎湃新闻): the
 * credit a finding asks for is the notice's form (来源:国际在线) with this name in it, in one
 * script; --fix writes it in the checked file's own (traditional into a Big5 file, see io/fix.ts).
 */
function outletName(claim: SourceClaim): string {
  return inSimplified(claim.value);
}

function articleId(doc: Document): string {
  const base = doc.path.replace(/^.*\//u, '').replace(/\.[^.]+$/u, '');
  return doc.format === 'jsonl' ? `${base}:${doc.lineOffset + 1}` : base;
}

/** The title a page gives itself (front matter, <meta>, JSON Lines `title`, an HTML <title> without the site's name), else its headline. */
export function titleOf(doc: Document, metadata: Metadata): string {
  return pageTitle(doc, metadata) ?? headline(doc, metadata);
}

/** The headline: the line above the first 来源 line in the page's head, else the first real line. */
function headline(doc: Document, metadata: Metadata): string {
  return clipTitle(headlineLine(doc, metadata));
}

/** A title, not a paragraph: a record without one starts with its body (THUCNews glues them). */
const MAX_TITLE = 40;
/** UTF-16 units that hold MAX_TITLE + 1 code points at least: all of a line clipTitle reads, however long the line. */
export const TITLE_UNITS = 2 * (MAX_TITLE + 1);

/**
 * The line as a title: whole when short, else its first sentence when that is short, else its
 * first MAX_TITLE characters and …. Only its first TITLE_UNITS units are read: a page saved as one
 * line of megabytes has a headline line of megabytes.
 */
export function clipTitle(line: string): string {
  const chars = [...line.slice(0, TITLE_UNITS)];
  if (chars.length <= MAX_TITLE) return line;
  const end = chars.findIndex((c) => SENTENCE_ENDS.includes(c));
  return end >= 0 && end < MAX_TITLE ? chars.slice(0, end + 1).join('') : `${chars.slice(0, MAX_TITLE).join('')}…`;
}

const SENTENCE_ENDS = '。！？';

/**
 * The headline's line as a title. A 原标题 line is the title of the article the page reprints, not the
 * page's: the headline over it is the page's (独家：… over 原标题：…), and a page with no other gives
 * the original title without its label.
 */
function headlineLine(doc: Document, metadata: Metadata): string {
  const line = headlineOrOriginal(doc, metadata);
  return findOriginalTitle(newScan(line))?.value ?? line;
}

function headlineOrOriginal(doc: Document, metadata: Metadata): string {
  const claim = metadata.sources[0];
  const lines = claim ? linesTo(doc.text, claim.span.start, CLAIM_LINES) : [];
  let at = lines.length - 1;
  if (claim && at >= 0 && lines[at].s.end >= claim.span.start && inHead(doc, metadata, claim)) {
    const before = headlineBefore(doc, lines[at].s.start, claim);
    if (before) return before;
    if (at === 0) return fallbackHeadline(doc);
    const scan = scanOf(doc.text);
    while (at > 1 && (isHeadMatterLine(doc, metadata, lines[at - 1].s) || inEditorNote(lines, at - 1) || opensOriginalTitle(scan, lines[at - 1].s))) at--;
    return lines[at - 1].value;
  }
  return fallbackHeadline(doc);
}

/**
 * Whether a credit stands in the page's head, above where its body begins (bodyStart): a short
 * page's foot line (……号召全行业向他学习。 then （来源：新华社）) is among its first lines, but the
 * line above it is the body's last paragraph, not the headline.
 */
function inHead(doc: Document, metadata: Metadata, claim: SourceClaim): boolean {
  const body = bodyStart(doc, metadata);
  return body === undefined || claim.line.span.start < body;
}

/** Whether the line `at` is an editor's note between the headline and its 来源 line: 编者按：…, or the paragraph under 【编者按】. */
function inEditorNote(lines: ReadonlyArray<{ value: string }>, at: number): boolean {
  return isEditorNote(lines[at].value) || (at > 1 && isEditorNoteLabel(lines[at - 1].value));
}

/**
 * The headline a credit closes on the headline's line (标题　来源：国际在线, 标题（来源：国际在线）), if
 * what stands before it is no date or other header matter; not a paragraph a credit ends.
 */
function headlineBefore(doc: Document, lineStart: number, claim: SourceClaim): string | undefined {
  const end = claim.line.span.start;
  // header matter before the credit first: the headline's line is then not needed
  if (isCitation(claim) || end <= lineStart || isHeaderPrefix(scanOf(doc.text), lineStart, end)) return undefined;
  if (headlineSpan(doc)?.start !== lineStart) return undefined;
  // a bracket the credit shares with a byline opens before it: 标题（来源：国际在线 记者 张三）
  let stop = end;
  while (stop > lineStart && (/\s/u.test(doc.text[stop - 1]) || OPEN_BRACKETS.includes(doc.text[stop - 1]))) stop--;
  return doc.text.slice(lineStart, stop).trim() || undefined;
}

function fallbackHeadline(doc: Document): string {
  const line = headlineSpan(doc);
  return line ? doc.text.slice(line.start, line.end).trim() : doc.path;
}

/** The 来源 line is among the first lines (not blank) that a headline stands above: the sixth at most. */
const CLAIM_LINES = 6;

/**
 * The text's first lines that are not blank (trimmed), `most` at most, up to the first that ends
 * at `offset` or after: an archive's every article asks, and a split of all its lines, each
 * sliced and trimmed, was most of the work.
 */
function linesTo(text: string, offset: number, most: number): Array<{ s: Span; value: string }> {
  const lines: Array<{ s: Span; value: string }> = [];
  const breaks = /\r\n|\r|\n/gu;
  for (let start = 0; lines.length < most; ) {
    const m = breaks.exec(text);
    const end = m ? m.index : text.length;
    const value = text.slice(start, end).trim();
    if (value !== '') {
      lines.push({ s: { start, end }, value });
      if (end >= offset) break;
    }
    if (!m) break;
    start = m.index + m[0].length;
  }
  return lines;
}
