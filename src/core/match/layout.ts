import type { Document } from '../read/types.js';
import type { Span } from '../shared/types.js';
import { extractMetadata } from '../metadata/index.js';
import { bodyStart, metadataSpans } from '../metadata/body.js';
import { normalisedOffset, type NormText } from '../normalize/index.js';
import { mapped } from '../shared/mapped.js';

const layouts = new WeakMap<NormText, Span[]>();

/**
 * The normalised spans of a page that are layout: all before its body begins, and its
 * metadata (来源, dates, bylines, 责编, 原标题). Asked only of articles a document reuses, and
 * kept per normalised text, so an article's layout is read once a run.
 */
export function layoutOf(document: Document, norm: NormText): Span[] {
  let spans = layouts.get(norm);
  if (!spans) {
    const metadata = extractMetadata(document);
    const start = bodyStart(document, metadata) ?? 0;
    spans = mapped([{ start: 0, end: start }, ...metadataSpans(metadata)], (s) => ({ start: normalisedOffset(norm, s.start), end: normalisedOffset(norm, s.end) }))
      .filter((s) => s.end > s.start);
    layouts.set(norm, spans);
  }
  return spans;
}

/** Whether [start, end) overlaps any of the spans. */
export function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && s.end > start);
}

/** How many positions of [start, end) none of the spans holds. */
export function outside(spans: readonly Span[], start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (!spans.some((s) => s.start <= i && i < s.end)) count++;
  return count;
}
