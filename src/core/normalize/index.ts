// Stage 3 · normalize — text prepared for matching.
// In: a text. Out: NormText — width-folded, lower-cased, simplified, punctuation and spaces
// dropped — with a map from each unit back to its offset in the original, so a passage found
// in normalised text is reported where the user sees it.
import type { Span } from '../shared/types.js';
import { foldOf, foldTable, IDEOGRAPH } from '../shared/fold-table.js';
import { GrowableU32 } from '../shared/growable.js';
import { isSurrogate, unitsText } from '../shared/units.js';

/** Text prepared for matching, with a map back to the original. */
export interface NormText {
  text: string;
  /** For each UTF-16 unit of `text`, its offset in the original text. */
  map: Int32Array;
}

/**
 * Width-folds (NFKC), lower-cases, folds traditional to simplified characters and drops
 * punctuation and whitespace. A char-code loop over a lookup table: this is on the hot path, so
 * it keeps a loop of its own rather than normalizeLines' (which also records lines and what was
 * dropped: some 15–30 % more time a text, for callers that read neither).
 */
export function normalize(original: string): NormText {
  const table = foldTable();
  const { units, map } = scratchFor(original.length);
  let n = 0;
  let surrogates = false;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    let f = table[code];
    if (f >= SURROGATES) {
      if (f === IDEOGRAPH) f = foldOf(table, code);
      surrogates ||= isSurrogate(f);
    }
    if (f === 0) continue;
    units[n] = f;
    map[n++] = i;
  }
  return { text: unitsText(units, n, surrogates), map: map.slice(0, n) };
}

/** What normalizeLines tells besides the text, filled in by each call. */
export interface Told {
  /** Four numbers a line of the original: its start and end there, then in the normalised text. */
  lines: GrowableU32;
  /** Per UTF-16 unit, bits to gather where it is dropped (0: none). */
  marks: Uint8Array;
  /**
   * Two numbers for each unit of the normalised text after which marked units were dropped: the
   * unit's index, then their marks OR-ed. Units with none are not listed: a text has a break
   * every ten units or so, and a list of them is read faster than a mark for every unit.
   */
  gaps: GrowableU32;
}

/**
 * normalize, telling too where each line of the original (split at \r\n, \r or \n) stands and
 * what was dropped between the units kept (`told`): what masks boilerplate lines and finds
 * sentences without going over the text again, splitting it or searching the map. Line breaks
 * fold to 0 (whitespace), so they are looked for only among the units dropped.
 * `copy` false: the map returned is a view of a working array (see scratch below), not a copy.
 */
export function normalizeLines(original: string, told: Told, copy = true): NormText {
  const table = foldTable();
  const { units, map } = scratchFor(original.length);
  const { lines, marks, gaps } = told;
  lines.length = 0;
  gaps.length = 0;
  let n = 0;
  let start = 0;
  let from = 0;
  let gap = 0;
  let surrogates = false;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    let f = table[code];
    if (f >= SURROGATES) {
      if (f === IDEOGRAPH) f = foldOf(table, code);
      surrogates ||= isSurrogate(f);
    }
    if (f !== 0) {
      if (gap !== 0) {
        gaps.push(n);
        gaps.push(gap);
        gap = 0;
      }
      units[n] = f;
      map[n++] = i;
      continue;
    }
    gap |= marks[code];
    if (code !== LF && code !== CR) continue;
    // the \n of a \r\n: the line ended at the \r
    if (code === CR || i === 0 || original.charCodeAt(i - 1) !== CR) pushLine(lines, start, i, from, n);
    start = i + 1;
    from = n;
  }
  pushLine(lines, start, original.length, from, n);
  return { text: unitsText(units, n, surrogates), map: copy ? map.slice(0, n) : map.subarray(0, n) };
}

const LF = 0x0a;
const CR = 0x0d;

function pushLine(lines: GrowableU32, start: number, end: number, from: number, to: number): void {
  lines.push(start);
  lines.push(end);
  lines.push(from);
  lines.push(to);
}

/**
 * The same normalised text without the units that come from `spans` of the original; `copy` as
 * normalizeLines'. `norm` may be an uncopied one: each unit's offset is read before that place, or
 * an earlier one, of the same working array is written.
 */
export function withoutSpans(norm: NormText, spans: readonly Span[], copy = true): NormText {
  if (spans.length === 0) return norm;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const { units, map } = scratchFor(norm.map.length);
  let n = 0;
  let s = 0;
  let surrogates = false;
  for (let i = 0; i < norm.map.length; i++) {
    const at = norm.map[i];
    while (s < sorted.length && sorted[s].end <= at) s++;
    if (s < sorted.length && sorted[s].start <= at) continue;
    const unit = norm.text.charCodeAt(i);
    surrogates ||= isSurrogate(unit);
    units[n] = unit;
    map[n++] = at;
  }
  return { text: unitsText(units, n, surrogates), map: copy ? map.slice(0, n) : map.subarray(0, n) };
}

/**
 * Working arrays for normalize and withoutSpans, kept between calls (each is synchronous and
 * copies out what it returns): a check normalises some forty candidate articles per document,
 * and two arrays the size of each text, thrown away at once, were much of its garbage.
 * Told not to copy the map, normalizeLines and withoutSpans return a view of this one, good until
 * the next call of any function here: for a caller that reads the map at once and keeps the text
 * only (an archive article prepared for a check, its map made again should a passage be found in
 * it), where a copy of 4 bytes a unit was an allocation outside the heap thrown away at once.
 */
const SCRATCH_MAX = 1 << 20;
let scratch = scratchOf(4096);

function scratchFor(length: number): { units: Uint16Array; map: Int32Array } {
  // a text longer than any article is given arrays of its own, not kept after it
  if (length > SCRATCH_MAX) return scratchOf(length);
  if (scratch.units.length < length) scratch = scratchOf(Math.max(length, 2 * scratch.units.length));
  return scratch;
}

function scratchOf(size: number): { units: Uint16Array; map: Int32Array } {
  return { units: new Uint16Array(size), map: new Int32Array(size) };
}

/** The first UTF-16 surrogate: units from here up are looked at twice in the loops (ideographs to fold, surrogates). */
const SURROGATES = 0xd800;

/** The original span behind a span [start, end) of normalised text. */
export function originalSpan(norm: NormText, start: number, end: number): Span {
  if (end <= start) {
    const at = start < norm.map.length ? norm.map[start] : (norm.map[norm.map.length - 1] ?? -1) + 1;
    return { start: at, end: at };
  }
  return { start: norm.map[start], end: norm.map[end - 1] + 1 };
}

/** Index of the first normalised unit at or after an original offset. */
export function normalisedOffset(norm: NormText, original: number): number {
  let lo = 0;
  let hi = norm.map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.map[mid] < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
