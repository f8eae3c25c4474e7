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

/** Each opening title mark's closing one: 《…》, 〈…〉. */
const TITLE_OPENERS = /[\u300a\u3008]/gu;
const TITLE_ENDS = new Map([
  [0x300a, /[\u300b\n\r]/gu],
  [0x3008, /[\u3009\n\r]/gu],
]);

/**
 * Stretches of text inside title marks (《…》, 〈…〉), each closed on its line: the name of a work,
 * a paper, a programme or a column (《国际在线报道》栏目). A mark left open names nothing. Found as
 * quotedSpans finds quotes; a mark found open up to a line's end tells the same of the marks of
 * its kind before that end, so no stretch is searched twice. The spans come out sorted.
 */
export function titleSpans(text: string): Span[] {
  const spans: Span[] = [];
  const openUntil = new Map<number, number>();
  for (let from = 0; ; ) {
    TITLE_OPENERS.lastIndex = from;
    const open = TITLE_OPENERS.exec(text);
    if (!open) return spans;
    const start = open.index;
    const kind = text.charCodeAt(start);
    const ends = TITLE_ENDS.get(kind);
    from = start + 1;
    if (!ends || start < (openUntil.get(kind) ?? -1)) continue;
    ends.lastIndex = start + 1;
    const end = ends.exec(text);
    const c = end ? text.charCodeAt(end.index) : 0x0a;
    if (!end || c === 0x0a || c === 0x0d) {
      openUntil.set(kind, end ? end.index : text.length);
      continue;
    }
    spans.push({ start, end: end.index + 1 });
    from = end.index + 1;
  }
}
