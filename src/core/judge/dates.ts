import { isIsoDate } from '../config/validation.js';

/** The day (YYYY-MM-DD) of a date, when it is one that exists (front matter may say 2024-02-30). */
export function isoDay(value: string | undefined): string | undefined {
  const day = value?.match(/^\d{4}-\d{2}-\d{2}/u)?.[0];
  return day && isIsoDate(day) ? day : undefined;
}
