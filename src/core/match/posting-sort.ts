// Postings as flat (hash, article, position) triples, sorted and thinned in typed arrays: how an
// archive's inverted index is built part by part without an object per posting.
import { POSTING_WORDS as TRIPLE } from './archive-format.js';
import { GrowableU32 } from '../shared/growable.js';

/**
 * Triples in (hash, article, position) order, by stable LSD radix passes (linear time). Triples
 * pushed article by article, each article's in position order, need only the hash passes;
 * `mixed` triples (an update's, from several sources) are first put in article order.
 * `hashBits`: the low bits of the hash that differ between the triples (the rest are equal).
 */
export function sortTriples(triples: Uint32Array, hashBits: number, mixed: boolean, articles: number): Uint32Array {
  let from: Uint32Array = triples;
  let to: Uint32Array = new Uint32Array(triples.length);
  const pass = (word: number, shift: number) => {
    radixPass(from, to, word, shift);
    [from, to] = [to, from];
  };
  if (mixed) for (let shift = 0; shift < 32 && articles > 2 ** shift; shift += DIGIT) pass(1, shift);
  for (let shift = 0; shift < hashBits; shift += DIGIT) pass(0, shift);
  return from;
}

/** Bits per radix pass: 4,096 counters stay in the CPU's cache. */
const DIGIT = 12;

function radixPass(from: Uint32Array, to: Uint32Array, word: number, shift: number, digit = DIGIT): void {
  const mask = (1 << digit) - 1;
  const counts = new Uint32Array((1 << digit) + 1);
  for (let i = word; i < from.length; i += TRIPLE) counts[((from[i] >>> shift) & mask) + 1]++;
  for (let d = 0; d < 1 << digit; d++) counts[d + 1] += counts[d];
  for (let i = 0; i < from.length; i += TRIPLE) {
    const at = counts[(from[i + word] >>> shift) & mask]++ * TRIPLE;
    to[at] = from[i];
    to[at + 1] = from[i + 1];
    to[at + 2] = from[i + 2];
  }
}

/** Triples a bucket of sortRuns holds on average at most: more, and two passes over all of them cost less. */
const FEW_A_BUCKET = 8;
/** A bucket of more triples than this is sorted by small radix passes, not by insertion. */
const MOST_INSERTED = 32;
/** Bits per radix pass within a bucket: 64 counters. */
const SMALL_DIGIT = 6;

/**
 * The triples of `runs` (read, never changed) in one new array, in the order sortTriples gives
 * them. Few triples (a part of a small archive's postings: a few a bucket of the top DIGIT bits of
 * `hashBits`) are put in their buckets in one pass from the runs and each bucket sorted by
 * insertion, stable, by hash (`mixed`: and article): no copy of the runs into one array first, and
 * one pass over all in place of two (four, mixed). A 10,000-article build: 15,000 triples a part,
 * 4 a bucket. More go through sortTriples, as before.
 */
export function sortRuns(runs: readonly Uint32Array[], hashBits: number, mixed: boolean, articles: number): Uint32Array {
  let words = 0;
  for (const run of runs) words += run.length;
  if (hashBits <= DIGIT || words / TRIPLE > FEW_A_BUCKET << DIGIT) return sortTriples(joinedRuns(runs, words), hashBits, mixed, articles);
  const shift = hashBits - DIGIT;
  const mask = (1 << DIGIT) - 1;
  const starts = new Uint32Array((1 << DIGIT) + 1);
  for (const run of runs) for (let i = 0; i < run.length; i += TRIPLE) starts[((run[i] >>> shift) & mask) + 1]++;
  for (let d = 0; d < 1 << DIGIT; d++) starts[d + 1] += starts[d];
  const at = starts.slice(0, 1 << DIGIT);
  const out = new Uint32Array(words);
  for (const run of runs) {
    for (let i = 0; i < run.length; i += TRIPLE) {
      const w = at[(run[i] >>> shift) & mask]++ * TRIPLE;
      out[w] = run[i];
      out[w + 1] = run[i + 1];
      out[w + 2] = run[i + 2];
    }
  }
  for (let d = 0; d < 1 << DIGIT; d++) {
    const size = starts[d + 1] - starts[d];
    if (size > MOST_INSERTED) sortBucket(out.subarray(starts[d] * TRIPLE, starts[d + 1] * TRIPLE), shift, mixed, articles);
    else if (size > 1 && mixed) insertionSortMixed(out, starts[d], starts[d + 1]);
    else if (size > 1) insertionSort(out, starts[d], starts[d + 1]);
  }
  return out;
}

