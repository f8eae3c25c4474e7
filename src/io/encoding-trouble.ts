import type { Decoded } from '../core/read/types.js';
import { LineIndex } from '../core/read/positions.js';
import { COMMON, decode, decodeAs } from './decode.js';

type Encoding = Decoded['encoding'];

/**
 * Bytes that are not wholly valid in the encoding a file was read in. `mixed`: a part of it is
 * Chinese in another encoding (two files pasted together), so that part was read as mojibake and
 * the file's findings would be wrong. `invalid`: a few broken bytes, read as U+FFFD, the rest sound.
 */
export interface EncodingTrouble {
  kind: 'mixed' | 'invalid';
  /** Where it starts: 1-based line, column in code points, as the other errors count. */
  line: number;
  column: number;
  message: string;
}

const NAMES: Record<Encoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030', big5: 'Big5' };

/** Frequent Chinese characters a stretch must read as, in another encoding, to be a part in it and not chance. */
const PART = 2;

/** Where CJK scripts, symbols and punctuation begin: the characters a stretch that reads as Chinese is mostly made of. */
const CJK = '\u2e80';

/** Invalid UTF-8 bytes this close together are one stretch (an ASCII number or word between Chinese words). */
const GAP = 8;

/**
 * Why bytes that must be UTF-8 (a config) are not, as a one-line error ends: the encoding they read
 * as and what to do; undefined for UTF-8 (a few broken bytes included) and for no text at all.
 */
export function notUtf8(bytes: Uint8Array): string | undefined {
  const decoded = decode(bytes);
  if ('binary' in decoded || decoded.encoding === 'utf-8') return undefined;
  return `not UTF-8 (looks like ${NAMES[decoded.encoding]}): save it as UTF-8`;
}

/** What is wrong with a file's bytes as `decoded` read them, if anything. */
export function encodingTrouble(bytes: Uint8Array, decoded: Decoded): EncodingTrouble | undefined {
  if (decoded.encoding === 'gb18030' || decoded.encoding === 'big5') return legacyTrouble(bytes, decoded);
  if (decoded.encoding !== 'utf-8' || !decoded.text.includes('\uFFFD')) return undefined;
  return utf8Trouble(decoded.bom ? bytes.subarray(3) : bytes);
}

function legacyTrouble(bytes: Uint8Array, decoded: Decoded): EncodingTrouble | undefined {
  const part = utf8Part(bytes);
  if (part?.first) {
    const where = utf8Position(bytes, part.end);
    return { kind: 'mixed', ...where, message: mixedMessage(`UTF-8 up to here, ${NAMES[legacyOf(bytes.subarray(part.end))]} from here on`) };
  }
  if (part) {
    const legacy = legacyOf(bytes.subarray(0, part.begin));
    const where = positionAfter(decodeAs(bytes.subarray(0, part.begin), legacy));
    return { kind: 'mixed', ...where, message: mixedMessage(`${NAMES[legacy]} up to here, UTF-8 from here on`) };
  }
  const bad = decoded.text.indexOf('\uFFFD');
  if (bad < 0) return undefined;
  return { kind: 'invalid', ...positionAfter(decoded.text.slice(0, bad)), message: invalidMessage(replacements(decoded.text), NAMES[decoded.encoding]) };
}

/** Which of GB18030 and Big5 a part of a file is in: the one it reads as more frequent Chinese in (its first few KB tell). */
function legacyOf(part: Uint8Array): 'gb18030' | 'big5' {
  const head = part.subarray(0, 4096);
  return chineseScore(decodeAs(head, 'big5')) > chineseScore(decodeAs(head, 'gb18030')) ? 'big5' : 'gb18030';
}

function utf8Trouble(bytes: Uint8Array): EncodingTrouble | undefined {
  let first = -1;
  let count = 0;
  let start = -1;
  let last = -1;
  // where the last frequent Chinese character in valid UTF-8 ends, before the stretch of invalid bytes
  let chinese = -1;
  let before = -1;
  for (let i = 0; i < bytes.length; ) {
    const n = utf8Length(bytes, i);
    if (n > 0) {
      if (n === 3 && COMMON.has(String.fromCharCode(codePoint(bytes, i, n)))) chinese = i + n;
      i += n;
      continue;
    }
    if (first < 0) first = i;
    count++;
    if (start >= 0 && i - last > GAP) {
      const mixed = legacyStretch(bytes, { start, last, utf8Before: before >= 0 });
      if (mixed) return mixed;
      start = -1;
    }
    if (start < 0) [start, before] = [i, chinese];
    last = i++;
  }
  if (first < 0) return undefined;
  return legacyStretch(bytes, { start, last, utf8Before: before >= 0 }) ?? { kind: 'invalid', ...utf8Position(bytes, first), message: invalidMessage(count, 'UTF-8') };
}

