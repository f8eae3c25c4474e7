import type { SourceClaim } from './types.js';
import { lineAt, quotedAt, type Scan } from './scan.js';
import { SENTENCE_END, isClose, isHan, isOpen, isSpaceCode, skipSpace } from './chars.js';
import type { Span } from '../shared/types.js';
import { startsSentence } from './header.js';
import { matchAt } from './words.js';
import { isKnownOutlet, outletLike } from './outlets.js';
import { DAY_WORDS } from '../shared/day-words.js';
import { gluedDateline, MAX_GLUED_HEADLINE } from './glued-dateline.js';

/** How far after 据 the closing 报道/消息/电 may stand. */
const WINDOW = 24;
const NAME_CHAR = /[\p{L}\p{N}.·・&-]/u;
const ENDINGS: Array<[string, string]> = [['报道', '据…报道'], ['报导', '据…报道'], ['消息', '据…消息'], ['电', '据…电']];
/** What ends a compilation's citation: 综合新华社报道, not 综合…电. */
const REPORTS = ENDINGS.filter(([ending]) => ending !== '电');
/** What may stand between the outlet and 报道: a date, a time word, 记者 (据新华社3日电, 据新华社记者报道). */
const BETWEEN_WORDS = `(?:(?:\\d{1,4}年)?(?:\\d{1,2}月)?\\d{1,2}日|${DAY_WORDS.join('|')}|记者)`;
const BETWEEN_TAIL = new RegExp(`${BETWEEN_WORDS}$`, 'u');
const BETWEEN_ALL = new RegExp(`^${BETWEEN_WORDS}$`, 'u');
/** A place after the outlet in a dateline: 据新华社华盛顿3月4日电. */
const MAX_PLACE = 6;
const MIN_PLACE = 2;

/**
 * 据X报道, 据X消息, 据X电 where X is an outlet (新华社, 国际在线, 《人民日报》, 美国《侨报》) and 据 starts a
 * sentence (line start, after 。！？； or whitespace, or as 另据/又据), or opens a bracket that does
 * (……。（据国际在线报道）, （据国际在线报道整理）). 据报道, 据悉, 据了解, 据统计 name no outlet and are
 * not claims, nor is 据当地媒体报道: X must read as an outlet. 综合X报道 (（综合国际在线报道）) is read
 * the same way: a compilation cites where its facts come from.
 */
export function findReportedClaims(scan: Scan): SourceClaim[] {
  const claims: SourceClaim[] = [];
  for (const m of scan.key.matchAll(/据|综合/gu)) {
    const claim = reportedAt(scan, m.index, m[0].length);
    if (claim) claims.push(claim);
  }
  return claims;
}

/**
 * What ends a wire dateline: 新华社北京3月4日电, 中广网北京7月2日消息 (消息 only after a date: 本网消息 is
 * no dateline), and a paper's own-news marker: 南都讯, 新京报讯（记者 X）, 新京报快讯 (本报讯 names no outlet).
 */
const DATELINE_ENDINGS: Array<[string, string]> = [['电', '…电'], ['消息', '…消息'], ['快讯', '…讯'], ['讯', '…讯']];

/**
 * The outlet of a wire dateline opening the line at `lineStart` (past its indent): 新华社北京3月4日电,
 * 中新社上海６月２７日电 (full-width digits read as digits), 人民网6月11日电, 中广网北京7月2日消息, 南都讯.
 * Its claim names the outlet; the line is the dateline. Not a citation (据新华社电 cites one).
 */
export function datelineAt(scan: Scan, lineStart: number): SourceClaim | undefined {
  const line = lineAt(scan, lineStart);
  let from = line.start;
  while (from < line.end && /\s/u.test(scan.key[from])) from++;
  if (scan.key[from] === '据') return undefined;
  if (isOpen(scan.key[from])) return bracketedDateline(scan, line, from);
  return openingDateline(scan, line, from) ?? (firstTextLine(scan, line) ? gluedDateline(scan, line, from) : undefined);
}

