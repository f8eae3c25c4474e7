import type { Scan } from './scan.js';
import type { Span } from '../shared/types.js';
import { CLOSE_BRACKETS, OPEN_BRACKETS, SENTENCE_END, SEPARATORS, bulletEnd, isSpace, skipSpace, skipSpaceBack } from './chars.js';
import { readClock, readDate } from './date-forms.js';
import { outletLike } from './outlets.js';
import { addressEnd } from './web-address.js';
import { AUTHOR_WORDS, BYLINE_TAG_WORDS, CREDIT_BYLINE_WORDS, HEADER_WORDS, OTHER_WORDS, isCompound, matchAt, wordsRegex } from './words.js';

/** Longest run before a key that can still be a page header (dates, other fields, markup spaces). */
const MAX_PREFIX = 400;
const HEADER_KEY = wordsRegex(HEADER_WORDS);
const SIGNATURE = wordsRegex(CREDIT_BYLINE_WORDS);
const BYLINE_TAG = wordsRegex(BYLINE_TAG_WORDS);
/** Longest name before a signature word: 陈立 摄, 市教育局供稿. */
const MAX_SIGNED_NAME = 8;
/** What parts a breadcrumb's places: 首页 > 新闻 > 正文, 首页＞国际, 首页 » 国际. */
const CRUMB_MARKS = '>＞»›〉';
/** Longest place in a breadcrumb: 国际新闻, 新闻中心. */
const MAX_CRUMB = 12;
const PREFIX_PUNCT = `${OPEN_BRACKETS}${CLOSE_BRACKETS}${SEPARATORS}${CRUMB_MARKS}/／·•:：、-—_`;
const FIELD_SEPARATORS = `${SEPARATORS}:：/／`;
const SELF = new Set(['本报', '本网', '本台', '本刊', '本社']);
/** The sizes a page's font-size switch offers after 字号: 【字号 大 中 小】, 字号：T|T|T. */
const FONT_SIZES = /(?:[\s:：|｜/／]*(?:特大|超大|大|中|小|默认|t))+/yu;
const BYLINE_KEY = wordsRegex(AUTHOR_WORDS);
const CREW_KEY = wordsRegex(OTHER_WORDS);
/** Longest name a 摄影, 策划 or 校对 field of a bare byline holds: 摄影 王宏宇, not 策划：走近一线新闻人. */
const MAX_CREW_NAME = 4;
const SHARE_KEY = /分享到?/yu;
/** What a page's share widget offers after 分享到: 分享到：微信 微博 QQ空间. */
const SHARE_WIDGETS = /(?:[\s:：|｜/／、,，]*(?:微信朋友圈|朋友圈|微信好友|微信|新浪微博|腾讯微博|微博|qq空间|qq好友|qq|豆瓣|人人网|复制链接|更多))+/yu;

/**
 * Whether `text[from, to)` is a page header's lead-in: nothing but whitespace, dates and times,
 * web addresses, brackets and separators, other header fields (作者：X, 来源：X, 责编：X, 发布时间：…) and
 * outlet names. So 2022-03-04 11:59:53来源:吉林日报 may precede 责编, and a line start may
 * precede anything; prose (凡本网注明“…) never does.
 */
export function isHeaderPrefix(scan: Scan, from: number, to: number, bare = false): boolean {
  if (to - from > MAX_PREFIX) return false;
  let i = from;
  while (i < to) {
    const next = headerToken(scan, from, i, to, bare);
    if (next <= i) return false;
    i = next;
  }
  return true;
}

/**
 * `bare`: a byline's key takes no words of its own (its names are read apart), 摄影 or 策划 a name
 * at most and 分享到 only the share widget's, so 记者探访长白山雪季开板, 记者节特别策划：走近一线新闻人
 * or 分享到户外的快乐 is a headline, not head matter.
 */
