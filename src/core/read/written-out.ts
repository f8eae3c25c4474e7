import type { Span } from '../shared/types.js';

/** Where a source writes a character as an escape or reference (\u6765, &#26469;), and the character. */
export interface WrittenOut extends Span {
  value: string;
}

/**
 * `source` with each of `escapes` (in order, not overlapping) replaced by its character, and the
 * Document.escaped pairs that map the read text's columns back to the source's; undefined when
 * there is none.
 */
export function writtenOut(source: string, escapes: Iterable<WrittenOut>): { text: string; escaped: number[] } | undefined {
  const parts: string[] = [];
  const escaped: number[] = [];
  let from = 0;
  let decodedAt = 0;
  let saved = 0;
  for (const e of escapes) {
    parts.push(source.slice(from, e.start), e.value);
    decodedAt += e.start - from;
    // columns count code points: an escape (a pair of them for a surrogate pair) is one character
    saved += e.end - e.start - 1;
    escaped.push(decodedAt, saved);
    decodedAt += e.value.length;
    from = e.end;
  }
  if (escaped.length === 0) return undefined;
  parts.push(source.slice(from));
  return { text: parts.join(''), escaped };
}
