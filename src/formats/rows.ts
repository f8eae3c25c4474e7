// Rows of a -v passage, broken as message lines are (line-breaks.ts): between any two 汉字, never
// inside a number, time, date or code, not before a mark or unit that closes what precedes it nor
// after one that opens what follows. What is a row's own: the 〔〕 around a change.
import { charWidth } from './cells.js';
import { held, joinedInRun, layLines } from './line-breaks.js';

export interface RowCell {
  char: string;
  /** A 〔 or 〕 that marks a change (no colour): seen through when deciding where a number ends. */
  marker?: boolean;
}

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
    const glued = i > 0 && (held(cells[i - 1].char, cell.char) || joinedInRun(text, at[i]));
    if (glued) out[out.length - 1].push(cell);
    else out.push([cell]);
  });
  return out;
}

/** Rows of at most `width` cells; a piece wider than a row (a long address) fills the row and goes on. */
export function layRows<T extends RowCell>(cells: readonly T[], width: number): T[][] {
  return layLines(pieces(cells), width, { cells: (cell) => charWidth(cell.char) });
}
