import type { Document } from '../read/types.js';
import type { Metadata } from '../metadata/types.js';
import type { Article } from '../match/types.js';
import { documentLines, lineHolding } from '../shared/lines.js';
import { isoDay } from './dates.js';
import { lazy } from '../shared/once-per.js';

/**
 * The date a document states for itself against the articles it reuses, YYYY-MM-DD: its front
 * matter's or <meta>'s, else the first date of its text on a line none of the articles prints
 * itself. A date line that came with the reused text (2023-11-20 18:30:05　来源：长春发布客户端, the
 * article's own quote of where it took the story) says when that source published, not when the
 * document did: a verbatim copy keeping it is not older than the article it copies.
 */
export function ownDateAgainst(doc: Document, metadata: Metadata, articles: readonly Article[]): string | undefined {
  const field = isoDay(doc.fields.date);
  if (field !== undefined) return field;
  const lines = documentLines(doc);
  const printed = lazy(() => linesOf(articles));
  for (const date of metadata.dates) {
    const day = isoDay(date.value);
    if (day === undefined) continue;
    const line = lineHolding(lines, date.span.start);
    const key = lineKey(doc.text.slice(line.start, line.end));
    if (!printed().has(key)) return day;
  }
  return undefined;
}

/** A line as compared: without its spaces, which a copy pads or drops (a full-width space for two). */
function lineKey(line: string): string {
  return line.replace(/\s+/gu, '');
}

/** The articles' lines with text, as lineKey reads them: built once a call, when a date is read, in one pass over each article. */
function linesOf(articles: readonly Article[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const { doc } of articles) {
    for (const line of documentLines(doc)) {
      const key = lineKey(doc.text.slice(line.start, line.end));
      if (key !== '') keys.add(key);
    }
  }
  return keys;
}
