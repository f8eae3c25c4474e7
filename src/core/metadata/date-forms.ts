// Dates as news pages write them: 2022-03-04 11:59:53, 2022年3月4日, 2022/03/04, 2022.03.04,
// 2022年03月04日 12:10, 2022-03-04T11:59:53+08:00. Read in key text (full-width digits folded).

const DAY = /(?<![0-9])((?:19|20)\d{2})(?:([-/.])(\d{1,2})\2(\d{1,2})(?![0-9])|\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日)/y;
const TIME = /(?:t|[ \t\u3000\u00a0]{0,3})(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?(?:\.\d{1,6})?(?:z|[+-]\d{2}:?\d{2})?(?![0-9])/y;
const CLOCK = /(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?(?![0-9])/y;

export interface DateRead {
  end: number;
  /** 2022-03-04, 2022-03-04T12:10 or 2022-03-04T11:59:53. */
  iso: string;
}

/** The date (with its time, when one follows) that starts exactly at `at`, if it is a real date. */
export function readDate(key: string, at: number): DateRead | undefined {
  DAY.lastIndex = at;
  const d = DAY.exec(key);
  if (!d) return undefined;
  const day = isoDay(Number(d[1]), Number(d[3] ?? d[5]), Number(d[4] ?? d[6]));
  if (!day) return undefined;
  TIME.lastIndex = DAY.lastIndex;
  const t = TIME.exec(key);
  const time = t ? isoTime(t[1], t[2], t[3]) : undefined;
  return time ? { end: TIME.lastIndex, iso: `${day}T${time}` } : { end: DAY.lastIndex, iso: day };
}

/** A time of day (11:59 or 11:59:53) that starts exactly at `at`; returns where it ends, or -1. */
export function readClock(key: string, at: number): number {
  CLOCK.lastIndex = at;
  const t = CLOCK.exec(key);
  return t && isoTime(t[1], t[2], t[3]) ? CLOCK.lastIndex : -1;
}

/** A field value (front matter, <meta>) as an ISO date, or undefined when it is not one. */
export function isoFromField(value: string): string | undefined {
  const read = readDate(value.trim().normalize('NFKC').toLowerCase(), 0);
  return read ? read.iso : undefined;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day of the (Gregorian) calendar, worked out rather than read back from a Date made for every date read. */
function isoDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > MONTH_DAYS[month - 1] + (month === 2 && leap ? 1 : 0)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function isoTime(h: string, m: string, s: string | undefined): string | undefined {
  if (Number(h) > 23 || Number(m) > 59 || (s !== undefined && Number(s) > 59)) return undefined;
  return s === undefined ? `${pad(Number(h))}:${m}` : `${pad(Number(h))}:${m}:${s}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
