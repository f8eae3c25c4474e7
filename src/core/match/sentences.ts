import type { NormText } from '../normalize/index.js';
import { lastAtOrBefore } from '../shared/search.js';
import { GrowableU32 } from '../shared/growable.js';

const TERMINATOR_CODES = [0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b, 0x0a, 0x0d, 0x2026];
/**
 * Clause breaks besides sentence ends: commas, enumeration commas, colons. Quotes and brackets
 * are not: they wrap a term or an aside inside a clause (“长满欧”通道).
 */
const CLAUSE_BREAK_CODES = [...TERMINATOR_CODES, 0xff0c, 0x2c, 0x3001, 0xff1a, 0x3a];

/**
 * Per UTF-16 unit of the original, what it ends: CLAUSE, CLAUSE | SENTENCE, or MAYBE_STOP for a
 * half-width "." (a full stop only where stopsHere says). Given to normalizeLines as its marks.
 */
export const BREAK_MARKS = new Uint8Array(0x10000);
const CLAUSE = 1;
const SENTENCE = 2;
const MAYBE_STOP = 4;
/** The half-width full stop, a break where it stands as one (see stopsHere). */
const FULL_STOP = 0x2e;
for (const code of CLAUSE_BREAK_CODES) BREAK_MARKS[code] = CLAUSE;
for (const code of TERMINATOR_CODES) BREAK_MARKS[code] = CLAUSE | SENTENCE;
BREAK_MARKS[FULL_STOP] = MAYBE_STOP;

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
  return breakStarts(original, norm).sentences;
}

/** Where clauses begin (sentences, and their parts between commas and colons), as sentenceStarts does for sentences. */
export function clauseStarts(original: string, norm: NormText): Uint32Array {
  return breakStarts(original, norm).clauses;
}

/** Where sentences and where clauses begin (see sentenceStarts, clauseStarts). */
export function breakStarts(original: string, norm: NormText): { sentences: Uint32Array; clauses: Uint32Array } {
  return startsFromGaps(original, norm, gapsOf(original, norm));
}

/** What gapsOf found, kept between calls (each is synchronous, and startsFromGaps copies out what it returns). */
const gapsFound = new GrowableU32();

/** The units of norm after which marked units of the original were dropped, with their BREAK_MARKS OR-ed (as normalizeLines tells them). */
function gapsOf(original: string, norm: NormText): Uint32Array {
  const map = norm.map;
  const gaps = gapsFound;
  gaps.length = 0;
  let j = 0;
  for (let i = 0; i < map.length; i++) {
    const at = map[i];
    let gap = 0;
    for (; j < at; j++) gap |= BREAK_MARKS[original.charCodeAt(j)];
    if (gap !== 0) {
      gaps.push(i);
      gaps.push(gap);
    }
    j = at + 1;
  }
  return gaps.view();
}

/** The starts found, kept between calls (each is synchronous and copies out what it returns). */
const sentencesFound = new GrowableU32();
const clausesFound = new GrowableU32();

/** Where sentences and where clauses begin, told by `gaps` (see gapsOf): one pass over the breaks. */
export function startsFromGaps(original: string, norm: NormText, gaps: Uint32Array): { sentences: Uint32Array; clauses: Uint32Array } {
  const sentences = sentencesFound;
  const clauses = clausesFound;
  sentences.length = 0;
  clauses.length = 0;
  sentences.push(0);
  clauses.push(0);
  const map = norm.map;
  for (let g = 0; g < gaps.length; g += 2) {
    const i = gaps[g];
    if (i === 0) continue;
    let gap = gaps[g + 1];
    if ((gap & (MAYBE_STOP | SENTENCE)) === MAYBE_STOP && stopBetween(original, map[i - 1] + 1, map[i])) gap |= CLAUSE | SENTENCE;
    if ((gap & SENTENCE) !== 0) sentences.push(i);
    if ((gap & CLAUSE) !== 0) clauses.push(i);
  }
  // one array for both: an array buffer is allocated off the heap, each a cost of its own
  const both = new Uint32Array(sentences.length + clauses.length);
  both.set(sentences.view());
  both.set(clauses.view(), sentences.length);
  return { sentences: both.subarray(0, sentences.length), clauses: both.subarray(sentences.length) };
}

/** Whether a "." of original[from, to) is a full stop. */
function stopBetween(original: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (original.charCodeAt(j) === FULL_STOP && stopsHere(original, j)) return true;
  return false;
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
