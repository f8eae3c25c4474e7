import { oncePer } from './once-per.js';
import { lastAtOrBefore } from './search.js';

export interface Line {
  /** 0-based line number. */
  number: number;
  start: number;
  /** End of the line's contents, before its line break. */
  end: number;
  /** Start of the next line. */
  next: number;
}

/** The lines of a text, broken at LF, CRLF and CR as positions.ts counts them. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ number: lines.length, start, end: m.index, next: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  lines.push({ number: lines.length, start, end: text.length, next: text.length });
  return lines;
}

/** The lines of a document's text (splitLines), split once per document whatever number of findings ask. */
export const documentLines: (doc: { readonly text: string }) => readonly Line[] = oncePer((doc) => splitLines(doc.text));

/** Where each of the lines starts, once per array of lines (documentLines gives one per document). */
const startsOf = oncePer((lines: readonly Line[]) => Int32Array.from(lines, (line) => line.start));

/** The line of `lines` that holds `offset` (the last one starting at or before it); a line break belongs to the line it ends. */
export function lineHolding(lines: readonly Line[], offset: number): Line {
  return lines[lastAtOrBefore(startsOf(lines), offset)];
}
