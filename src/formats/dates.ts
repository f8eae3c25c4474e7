// Who published first: the document's date against the source article's, for the reports people read.

/** Days since 1970 of a date written YYYY-MM-DD (anything may follow), or undefined. */
function dayOf(date: string | null | undefined): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(date ?? '');
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) ? undefined : ms / 86_400_000;
}

/** 原文早 3 天发布 / 本文早于原文 2 天 / 同一天, or '' when a date is missing. */
export function publishedFirst(documentDate: string | null | undefined, sourceDate: string | null | undefined): string {
  const doc = dayOf(documentDate);
  const source = dayOf(sourceDate);
  if (doc === undefined || source === undefined) return '';
  if (doc === source) return '同一天发布';
  return source < doc ? `原文早 ${doc - source} 天发布` : `本文日期早于原文 ${source - doc} 天`;
}

/** A date as stored (2023-09-17T18:30:51) as people write it (2023-09-17 18:30:51). */
export function shownDate(date: string): string {
  return date.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)$/u, '$1 $2');
}
