import type { Span } from '../shared/types.js';

const OPEN = new Map([['“', '”'], ['「', '」'], ['『', '』'], ['‘', '’']]);

/**
 * Stretches of text inside quotation marks (“…”, 「…」, 『…』, ‘…’, "…"), each within one line.
 * A quote left open at the end of a line closes there, as Chinese paragraphs leave it open.
 * One pass; the spans come out sorted.
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let close: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      if (close !== undefined) spans.push({ start, end: i });
      close = undefined;
    } else if (close === undefined) {
      const closer = c === '"' ? '"' : OPEN.get(c);
      if (closer !== undefined) {
        close = closer;
        start = i;
      }
    } else if (c === close) {
      spans.push({ start, end: i + 1 });
      close = undefined;
    }
  }
  if (close !== undefined) spans.push({ start, end: text.length });
  return spans;
}

/** Whether an offset stands inside one of the (sorted) quoted spans. */
export function isQuoted(spans: readonly Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return true;
  }
  return false;
}
