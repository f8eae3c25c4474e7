// Where a line of Chinese text may break, and lines laid out by terminal cells: the one core under
// message lines (cells.ts) and -v passage rows (rows.ts). No line starts with a mark or unit that
// closes what precedes it (。」℃％) nor ends with one that opens what follows (「（): 避头尾; and no
// line breaks inside a number, time, date, range, code or address, in half-width or full-width forms
// (11:06:29, 2024-01-05, 2024年1月5日, 6～8℃, -12.5, PN054, １１：０６：２９, ３．５％, ＰＮ０５４).

/** Characters no line may start with (避头): closing marks, and the units that follow a number (℃ ％ ‰ °). None may end one (避尾). */
export const CLOSING: ReadonlySet<string> = new Set([...'，。、：；！？」』）》〕】”’,.;:!?)]}…%％‰℃℉°′″']);
export const OPENING: ReadonlySet<string> = new Set([...'「『（《〔【“‘([{']);

/** Whether no line may break between these two characters: after an opening mark, before a closing one. */
export function held(before: string | undefined, after: string | undefined): boolean {
  return (before !== undefined && OPENING.has(before)) || (after !== undefined && CLOSING.has(after));
}

/**
 * Characters of a number, time, date, code or address: printable ASCII (letters, digits and the
 * marks joining them, 11:06:29 2024-01-05 -12.5 PN054 http://…) and full-width letters and digits.
 */
const RUN = /^[\x21-\x7e０-９Ａ-Ｚａ-ｚ]$/u;
const ALNUM = /^[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]$/u;
/**
 * Full-width marks that join letters and digits as : . , - / do (１１：０６：２９, ３．５, １，２００,
 * ２０２４－０１－０５, ２０２４／１２／０６). Only between two letters or digits: elsewhere they are the
 * punctuation of a sentence (时间：下午) and a line may break after them.
 */
const JOINING = new Set([...'：．，－／']);
/** A full-width sign before a number (－１２．５℃) stays with it, as -12.5 does. */
const SIGN = new Set([...'－＋']);
const DIGIT = /^[0-9０-９]$/u;
/** Between two digits, a range's wave dash joins them (6～8℃). */
const BETWEEN_DIGITS = new Set([...'～〜']);
/** After a digit, a date's 年, 月, 日 or 号 stays with it (2003年, 2024年3月1日, 5号). */
const DAY = new Set([...'年月日号']);

const test = (pattern: RegExp, char: string | undefined): boolean => char !== undefined && pattern.test(char);

function inRun(text: readonly string[], i: number): boolean {
  const char = text[i];
  if (test(RUN, char)) return true;
  if (char === undefined) return false;
  return (JOINING.has(char) && test(ALNUM, text[i - 1]) && test(ALNUM, text[i + 1]))
    || (SIGN.has(char) && test(DIGIT, text[i + 1]))
    || (BETWEEN_DIGITS.has(char) && test(DIGIT, text[i - 1]) && test(DIGIT, text[i + 1]))
    || (DAY.has(char) && test(DIGIT, text[i - 1]));
}

/** Whether text[k - 1] and text[k] stand in one number, time, date, range, code or address. */
export function joinedInRun(text: readonly string[], k: number): boolean {
  return k > 0 && inRun(text, k - 1) && inRun(text, k);
}

export interface LineOptions<T> {
  /** Cells an atom takes. */
  cells: (atom: T) => number;
  /**
   * What a piece wider than a line does: by default it fills what is left of the line it falls in
   * and goes on in the next, broken where each is full; `ownLines`: it is broken into line-wide
   * parts first, so that it starts a line (a path or an address in a message).
   */
  ownLines?: boolean;
  /** A piece left out where a line would start with it (a space). */
  dropped?: (piece: readonly T[]) => boolean;
}

/** A piece in parts of at most `width` cells. */
function parts<T>(piece: readonly T[], width: number, cells: (atom: T) => number): T[][] {
  const out: T[][] = [];
  let used = 0;
  for (const atom of piece) {
    const w = cells(atom);
    if (out.length === 0 || used + w > width) {
      out.push([]);
      used = 0;
    }
    out[out.length - 1].push(atom);
    used += w;
  }
  return out;
}

/**
 * Lines of at most `width` cells, from pieces no line break may fall inside: a piece that does not
 * fit what is left of a line starts the next one.
 */
export function layLines<T>(pieces: Iterable<readonly T[]>, width: number, options: LineOptions<T>): T[][] {
  const { cells, dropped = () => false } = options;
  const lines: T[][] = [];
  let line: T[] = [];
  let used = 0;
  const next = (): void => {
    lines.push(line);
    line = [];
    used = 0;
  };
  const place = (piece: readonly T[], w: number): void => {
    if (line.length > 0 && used + w > width && w <= width) next();
    if (line.length === 0 && dropped(piece)) return;
    for (const atom of piece) {
      const aw = cells(atom);
      if (line.length > 0 && used + aw > width) next();
      line.push(atom);
      used += aw;
    }
  };
  const widthOf = (piece: readonly T[]): number => piece.reduce((n, atom) => n + cells(atom), 0);
  for (const piece of pieces) {
    const w = widthOf(piece);
    if (w > width && options.ownLines) for (const part of parts(piece, width, cells)) place(part, widthOf(part));
    else place(piece, w);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}
