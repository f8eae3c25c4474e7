import type { Origin, SourceClaim } from '../metadata/types.js';
import type { Pack } from '../config/types.js';
import { outletsOf, spacedOut } from './credited-outlets.js';
import { siteDomain } from '../metadata/web-address.js';
import { normalize } from '../normalize/index.js';
import { toSimplified } from '../shared/traditional.js';
import { taiwanForms } from '../shared/taiwan-phrases.js';
import { isClose, isOpen } from '../metadata/chars.js';
import { isCitationForm } from '../metadata/reported.js';
import { compileMarkerPatterns } from '../config/marker-patterns.js';
import { OUTLET_ALIASES } from '../shared/outlet-aliases.js';
import { lazy } from '../shared/once-per.js';
import { outletLike } from '../metadata/outlets.js';
import { distance } from 'fastest-levenshtein';

const OUTLET_SUFFIXES = ['客户端', '官方网站', '官网', '网站', '社'];

/** 人民网-文化频道 is 人民网: a channel (two characters and 频道) is the site it belongs to. */
const CHANNEL = /\p{Script=Han}{2}频道$/u;

/** A host (news.cri.cn) is keyed as its site (cri.cn), so a pack's domain alias names every page on it. */
function outletKey(name: string): string {
  let key = normalize(siteDomain(name) ?? name).text;
  if (CHANNEL.test(key) && key.length >= 6) key = key.slice(0, -4);
  for (const suffix of OUTLET_SUFFIXES) if (key.length > suffix.length + 1 && key.endsWith(suffix)) key = key.slice(0, -suffix.length);
  return key;
}

/** Each name of OUTLET_ALIASES, keyed, to the number of its group; made at the first use. */
const aliasGroups = lazy((): ReadonlyMap<string, number> => new Map(OUTLET_ALIASES.flatMap((names, group) => names.map((n) => [outletKey(n), group] as const))));

/** Whether two outlet keys are names of one outlet in OUTLET_ALIASES (中新网 and 中国新闻网). */
function sameOutlet(a: string, b: string): boolean {
  const groups = aliasGroups();
  const group = groups.get(a);
  return group !== undefined && group === groups.get(b);
}

/** 据新华社报道 in a sentence cites where a fact comes from; it is not the article's credit line. */
export function isCitation(claim: SourceClaim): boolean {
  return isCitationForm(claim.form);
}

/** Whether an origin is third-party content whose page names no source: there is no outlet to write. */
export function isUnnamed(origin: Origin): boolean {
  return origin.kind === 'third-party' && origin.source === '';
}

/**
 * Whether a claimed source names the origin (or an accepted alias of it, see OUTLET_ALIASES), alone or beside others.
 * Of an unnamed origin any credit (not a citation) that names an outlet other than the publisher,
 * alone or beside it, is taken to name it: which outlet the original was cannot be told, only that
 * it was not the publisher.
 */
export function namesOrigin(claim: SourceClaim, origin: Origin, pack: Pack): boolean {
  if (origin.kind !== 'third-party') return namesPublisher(claim, pack);
  if (isUnnamed(origin)) return !isCitation(claim) && namesOtherOutlet(claim, pack);
  const key = outletKey(origin.source);
  return outletsOf(claim).some((outlet) => {
    const claimed = outletKey(outlet);
    if (claimed.length === 0) return false;
    return key === claimed || (key.length >= 2 && claimed.includes(key)) || (claimed.length >= 2 && key.includes(claimed)) || sameOutlet(key, claimed);
  });
}

/** The outlet keys of a pack's publisher and its aliases, made once a pack: each article of an archive asks twice. */
const publisherKeys = new WeakMap<Pack, readonly string[]>();

function publisherKeysOf(pack: Pack): readonly string[] {
  let keys = publisherKeys.get(pack);
  // a traditional page converted with Taiwan phrases names 国际在线 as 國際線上 (see taiwanForms)
  if (!keys) publisherKeys.set(pack, (keys = [pack.publisher.name, ...pack.publisher.aliases].map(outletKey).flatMap((key) => taiwanForms(key))));
  return keys;
}

/** What a credit may write after the publisher's name or an alias and still name the publisher (see namedWithTail). */
interface Tails {
  suffixes: ReadonlySet<string>;
  markers: readonly RegExp[];
}

const tailsOf = new WeakMap<Pack, Tails>();

/**
 * The pack's `publisher.suffixes` (综合, 体育), and the words its own-content markers write after the
 * publisher's name (国际在线专稿, 国际在线{place}消息: 专稿, {place}消息), made once a pack.
 */
