// Character classes of Chinese news text.

export const OPEN_BRACKETS = '（(【[［〔〖〈<＜';
export const CLOSE_BRACKETS = '）)】]］〕〗〉>＞';
/** Ends a sentence: what may stand before an attribution that starts one. */
export const SENTENCE_END = '。！？!?；;…';
export const SEPARATORS = '|｜丨';
/**
 * A colon, the ratio sign some CMS output writes for one (来源∶国际在线, U+2236), and the
 * presentation colon of many Hong Kong and Taiwan pages (来源︰国际在线, U+FE30).
 */
export const COLONS = ':：∶︰';

const SPACE = /\s/u;
const HAN = /\p{Script=Han}/u;

export function isSpace(c: string | undefined): boolean {
  return c !== undefined && c !== '\n' && c !== '\r' && SPACE.test(c);
}

export function isHan(c: string | undefined): boolean {
  return c !== undefined && HAN.test(c);
}

export function isOpen(c: string | undefined): boolean {
  return c !== undefined && OPEN_BRACKETS.includes(c);
}

export function isClose(c: string | undefined): boolean {
  return c !== undefined && CLOSE_BRACKETS.includes(c);
}

/** Skips horizontal whitespace forward from `i`, not past `end`. */
export function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text[i])) i++;
  return i;
}

/** Skips at most `max` whitespace characters backward from `i` (exclusive), not before `start`. */
export function skipSpaceBack(text: string, i: number, start: number, max = 4): number {
  let n = 0;
  while (i > start && n < max && isSpace(text[i - 1])) {
    i--;
    n++;
  }
  return i;
}
