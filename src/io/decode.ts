import { isUtf8, transcode } from 'node:buffer';
import { createRequire } from 'node:module';
import type { Decoded } from '../core/read/types.js';

type Encoding = Decoded['encoding'];

const BOMS: { encoding: Encoding; bytes: number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/**
 * Bytes to text, telling how: the encoding, whether a BOM stood in front, the line endings.
 * `text` keeps the line endings as they are and drops the BOM, so `encode` gives the bytes back.
 */
export function decode(bytes: Uint8Array): Decoded | { binary: true } {
  const bom = BOMS.find((b) => b.bytes.every((v, i) => bytes[i] === v));
  if (bom) return finish(decodeAs(bytes.subarray(bom.bytes.length), bom.encoding), bom.encoding, true);
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) return finish(decodeAs(bytes, utf16), utf16, false);
  if (bytes.includes(0)) return { binary: true };
  const strict = strictUtf8(bytes);
  if (strict !== undefined) return finish(strict, 'utf-8', false);
  const best = guessLegacy(bytes);
  return finish(best.text, best.encoding, false);
}

/**
 * A JSON Lines file's bytes, which may hold a NUL in a damaged line (JSON text never holds one)
 * without being binary as a whole: decoded with those lines left empty, so that the others keep
 * their numbers, and where each such line's first NUL stands (line 0-based, column 1-based in
 * code points, as the other JSON Lines errors count) for their errors. Binary as `decode` says when
 * the bytes are UTF-16 (its NULs are text), when half the lines or more hold a NUL and some line
 * does not open a record (`{`), or when the rest is no text either (an image named .jsonl).
 */
export function decodeJsonLines(bytes: Uint8Array): (Decoded & { nulLines: NulLine[] }) | { binary: true } {
  const whole = decode(bytes);
  if (!('binary' in whole)) return { ...whole, nulLines: [] };
  if (bytes[0] === 0xff || bytes[0] === 0xfe || utf16ByNulPattern(bytes)) return whole;
  const { kept, nulLines, lines, records } = withoutNulLines(bytes);
  // a file of one or two records, one damaged, is still records: passed over, it was lost without a word
  if (nulLines.length === 0 || (nulLines.length * 2 >= lines && records < lines)) return whole;
  const rest = decode(kept);
  if ('binary' in rest) return rest;
  // the bytes before the NUL, in the encoding the rest of the file is in (a BOM on line 0 is no column)
  const columnOf = (before: Uint8Array) => [...decodeAs(before, rest.encoding).replace(/^\uFEFF/u, '')].length + 1;
  return { ...rest, nulLines: nulLines.map(({ line, before }) => ({ line, column: columnOf(before) })) };
}

/** A line of a JSON Lines file that holds a NUL: its number (0-based) and the column (1-based) of its first NUL. */
export interface NulLine {
  line: number;
  column: number;
}

/**
 * The bytes with the contents of each line holding a NUL dropped (line breaks kept: LF, CRLF, CR),
 * those lines with their bytes before the NUL, how many lines are not blank, and how many of those
 * open a record (`{` first).
 */
function withoutNulLines(bytes: Uint8Array): { kept: Uint8Array; nulLines: { line: number; before: Uint8Array }[]; lines: number; records: number } {
  const parts: Uint8Array[] = [];
  const nulLines: { line: number; before: Uint8Array }[] = [];
  let lines = 0;
  let records = 0;
  for (let start = 0, number = 0; start <= bytes.length; number++) {
    let end = start;
    while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
    const next = end + (bytes[end] === 0x0d && bytes[end + 1] === 0x0a ? 2 : 1);
    const line = bytes.subarray(start, end);
    const first = line.findIndex((b) => b !== 0x20 && b !== 0x09);
    if (first >= 0) lines++;
    if (first >= 0 && line[first] === 0x7b) records++;
    const nul = line.indexOf(0);
    if (nul >= 0) nulLines.push({ line: number, before: line.subarray(0, nul) });
    else parts.push(line);
    parts.push(bytes.subarray(end, Math.min(next, bytes.length)));
    start = next;
  }
  return { kept: Buffer.concat(parts), nulLines, lines, records };
}

/** The text written back in the encoding it was read in, BOM included. */
export function encode(text: string, like: Decoded): Buffer {
  return Buffer.concat([bomOf(like), encodeAs(text, like.encoding)]);
}

function bomOf(like: Decoded): Buffer {
  return like.bom ? Buffer.from(BOMS.find((b) => b.encoding === like.encoding)?.bytes ?? []) : Buffer.alloc(0);
}

/** `encode`'s bytes, or undefined when they do not decode back to the text: the encoding cannot hold some of its characters. */
export function encodeExactly(text: string, like: Decoded): Buffer | undefined {
  const body = encodeAs(text, like.encoding);
  return decodeAs(body, like.encoding) === text ? Buffer.concat([bomOf(like), body]) : undefined;
}

/** The characters of the text that the encoding cannot hold, each once. */
export function unencodable(text: string, encoding: Encoding): string {
  return [...new Set(text)].filter((ch) => decodeAs(encodeAs(ch, encoding), encoding) !== ch).join('');
}

/** How the lines of a text end: one kind, several (mixed), or no line break at all. */
export function eolOf(text: string): Decoded['eol'] {
  // most texts have no CR: their line breaks are LF or none, told by one native search each
  if (!text.includes('\r')) return text.includes('\n') ? 'lf' : 'none';
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  const kinds = [crlf && 'crlf', cr && 'cr', lf && 'lf'].filter((k): k is 'crlf' | 'cr' | 'lf' => Boolean(k));
  if (kinds.length === 0) return 'none';
  return kinds.length === 1 ? kinds[0] : 'mixed';
}

