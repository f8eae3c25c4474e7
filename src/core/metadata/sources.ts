import type { SourceClaim } from './types.js';
import type { Span } from '../shared/types.js';
import { lineAt, quotedAt, type Scan } from './scan.js';
import { CLOSE_BRACKETS, COLONS, OPEN_BRACKETS, isClose, isOpen, isSpace, skipSpace, skipSpaceBack } from './chars.js';
import { bylineEnd, datedEnd, editNoteEnd, isHeaderPrefix, restIsCredit, startsSentence } from './header.js';
import { creditedOutletLike } from './outlets.js';
import { standsAboveHeadline } from './headline.js';
import { opensOriginalTitle } from './title.js';
import { readValue, type ValueRead } from './value.js';
import { MISSPELT_SOURCE_WORDS, matchAt } from './words.js';
import { CARRIED_WORD, EXCERPT_WORDS, carrierGapEnd, endsCarriedWord, endsExcerptWord, isCarrierGap } from './carried-words.js';
import { mapped } from '../shared/mapped.js';

/**
 * The key words of a claimed source (出处：X, with its colon, too). 来源 may be led by 稿件/文章/本文/信息/新闻 only; every other
 * word before it (资金来源, 图片来源, 消息来源, 病毒来源) names something else, and the context
 * rule below rejects it because that word is not part of a header.
 */
const SOURCE_KEY = new RegExp(
  String.raw`(?:本文|稿件|文章|信息|新闻)?来源于?|稿源|(?:本文|文章)?出处|本文转载自|本文转自|转载自|转自|综合自|(?:本文|文章|内容)?(?:${EXCERPT_WORDS.join('|')})|(?:本文|文章|稿件|内容)来自` +
    `|(?:本文|稿件|文章|信息|新闻)?(?:${MISSPELT_SOURCE_WORDS.join('|')})`,
  'gu',
);
/**
 * Source: in a Latin key text. Searched apart from SOURCE_KEY, and only in a text that holds the
 * word: its lookbehind in the one expression cost that search of every text twice the time. The
 * two find the same words as one expression would, as no match of one can overlap one of the other.
 */
const LATIN_SOURCE_KEY = /(?<![a-z0-9])source(?![a-z])/gu;
/** A misspelt 来源 (see MISSPELT_SOURCE_WORDS), led or not by 本文 and the like: read only before a colon and an outlet's name. */
const MISSPELT_KEY = new RegExp(`(?:${MISSPELT_SOURCE_WORDS.join('|')})$`, 'u');
const HAS_LETTER = /\p{L}/u;
/** Words that say “this article”, so they may end a paragraph: …截至发稿时。 文章来源：渤海早报 */
const SELF_REFERRING = /^(?:本文|文章|稿件|内容)/u;
/** How far past a credit its bracket is looked for: a byline beside it (记者 张三 李四) is short, and a long line is not searched to its end for every credit. */
const MAX_BRACKETED_REST = 80;

/**
 * Attributions of the 来源 family: 来源：X, 【来源：X】, 稿件来源 X, 来源/X, 转载自X, 综合自X, 本文来源于X, 本文来自X, Source: X, and
 * an excerpt's: （本文摘编自X）, 选自X, 编译自X, 内容来自X.
 *
 * The rule for telling an attribution from prose that mentions a source: the key word must
 * - stand at the start of a line, after nothing but header matter (whitespace, dates and times,
 *   brackets, other fields such as 责编：X or 作者：X, an outlet's name), as in
 *   `2022-03-04 11:59:53来源:吉林日报责编:冯雅君`; or
 * - open a bracketed credit that ends its line, as in `……参加活动。（来源：新华社）`; or
 * - for the self-referring 本文来源, 文章来源, 稿件来源, 本文转自, 本文摘编自, 内容来自, start a sentence.
 * Never inside quotation marks: 凡本网注明“来源:国际在线”的… quotes the notice, it does not
 * attribute. 来源 needs a colon, bar or space after it (来源不明 is prose). A bare 来源于 counts
 * only when what follows reads as an outlet (来源于生活 does not); 本文来源于 takes any name; so
 * do 摘编自, 选自 (see needsOutlet). 本文来自, 文章来自, 稿件来自 and 内容来自 (a footer's 本文来自澎湃新闻，
 * 更多原创资讯请下载…) count where an outlet follows (本文来自一位读者的来信 is prose). A spaced label
 * (来 源：) is read as the page shows it (spaced-labels.ts). A label one character off from 来源
 * (来原, 来滩: see MISSPELT_SOURCE_WORDS) is read as 来源 where a colon and an outlet's name follow it.
 */
export function findSourceClaims(scan: Scan): SourceClaim[] {
  const claims: SourceClaim[] = [];
  for (const [at, word] of sourceKeys(scan.key)) {
    const claim = claimAt(scan, at, word, claims[claims.length - 1]);
    if (claim) claims.push(claim);
  }
  return claims;
}