/** A dateline or marker opening the line at `from`, its name ten characters at most or ending in a known outlet (see datelineName). */
function openingDateline(scan: Scan, line: Span, from: number): SourceClaim | undefined {
  const found = plainName(scan, from, line.end, DATELINE_ENDINGS);
  if (!found || (found.form === '…消息' && !/日消息$/u.test(scan.key.slice(from, found.end)))) return undefined;
  if (found.form === '…讯' && !markerName(scan.key.slice(found.name.start, found.name.end))) return undefined;
  const name = datelineName(scan.key, found.name);
  if (!name) return undefined;
  const span = { start: name.start, end: found.end };
  return { value: scan.text.slice(name.start, name.end), span: name, form: found.form, line: { value: scan.text.slice(span.start, span.end), span } };
}

/** A marker or dateline in brackets of its own opening the line: 【深圳商报讯】（记者…）, 【新华社北京3月4日电】; quoted with its brackets. */
function bracketedDateline(scan: Scan, line: Span, open: number): SourceClaim | undefined {
  const claim = openingDateline(scan, line, open + 1);
  if (!claim || !isClose(scan.key[claim.line.span.end])) return undefined;
  const span = { start: open, end: claim.line.span.end + 1 };
  return { ...claim, line: { value: scan.text.slice(span.start, span.end), span } };
}

/** Longest name a wire dateline gives its outlet (经济日报-中国经济网): a longer run is a headline glued before it. */
const MAX_DATELINE_NAME = 10;

/**
 * The outlet's name of a dateline opening a line, never a run of headline text: where a corpus
 * record glued its headline to the dateline (胡锦涛会见外宾新华社北京3月4日电), the known outlet ending
 * the run (新华社); a run holding 据 is a citation (国家禁毒委要求严查娱乐场所涉毒据新华社电: see
 * wireCitationAt), and a longer run ending in no known outlet names none, nor does one ending in 本报 (a
 * headline glued to 本报北京3月5日电).
 */
function datelineName(key: string, name: Span): Span | undefined {
  const word = key.slice(name.start, name.end);
  if (word.includes('据')) return undefined;
  if (isKnownOutlet(word)) return name;
  for (let n = word.length - 1; n >= 2; n--) if (isKnownOutlet(word.slice(-n))) return { start: name.end - n, end: name.end };
  return word.length <= MAX_DATELINE_NAME && !SELF.test(word) ? name : undefined;
}


/**
 * The wire citation opening the story on the line at `lineStart` (past its indent), which names whose
 * the story is as a dateline does: 据新华社电 昨天，…, 据新华社北京3月4日电, or one a corpus record glued
 * after its headline (国家禁毒委要求严查娱乐场所涉毒据新华社电 昨天，…, read as 新华社: the outlet is what
 * stands between 据 and 电, never the headline). Not 据新华社报道 (a fact's citation) nor one inside a sentence.
 */
export function wireCitationAt(scan: Scan, lineStart: number): SourceClaim | undefined {
  const line = lineAt(scan, lineStart);
  const from = skipSpace(scan.key, line.start, line.end);
  const ju = scan.key.slice(from, Math.min(line.end, from + 2 * MAX_GLUED_HEADLINE + 1)).indexOf('据');
  if (ju < 0 || (ju > 0 && !afterGluedHeadline(scan, line, from + ju))) return undefined;
  const claim = reportedAt(scan, from + ju, 1);
  return claim?.form === '据…电' ? claim : undefined;
}

/**
 * Whether the 据 at `lead` follows a headline glued to it on the text's first line with text, as a
 * corpus record that lost its line break prints it (国家禁毒委要求严查娱乐场所涉毒据新华社电 昨天，…): a
 * short run that ends no sentence and holds no comma (昨天，据新华社电 is a sentence's).
 */
function afterGluedHeadline(scan: Scan, line: Span, lead: number): boolean {
  const from = skipSpace(scan.key, line.start, lead);
  if (lead - from < 2 || lead - from > 2 * MAX_GLUED_HEADLINE) return false;
  for (let i = from; i < lead; i++) if (SENTENCE_END.includes(scan.key[i]) || '，,'.includes(scan.key[i])) return false;
  if ([...scan.key.slice(from, lead)].length > MAX_GLUED_HEADLINE) return false;
  return firstTextLine(scan, line);
}

