import type { NormText } from '../normalize/index.js';
import { lastAtOrBefore } from '../shared/search.js';
import { GrowableU32 } from '../shared/growable.js';

const TERMINATOR_CODES = [0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b, 0x0a, 0x0d, 0x2026];
/**
 * Clause breaks besides sentence ends: commas, enumeration commas, colons. Quotes and brackets
 * are not: they wrap a term or an aside inside a clause (“长满欧”通道).
 */
const CLAUSE_BREAK_CODES = [...TERMINATOR_CODES, 0xff0c, 0x2c, 0x3001, 0xff1a, 0x3a];

/** A table by UTF-16 unit (1: a break): one array read per character of the original, on the hot path. */
function tableOf(codes: readonly number[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const code of codes) table[code] = 1;
  return table;
}

const TERMINATORS = tableOf(TERMINATOR_CODES);
const CLAUSE_BREAKS = tableOf(CLAUSE_BREAK_CODES);
/** The half-width full stop, a break where it stands as one (see stopsHere). */
const FULL_STOP = 0x2e;

/**
 * Whether a half-width "." at `j` ends a sentence: web copy typed with the input method in
 * English mode ends its sentences with it; a decimal point (31.5亿元), a date (2023.5.1) or an
 * abbreviation (U.S.) does not.
 */
function stopsHere(original: string, j: number): boolean {
  return !isAsciiLetter(original.charCodeAt(j - 1)) && !isAsciiAlnum(original.charCodeAt(j + 1));
}

const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);

/**
 * Where sentences begin, as indices into normalised text: a sentence ends at 。！？!?；;…,
 * a "." that is a full stop, or a line break of the original. Always starts with 0.
 */
export function sentenceStarts(original: string, norm: NormText): Uint32Array {
  return breakStarts(original, norm, TERMINATORS);
}

/** Where clauses begin (sentences, and their parts between commas and colons), as sentenceStarts does for sentences. */
export function clauseStarts(original: string, norm: NormText): Uint32Array {
  return breakStarts(original, norm, CLAUSE_BREAKS);
}

/** The starts breakStarts finds, kept between calls (each is synchronous and copies out what it returns). */
const found = new GrowableU32();

function breakStarts(original: string, norm: NormText, breaks: Uint8Array): Uint32Array {
  const starts = found;
  starts.length = 0;
  starts.push(0);
  const map = norm.map;
  let pending = false;
  let j = 0;
  for (let i = 0; i < map.length; i++) {
    const at = map[i];
    for (; j < at; j++) {
      const code = original.charCodeAt(j);
      if (breaks[code] === 1 || (code === FULL_STOP && stopsHere(original, j))) pending = true;
    }
    j = at + 1;
    if (pending && i > 0) starts.push(i);
    pending = false;
  }
  return starts.view().slice();
}

/** The sentences that overlap [start, end), clipped to it. */
export function sentencesIn(starts: Uint32Array, length: number, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let s = lastAtOrBefore(starts, start); s < starts.length && starts[s] < end; s++) {
    const a = Math.max(start, starts[s]);
    const b = Math.min(end, s + 1 < starts.length ? starts[s + 1] : length);
    if (b > a) out.push([a, b]);
  }
  return out;
}
