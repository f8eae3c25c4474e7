// Terminal cells, measured by string-width (East Asian Width: 汉字 and full-width punctuation take
// two cells, combining marks and ANSI codes none). Lines break between the words that ICU's word
// segmenter (Intl.Segmenter) finds in Chinese text, never inside a Latin word or number, and no
// line starts with closing punctuation.
import stringWidth from 'string-width';

/** Cells a string takes in a terminal, ANSI colour codes ignored. */
export function cellWidth(text: string): number {
  return stringWidth(text);
}

/** Cells one character takes. */
export function charWidth(char: string): number {
  return stringWidth(char);
}

export function padCells(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - cellWidth(text)));
}

export function padCellsStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - cellWidth(text))) + text;
}

const CLOSING = new Set([...'，。、：；！？」』）》〕】”’,.;:!?)]}…%']);
const OPENING = new Set([...'「『（《〔【“‘([{']);
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

function all(text: string, set: ReadonlySet<string>): boolean {
  for (const char of text) if (!set.has(char)) return false;
  return true;
}

const LATIN_END = /[\x21-\x7e]$/u;
const LATIN_START = /^[\x21-\x7e]/u;

/** A short 「quoted」 name (来源:吉林日报) stays on one line. */
const MAX_QUOTED = 14;

function openQuote(unit: string): boolean {
  const open = unit.lastIndexOf('「');
  return open >= 0 && !unit.includes('」', open) && [...unit].length - open < MAX_QUOTED;
}

/** Pieces a line may break between: words, a Latin run or number whole, punctuation kept with its word. */
function units(text: string): string[] {
  const out: string[] = [];
  let glueNext = false;
  for (const { segment } of WORDS.segment(text)) {
    const last = out.length - 1;
    const glue = last >= 0 && (glueNext || all(segment, CLOSING) || (LATIN_END.test(out[last]) && LATIN_START.test(segment)) || openQuote(out[last]));
    if (glue && segment.trim()) out[last] += segment;
    else out.push(segment);
    glueNext = all(segment, OPENING);
  }
  return out;
}

/** Splits a unit wider than `width` into pieces of at most `width` cells. */
function hardSplit(unit: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const char of unit) {
    const w = charWidth(char);
    if (piece && used + w > width) {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += char;
    used += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Wraps text (whitespace collapsed) into lines of at most `width` cells. */
export function wrapCells(text: string, width: number): string[] {
  const cells = Math.max(2, width);
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const unit of units(text.replace(/\s+/gu, ' ').trim())) {
    for (const piece of cellWidth(unit) > cells ? hardSplit(unit, cells) : [unit]) {
      const w = cellWidth(piece);
      if (used + w > cells && line.trim()) {
        lines.push(line.trimEnd());
        line = '';
        used = 0;
      }
      if (!line && !piece.trim()) continue;
      line += piece;
      used += w;
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