/** The key words of claimed sources in a key text, in order: SOURCE_KEY's and LATIN_SOURCE_KEY's merged. */
function sourceKeys(key: string): Array<[at: number, word: string]> {
  const found = mapped([...key.matchAll(SOURCE_KEY)], (m): [number, string] => [m.index, m[0]]);
  if (!key.includes('source')) return found;
  const latin = mapped([...key.matchAll(LATIN_SOURCE_KEY)], (m): [number, string] => [m.index, m[0]]);
  return latin.length === 0 ? found : [...found, ...latin].sort((a, b) => a[0] - b[0]);
}

function claimAt(scan: Scan, at: number, word: string, previous: SourceClaim | undefined): SourceClaim | undefined {
  if (quotedAt(scan, at)) return undefined;
  const line = lineAt(scan, at);
  if (word === '综合自' && afterKey(scan.key, at, line.start)) return undefined;
  const from = valueStart(scan.key, at + word.length, line.end, word);
  if (from < 0) return undefined;
  const read = readValue(scan, from, line.end);
  const named = read && scan.key.slice(read.value.start, read.value.end);
  if (!read || !named || !HAS_LETTER.test(named)) return undefined;
  if (needsOutlet(word, read) && !creditedOutletLike(named)) return undefined;
  const span = attributionSpan(scan, at, read, line, SELF_REFERRING.test(word)) ?? carriedSpan(scan, at, read, word, previous);
  if (!span) return undefined;
  return {
    value: scan.text.slice(read.value.start, read.value.end),
    span: read.value,
    form: word === 'source' ? 'Source' : word,
    line: { value: scan.text.slice(span.start, span.end), span },
  };
}

/**
 * A 转自 credit right after another credit on its line, past a space, a comma, a semicolon or a bar:
 * 来源：国际在线，转自新华社 and （来源：国际在线 转自新华社） closing a paragraph name the source as
 * 来源：国际在线 转自新华社 does at the top (judge/carried-credits.ts joins the two).
 */
function carriedSpan(scan: Scan, at: number, read: ValueRead, word: string, previous: SourceClaim | undefined): Span | undefined {
  if (!previous || !endsCarriedWord(word)) return undefined;
  const { end } = previous.line.span;
  if (end > at || lineAt(scan, end).start !== lineAt(scan, at).start) return undefined;
  return isCarrierGap(scan.key, end, at) ? { start: at, end: read.end } : undefined;
}

/** Whether a word at `at` opens the value of a key before it (来源：综合自国际在线 is one credit, read from 来源). */
function afterKey(key: string, at: number, lineStart: number): boolean {
  const before = skipSpaceBack(key, at, lineStart);
  return (before > lineStart && `${COLONS}${DASHES}|｜丨`.includes(key[before - 1])) || key.endsWith('来源', before);
}

/**
 * Whether the key word takes only an outlet's name after it: a bare 来源于 (来源于生活 is prose; 本文来源于
 * takes any name), 来自 however led (本文来自一位读者的来信), and an excerpt's word not led by 本文, 文章
 * or 内容 (选自全国各地), unless the name stands in 《》 or quotes (选自《求是》).
 */
function needsOutlet(word: string, read: ValueRead): boolean {
  if (word.endsWith('于')) return !word.startsWith('本文');
  if (MISSPELT_KEY.test(word)) return true;
  if (word.endsWith('来自')) return true;
  return endsExcerptWord(word) && !/^(?:本文|文章|内容)/u.test(word) && read.end === read.value.end;
}

/** A dash after 来源 in place of its colon, once or doubled (来源——国际在线). */
const DASHES = '—―';

/** Where the name starts after the key word, or -1 when the separator is missing. */
function valueStart(key: string, i: number, lineEnd: number, word: string): number {
  const j = skipSpace(key, i, lineEnd);
  const plain = word.endsWith('来源') || word === '稿源';
  if (COLONS.includes(key[j]) || (plain && '|｜丨/／'.includes(key[j]))) return j + 1; // 来源/国际在线 too
  if (MISSPELT_KEY.test(word)) return -1; // 来原 国际在线: a misspelt label is read before a colon only
  if (plain && DASHES.includes(key[j])) return DASHES.includes(key[j + 1]) ? j + 2 : j + 1; // 来源——国际在线
  if (word === 'source' || word.endsWith('出处')) return -1; // 出处不详 is prose
  if (plain) return j > i || /[a-z]/u.test(key[j] ?? '') ? j : -1; // 来源 新华社, 来源CSDN; not 来源不明
  return i;
}

/**
 * Whether the bracket opened at `open` closes further on past the credit: （本文来源：国际在线 记者 张三）
 * brackets a byline too, so the credit is 本文来源：国际在线 alone and both brackets stay.
 */
function closedLater(key: string, open: number, from: number, lineEnd: number): boolean {
  const closer = CLOSE_BRACKETS[OPEN_BRACKETS.indexOf(key[open])];
  const end = Math.min(lineEnd, from + MAX_BRACKETED_REST);
  for (let i = from; i < end; i++) if (key[i] === closer) return true;
  return false;
}

/**
 * Whether the bracket opened at `open` holds a byline, a note of cuts or a date after the credit and
 * ends its line, as in 标题（来源：国际在线 记者 张三）(组图), 标题（来源：国际在线，有删改） or
 * 标题（来源：国际在线 2024-03-01）, closed or not: the credit is read, its brackets stay.
 */
