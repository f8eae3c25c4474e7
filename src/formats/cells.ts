// Terminal cells, measured by string-width (East Asian Width: 汉字 and full-width punctuation take
// two cells, combining marks and ANSI codes none), and message lines wrapped to them. A message's
// own: it breaks between the words that ICU's word segmenter (Intl.Segmenter) finds, keeps a short
// 「quoted」 name on one line and drops spaces at line ends; where a break may fall is line-breaks.ts's.
import { createRequire } from 'node:module';
import { held, joinedInRun, layLines } from './line-breaks.js';

/**
 * Characters whose width string-width would give without looking at their neighbours: one cell
 * for printable ASCII and the ambiguous punctuation of Chinese text (“ ” ‘ ’ … — ·, narrow as
 * string-width counts them) and for ✔ ✖; two for 汉字 (the BMP blocks) and full-width punctuation.
 * A text of these alone is measured here, and string-width is loaded only for any other text: its
 * module makes a grapheme segmenter and an emoji pattern of every RGI sequence as it loads, some
 * 45 ms of a one-file check's 250.
 */
const ONE = '\\x20-\\x7e\\u00b7\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026\\u2714\\u2716';
const TWO = '\\u3001-\\u3029\\u3030-\\u303e\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff01-\\uff60\\uffe0-\\uffe6';
const ONE_CELL = new RegExp(`^[${ONE}]$`, 'u');
/** Exported for the test that compares every such character with string-width. */
export const PLAIN = new RegExp(`^[${ONE}${TWO}]*$`, 'u');

function plainWidth(text: string): number {
  let cells = 0;
  for (const char of text) cells += ONE_CELL.test(char) ? 1 : 2;
  return cells;
}

const require = createRequire(import.meta.url);
let stringWidth: ((text: string) => number) | undefined;

/** Cells a string takes in a terminal, ANSI colour codes ignored. */
export function cellWidth(text: string): number {
  if (PLAIN.test(text)) return plainWidth(text);
  // require(): string-width is an ES module without top-level await, which Node.js 20.19 and later load so
  stringWidth ??= (require('string-width') as typeof import('string-width')).default;
  return stringWidth(text);
}

/** Cells one character takes. */
export function charWidth(char: string): number {
  return cellWidth(char);
}

export function padCells(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - cellWidth(text)));
}

export function padCellsStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - cellWidth(text))) + text;
}

/** Made when a line first needs wrapping (ICU's Chinese word dictionary is loaded then). */
let words: Intl.Segmenter | undefined;
let graphemes: Intl.Segmenter | undefined;

/** A short 「quoted」 name (来源:吉林日报) stays on one line. */
const MAX_QUOTED = 14;

function openQuote(unit: string): boolean {
  const open = unit.lastIndexOf('「');
  return open >= 0 && !unit.includes('」', open) && [...unit].length - open < MAX_QUOTED;
}

/** Pieces a line may break between: words, a number or code whole, punctuation kept with its word (line-breaks.ts). */
function units(text: string): string[] {
  const chars = [...text];
  const out: string[] = [];
  let k = 0;
  words ??= new Intl.Segmenter('zh', { granularity: 'word' });
  for (const { segment } of words.segment(text)) {
    const last = out.length - 1;
    const glue = last >= 0 && (held(chars[k - 1], chars[k]) || joinedInRun(chars, k) || openQuote(out[last]));
    if (glue && segment.trim()) out[last] += segment;
    else out.push(segment);
    k += [...segment].length;
  }
  return out;
}

/** A unit's characters as they print (a letter and its combining marks, an emoji sequence): what a line too narrow for the unit breaks between. */
function printed(unit: string): string[] {
  if (PLAIN.test(unit)) return [...unit];
  graphemes ??= new Intl.Segmenter('zh', { granularity: 'grapheme' });
  return [...graphemes.segment(unit)].map((g) => g.segment);
}

/** Wraps text (whitespace collapsed) into lines of at most `width` cells. */
export function wrapCells(text: string, width: number): string[] {
  const cells = Math.max(2, width);
  const whole = text.replace(/\s+/gu, ' ').trim();
  if (cellWidth(whole) <= cells) return whole ? [whole] : [];
  const blank = (piece: readonly string[]): boolean => piece.join('').trim() === '';
  return layLines(units(whole).map(printed), cells, { cells: cellWidth, ownLines: true, dropped: blank }).map((line) => line.join('').trimEnd());
}

/** At most `maxLines` wrapped lines; the last ends in '…' when text was left out. */
export function wrapTruncated(text: string, width: number, maxLines: number): string[] {
  const lines = wrapCells(text, width);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${truncateCells(kept[maxLines - 1], width - 1)}…`;
  return kept;
}

/** The longest prefix of `text` (no ANSI codes) that fits in `width` cells. */
export function truncateCells(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width) break;
    out += char;
    used += w;
  }
  return out;
}
