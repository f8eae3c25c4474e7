import type { Span } from './types.js';

/**
 * Each `open … close` in `text`, the shortest, left to right, as `/open[\s\S]*?close/g` finds
 * them but in one pass: that pattern reads to the end of the text for every opener that is never
 * closed, so thousands of `<!--` took minutes.
 */
export function delimited(text: string, open: string, close: string, from = 0): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(open, from); at >= 0; at = text.indexOf(open, at)) {
    const end = text.indexOf(close, at + open.length);
    if (end < 0) break;
    spans.push({ start: at, end: end + close.length });
    at = end + close.length;
  }
  return spans;
}

/**
 * `text` without its `<…>` tags, as `text.replace(/<[^>]*>/g, '')` but in one pass (that pattern
 * reads to the end for every `<` with no `>` after it).
 */
export function withoutTags(text: string): string {
  let out = '';
  let from = 0;
  for (const span of delimited(text, '<', '>')) {
    out += text.slice(from, span.start);
    from = span.end;
  }
  return out + text.slice(from);
}
