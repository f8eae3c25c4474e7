import type { Span } from '../shared/types.js';
import type { Scan } from './scan.js';
import type { SourceClaim } from './types.js';
import { keyText } from '../shared/keytext.js';
import { CLOSE_BRACKETS, OPEN_BRACKETS, SEPARATORS, bulletEnd, isHan, isSpace, skipSpace } from './chars.js';
import { VALUE_STOP_WORDS, matchAt, wordsRegex } from './words.js';
import { addressEnd } from './web-address.js';
import { CARRIED_WORD, CARRIED_WORDS } from './carried-words.js';
import { readDate } from './date-forms.js';
import { isChannelName, isKnownOutlet, outletLike } from './outlets.js';

/** Longer than this, what follows 来源 is prose, not an outlet's name (Latin names run longer). */
const MAX_VALUE = 24;
const MAX_LATIN_VALUE = 60;
/** Words of a clause, not of a name: 来源：这篇文章讲述的是… */
const PROSE = /[的了]/u;
const STOP = wordsRegex(VALUE_STOP_WORDS);
const ENDS = `${OPEN_BRACKETS}${CLOSE_BRACKETS}${SEPARATORS}“”"'「」『』‘’。，,；;！!？?:：`;
const WRAPS = new Map([['《', '》'], ['“', '”'], ['「', '」'], ['『', '』'], ['〈', '〉'], ['<', '>'], ['＜', '＞']]);
/** Angle brackets wrap a name only round Han words (来源：<国际在线>), not markup (<a href=…>). */
const ANGLES = '<＜';
const LATIN = /[a-z]/u;
/**
 * A share or report widget's word glued to the name (来源：国际在线举报, 央视新闻客户端举报5772,
 * 国际在线点击：123): a word of the name only where a Han character follows it (举报中心).
 */
const WIDGET = /(?:举报|点击)(?!\p{Script=Han})/uy;
/** A word that joins two outlets' names between spaces: 新华社 综合 国际在线, 新华社 和 人民网. */
const SPACED_JOIN = /(?:综合自|综合|和|与)(?=\s)/uy;
/**
 * A credit's own key word opening the word after a space (国际在线 转自新华社): a second credit, saying
 * whose the text is, read apart as 国际在线（转载自新华社） is, not a second outlet of this one.
 */
const CREDIT_WORD = wordsRegex([...CARRIED_WORDS, '来自']);
/** The first characters of CARRIED_WORDS: a cheap test before matching them at every character of a name. */
const CARRIED_FIRSTS = [...new Set(CARRIED_WORDS.map((w) => w[0]))].join('');
/** Most spaces between the characters of a name spaced out (国 际 在 线, 国　际　在　线). */
const MAX_LETTER_GAP = 2;
/** A platform's word for an account, before the account's name in quotes or 《》 (微信公众号“侠客岛”). */
const ACCOUNT_WORDS = ['微信公众号', '微信公号', '公众号', '微信号'];
/** What may wrap an account's name: a name's marks, and straight quotes (微信公众号"侠客岛"). */
const ACCOUNT_WRAPS = new Map([...WRAPS, ['"', '"'], ['＂', '＂']]);
/** A colon between the platform's word and the name (微信公众号：侠客岛). */
const ACCOUNT_COLONS = ':：';

export interface ValueRead {
  /** The name itself, without 《》 or quotes around it. */
  value: Span;
  /** Where what was read ends (after a closing 》). */
  end: number;
}

/**
 * The outlet name that starts at `from` (after spaces): up to whitespace, a bracket, a full
 * stop, a separator or the next header word (责编, 作者, 参与互动 ...). A name in 《》, quotes or
 * angle brackets (来源：<国际在线>) is read to its closing mark. A Latin name may hold single spaces (Source: The Paper). A web
 * address is read whole: its colon and slashes end no name (来源：https://news.cri.cn/a.html).
 */