function bracketsByline(scan: Scan, open: number, from: number, lineEnd: number): boolean {
  if (quotedAt(scan, open)) return false;
  const closer = CLOSE_BRACKETS[OPEN_BRACKETS.indexOf(scan.key[open])];
  let end = bylineEnd(scan, from, closer, lineEnd, MAX_BRACKETED_REST);
  if (end < 0) end = editNoteEnd(scan, from, closer, lineEnd);
  if (end < 0) end = datedEnd(scan, from, closer, lineEnd, MAX_BRACKETED_REST);
  if (end < 0) end = carriedEnd(scan.key, from, closer, lineEnd);
  return end >= 0 && restIsCredit(scan, end, lineEnd);
}

/**
 * Where a bracket holding the carrier's credit and a 转自 after it ends, its closer included, or
 * -1: （来源：国际在线｜转自新华社）, （来源：国际在线，摘自新华社） closing a paragraph.
 */
function carriedEnd(key: string, from: number, closer: string, lineEnd: number): number {
  const i = carrierGapEnd(key, from, lineEnd);
  if (matchAt(CARRIED_WORD, key, i) < 0) return -1;
  const end = Math.min(lineEnd, i + MAX_BRACKETED_REST);
  const close = key.indexOf(closer, i);
  if (close >= 0 && close < end) return close + 1;
  return end === lineEnd ? lineEnd : -1;
}

/**
 * The whole attribution, brackets included, when it stands where attributions stand; a bracket
 * that closes past the credit's end is left out, so rewriting the credit keeps the text balanced,
 * and one that never closes is in it, so rewriting it leaves no stray bracket.
 */
function attributionSpan(scan: Scan, at: number, read: ValueRead, line: Span, selfReferring: boolean): Span | undefined {
  const { key } = scan;
  const before = skipSpaceBack(key, at, line.start, 2);
  const open = isOpen(key[before - 1]) ? before - 1 : -1;
  let after = read.end;
  while (after < line.end && after - read.end < 2 && isSpace(key[after])) after++;
  const close = isClose(key[after]) ? after : -1;
  if (open >= 0 && !quotedAt(scan, open) && (close >= 0 || !closedLater(key, open, read.end, line.end))) {
    const end = close >= 0 ? close + 1 : read.end;
    // a bracket never closed (……首位。（来源：新华社) is still a bracketed credit that ends its line
    if (isHeaderPrefix(scan, line.start, open) || restIsCredit(scan, end, line.end)) return { start: open, end };
  }
  if (open >= 0 && close < 0 && bracketsByline(scan, open, read.end, line.end)) return { start: at, end: read.end };
  if (isHeaderPrefix(scan, line.start, at) || (selfReferring && startsSentence(scan, line.start, at))) {
    return { start: at, end: read.end };
  }
  if ((closesHeadline(scan, line, at) || closesOriginalTitle(scan, line, at)) && restIsHeader(scan, read.end, line.end)) return { start: at, end: read.end };
  return undefined;
}

/**
 * Whether only bracketed fields and media tags, a byline without brackets (　记者 张三), or header
 * matter such as a date (　2024-01-08 10:00) follow a credit on its line.
 */
function restIsHeader(scan: Scan, from: number, lineEnd: number): boolean {
  return (
    restIsCredit(scan, from, lineEnd) || bylineEnd(scan, from, '', lineEnd, MAX_BRACKETED_REST) === lineEnd || isHeaderPrefix(scan, from, lineEnd)
  );
}

/** Whether the credit at `at` follows a 原标题 on its line after a space: 原标题：医保缴费年限将各地互认并累计　来源：CRI. */
function closesOriginalTitle(scan: Scan, line: Span, at: number): boolean {
  return at > line.start && isSpace(scan.key[at - 1]) && opensOriginalTitle(scan, line);
}

/** How far above a headline's credit the page's head is read: navigation bars, a font-size switch, an editor's note. */
const MAX_HEAD = 1000;
const MAX_HEAD_LINES = 6;

/**
 * Whether the credit at `at` follows the headline on its line after a space, as pages and CMS
 * title fields write it: 吴尊不再走偶像路线：我本来就不是大明星　来源：国际在线. Only on the
 * headline's line, under nothing but lines that stand above a headline (首页 > 新闻, 【字号 大 中 小】,
 * 编者按：…): further down, words then a space then 来源 are prose.
 */
function closesHeadline(scan: Scan, line: Span, at: number): boolean {
  if (at === line.start || !isSpace(scan.key[at - 1])) return false;
  // backwards from the line: a later line stops at the text above it, not at the page's top
  for (let end = line.start, seen = 0; end > 0; end = lineAt(scan, end - 1).start) {
    const above = lineAt(scan, end - 1);
    if (line.start - above.start > MAX_HEAD) return false;
    if (!/\S/u.test(scan.text.slice(above.start, above.end))) continue;
    if (++seen > MAX_HEAD_LINES || !standsAboveHeadline(scan, above)) return false;
  }
  return true;
}