function headerToken(scan: Scan, from: number, i: number, to: number, bare: boolean): number {
  const { key } = scan;
  if (isSpace(key[i]) || PREFIX_PUNCT.includes(key[i])) return i + 1;
  // a bullet parts the fields as a bar does: 2024-01-01 ▪ 来源：新浪网 ▪ 编辑：张三, ▶ 来源：新浪网
  const bullet = bulletEnd(key, i);
  if (bullet > i) return bullet;
  // the site's address heads the line as a date does: http://www.cri.cn　2009年03月02日 10:15　来源：国际在线
  const address = addressEnd(key, i, to);
  if (address > i) return address;
  const date = readDate(key, i);
  if (date) return Math.min(date.end, to);
  const clock = readClock(key, i);
  if (clock > 0) return Math.min(clock, to);
  // 编辑部推出新栏目, 记者节特别策划: a word of the line, no field
  const keyEnd = matchAt(HEADER_KEY, key, i);
  const field = isCompound(key, keyEnd) ? -1 : keyEnd;
  if (field > 0 && key.startsWith('字号', i)) return Math.min(Math.max(field, matchAt(FONT_SIZES, key, field)), to);
  if (field > 0 && bare && matchAt(SHARE_KEY, key, i) === field) return Math.min(Math.max(field, matchAt(SHARE_WIDGETS, key, field)), to);
  if (field > 0 && bare && matchAt(BYLINE_KEY, key, i) === field) return field;
  if (field > 0 && bare && matchAt(CREW_KEY, key, i) === field) return crewNameEnd(key, skipSeparators(key, field, to), to);
  if (field > 0) return fieldValueEnd(key, skipSeparators(key, field, to), to);
  const end = wordEnd(key, i, to);
  const word = key.slice(i, end);
  return SELF.has(word) || outletLike(word) || isCrumb(key, from, i, end, to) ? end : -1;
}

function crewNameEnd(key: string, i: number, to: number): number {
  const end = wordEnd(key, i, to);
  return end - i > MAX_CREW_NAME ? -1 : end;
}

/** Whether the word at `[i, end)` is a place of a breadcrumb: short, with a crumb mark before or after it (spaces between). */
function isCrumb(key: string, from: number, i: number, end: number, to: number): boolean {
  if (end - i > MAX_CRUMB) return false;
  const after = skipSpace(key, end, to);
  const before = skipSpaceBack(key, i, from);
  return (after < to && CRUMB_MARKS.includes(key[after])) || (before > from && CRUMB_MARKS.includes(key[before - 1]));
}

/**
 * Where a field's value ends in a header lead-in: a date or time after its label (发布时间：2024-03-01
 * 10:00, 时间:2024/03/01) is left to the date reading, as the word reading would stop at its 03.
 */
function fieldValueEnd(key: string, i: number, to: number): number {
  return readDate(key, i) || readClock(key, i) > 0 ? i : wordEnd(key, i, to);
}

/** Skips the colon (or bar, slash) and spaces between a field's key and its value. */
export function skipSeparators(key: string, i: number, to: number): number {
  while (i < to && (isSpace(key[i]) || FIELD_SEPARATORS.includes(key[i]))) i++;
  return i;
}

/** End of a run of word characters: stops at whitespace, punctuation, a header key or `to`. */
function wordEnd(key: string, i: number, to: number): number {
  let j = i;
  while (j < to && !isSpace(key[j]) && !PREFIX_PUNCT.includes(key[j]) && !'，。！？；、,;!?“”"'.includes(key[j]) && bulletEnd(key, j) === j) {
    if (j > i && matchAt(HEADER_KEY, key, j) > 0) break;
    j++;
  }
  return j;
}

/** Whether `at` starts a sentence: line start, or after 。！？； (whitespace allowed between). */
export function startsSentence(scan: Scan, lineStart: number, at: number): boolean {
  const i = skipSpaceBack(scan.key, at, lineStart);
  return i === lineStart || i < at || SENTENCE_END.includes(scan.key[i - 1]);
}

/** What a headline says of its own media in a bracket after the credit: 标题（来源：国际在线）（组图）. */
const MEDIA_TAG = /(?:高清)?(?:组图|多图|图集|图文|图片|图|视频|音频)|附(?:图|视频|音频)/yu;

/** What a reprint says of its cuts beside the credit: （来源：国际在线，有删改）, （有删节）, （节选）. */
const EDIT_NOTE = /(?:原文|内容|文字|文章|本文|转载时)?(?:略|已|稍)?有所?(?:删改|删节|删减|改动|修改|增删)|(?:内容)?(?:节选|摘编|摘录)/yu;

