import { isoFromField } from '../metadata/date-forms.js';

/** The day (YYYY-MM-DD) of a date as written (2025-03-05, 2025年3月5日, 2025/3/5 14:00), when it is one that exists (front matter may say 2024-02-30). */
export function isoDay(value: string | undefined): string | undefined {
  return value === undefined ? undefined : isoFromField(value)?.slice(0, 10);
}
