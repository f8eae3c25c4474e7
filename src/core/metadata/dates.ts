import type { Located } from '../shared/types.js';
import { lineAt, quotedAt, type Scan } from './scan.js';
import { CLOSE_BRACKETS, SEPARATORS, isSpace } from './chars.js';
import { readDate } from './date-forms.js';
import { headerKeyAt } from './header.js';

const CANDIDATE = /(?<![0-9])(?:19|20)\d{2}[-/.年\s]/gu;
/** A header's date stands near the line start, after nothing that ends a clause. */
const MAX_LEAD = 30;
const CLAUSE_MARKS = /[，。！？；、“”「」,!?;]/u;
const WEEKDAY = /^(?:星期|周|礼拜)[一二三四五六日天]/u;
const DATELINE = ['电', '讯', '消息'];

/**
 * Dates a page states about itself: in a header (2022-03-04 11:59:53来源:…, 2019年06月15日08:18
 * 来源：…, 发布时间：2022-03-04), on a line of their own, or in a dateline (…2022年3月4日电).
 * A date in prose (2020年5月14日，习近平…) is what the article is about, not when it was
 * published: a date counts only when nothing before it on its line ends a clause (within 30
 * characters of the line start) and what follows it is the line's end, a weekday, a header
 * field, a separator or a dateline's 电/讯.
 */
export function findDates(scan: Scan): Located[] {
  const dates: Located[] = [];
  let after = 0;
  for (const m of scan.key.matchAll(CANDIDATE)) {
    if (m.index < after) continue;
    const read = readDate(scan.key, m.index);
    if (!read || quotedAt(scan, m.index) || !inHeader(scan, m.index, read.end)) continue;
    dates.push({ value: read.iso, span: { start: m.index, end: read.end } });
    after = read.end;
  }
  return dates;
}

function inHeader(scan: Scan, start: number, end: number): boolean {
  const { key } = scan;
  const line = lineAt(scan, start);
  if (start - line.start > MAX_LEAD || CLAUSE_MARKS.test(key.slice(line.start, start))) return false;
  let i = end;
  while (i < line.end && (isSpace(key[i]) || CLOSE_BRACKETS.includes(key[i]) || SEPARATORS.includes(key[i]))) i++;
  if (i === line.end || headerKeyAt(scan, i)) return true;
  const next = key.slice(i, i + 3);
  return WEEKDAY.test(next) || DATELINE.some((w) => next.startsWith(w));
}