function publisherTails(pack: Pack): Tails {
  let tails = tailsOf.get(pack);
  if (!tails) {
    const { name, suffixes = [] } = pack.publisher;
    const after = (pack.ownContent?.markers ?? []).filter((m) => m.startsWith(name) && m.length > name.length).map((m) => m.slice(name.length));
    const markers = compileMarkerPatterns(after).flatMap((m) => (m.ok ? [m.sticky] : []));
    tailsOf.set(pack, (tails = { suffixes: new Set(suffixes.map((s) => normalize(s).text)), markers }));
  }
  return tails;
}

/**
 * Whether an outlet's key is the publisher's name or an alias with one of the pack's tails after
 * it, nothing else: 国际在线专稿, 国际在线北京消息, 国际在线综合 credit the publisher (not in the
 * required form); 国际在线转自新华社 and 国际在线新华社消息 do not, as no tail is all their rest.
 */
function namedWithTail(claimed: string, pack: Pack): boolean {
  const tails = publisherTails(pack);
  return publisherKeysOf(pack).some((name) => {
    if (name.length === 0 || claimed.length <= name.length || !claimed.startsWith(name)) return false;
    const rest = claimed.slice(name.length);
    if (tails.suffixes.has(rest)) return true;
    return tails.markers.some((marker) => {
      marker.lastIndex = 0;
      return marker.exec(rest)?.[0].length === rest.length;
    });
  });
}

/**
 * Whether an outlet's key is the publisher's: its name or an alias, alone, with one of the pack's
 * tails after it (see namedWithTail), or written after another of its names (CRI国际在线,
 * 国际在线CRI, 中国国际广播电台国际在线网: clause 1's station and its site, one publisher).
 */
function isPublisherKey(claimed: string, pack: Pack): boolean {
  if (claimed.length === 0) return false;
  const names = publisherKeysOf(pack);
  if (names.includes(claimed) || namedWithTail(claimed, pack) || misspelt(claimed, names[0])) return true;
  return names.some((name) => {
    if (name.length === 0 || claimed.length <= name.length || !claimed.startsWith(name)) return false;
    const rest = claimed.slice(name.length);
    return names.includes(rest) || namedWithTail(rest, pack);
  });
}

/** Fewest characters of a name read through a typo: a shorter one is one character off other outlets' (新华社, 新华网). */
const MIN_MISSPELT = 4;
const HAN_NAME = /^\p{Script=Han}+$/u;

/**
 * Whether an outlet's key is the publisher's name (4 Chinese characters or more) with one character
 * wrong, missing or added (国际在现, 国际再线, 国际在): a typo. Not a name ending as an outlet's does
 * (国防在线, 北京晚报 beside 北京日报): that may be another outlet, whose credit --fix would overwrite.
 */
function misspelt(claimed: string, name: string): boolean {
  if (name.length < MIN_MISSPELT || Math.abs(claimed.length - name.length) > 1 || !HAN_NAME.test(name) || !HAN_NAME.test(claimed)) return false;
  return !outletLike(claimed) && distance(claimed, name) === 1;
}

/**
 * Whether a claimed source names the pack's publisher, by its name or an alias, in any width or
 * script, alone, with one of the pack's tails after it or beside another of its names (see isPublisherKey).
 */
export function namesPublisher(claim: SourceClaim, pack: Pack): boolean {
  let known = publisherNamed.get(pack);
  if (!known) publisherNamed.set(pack, (known = new Map()));
  let named = known.get(claim.value);
  if (named === undefined) {
    if (known.size >= MAX_NAMED) known.clear();
    known.set(claim.value, (named = outletsOf(claim).some((outlet) => isPublisherKey(outletKey(outlet), pack))));
  }
  return named;
}

/**
 * Whether a credit's words (outletsOf reads a claim's value alone) name the publisher, by pack:
 * an archive's pages credit a few outlets over and over, and each page asks twice (its origin,
 * whether it is marked third-party). Forgotten at MAX_NAMED words, so a run's memory stays bounded.
 */
const publisherNamed = new WeakMap<Pack, Map<string, boolean>>();
const MAX_NAMED = 4096;

/** Whether a claimed source names an outlet that is not the pack's publisher (nor an alias of it). */
function namesOtherOutlet(claim: SourceClaim, pack: Pack): boolean {
  return outletsOf(claim).some((outlet) => {
    const claimed = outletKey(outlet);
    return claimed.length > 0 && !isPublisherKey(claimed, pack);
  });
}

/**
 * The claims that credit a source for the document: its 来源 lines and the like, but none naming
 * no outlet (转载自互联网), and a citation only where it names the origin (据国际在线报道 credits
 * 国际在线, in a nonstandard form).
 */
