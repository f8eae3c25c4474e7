// Terminal cells: East Asian wide and fullwidth characters take two, marks and escapes none.

const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x2e80, 0x303e],
  [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x16fe0, 0x18cff], [0x1b000, 0x1b2ff], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

const ZERO: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f], [0x007f, 0x009f], [0x0300, 0x036f], [0x200b, 0x200f], [0x2028, 0x202e],
  [0x2060, 0x2064], [0x20d0, 0x20ff], [0xfe00, 0xfe0f], [0xfe20, 0xfe2f], [0xfeff, 0xfeff],
];

const ANSI = /\u001b\[[0-9;]*m/g;

function within(ranges: readonly (readonly [number, number])[], cp: number): boolean {
  for (const [lo, hi] of ranges) {
    if (cp < lo) return false;
    if (cp <= hi) return true;
  }
  return false;
}

/** Cells one code point takes in a terminal. */
export function charWidth(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  if (cp < 0x7f && cp >= 0x20) return 1;
  if (within(ZERO, cp)) return 0;
  return within(WIDE, cp) ? 2 : 1;
}

/** Cells a string takes in a terminal, ANSI colour codes ignored. */
export function cellWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, '')) width += charWidth(char);
  return width;
}

export function padCells(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - cellWidth(text)));
}

export function padCellsStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - cellWidth(text))) + text;
}

const CLOSING = new Set([...'，。、：；！？」』）》〕】”’,.;:!?)]}…']);

/** Units that a line may not break inside: a run of printable ASCII, a space run, or one character with its closing punctuation. */
function units(text: string): string[] {
  const out: string[] = [];
  for (const unit of text.match(/[\x21-\x7e]+|\s+|[\s\S]/gu) ?? []) {
    if (out.length > 0 && CLOSING.has(unit)) out[out.length - 1] += unit;
    else out.push(unit);
  }
  return out;
}

/** Splits a long unit into pieces of at most `width` cells. */
function hardSplit(unit: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of unit) {
    if (piece && cellWidth(piece) + charWidth(char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Wraps text (whitespace collapsed) into lines of at most `width` cells; closing punctuation may overhang. */
export function wrapCells(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of units(text.replace(/\s+/g, ' ').trim())) {
    const pieces = cellWidth(unit) > width + 2 ? hardSplit(unit, width) : [unit];
    for (const piece of pieces) {
      if (line && cellWidth(line) + cellWidth(piece) > width && !CLOSING.has(piece)) {
        lines.push(line.trimEnd());
        line = '';
      }
      if (line || piece.trim()) line += piece;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** At most `maxLines` wrapped lines; the last ends in '…' when text was left out. */
export function wrapTruncated(text: string, width: number, maxLines: number): string[] {
  const lines = wrapCells(text, width);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${truncateCells(kept[maxLines - 1], width - 1)}…`;
  return kept;
}

/** The longest prefix of `text` that fits in `width` cells. */
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
