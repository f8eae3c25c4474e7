import type { Span } from '../shared/types.js';

/** Each opening mark's closing mark, by char code: “…”, 「…」, 『…』, ‘…’, "…". */
const OPEN = new Map([
  [0x201c, 0x201d],
  [0x300c, 0x300d],
  [0x300e, 0x300f],
  [0x2018, 0x2019],
  [0x22, 0x22],
]);

/**
 * Stretches of text inside quotation marks (“…”, 「…」, 『…』, ‘…’, "…"), each within one line.
 * A quote left open at the end of a line closes there, as Chinese paragraphs leave it open.
 * One pass over char codes (a one-character string and a map look-up per character cost an
 * index build 7 % of its time; a look-up per Chinese character, 2 % still); the spans come out sorted.
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let close = -1;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      if (close !== -1) spans.push({ start, end: i });
      close = -1;
    } else if (close === -1) {
      // every opening mark is '"' or in U+2018…U+300E: a CJK character (U+3400 up) is never looked up
      if (c === 0x22 || (c >= 0x2018 && c <= 0x300e)) {
        const closer = OPEN.get(c);
        if (closer !== undefined) {
          close = closer;
          start = i;
        }
      }
    } else if (c === close) {
      spans.push({ start, end: i + 1 });
      close = -1;
    }
  }
  if (close !== -1) spans.push({ start, end: text.length });
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