export function credits(claims: readonly SourceClaim[], origin: Origin, pack: Pack): SourceClaim[] {
  return claims.filter((c) => !namesNoOutlet(c) && (!isCitation(c) || namesOrigin(c, origin, pack)));
}

/**
 * What a stock disclaimer credits (本文转载自互联网，版权归原作者所有; 来源于网络), or a credit naming
 * the web at large or its users (来源：网友, 来源：网络综合): no outlet, so no credit.
 */
const NO_OUTLET = new Set(['互联网', '网络', '网上', '互联网络', '网友', '网民', '网络综合', '综合网络', '网络整理', '互联网综合']);

export function namesNoOutlet(claim: SourceClaim): boolean {
  return NO_OUTLET.has(toSimplified(claim.value.trim()));
}

/**
 * The words by which a page credits the site it stands on (来源：本站): on a publisher's archive page
 * the publisher, never an outlet named 本站; on a copy its own site's credit for its own text.
 */
const SELF_WORDS = ['本站', '本网'];

export function namesSelf(claim: SourceClaim): boolean {
  return SELF_WORDS.includes(toSimplified(claim.value.trim()));
}

/** Whether a claim is a container's field (front matter `source:`, <meta>, a JSON key): its value is a name, not a 来源 line. */
export function isFieldClaim(claim: SourceClaim): boolean {
  return claim.form === 'front-matter' || claim.form === 'meta';
}

/** Whether a claim stands in a container's field, not in the text: a source field, or a credit in a headline field (see SourceClaim.field). */
export function inField(claim: SourceClaim): boolean {
  return isFieldClaim(claim) || claim.field !== undefined;
}

/** A bar right after a label's colon: the next cell of a Markdown table row. */
const CELL_AFTER_LABEL = /^([^:：|]*[:：])\|/u;

/** Whether a claim naming the publisher stands in the pack's required form. */
export function isRequiredForm(claim: SourceClaim, pack: Pack): boolean {
  // a field's name in traditional characters (source: 國際在線) is the name, as 來源:國際在線 is the line
  if (isFieldClaim(claim)) return toSimplified(claim.value) === pack.publisher.name;
  // spaces round the name make no form (HTML entities leave padding, editors leave spaces), but
  // spaces between its characters do (来源：国 际 在 线 is not the name written as asked); nor does
  // the script (來源:國際在線 in a traditional-character article is the required line)
  const bare = (s: string) => toSimplified(s.replace(/[\s\u00a0\u3000]+/gu, ''));
  // a Markdown table row's label cell and name cell (| 来源: | 国际在线 |, quoted 来源: | 国际在线) read as HTML's <td>来源:</td><td>国际在线</td> do
  const written = bare(unbracketed(claim.line.value)).replace(CELL_AFTER_LABEL, '$1');
  const { attribution } = pack;
  if (attribution?.required === undefined || spacedOut(claim)) return false;
  return [attribution.required, ...attribution.accepted].some((form) => bare(form) === written);
}

/** A credit without the brackets and spaces around it: 〔来源：国际在线〕 is 来源：国际在线. */
function unbracketed(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && (isOpen(line[start]) || /\s/u.test(line[start]))) start++;
  while (end > start && (isClose(line[end - 1]) || /\s/u.test(line[end - 1]))) end--;
  return line.slice(start, end);
}

/**
 * What to write where a claim stands: the attribution, or in a field (front matter `source:`, a
 * JSON key) the outlet's name alone, the value that field is checked against. Null for an unnamed
 * origin (see isUnnamed): there is no name to write.
 */
export function toWrite(claim: SourceClaim, origin: Origin, pack: Pack): string | null {
  return isFieldClaim(claim) ? outletToName(origin, pack) : expectedAttribution(origin, pack);
}

/**
 * The outlet a source field names for an origin: the original source of third-party content, else
 * the publisher; null for an unnamed origin.
 */
export function outletToName(origin: Origin, pack: Pack): string | null {
  if (isUnnamed(origin)) return null;
  return origin.kind === 'third-party' ? origin.source : pack.publisher.name;
}

/**
 * The attribution to write for an origin: the notice's exact form, or 来源:<name> where the notice
 * asks for a credit without giving one (转载请注明出处); for third-party content, the original
 * outlet in the same form; null for an unnamed origin, whose outlet is not to be made up.
 */
export function expectedAttribution(origin: Origin, pack: Pack): string | null {
  const required = pack.attribution?.required ?? `来源:${pack.publisher.name}`;
  if (origin.kind !== 'third-party') return required;
  if (isUnnamed(origin)) return null;
  return required.includes(pack.publisher.name) ? required.replace(pack.publisher.name, origin.source) : `来源:${origin.source}`;
}
