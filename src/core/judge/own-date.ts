import type { Document } from '../read/types.js';
import type { Metadata } from '../metadata/types.js';
import type { Article, Passage } from '../match/types.js';
import type { Span } from '../shared/types.js';
import { documentLines, lineHolding } from '../shared/lines.js';
import { readDate } from '../metadata/date-forms.js';
import { keyText } from '../shared/keytext.js';
import { normalize } from '../normalize/index.js';
import { isoDay } from './dates.js';
import { lazy } from '../shared/once-per.js';

/** What a document reuses of an article, as ownDateAgainst weighs its dates. */
export interface Reused {
  /** The article the passages' source spans are in, first, then the archive's near-identical copies of it. */
  articles: readonly Article[];
  passages: readonly Passage[];
}

/**
 * The date a document states for itself against the articles it reuses, YYYY-MM-DD: its front
 * matter's or <meta>'s, else the first date of its text that did not come with the reused text. A
 * date line the article prints itself (2023-11-20 18:30:05　来源：长春发布客户端, its quote of where it
 * took the story), or a date inside a reused passage whose article text prints that day there too
 * (a lead 2024年3月1日消息，… copied in traditional script, repunctuated, run into the next paragraph),
 * says when the article's story happened or its source published, not when the document did. A date
 * inside a passage that the article does not print there (the copy's own line between two reused
 * paragraphs) is the document's. So is a day no earlier than the articles' own: a copy dated the day
 * it reprints (2022-12-10 under a headline and date line copied on 2022-12-10) keeps that date, which
 * a licence's validity is read against; only a day that would make it older than what it copies is
 * put down to the text.
 */
export function ownDateAgainst(doc: Document, metadata: Metadata, reused: Reused): string | undefined {
  const field = isoDay(doc.fields.date);
  if (field !== undefined) return field;
  const lines = documentLines(doc);
  const printed = lazy(() => linesOf(reused.articles));
  for (const date of metadata.dates) {
    const day = isoDay(date.value);
    if (day === undefined) continue;
    const line = lineHolding(lines, date.span.start);
    // a day the articles are not older than is the document's however it came: it cannot make it older than they are
    if (!reused.articles.every((a) => olderThan(day, a))) return day;
    if (printed().has(lineKey(doc.text.slice(line.start, line.end)))) continue;
    if (!reprintedDay(day, date.span, reused)) return day;
  }
  return undefined;
}

/** A line as compared: as matching reads it (script, width and case folded, punctuation and spaces dropped), which a copy changes freely. */
function lineKey(line: string): string {
  return normalize(line).text;
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

/** Whether a date of the document lies in a reused passage whose source text, in the first article, holds a date of that day. */
function reprintedDay(day: string, span: Span, { articles, passages }: Reused): boolean {
  const source = articles[0]?.doc.text;
  if (source === undefined) return false;
  return passages.some((p) => span.start >= p.doc.start && span.start < p.doc.end && daysIn(source.slice(p.source.start, p.source.end)).has(day));
}

function olderThan(day: string, article: Article): boolean {
  const published = isoDay(article.date);
  return published !== undefined && day < published;
}

const YEAR = /(?<![0-9])(?:19|20)\d{2}/gu;

/** The days (YYYY-MM-DD) the dates of a text name, however they are written (2024年3月1日, ２０２４-03-01). */
function daysIn(text: string): ReadonlySet<string> {
  const key = keyText(text);
  const days = new Set<string>();
  for (const m of key.matchAll(YEAR)) {
    const read = readDate(key, m.index);
    if (read) days.add(read.iso.slice(0, 10));
  }
  return days;
}
