import type { Span } from '../shared/types.js';

/** Each opening mark's closing mark, by char code: “…”, 「…」, 『…』, ‘…’, "…". */
const OPEN = new Map([
  [0x201c, 0x201d],
  [0x300c, 0x300d],
  [0x300e, 0x300f],
  [0x2018, 0x2019],
  [0x22, 0x22],
]);

/** Any opening mark; and for each closing mark, it or a line break, whichever comes first. */
const OPENERS = /["\u201c\u300c\u300e\u2018]/gu;
const ENDS = new Map([...OPEN.values()].map((c) => [c, new RegExp(`[${String.fromCharCode(c)}\\n\\r]`, 'gu')]));

/**
 * Stretches of text inside quotation marks (“…”, 「…」, 『…』, ‘…’, "…"), each within one line.
 * A quote left open at the end of a line closes there, as Chinese paragraphs leave it open.
 * Found by regular expressions of single characters, opening mark then its end, each searched
 * from where the last stopped (a loop over every char code cost twice the time: most text has
 * few quotation marks, or none); the spans come out sorted.
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let from = 0; ; ) {
    OPENERS.lastIndex = from;
    const open = OPENERS.exec(text);
    if (!open) return spans;
    const start = open.index;
    const ends = ENDS.get(OPEN.get(text.charCodeAt(start)) ?? 0);
    if (!ends) return spans; // every opener has its closer: for the type checker
    ends.lastIndex = start + 1;
    const end = ends.exec(text);
    if (!end) {
      spans.push({ start, end: text.length });
      return spans;
    }
    const c = text.charCodeAt(end.index);
    spans.push({ start, end: c === 0x0a || c === 0x0d ? end.index : end.index + 1 });
    from = end.index + 1;
  }
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
