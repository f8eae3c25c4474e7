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