/** Triples lo to hi (exclusive, in triples) of `triples` by hash, stable. */
function insertionSort(triples: Uint32Array, lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const hash = triples[i * TRIPLE];
    if (hash >= triples[(i - 1) * TRIPLE]) continue;
    const article = triples[i * TRIPLE + 1];
    const position = triples[i * TRIPLE + 2];
    let j = i;
    for (; j > lo && triples[(j - 1) * TRIPLE] > hash; j--) moveUp(triples, j);
    triples[j * TRIPLE] = hash;
    triples[j * TRIPLE + 1] = article;
    triples[j * TRIPLE + 2] = position;
  }
}

/** Triples lo to hi (exclusive, in triples) of `triples` by hash, then article, stable. */
function insertionSortMixed(triples: Uint32Array, lo: number, hi: number): void {
  const after = (j: number, hash: number, article: number) => triples[j * TRIPLE] > hash || (triples[j * TRIPLE] === hash && triples[j * TRIPLE + 1] > article);
  for (let i = lo + 1; i < hi; i++) {
    const hash = triples[i * TRIPLE];
    const article = triples[i * TRIPLE + 1];
    if (!after(i - 1, hash, article)) continue;
    const position = triples[i * TRIPLE + 2];
    let j = i;
    for (; j > lo && after(j - 1, hash, article); j--) moveUp(triples, j);
    triples[j * TRIPLE] = hash;
    triples[j * TRIPLE + 1] = article;
    triples[j * TRIPLE + 2] = position;
  }
}

/** Triple j - 1 copied over triple j. */
function moveUp(triples: Uint32Array, j: number): void {
  triples[j * TRIPLE] = triples[(j - 1) * TRIPLE];
  triples[j * TRIPLE + 1] = triples[(j - 1) * TRIPLE + 1];
  triples[j * TRIPLE + 2] = triples[(j - 1) * TRIPLE + 2];
}

/**
 * A bucket's triples (their hashes the same above the low `bits`) by hash (`mixed`: and article,
 * of `articles`), stable: radix passes of SMALL_DIGIT bits, the article's first.
 */
function sortBucket(bucket: Uint32Array, bits: number, mixed: boolean, articles: number): void {
  let from: Uint32Array = bucket;
  let to: Uint32Array = new Uint32Array(bucket.length);
  const pass = (word: number, shift: number, digit: number) => {
    radixPass(from, to, word, shift, digit);
    [from, to] = [to, from];
  };
  if (mixed) for (let shift = 0; shift < 32 && articles > 2 ** shift; shift += SMALL_DIGIT) pass(1, shift, Math.min(SMALL_DIGIT, 32 - shift));
  for (let shift = 0; shift < bits; shift += SMALL_DIGIT) pass(0, shift, Math.min(SMALL_DIGIT, bits - shift));
  if (from !== bucket) bucket.set(from);
}

/** Runs in one array of this thread's own: a lone run as it is, unless shared (the sort works in place). */
export function joinedRuns(runs: readonly Uint32Array[], words = runs.reduce((n, r) => n + r.length, 0)): Uint32Array {
  const filled = runs.filter((r) => r.length > 0);
  if (filled.length === 1 && !(filled[0].buffer instanceof SharedArrayBuffer)) return filled[0];
  const out = new Uint32Array(words);
  let at = 0;
  for (const run of filled) {
    out.set(run, at);
    at += run.length;
  }
  return out;
}

/**
 * The sorted triples split: those of hashes that stand in fewer than `bar` articles (kept, in
 * place) and the others (dropped as boilerplate: see boilerplateBar), and how many distinct
 * hashes are kept.
 */
export function splitCommon(sorted: Uint32Array, bar: number): { kept: Uint32Array; dropped: Uint32Array; keys: number } {
  const dropped = new GrowableU32();
  let out = 0;
  let keys = 0;
  for (let i = 0; i < sorted.length; ) {
    const hash = sorted[i];
    let j = i;
    let distinct = 0;
    let last = -1;
    for (; j < sorted.length && sorted[j] === hash; j += TRIPLE) {
      if (sorted[j + 1] !== last) distinct++;
      last = sorted[j + 1];
    }
    if (distinct < bar) {
      // word by word: most hashes have a posting or two, and a copyWithin call each cost more than the copy
      if (out !== i) for (let k = i; k < j; k++) sorted[out + k - i] = sorted[k];
      out += j - i;
      keys++;
    } else for (let k = i; k < j; k++) dropped.push(sorted[k]);
    i = j;
  }
  return { kept: sorted.subarray(0, out), dropped: dropped.view(), keys };
}