/**
 * Whether the rest of a line after a bracketed credit is empty: only whitespace and a full stop,
 * further bracketed header fields, as in （来源：新华社）（责编：张三）, media tags, as in
 * （来源：国际在线）（组图）, a note of cuts, as in （来源：国际在线）（有删改）, or a bracket opened
 * and never filled, as in （来源：国际在线）（.
 */
export function restIsCredit(scan: Scan, from: number, lineEnd: number): boolean {
  const { key } = scan;
  let i = from;
  for (;;) {
    while (i < lineEnd && (isSpace(key[i]) || '。.'.includes(key[i]))) i++;
    if (i === lineEnd) return true;
    if (!OPEN_BRACKETS.includes(key[i])) return false;
    i = skipSpace(key, i + 1, lineEnd);
    if (i === lineEnd || matchAt(HEADER_KEY, key, i) > 0) return true;
    const tag = Math.max(matchAt(MEDIA_TAG, key, i), matchAt(EDIT_NOTE, key, i));
    if (tag < 0) return false;
    i = skipSpace(key, tag, lineEnd);
    if (CLOSE_BRACKETS.includes(key[i] ?? '')) i++;
  }
}

/** What may part a credit from the byline bracketed with it: （来源：国际在线，记者 张三）, （来源：国际在线/记者 张三）. */
const BYLINE_JOINS = '，,；;、/／';

/** Where what follows a credit at `from` starts: past spaces, and one of BYLINE_JOINS with the spaces after it. */
function afterJoin(key: string, from: number, lineEnd: number): number {
  const i = skipSpace(key, from, lineEnd);
  return i < lineEnd && BYLINE_JOINS.includes(key[i]) ? skipSpace(key, i + 1, lineEnd) : i;
}

/**
 * Where the bracketed media tags and notes of cuts right after a credit end, spaces between them
 * included, as the （组图） of 来源：国际在线（组图） or the （有删改） of （来源：国际在线）（有删改）, or a
 * tag left open at the line's end: `from` where none stands there.
 */
export function creditTagsEnd(key: string, from: number, lineEnd: number): number {
  let end = from;
  for (let i = skipSpace(key, from, lineEnd); OPEN_BRACKETS.includes(key[i] ?? '\n'); i = skipSpace(key, end, lineEnd)) {
    const at = skipSpace(key, i + 1, lineEnd);
    const tag = Math.max(matchAt(MEDIA_TAG, key, at), matchAt(EDIT_NOTE, key, at));
    if (tag < 0) return end;
    const close = skipSpace(key, tag, lineEnd);
    // a tag never closed is one only where it ends the line: （来源：CRI）（组图
    if (close === lineEnd) return lineEnd;
    if (!CLOSE_BRACKETS.includes(key[close])) return end;
    end = close + 1;
  }
  return end;
}

/**
 * Where a byline bracketed with a credit ends, its bracket included, as in （来源：国际在线 记者 张三）
 * or the same never closed: -1 unless a header field (记者, 编辑, 作者…, or 编译, 摄, 整理…) or a
 * signed name (陈立 摄) follows the credit, after spaces or one of BYLINE_JOINS. With no `closer`
 * (''), the byline after an unbracketed credit, running to the line's end.
 */
export function bylineEnd(scan: Scan, from: number, closer: string, lineEnd: number, max: number): number {
  const { key } = scan;
  const i = afterJoin(key, from, lineEnd);
  if (matchAt(HEADER_KEY, key, i) < 0 && !bylineWordAt(key, i, lineEnd) && !signedAt(key, i, lineEnd)) return -1;
  const end = Math.min(lineEnd, i + max);
  for (let j = i; j < end; j++) {
    if (key[j] === closer) return j + 1;
    if (!OPEN_BRACKETS.includes(key[j])) continue;
    const tagEnd = bylineTagEnd(key, j, lineEnd);
    if (tagEnd < 0) return -1;
    j = tagEnd - 1;
  }
  return end === lineEnd ? lineEnd : -1;
}

/**
 * Where a note of cuts bracketed with a credit ends, its bracket included, as in
 * （来源：国际在线，有删改） or the same never closed: -1 unless the note, after spaces or one of
 * BYLINE_JOINS, is all the bracket holds after the credit.
 */
export function editNoteEnd(scan: Scan, from: number, closer: string, lineEnd: number): number {
  return bracketedNote(scan.key, from, closer, lineEnd)?.end ?? -1;
}

