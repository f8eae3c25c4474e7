import type { Document } from '../read/types.js';
import type { Metadata } from '../metadata/types.js';
import type { Span } from '../shared/types.js';
import { bodyStart } from '../metadata/body.js';

type ShownDocument = Pick<Document, 'format' | 'raw' | 'text' | 'fieldSpans' | 'headings'>;

/**
 * Where a finding on reused text is shown in an HTML page: a passage read from the <title> on
 * (the browser's tab, not the page) is shown from the first <h1> after it, else from the body's
 * first paragraph, as a text file's finding stands at its headline. Other spans as they are.
 */
export function shownSpan(doc: ShownDocument, metadata: Metadata, span: Span): Span {
  const title = doc.format === 'html' ? doc.fieldSpans.title : undefined;
  if (!title || span.start < title.start || span.start >= title.end || span.end <= title.end) return span;
  const within = (at: number | undefined) => at !== undefined && at >= title.end && at < span.end;
  const heading = doc.headings?.find((h) => within(h.start))?.start;
  const body = bodyStart(doc, metadata);
  const start = heading ?? (within(body) ? body : firstTextAfter(doc.text, title.end, span.end));
  return start === undefined ? span : { start, end: span.end };
}

function firstTextAfter(text: string, from: number, before: number): number | undefined {
  for (let i = from; i < before; i++) if (!/\s/u.test(text[i])) return i;
  return undefined;
}
