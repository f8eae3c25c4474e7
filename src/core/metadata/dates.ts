import type { Located, Span } from '../shared/types.js';
import { lineAt, quotedAt, type Scan } from './scan.js';
import { CLOSE_BRACKETS, SEPARATORS, isSpace } from './chars.js';
import { readDate } from './date-forms.js';
import { headerKeyAt } from './header.js';

/** Where a date may start: a year and what follows it, always 5 code units (a line break only as the last). */
const CANDIDATE = /(?<![0-9])(?:19|20)\d{2}[-/.年\s]/uy;
const CANDIDATE_LENGTH = 5;
/** A header's date stands near the line start (counted in visible characters), after nothing that ends a clause. */
const MAX_LEAD = 30;
const CLAUSE_MARKS = /[，。！？；、“”「」,!?;]/u;
const WEEKDAY = /^(?:星期|周|礼拜)[一二三四五六日天]/u;
const DATELINE = ['电', '讯', '消息'];

/**
 * Dates a page states about itself: in a header (2022-03-04 11:59:53来源:…, 2019年06月15日08:18
 * 来源：…, 发布时间：2022-03-04), on a line of their own, or in a dateline (…2022年3月4日电).
 * A date in prose (2020年5月14日，习近平…) is what the article is about, not when it was
 * published: a date counts only when nothing before it on its line ends a clause (within 30
 * visible characters of the line start: indentation and padding do not count) and what follows
 * it is the line's end, a weekday, a header
 * field, a separator or a dateline's 电/讯.
 */
export function findDates(scan: Scan): Located[] {
  const dates: Located[] = [];
  const { key, starts } = scan;
  let after = 0;
  for (let l = 0; l < starts.length; l++) {
    const line = lineAt(scan, starts[l]);
    for (const at of candidates(key, line)) {
      if (at < after || CLAUSE_MARKS.test(key.slice(line.start, at))) continue;
      const read = readDate(key, at);
      if (!read || quotedAt(scan, at) || !endsHeader(scan, line, read.end)) continue;
      dates.push({ value: read.iso, span: { start: at, end: read.end } });
      after = read.end;
    }
  }
  return dates;
}

/**
 * Where CANDIDATE matches in a line's first MAX_LEAD + 1 visible characters (spaces, U+3000 and
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
      if (!isSpace(key[at])) lead++;
      at++;
    }
  }
  return found;
}

/** Whether what follows a date ending at `end` is its line's end, a header field, a weekday or a dateline's 电/讯. */
function endsHeader(scan: Scan, line: Span, end: number): boolean {
  const { key } = scan;
  let i = end;
  while (i < line.end && (isSpace(key[i]) || CLOSE_BRACKETS.includes(key[i]) || SEPARATORS.includes(key[i]))) i++;
  if (i === line.end || headerKeyAt(scan, i)) return true;
  const next = key.slice(i, i + 3);
  return WEEKDAY.test(next) || DATELINE.some((w) => next.startsWith(w));
}
