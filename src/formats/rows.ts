// Rows of a -v passage, broken where a reader of Chinese text expects: between any two 汉字, never
// inside a number, time, date or code (11:06:29, 2024-01-05, -12.5, PN054), not before a mark or
// unit that closes what precedes it (。」℃%) nor after one that opens what follows (「（): 避头尾.
import { charWidth, CLOSING, OPENING } from './cells.js';

export interface RowCell {
  char: string;
  /** A 〔 or 〕 that marks a change (no colour): seen through when deciding where a number ends. */
  marker?: boolean;
}

/**
 * Characters of a number, time, date, code or address: printable ASCII (letters, digits and the
 * marks joining them, 11:06:29 2024-01-05 -12.5 PN054 http://…) and full-width letters and digits.
 * No row breaks between two of them, as the message wrapper breaks no Latin run (cells.ts).
 */
const RUN = /^[\x21-\x7e０-９Ａ-Ｚａ-ｚ]$/u;

const inRun = (char: string | undefined): boolean => char !== undefined && RUN.test(char);

/** The cells in pieces no row break may fall inside. */
function pieces<T extends RowCell>(cells: readonly T[]): T[][] {
  // the text around a break is read without the markers: 11:0〔8〕:29 is one time
  const text: string[] = [];
  const at: number[] = [];
  for (const cell of cells) {
    at.push(text.length);
    if (!cell.marker) text.push(cell.char);
  }
  const out: T[][] = [];
  cells.forEach((cell, i) => {
    const k = at[i];
    const glued = i > 0 && (CLOSING.has(cell.char) || OPENING.has(cells[i - 1].char)
      || (inRun(text[k - 1]) && inRun(text[k])));
    if (glued) out[out.length - 1].push(cell);
    else out.push([cell]);
  });
  return out;
}

const widthOf = (cells: readonly RowCell[]): number => cells.reduce((n, x) => n + charWidth(x.char), 0);

/**
 * Rows of at most `width` cells. A piece that does not fit in what is left of a row starts the
 * next one; a piece wider than a row (a long address, a run of marks) fills the row and goes on
 * in the next, broken where the row is full.
 */
export function layRows<T extends RowCell>(cells: readonly T[], width: number): T[][] {
  const out: T[][] = [];
  let row: T[] = [];
  let used = 0;
  const next = (): void => {
    out.push(row);
    row = [];
    used = 0;
  };
  for (const piece of pieces(cells)) {
    const w = widthOf(piece);
    if (used + w > width && used > 0 && w <= width) next();
    for (const cell of piece) {
      const cw = charWidth(cell.char);
      if (used + cw > width && used > 0) next();
      row.push(cell);
      used += cw;
    }
  }
  if (row.length > 0) out.push(row);
  return out;
}