export function readValue(scan: Scan, from: number, lineEnd: number): ValueRead | undefined {
  const { key } = scan;
  const i = skipSpace(key, from, lineEnd);
  const address = addressEnd(key, i, lineEnd);
  if (address > i) return { value: { start: i, end: address }, end: address };
  const close = ANGLES.includes(key[i] ?? '\n') && !isHan(key[i + 1]) ? undefined : WRAPS.get(key[i]);
  if (close !== undefined) {
    const j = closeWithin(key, close, i + 1, Math.min(lineEnd, i + 1 + MAX_LATIN_VALUE));
    if (j < 0 || j === i + 1) return undefined;
    return { value: { start: i + 1, end: j }, end: j + 1 };
  }
  const latin = LATIN.test(key[i] ?? '');
  const max = latin ? MAX_LATIN_VALUE : MAX_VALUE;
  let j = runEnd(key, i, lineEnd, max);
  if (latin) {
    while (key[j] === ' ' && LATIN.test(key[j + 1] ?? '') && j - i <= max) j = runEnd(key, j + 1, lineEnd, max);
  } else {
    const account = accountRead(key, i, j, lineEnd);
    if (account) return account;
    j = j === i + 1 ? spacedLettersEnd(key, i, lineEnd) : spacedNamesEnd(key, i, j, lineEnd);
  }
  if (j === i || j - i > max || PROSE.test(key.slice(i, j))) return undefined;
  while (j > i && '-_·—/／、'.includes(key[j - 1])) j--; // 国际在线/记者 张三, 国际在线、记者 张三: the mark parts the name from a byline
  return j > i ? { value: { start: i, end: j }, end: j } : undefined;
}

/**
 * A named account after a platform's word (微信公众号“侠客岛”, 公众号《侠客岛》): the name read is the
 * account's, which is the outlet a credit names (the publisher's own account, 国际在线微信公众号, is
 * 国际在线 as its alias says). A bare platform word names none: 来源：微信公众号 reads 微信公众号.
 */
function accountRead(key: string, i: number, j: number, lineEnd: number): ValueRead | undefined {
  if (!ACCOUNT_WORDS.includes(key.slice(i, j))) return undefined;
  if (ACCOUNT_COLONS.includes(key[j] ?? '\n')) {
    const from = skipSpace(key, j + 1, lineEnd);
    const end = runEnd(key, from, lineEnd, MAX_VALUE);
    return end > from && !PROSE.test(key.slice(from, end)) ? { value: { start: from, end }, end } : undefined;
  }
  const close = ANGLES.includes(key[j] ?? '\n') ? undefined : ACCOUNT_WRAPS.get(key[j]);
  if (close === undefined) return undefined;
  const k = closeWithin(key, close, j + 1, Math.min(lineEnd, j + 1 + MAX_VALUE));
  if (k < 0 || k === j + 1 || PROSE.test(key.slice(j + 1, k))) return undefined;
  return { value: { start: j + 1, end: k }, end: k + 1 };
}

/**
 * Where `close` stands from `from` up to `last` (inclusive), or -1: looked for in that reach only, not
 * in the rest of the text (a quote never closed on each of many lines made the reading quadratic).
 */
function closeWithin(key: string, close: string, from: number, last: number): number {
  for (let k = from; k <= last && k < key.length; k++) if (key[k] === close) return k;
  return -1;
}

/** Whether a claim's name is an account's, read after a platform's word (转自微信公众号“侠客岛”: see accountRead). */
export function namesAccount(claim: SourceClaim): boolean {
  const before = keyText(claim.line.value.slice(0, Math.max(0, claim.span.start - claim.line.span.start)));
  const open = before.length - 1;
  const mark = before[open];
  return open > 0 && (ACCOUNT_WRAPS.has(mark) || ACCOUNT_COLONS.includes(mark)) && !ANGLES.includes(mark) && ACCOUNT_WORDS.some((w) => before.endsWith(w, open));
}

/**
 * Where a name read to `j` ends when further outlets' names follow it after spaces, as one credit:
 * 新华社 综合 国际在线 and 国际在线 新华社 name two outlets, as 新华社综合国际在线 does unspaced. Only
 * outlets' names in Chinese, each ending at a space, a mark or the line's end (国际在线 记者 张三,
 * 国际在线 2024-03-01 and 国际在线 责编：王五 end at the first name); not a channel (国际在线 国际频道
 * is 国际在线's) nor a Latin name (国际在线 CRI Online: its names in two scripts).
 */
function spacedNamesEnd(key: string, i: number, j: number, lineEnd: number): number {
  if (!outletLike(key.slice(i, j))) return splitNameEnd(key, i, j, lineEnd);
  let end = j;
  for (;;) {
    let k = skipSpace(key, end, lineEnd);
    if (k === end || k === lineEnd) return end;
    const join = matchAt(SPACED_JOIN, key, k);
    if (join > 0) k = skipSpace(key, join, lineEnd);
    if (matchAt(CREDIT_WORD, key, k) > 0) return end;
    const next = runEnd(key, k, lineEnd, MAX_VALUE);
    const name = key.slice(k, next);
    const ends = next === lineEnd || isSpace(key[next]) || ENDS.includes(key[next]);
    if (next === k || next - i > MAX_VALUE || !ends || !spacedOutlet(name)) return end;
    end = next;
  }
}