/** The note of cuts editNoteEnd reads: its words (有删改, 略有删节) and where its bracket ends. */
export function bracketedNote(key: string, from: number, closer: string, lineEnd: number): { words: Span; end: number } | undefined {
  const i = afterJoin(key, from, lineEnd);
  const note = matchAt(EDIT_NOTE, key, i);
  if (note < 0) return undefined;
  const end = skipSpace(key, note, lineEnd);
  const words = { start: i, end: note };
  if (end === lineEnd) return { words, end: lineEnd };
  return key[end] === closer ? { words, end: end + 1 } : undefined;
}

/**
 * Where a date (a time with it or not) bracketed with a credit ends, its bracket included, as in
 * 标题（来源：国际在线 2024-03-01）, 标题（来源：国际在线，2024年3月1日 10:00） or the same never closed; a
 * byline or a note of cuts may follow it in the bracket (（来源：国际在线 2024-03-01 记者 张三）). -1
 * unless the date, after spaces or one of BYLINE_JOINS, comes right after the credit.
 */
export function datedEnd(scan: Scan, from: number, closer: string, lineEnd: number, max: number): number {
  const { key } = scan;
  const i = afterJoin(key, from, lineEnd);
  const date = i < lineEnd ? readDate(key, i) : undefined;
  if (!date || date.end > lineEnd) return -1;
  const end = skipSpace(key, date.end, lineEnd);
  if (end === lineEnd) return lineEnd;
  if (key[end] === closer) return end + 1;
  const byline = bylineEnd(scan, date.end, closer, lineEnd, max);
  return byline >= 0 ? byline : editNoteEnd(scan, date.end, closer, lineEnd);
}

/** The date right after a credit, after spaces or one of BYLINE_JOINS (来源：CRI 2024-03-01, 来源：CRI，2024年3月1日); undefined where none stands there. */
export function creditDate(key: string, from: number, lineEnd: number): Span | undefined {
  const i = afterJoin(key, from, lineEnd);
  const date = i < lineEnd ? readDate(key, i) : undefined;
  return date && date.end <= lineEnd ? { start: i, end: date.end } : undefined;
}

/**
 * Where a reporter's bracketed tag opened at `open` ends, its closing bracket included (记者 张三（实习）,
 * 王晨（见习记者）), or -1 where that bracket holds anything else.
 */
export function bylineTagEnd(key: string, open: number, lineEnd: number): number {
  const word = matchAt(BYLINE_TAG, key, skipSpace(key, open + 1, lineEnd));
  if (word < 0) return -1;
  const close = skipSpace(key, word, lineEnd);
  return key[close] === CLOSE_BRACKETS[OPEN_BRACKETS.indexOf(key[open])] ? close + 1 : -1;
}

/**
 * Whether one of CREDIT_BYLINE_WORDS starts a byline at `i`: set off by a space or colon (编译 周敏,
 * 整理：刘洋), as 整理好简历的求职者 is not.
 */
function bylineWordAt(key: string, i: number, lineEnd: number): boolean {
  const k = matchAt(SIGNATURE, key, i);
  return k > 0 && k < lineEnd && (isSpace(key[k]) || ':：'.includes(key[k]));
}

/** Whether a name signed with a word after it starts at `i` (陈立 摄, 周敏译, 市教育局供稿), the word ending the byline's part. */
function signedAt(key: string, i: number, lineEnd: number): boolean {
  let j = i;
  while (j < lineEnd && j - i < MAX_SIGNED_NAME && !isSpace(key[j]) && !PREFIX_PUNCT.includes(key[j])) {
    if (j > i && signatureEndsAt(key, j, lineEnd)) return true;
    j++;
  }
  return j > i && signatureEndsAt(key, skipSpace(key, j, lineEnd), lineEnd);
}

function signatureEndsAt(key: string, i: number, lineEnd: number): boolean {
  const k = matchAt(SIGNATURE, key, i);
  return k > 0 && (k >= lineEnd || isSpace(key[k]) || PREFIX_PUNCT.includes(key[k]) || BYLINE_JOINS.includes(key[k]));
}

/** Whether a header key word starts at `at`. */
export function headerKeyAt(scan: Scan, at: number): boolean {
  return matchAt(HEADER_KEY, scan.key, at) > 0;
}