/**
 * Whether the line is the text's first with text, where a corpus record glues its headline to the
 * story. Walked back from the line: the line before with text ends the walk at once (walked forward
 * from the text's start, each 据 of a text opening with many blank lines read them all again).
 */
function firstTextLine(scan: Scan, line: Span): boolean {
  for (let i = line.start - 1; i >= 0; i--) {
    const c = scan.text.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d && !isSpaceCode(c)) return false;
  }
  return true;
}

/** What follows a wire citation's 电 where it opens a story: a space, a bracket (（记者 X）), a comma or colon, the line's end. */
const AFTER_WIRE = /[\s（(【〔,，:：]|$/uy;

/** Whether a citation read is a wire citation opening a story: 据新华社电 before a space, a bracket or a comma. */
function opensWireStory(key: string, found: Found): boolean {
  return found.form === '据…电' && matchAt(AFTER_WIRE, key, found.end) >= 0;
}

/** The longest name a paper's own-news marker gives it: 21世纪经济报道. */
const MAX_MARKER_NAME = 10;
const SELF = /(?:本报|本网|本台|本刊|本社)$/u;

/**
 * Whether the name before 讯 is a paper's, not a headline glued before 本报讯 or 新京报讯 (a corpus
 * record that lost its line break: 基金开户数年后首周增幅超四成本报讯 names no outlet).
 */
function markerName(name: string): boolean {
  return name.length <= MAX_MARKER_NAME && !SELF.test(name);
}

/** Whether a claim's form is a citation's (据…报道, 综合…报道), not a credit line's (综合自X is one). */
export function isCitationForm(form: string): boolean {
  return form.startsWith('据') || form.startsWith('综合…');
}

/** What 据 ends in a word that cites nothing: 数据, 证据, 票据, 单据, 收据, 凭据, 字据, 借据, 论据, 考据, 占据, 割据, 盘据. */
const ENDS_IN_JU = '数证票单收凭字借论考占割盘';

/**
 * Where the citation that the 据 at `at` opens starts: `at`, or one back for 另据 and 又据 (not
 * before `from`, its line's start); -1 where the 据 ends a word that cites nothing (数据、国际在线消息:
 * 数据 is no 据). Here and in the markers' look-back for a list after 据 (judge/markers.ts).
 */
export function citationStart(key: string, at: number, from = 0): number {
  if (at - 1 < from) return at;
  if ('另又'.includes(key[at - 1])) return at - 1;
  return ENDS_IN_JU.includes(key[at - 1]) ? -1 : at;
}

function reportedAt(scan: Scan, at: number, length: number): SourceClaim | undefined {
  const line = lineAt(scan, at);
  const compiled = length > 1;
  const lead = compiled ? at : citationStart(scan.key, at, line.start);
  if (lead < 0 || quotedAt(scan, at)) return undefined;
  // a wire citation a corpus record glued after its headline starts the story all the same
  const glued = !opensSentence(scan, line.start, lead);
  if (glued && (compiled || !afterGluedHeadline(scan, line, lead))) return undefined;
  const open = compiled ? -1 : bookOpen(scan.key, at + 1, line.end);
  const found = open >= 0 ? bookTitle(scan, open, line.end) : plainName(scan, at + length, line.end, compiled ? REPORTS : ENDINGS);
  if (!found || (glued && !opensWireStory(scan.key, found))) return undefined;
  const form = compiled ? found.form.replace('据', '综合') : found.form;
  const span = bracketed(scan.key, lead, found.end, line) ?? { start: at, end: found.end };
  return {
    value: scan.text.slice(found.name.start, found.name.end),
    span: found.name,
    form,
    line: { value: scan.text.slice(span.start, span.end), span },
  };
}

/** Whether a citation starts a sentence, or opens a bracket that does: ……。（据国际在线报道）. */
function opensSentence(scan: Scan, lineStart: number, lead: number): boolean {
  if (startsSentence(scan, lineStart, lead)) return true;
  return lead > lineStart && isOpen(scan.key[lead - 1]) && startsSentence(scan, lineStart, lead - 1);
}

/** What an editor writes after a citation to say what was done with it: （据国际在线报道整理）, （据新华社电 编辑）. */
const DONE_WITH = /[ \t\u00a0\u3000]?(?:整理|编辑|编写|改写|改编|综合|摘编|编译)/uy;

/**
 * The citation with its brackets, where they hold it alone or with a word of what was done with it
 * (（据国际在线报道）, （据国际在线报道整理）): the credit is quoted whole, and a fix leaves no empty
 * brackets nor a stray 整理）.
 */
function bracketed(key: string, lead: number, end: number, line: Span): Span | undefined {
  if (lead <= line.start || !isOpen(key[lead - 1])) return undefined;
  const after = Math.max(end, matchAt(DONE_WITH, key, end));
  return after < line.end && isClose(key[after]) ? { start: lead - 1, end: after + 1 } : undefined;
}

interface Found {
  name: { start: number; end: number };
  form: string;
  end: number;
}

/** The 《 of 据《人民日报》 or 据香港《文汇报》 (a place before the title), or -1. */
function bookOpen(key: string, from: number, lineEnd: number): number {
  let i = from;
  while (i < lineEnd && i - from < MAX_PLACE && isHan(key[i])) i++;
  return key[i] === '《' ? i : -1;
}

/** 据《人民日报》报道, 据美国《侨报》报道: anything in 《》 is a publication. */
function bookTitle(scan: Scan, open: number, lineEnd: number): Found | undefined {
  const close = scan.key.indexOf('》', open + 1);
  if (close < 0 || close > Math.min(lineEnd, open + 1 + WINDOW) || close === open + 1) return undefined;
  const rest = scan.key.slice(close + 1, Math.min(lineEnd, close + 1 + 12));
  for (const [ending, form] of ENDINGS) {
    const k = rest.indexOf(ending);
    if (k >= 0 && (k === 0 || BETWEEN_ALL.test(rest.slice(0, k)))) {
      return { name: { start: open + 1, end: close }, form, end: close + 1 + k + ending.length };
    }
  }
  return undefined;
}

/** 据新华社报道, 据国际在线北京3月4日电: the shortest reading whose name, from `from`, is an outlet. */
function plainName(scan: Scan, from: number, lineEnd: number, endings: ReadonlyArray<[string, string]>): Found | undefined {
  const { key } = scan;
  const limit = Math.min(lineEnd, from + WINDOW);
  for (let t = from + 1; t < limit && NAME_CHAR.test(key[t - 1]); t++) {
    for (const [ending, form] of endings) {
      if (!key.startsWith(ending, t)) continue;
      if (ending === '电' && isHan(key[t + 1])) continue; // 新华社电视台
      if (ending === '讯' && '社息'.includes(key[t + 1] ?? '')) continue; // 通讯社, 讯息
      const end = outletEnd(key, from, t);
      if (end > 0) return { name: { start: from, end }, form, end: t + ending.length };
    }
  }
  return undefined;
}

/** Where the outlet's name ends inside `key[from, to)`, dropping a date, time word or place (of MAX_PLACE characters at most) after it. */
function outletEnd(key: string, from: number, to: number): number {
  let name = key.slice(from, to);
  const between = BETWEEN_TAIL.exec(name);
  if (between) name = name.slice(0, between.index);
  if (outletLike(name)) return from + name.length;
  // the longest outlet before a place: 中国新闻网 of 中国新闻网杭州, not 中国新闻 before 网杭州
  for (let n = name.length - MIN_PLACE; n >= 2; n--) {
    const place = name.slice(n);
    if (place.length <= MAX_PLACE && [...place].every(isHan) && outletLike(name.slice(0, n))) return from + n;
  }
  return -1;
}
