// A wire dateline or a paper's own-news marker that a corpus record glued after its headline, the line
// break lost: 国家禁毒委要求严查娱乐场所涉毒新华社北京3月4日电, 广州下月起实施新绿化管理条例新快报讯.
import type { SourceClaim } from './types.js';
import type { Span } from '../shared/types.js';
import type { Scan } from './scan.js';
import { SENTENCE_END, isHan } from './chars.js';
import { isKnownOutlet, outletLike } from './outlets.js';
import { DATELINE_OUTLETS } from './outlet-names.js';

/** Longest headline a corpus record glues before its dateline or wire citation, in characters. */
export const MAX_GLUED_HEADLINE = 40;
/** What may follow the headline up to the dateline's end: an outlet's name, a place and a date (新华社北京3月4日电). */
const DATELINE_REACH = 24;
const MAX_PLACE = 6;
/** Longest name looked for among the known outlets (21世纪经济报道, 英国广播公司, associated press). */
const MAX_NAME = 20;
const SELF = /(?:本报|本网|本台|本刊|本社)$/u;
const DATE_CHARS = '0123456789〇一二三四五六七八九十年月日';
const DATELINE_NAMES = new Set(DATELINE_OUTLETS);
const LATIN = /[a-z0-9]/u;

/**
 * The dateline ending a short headline run on the line [from, line end): the known outlet ending the
 * run before its place and date names it (新华社 of 标题新华社北京3月4日电); a run ending in another
 * word an outlet's name ends in (新快报讯, 四川新闻网北京7月30日讯) marks the story as another outlet's
 * whose name cannot be told from the headline before it: its claim's value is ''. The run is
 * MAX_GLUED_HEADLINE characters at most before the outlet, with no sentence end, comma or 据 (a
 * citation: see wireCitationAt); one ending in 本报 names no outlet. Reads a bounded stretch of the line.
 */
export function gluedDateline(scan: Scan, line: Span, from: number): SourceClaim | undefined {
  const { key } = scan;
  const reach = Math.min(line.end, from + 2 * MAX_GLUED_HEADLINE + DATELINE_REACH);
  for (let t = from + 2; t < reach; t++) {
    const c = key[t];
    if (SENTENCE_END.includes(c) || '，,据'.includes(c)) return undefined;
    const ending = endingAt(key, t);
    const claim = ending && outletBefore(scan, from, t, ending);
    if (claim) return claim;
  }
  return undefined;
}

interface Ending {
  form: string;
  length: number;
}

/**
 * The dateline's closing word at `t`: 电 (not 电视台), 讯 (not 讯息, 通讯社, nor 快讯: a headline's word,
 * 进博会新闻快讯), 日消息's 消息.
 */
function endingAt(key: string, t: number): Ending | undefined {
  const c = key[t];
  if (c === '电') return isHan(key[t + 1]) ? undefined : { form: '…电', length: 1 };
  if (c === '讯') return '社息'.includes(key[t + 1] ?? '') || key[t - 1] === '快' ? undefined : { form: '…讯', length: 1 };
  if (key.startsWith('消息', t) && key[t - 1] === '日') return { form: '…消息', length: 2 };
  return undefined;
}

/** The claim of the outlet before the date and place that end at `t`, if the run before it is a glued headline. */
function outletBefore(scan: Scan, from: number, t: number, ending: Ending): SourceClaim | undefined {
  const { key } = scan;
  let e = t;
  while (e > from && DATE_CHARS.includes(key[e - 1])) e--;
  const dated = e < t;
  if (ending.form === '…消息' && !dated) return undefined;
  const known = knownOutlet(key, from, e);
  if (known) return [...key.slice(from, known.start)].length <= MAX_GLUED_HEADLINE ? claimOf(scan, known, known, t + ending.length, ending.form) : undefined;
  const end = outletLikeEnd(key, from, e, dated);
  if (end < 0 || [...key.slice(from, end)].length > MAX_GLUED_HEADLINE + MAX_PLACE) return undefined;
  // undated, a name no list knows is a paper's (晨报讯) only: a headline may end in 新闻 or 网 itself
  if (!dated && key[end - 1] !== '报') return undefined;
  return claimOf(scan, { start: end, end }, { start: from, end }, t + ending.length, ending.form);
}

/** The known outlet (KNOWN_OUTLETS, DATELINE_OUTLETS) ending `key[from, e)`, or ending before a place of MAX_PLACE Han characters at most (新华社 of 新华社北京). */
function knownOutlet(key: string, from: number, e: number): Span | undefined {
  for (let p = 0; p <= MAX_PLACE && e - p > from; p++) {
    if (p > 0 && !isHan(key[e - p])) return undefined;
    const end = e - p;
    for (let n = Math.min(MAX_NAME, end - from); n >= 2; n--) {
      const start = end - n;
      if (LATIN.test(key[start]) && LATIN.test(key[start - 1] ?? '')) continue;
      const name = key.slice(start, end);
      if (isKnownOutlet(name) || DATELINE_NAMES.has(name)) return { start, end };
    }
  }
  return undefined;
}

/**
 * Where a word an outlet's name ends in (报, 网, 社, 台, 在线…) ends in `key[from, e)`: at `e`, or
 * before a place where the dateline is dated (四川新闻网北京7月30日讯); -1 where none does, or 本报 does.
 */
function outletLikeEnd(key: string, from: number, e: number, dated: boolean): number {
  for (let p = 0; p <= (dated ? MAX_PLACE : 0) && e - p > from + 2; p++) {
    if (p > 0 && !isHan(key[e - p])) return -1;
    const end = e - p;
    const word = key.slice(Math.max(from, end - 4), end);
    if (SELF.test(word)) return -1;
    for (let n = 2; n <= word.length; n++) if (outletLike(word.slice(-n))) return end;
  }
  return -1;
}

function claimOf(scan: Scan, name: Span, quoted: Span, end: number, form: string): SourceClaim {
  const span = { start: quoted.start, end };
  return { value: scan.text.slice(name.start, name.end), span: name, form, line: { value: scan.text.slice(span.start, span.end), span } };
}
