import type { Document } from '../read/types.js';
import type { Span } from '../shared/types.js';

/** A figure and the sign after it, which normalising drops with punctuation: 12.5%, 3‰, 35℃. */
const FIGURE_SIGN = /^[0-9０-９][%％‰‱℃℉°]$/u;

/** Paired marks, opening and closing; straight quotes are left out (which way one faces is a guess). */
const PAIRS = new Map(['“”', '‘’', '「」', '『』', '《》', '〈〉', '（）', '()', '【】', '［］', '[]', '〔〕', '〖〗', '｛｝', '{}', '﹁﹂', '﹃﹄'].map((p) => [p[0], p[1]]));
const CLOSING = new Set(PAIRS.values());

/**
 * A passage's span with the marks normalising dropped at its edges put back where it needs them:
 * the sign of a figure it ends on (增长12.5%, not 增长12.5), and the opening quote or bracket just
 * before it when it closes that mark (“空账”倒逼…, not 空账”倒逼…). A mark written as an entity or
 * set off by markup (&ldquo;, “<b>) is taken with the blanks that stand for them.
 */
export function passageSpan(doc: Pick<Document, 'raw' | 'text'>, span: Span): Span {
  const { text } = doc;
  if (span.end <= span.start) return span;
  const end = FIGURE_SIGN.test(text.slice(span.end - 1, span.end + 1)) ? span.end + 1 : span.end;
  const opening = blanksBefore(doc, span.start) - 1;
  const closes = opening >= 0 && PAIRS.has(text[opening]) && firstUnopened(text, span.start, end) === PAIRS.get(text[opening]);
  return { start: closes ? opening : span.start, end };
}

/** The first closing mark in [start, end) that no opening mark there opened. */
function firstUnopened(text: string, start: number, end: number): string | undefined {
  const open: string[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (PAIRS.has(c)) open.push(c);
    else if (!CLOSING.has(c)) continue;
    else if (open.length === 0) return c;
    else if (PAIRS.get(open[open.length - 1]) === c) open.pop();
  }
  return undefined;
}

/** Where the blanks that stand for markup or an entity's padding (the file holds no space there) before `at` begin. */
function blanksBefore(doc: Pick<Document, 'raw' | 'text'>, at: number): number {
  while (at > 0 && doc.text[at - 1] === ' ' && doc.raw[at - 1] !== ' ') at--;
  return at;
}
