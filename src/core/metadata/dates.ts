import type { Located, Span } from '../shared/types.js';
import { lineAt, quotedAt, type Scan } from './scan.js';
import { CLOSE_BRACKETS, SEPARATORS, bulletEnd, isSpace, isSpaceCode } from './chars.js';
import { readDate } from './date-forms.js';
import { headerKeyAt } from './header.js';
import { mapped } from '../shared/mapped.js';

/** Where a date may start: a year and what follows it, always 5 code units (a line break only as the last). */
const CANDIDATE = /(?<![0-9])(?:19|20)\d{2}[-/.年\s]/uy;
const CANDIDATE_LENGTH = 5;
/** A header's date stands near the line start or a credit's end (counted in visible characters), after nothing that ends a clause. */
const MAX_LEAD = 30;
const CLAUSE_MARKS = /[，。！？；、“”「」,!?;]/u;
const WEEKDAY = /^(?:星期|周|礼拜)[一二三四五六日天]/u;
const DATELINE = ['电', '讯', '消息'];

/**
 * Dates a page states about itself: in a header (2022-03-04 11:59:53来源:…, 2019年06月15日08:18
 * 来源：…, 发布时间：2022-03-04), on a line of their own, in a dateline (…2022年3月4日电), or after a
 * credit on its line however long the headline before it (标题 来源：国际在线 2024-01-08).
 * A date in prose (2020年5月14日，习近平…) is what the article is about, not when it was
 * published: a date counts only when nothing before it on its line (after the credit, for one
 * after a credit: `creditEnds`, where the text's credits end, in order) ends a clause, within 30
 * visible characters of the line start or credit end (indentation and padding do not count), and
 * what follows it is the line's end, a weekday, a header field, a separator or a dateline's 电/讯.
 */
export function findDates(scan: Scan, creditEnds: readonly number[] = []): Located[] {
  const dates: Located[] = [];
  const { key, starts } = scan;
  let after = 0;
  let c = 0;
  for (let l = 0; l < starts.length; l++) {
    const line = lineAt(scan, starts[l]);
    const leads = [line.start];
    for (; c < creditEnds.length && creditEnds[c] <= line.end; c++) if (creditEnds[c] > line.start) leads.push(creditEnds[c]);
    for (const [at, lead] of leadCandidates(key, line, leads)) {
      if (at < after || CLAUSE_MARKS.test(key.slice(lead, at))) continue;
      const read = readDate(key, at);
      if (!read || quotedAt(scan, at) || !endsHeader(scan, line, read.end)) continue;
      dates.push({ value: read.iso, span: { start: at, end: read.end } });
      after = read.end;
    }
  }
  return dates;
}

/** No candidates: most lines' (a line of prose opens with no year). */
const NONE: ReadonlyArray<[at: number, lead: number]> = [];

/** The candidates after each lead of a line (its start, the ends of its credits), in order, once each, with the last lead before them. */
function leadCandidates(key: string, line: Span, leads: readonly number[]): ReadonlyArray<[at: number, lead: number]> {
  if (leads.length === 1) {
    const found = candidates(key, line);
    return found.length === 0 ? NONE : mapped(found, (at): [number, number] => [at, line.start]);
  }
  const found = new Map<number, number>();
  for (const lead of leads) for (const at of candidates(key, { start: lead, end: line.end })) found.set(at, Math.max(found.get(at) ?? lead, lead));
  return [...found].sort((a, b) => a[0] - b[0]);
}

/**
 * Where CANDIDATE matches in a line's first MAX_LEAD + 1 visible characters (from `line.start`: the
 * line's, or a credit's end on it; spaces, U+3000 and
 * tabs that indent or pad a line are not counted: 发布时间：　　　2019-03-01), as a search of the
 * whole text finds them (one after another, none overlapping): a match ends at the next line's
 * start at the latest, so each line's are the same searched from its start. Years further on (in
 * prose) are never a header's date, and are not looked at.
 */
function candidates(key: string, line: Span): number[] {
  const found: number[] = [];
  let lead = 0;
  for (let at = line.start; at < line.end && lead <= MAX_LEAD; ) {
    const c = key.charCodeAt(at);
    CANDIDATE.lastIndex = at;
    if ((c === 0x31 || c === 0x32) && CANDIDATE.test(key)) {
      found.push(at);
      at += CANDIDATE_LENGTH;
      lead += CANDIDATE_LENGTH;
    } else {
      if (!isSpaceCode(c)) lead++;
      at++;
    }
  }
  return found;
}

/** Whether what follows a date ending at `end` (past spaces, bars and bullets) is its line's end, a header field, a weekday or a dateline's 电/讯. */
function endsHeader(scan: Scan, line: Span, end: number): boolean {
  const { key } = scan;
  let i = end;
  for (let next = i; i < line.end; i = next) {
    next = isSpace(key[i]) || CLOSE_BRACKETS.includes(key[i]) || SEPARATORS.includes(key[i]) ? i + 1 : bulletEnd(key, i);
    if (next === i) break;
  }
  if (i === line.end || headerKeyAt(scan, i)) return true;
  const next = key.slice(i, i + 3);
  return WEEKDAY.test(next) || DATELINE.some((w) => next.startsWith(w));
}