/**
 * A stretch of invalid UTF-8 that reads as Chinese in GB18030 or Big5: a part in that encoding,
 * told where it begins, or where UTF-8 begins after it when the file begins with it.
 */
function legacyStretch(bytes: Uint8Array, stretch: { start: number; last: number; utf8Before: boolean }): EncodingTrouble | undefined {
  // the first invalid byte may be the second of a character whose first byte made valid UTF-8 with the one before
  for (const from of [stretch.start, stretch.start - 1]) {
    if (from < 0) continue;
    const part = bytes.subarray(from, stretch.last + 2);
    const encoding = legacyOf(part);
    if (!readsAsChinese(decodeAs(part, encoding))) continue;
    const name = NAMES[encoding];
    if (stretch.utf8Before) return { kind: 'mixed', ...utf8Position(bytes, from), message: mixedMessage(`UTF-8 up to here, ${name} from here on`) };
    const end = nextUtf8Chinese(bytes, stretch.last + 1);
    const where = positionAfter(decodeAs(bytes.subarray(0, from), 'utf-8') + decodeAs(bytes.subarray(from, end), encoding));
    return { kind: 'mixed', ...where, message: mixedMessage(`${name} up to here, UTF-8 from here on`) };
  }
  return undefined;
}

/** The first character of more than two bytes of valid UTF-8 from `from` on (or the end). */
function nextUtf8Chinese(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length && utf8Length(bytes, i) < 3) i++;
  return i;
}

/**
 * A run of valid UTF-8 that reads as Chinese in bytes read as GB18030 or Big5: a part in UTF-8.
 * `begin`: its first character that is not ASCII; `end`: the byte after it; `first`: no byte
 * before it is invalid UTF-8 (the file begins in UTF-8, the other encoding comes after). Chinese
 * in GB18030 or Big5 breaks UTF-8 within a character or two, so a file wholly in either has none.
 */
function utf8Part(bytes: Uint8Array): { begin: number; end: number; first: boolean } | undefined {
  let begin = -1;
  let commons = 0;
  let others = 0;
  let invalid = false;
  for (let i = 0; i <= bytes.length; ) {
    const n = i < bytes.length ? utf8Length(bytes, i) : 0;
    if (n === 0) {
      if (chinese(commons, others)) return { begin, end: i, first: !invalid };
      invalid = true;
      begin = -1;
      commons = others = 0;
      i++;
    } else {
      if (n > 2) {
        const ch = String.fromCodePoint(codePoint(bytes, i, n));
        // not Hangul and the like, which the last bytes of a GB18030 part may make by chance
        if (begin < 0 && ch >= CJK && ch < '\ua000') begin = i;
        if (COMMON.has(ch)) commons++;
        else if (ch >= CJK) others++;
      }
      i += n;
    }
  }
  return undefined;
}

function readsAsChinese(text: string): boolean {
  const { commons, others } = chineseCounts(text);
  return chinese(commons, others);
}

/** Enough frequent Chinese characters, and at least one in eight of the CJK ones (news text has two in five or more). */
function chinese(commons: number, others: number): boolean {
  return commons >= PART && commons * 8 >= commons + others;
}

function chineseScore(text: string): number {
  const { commons, others } = chineseCounts(text);
  return commons * 8 - commons - others;
}

/** How many characters of a text are frequent Chinese, and how many other CJK characters it holds. */
function chineseCounts(text: string): { commons: number; others: number } {
  let commons = 0;
  let others = 0;
  for (const ch of text) {
    if (COMMON.has(ch)) commons++;
    else if (ch >= CJK) others++;
  }
  return { commons, others };
}

/** The length of the valid UTF-8 sequence at `i`, or 0 where none starts (RFC 3629: no overlongs, surrogates or past U+10FFFF). */
function utf8Length(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > bytes.length || bytes[i + 1] < lo || bytes[i + 1] > hi) return 0;
  for (let k = 2; k < n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return n;
}

function codePoint(bytes: Uint8Array, i: number, n: number): number {
  let cp = bytes[i] & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) cp = (cp << 6) | (bytes[i + k] & 0x3f);
  return cp;
}

/** Line and column of the byte at `offset` of UTF-8 valid before it. */
function utf8Position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  return positionAfter(decodeAs(bytes.subarray(0, offset), 'utf-8'));
}

function positionAfter(before: string): { line: number; column: number } {
  return new LineIndex(before).position(before.length);
}

function replacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

function mixedMessage(what: string): string {
  return `two encodings in one file: ${what} (pasted together from two sources?). Read as one, a part would be mojibake (乱码) and the findings wrong, so the file was not checked: save it all as UTF-8 (each part converted from its own encoding), then check it again.`;
}

function invalidMessage(count: number, name: string): string {
  const bytes = count === 1 ? '1 byte that is' : `${count} bytes that are`;
  return `${bytes} not valid ${name} (the first is here), read as �; the rest of the file was checked. Retype the damaged characters, or save the file as UTF-8 again from its source.`;
}