/**
 * Where a name spaced out character by character ends (国 际 在 线, as a page pads a short name to
 * line up with longer ones): read whole where its characters together are an outlet's name, so
 * 来源：国 际 在 线 names 国际在线, not 国; else after its first character, as before.
 */
function spacedLettersEnd(key: string, i: number, lineEnd: number): number {
  let end = i + 1;
  let letters = key[i];
  if (!isHan(letters)) return end;
  // a name is short: a long run of spaced characters is read no further than MAX_VALUE of them
  while (letters.length <= MAX_VALUE) {
    const k = skipSpace(key, end, Math.min(lineEnd, end + MAX_LETTER_GAP + 1));
    const next = k + 1;
    if (k === end || k - end > MAX_LETTER_GAP || !isHan(key[k]) || (next < lineEnd && !isSpace(key[next]) && !ENDS.includes(key[next]))) break;
    letters += key[k];
    end = next;
  }
  return end > i + 1 && letters.length <= MAX_VALUE && outletLike(letters) ? end : splitNameEnd(key, i, i + 1, lineEnd);
}

const HAN_WORD = /^\p{Script=Han}+$/u;

/**
 * Where a name with a stray space inside ends (国际 在线, 国 际在线, 吉林 日报): read whole where the
 * word before the space is no outlet's name, the word after it ends at a space, a mark or the
 * line's end, and the two together are an outlet's name; else at the space, as before.
 */
function splitNameEnd(key: string, i: number, j: number, lineEnd: number): number {
  const k = skipSpace(key, j, lineEnd);
  if (k === j || k - j > MAX_LETTER_GAP) return j;
  const next = runEnd(key, k, lineEnd, MAX_VALUE);
  const ends = next === lineEnd || isSpace(key[next]) || ENDS.includes(key[next]);
  const head = key.slice(i, j);
  const tail = key.slice(k, next);
  if (!ends || next - i > MAX_VALUE || !HAN_WORD.test(head) || !HAN_WORD.test(tail)) return j;
  return outletLike(head + tail) ? next : j;
}

/**
 * Whether a word after a space is a second outlet's name: Chinese, and three characters or more
 * unless a known outlet's (央视), so that 举报, 平台 or 海报 (ending like 报, 台) are none.
 */
function spacedOutlet(name: string): boolean {
  if (!isHan(name[0]) || isChannelName(name)) return false;
  return name.length >= 3 ? outletLike(name) : isKnownOutlet(name);
}

/** Whether a date (国际在线2024-03-01) or a widget's word starts at `at` of a scanned text, glued to the name before it. */
export function gluedAfterName(scan: Scan, at: number): boolean {
  return at < scan.key.length && glued(scan.key, at);
}

/** Whether a date (国际在线2024-03-01) or a widget's word starts at `j`, glued to the name before it. */
function glued(key: string, j: number): boolean {
  const c = key.charCodeAt(j);
  if (c >= 0x30 && c <= 0x39) return readDate(key, j) !== undefined;
  return matchAt(WIDGET, key, j) > 0;
}

function runEnd(key: string, i: number, lineEnd: number, max: number): number {
  let j = i;
  const limit = Math.min(lineEnd, i + max + 1);
  while (j < limit && !isSpace(key[j]) && !ENDS.includes(key[j]) && bulletEnd(key, j) === j) {
    if (matchAt(STOP, key, j) > 0) break; // at i too: 来源：责编：X names no source
    if (j > i && glued(key, j)) break;
    if (j > i + 1 && CARRIED_FIRSTS.includes(key[j]) && carriedAfterOutlet(key, i, j)) break;
    j++;
  }
  return j;
}

/**
 * Whether a word saying where the text was taken from starts at `j`, run straight into an outlet's
 * name from `i`: 国际在线转载自新华社, 人民网转自新华网 read as 国际在线 (the carrier) and 转载自新华社
 * (the source), as 来源：国际在线 转自新华社 does; a name merely holding 自 (自贡日报) has no such word.
 */
function carriedAfterOutlet(key: string, i: number, j: number): boolean {
  return matchAt(CARRIED_WORD, key, j) > 0 && outletLike(key.slice(i, j));
}
