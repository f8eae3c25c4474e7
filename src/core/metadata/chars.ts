// Character classes of Chinese news text.

export const OPEN_BRACKETS = '（(【[［〔〖〈<＜';
export const CLOSE_BRACKETS = '）)】]］〕〗〉>＞';
/** Ends a sentence: what may stand before an attribution that starts one. */
export const SENTENCE_END = '。！？!?；;…';
export const SEPARATORS = '|｜丨';
/**
 * Glyphs a page sets between header fields where others set a bar: 2024-01-01 ▪ 来源：新浪网 ▪ 编辑：张三,
 * ◆ 来源：…, ▶ 来源：…. Read as a bar is in a header (see bulletEnd), not in a credit's own words.
 */
export const BULLETS = '▪▫◆◇■□●○◎▶►▷★☆♦';
/** An emoji set as a bullet (📰 来源：…): a pictograph with its variation selector, skin tone or joined pictographs. */
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic}\uFE0F?)*/uy;
/**
 * A colon, the ratio sign some CMS output writes for one (来源∶国际在线, U+2236), and the
 * presentation colon of many Hong Kong and Taiwan pages (来源︰国际在线, U+FE30).
 */
export const COLONS = ':：∶︰';

const SPACE = /\s/u;
const HAN = /\p{Script=Han}/u;

/** Whether a character is whitespace other than a line break (as /\s/u reads it). */
export function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  return c.length === 1 ? isSpaceCode(c.charCodeAt(0)) : c !== '\n' && c !== '\r' && SPACE.test(c);
}

/**
 * isSpace by a character's code (NaN, past a text's end, is none): asked of most characters near
 * a line's start, read by the code, neither by the regular expression nor from a string of the character.
 */
export function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c;
  return code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x1680 || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0xfeff;
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

/**
 * Where a bullet glyph starting at `i` ends (BULLETS, or an emoji: 2 UTF-16 units or more), or `i`
 * where none starts there. Most characters are ruled out by their code alone: CJK, Latin, and the
 * symbols below U+2190 (© ® ™ are pictographs to Unicode, but a copyright line's, no bullet).
 */
export function bulletEnd(key: string, i: number): number {
  const c = key.charCodeAt(i);
  if (c < 0x2190 || (c > 0x2bff && (c < 0xd83c || c > 0xd83e))) return i;
  if (BULLETS.includes(key[i])) return i + 1;
  EMOJI.lastIndex = i;
  return EMOJI.test(key) ? EMOJI.lastIndex : i;
}

/** Skips horizontal whitespace forward from `i`, not past `end`. */
export function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Skips at most `max` whitespace characters backward from `i` (exclusive), not before `start`. */
export function skipSpaceBack(text: string, i: number, start: number, max = 4): number {
  let n = 0;
  while (i > start && n < max && isSpaceCode(text.charCodeAt(i - 1))) {
    i--;
    n++;
  }
  return i;
}