function finish(text: string, encoding: Encoding, bom: boolean): Decoded | { binary: true } {
  if (looksBinary(text)) return { binary: true };
  return { text, encoding, bom, eol: eolOf(text) };
}

/** The bytes read in one encoding, broken sequences as U+FFFD, a BOM kept as U+FEFF. */
export function decodeAs(bytes: Uint8Array, encoding: Encoding): string {
  switch (encoding) {
    case 'utf-8':
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    case 'utf-16le':
      return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes);
    case 'utf-16be':
      return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(swapPairs(bytes));
    default:
      return iconvLite().decode(Buffer.from(bytes), encoding, { stripBOM: false });
  }
}

function encodeAs(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be':
      return swapPairs(Buffer.from(text, 'utf16le'));
    default:
      return iconvLite().encode(text, encoding, { addBOM: false });
  }
}

const require = createRequire(import.meta.url);
let iconv: typeof import('iconv-lite') | undefined;

/** iconv-lite, loaded for the first GB18030 or Big5 file only: most runs never read one. */
function iconvLite(): typeof import('iconv-lite') {
  iconv ??= require('iconv-lite') as typeof import('iconv-lite');
  return iconv;
}

function swapPairs(bytes: Uint8Array): Buffer {
  const even = bytes.length - (bytes.length % 2);
  const out = Buffer.from(bytes.subarray(0, even));
  out.swap16();
  return bytes.length === even ? out : Buffer.concat([out, Buffer.from(bytes.subarray(even))]);
}

/** The byte order of UTF-16 bytes (by their BOM, else as decode tells BOM-less UTF-16), else undefined: for a reader that must cut them at whole characters. */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const bom = BOMS.find((b) => b.bytes.every((v, i) => bytes[i] === v));
  if (bom) return bom.encoding === 'utf-8' ? undefined : (bom.encoding as 'utf-16le' | 'utf-16be');
  const found = utf16ByNulPattern(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  return found === 'utf-16le' || found === 'utf-16be' ? found : undefined;
}

/**
 * BOM-less UTF-16 is taken only when it is obvious: the bytes hold NULs (the high byte of ASCII
 * digits, punctuation and line breaks), and one byte order decodes to clean text (no lone
 * surrogates, no control characters but tab and line breaks) of which at least a third is
 * ASCII or frequent Chinese. Read in the wrong order the same bytes give rare characters.
 */
function utf16ByNulPattern(bytes: Uint8Array): Encoding | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0 || !bytes.includes(0)) return undefined;
  let best: { encoding: Encoding; score: number } | undefined;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = cleanUtf16(encoding === 'utf-16le' ? bytes : swapPairs(bytes));
    if (text === undefined) continue;
    let score = 0;
    for (const ch of text) if (ch < '\u007f' || COMMON.has(ch)) score++;
    if (score * 3 >= text.length && score > (best?.score ?? 0)) best = { encoding, score };
  }
  return best?.encoding;
}

function cleanUtf16(littleEndian: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(littleEndian);
    return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

/**
 * The text of bytes that are valid UTF-8, else undefined. Checked by isUtf8, then read through
 * UTF-16 (ICU's converter): for Chinese, a quarter of the CPU of TextDecoder or Buffer's UTF-8,
 * which decode a character at a time (the 10,000 bench files: 40–60 ms against 150–230). A Node
 * built without ICU has no transcode: TextDecoder reads them there.
 */
function strictUtf8(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  return typeof transcode === 'function' ? transcode(bytes, 'utf8', 'utf16le').toString('utf16le') : new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** NULs, or more than one character in ten a control character that text does not use. */
function looksBinary(text: string): boolean {
  // most texts hold none: one native search, not a loop a character (an index build decodes 40 MB)
  if (!CONTROL.test(text)) return false;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 0x1b) || c === 0x7f) controls++;
  }
  return controls * 10 > text.length;
}

/** A NUL or a control character that text does not use (looksBinary's). */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f\u007f]/;

// Frequent characters of Chinese news, simplified, then the traditional forms that differ.
export const COMMON = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研信报市北南县省乡镇村委书记副门济教育科技卫安环境项目企服务群众闻消息今近午示介绍悉划推快施举召议交参深升持续' +
    '這為個國時來們於對會發動過說產種後學經進著電裡現實兩體機當點從業應開還義間樣與關線內數麼質氣變條沒結問無軍並題黨員總設長頭資邊級圖統較將組見計別論運農幾區強決幹戰則據處報縣鄉鎮書記門濟衛環項務眾聞紹劃舉議參續',
);

/**
 * Bytes that are not valid UTF-8: GB18030 (which includes GBK), Big5, or UTF-8 with a few
 * broken bytes (a file cut in the middle of a character). GB18030 maps nearly every byte
 * sequence to some character, so "no decoding errors" tells nothing; instead each candidate is
 * scored by how many of its characters are frequent in news text (simplified and traditional
 * alike), less ten for every U+FFFD it had to put in. Wrongly decoded Chinese is a jumble of
 * rare characters, so the right encoding scores far higher. Ties go to GB18030.
 */
function guessLegacy(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const candidates: Encoding[] = ['gb18030', 'big5', 'utf-8'];
  let best = { text: '', encoding: candidates[0], score: -Infinity };
  for (const encoding of candidates) {
    const text = decodeAs(bytes, encoding);
    const score = scoreText(text);
    if (score > best.score) best = { text, encoding, score };
  }
  return best;
}

function scoreText(text: string): number {
  let score = 0;
  for (const ch of text) {
    if (COMMON.has(ch)) score++;
    else if (ch === '\uFFFD') score -= 10;
  }
  return score;
}
