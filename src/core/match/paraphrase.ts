import type { SentenceHit } from './sentence-hits.js';
import { sentencesIn } from './sentences.js';
import { spend } from '../shared/budget.js';
import { bigramPostings, entryOf, type BigramPostings } from './bigram-postings.js';

/**
 * Bigram similarity (Dice) from which a sentence of the document reads as a rewording of one of
 * the article's. Measured on the project's paraphrase set (fixtures/paraphrase, the accuracy
 * bench): with a quarter of the words swapped, the median reworded sentence scores 0.77, with
 * two fifths 0.67; sentences of another outlet's report on the same event (same names, places,
 * figures) score 0.28 in the median and at most 0.66, and never three of them above 0.55.
 */
const MIN_SCORE = 0.55;

/** A sentence, or two neighbours read as one (a split or a merge), as a bag of character bigrams. */
export interface Unit {
  start: number;
  end: number;
  /** Sentence index of its first sentence. */
  first: number;
  last: number;
  /** Its distinct bigrams, ascending, and how often each stands in it. */
  keys: Uint32Array;
  counts: Uint32Array;
  size: number;
}

/** Dice is at most 2·min/(min+max) of the two sizes: pairs this far apart in length never reach MIN_SCORE. */
const MAX_SIZE_RATIO = 2 / MIN_SCORE - 1;

/**
 * Sentences of the document that reword sentences of the article (洗稿): synonyms swapped in,
 * clauses exchanged, sentences split, merged or moved, numbers written another way. Each document
 * sentence (or pair of neighbours) is paired with the article sentence (or pair) whose character
 * bigrams it shares most, one to one, best pairs first; a pair counts from MIN_SCORE. Bigrams
 * keep what a rewriter leaves (names, places, figures, most function words) whatever order the
 * clauses stand in; the caller asks for several such sentences before it calls it reuse.
 */
export function paraphraseHits(mine: readonly Unit[], theirs: readonly Unit[]): SentenceHit[] {
  const pairs: Array<{ d: Unit; a: Unit; score: number }> = [];
  const shared = sharedBigrams(postingsOf(mine), mine.length, theirs);
  for (let i = 0; i < mine.length; i++) {
    const d = mine[i];
    spend(theirs.length + d.keys.length);
    for (let u = 0; u < theirs.length; u++) {
      // no bigram shared: no score (a pair of empty units scores 0 too)
      if (shared[i * theirs.length + u] === 0) continue;
      const a = theirs[u];
      if (d.last > d.first && a.last > a.first) continue;
      if (Math.max(d.size, a.size) > MAX_SIZE_RATIO * Math.min(d.size, a.size)) continue;
      const score = (2 * shared[i * theirs.length + u]) / Math.max(1, d.size + a.size);
      if (score >= MIN_SCORE) pairs.push({ d, a, score });
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.d.start - y.d.start);
  const usedD = new Set<number>();
  const usedA = new Set<number>();
  const hits: SentenceHit[] = [];
  for (const { d, a, score } of pairs) {
    if (taken(usedD, d) || taken(usedA, a)) continue;
    mark(usedD, d);
    mark(usedA, a);
    hits.push({ ds: d.start, de: d.end, as: a.start, ae: a.end, similarity: score });
  }
  return hits.sort((x, y) => x.ds - y.ds);
}

const DIGITS = '〇一二三四五六七八九';

/** Sentences of at least minChars, and each pair of neighbours. Chinese digits read as digits (二〇二二 = 2022). */
export function unitsOf(side: { text: string; sentences: Uint32Array }, minChars: number): Unit[] {
  const spans = sentencesIn(side.sentences, side.text.length, 0, side.text.length);
  const wanted: Array<[number, number, number, number]> = [];
  let total = 0;
  spans.forEach(([start, end], i) => {
    if (end - start >= minChars) wanted.push([start, end, i, i]);
    const next = spans[i + 1];
    if (next && next[1] - start >= 2 * minChars) wanted.push([start, next[1], i, i + 1]);
  });
  for (const [start, end] of wanted) total += Math.max(0, end - start - 1);
  const sorted = sortedBigrams(side.text, spans, wanted);
  // the units' bigrams and counts in two arrays for the side, each unit a view of its part: two
  // allocations instead of two per unit (a typed array past 64 bytes is memory outside the heap)
  const pool = { keys: new Uint32Array(total), counts: new Uint32Array(total), at: 0 };
  return wanted.map(([start, end, first, last]) => unit(sorted, spans, start, end, first, last, pool));
}

/**
 * The bigram at each position of the text (its character and the next), those of each sentence a
 * unit holds sorted within it: [start, end − 1) for the sentence [start, end), end − 1 being the
 * bigram that joins it to the next. A pair of neighbours is then its two sentences' runs merged
 * with that one, each sentence sorted once, not once for each unit it stands in.
 */
function sortedBigrams(text: string, spans: ReadonlyArray<[number, number]>, wanted: ReadonlyArray<[number, number, number, number]>): Uint32Array {
  const all = new Uint32Array(Math.max(0, text.length - 1));
  let prev = fold(text.charCodeAt(0));
  for (let i = 0; i < all.length; i++) {
    const c = fold(text.charCodeAt(i + 1));
    all[i] = prev * 0x10000 + c;
    prev = c;
  }
  const done = new Uint8Array(spans.length);
  for (const [, , first, last] of wanted) {
    for (let s = first; s <= last; s++) {
      if (done[s]) continue;
      done[s] = 1;
      all.subarray(spans[s][0], spans[s][1] - 1).sort();
    }
  }
  return all;
}

/** No value for countedUnion's `extra` (a bigram is never negative). */
const NONE = -1;

/** The unit [start, end) of sentences first..last (one, or two neighbours), its bigrams counted into `pool`. */
function unit(sorted: Uint32Array, spans: ReadonlyArray<[number, number]>, start: number, end: number, first: number, last: number, pool: { keys: Uint32Array; counts: Uint32Array; at: number }): Unit {
  const size = Math.max(0, end - start - 1);
  const keys = pool.keys.subarray(pool.at, pool.at + size);
  const counts = pool.counts.subarray(pool.at, pool.at + size);
  pool.at += size;
  const a = sorted.subarray(spans[first][0], spans[first][1] - 1);
  const pair = last > first;
  const b = pair ? sorted.subarray(spans[last][0], spans[last][1] - 1) : sorted.subarray(0, 0);
  const n = countedUnion(a, b, pair ? sorted[spans[first][1] - 1] : NONE, keys, counts);
  return { start, end, first, last, keys: keys.subarray(0, n), counts: counts.subarray(0, n), size };
}

/** The distinct values of the sorted runs a and b and of `extra` (NONE: no value), ascending, each with how often it stands; how many. */
function countedUnion(a: Uint32Array, b: Uint32Array, extra: number, keys: Uint32Array, counts: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  let pending = extra !== NONE;
  const total = a.length + b.length + (pending ? 1 : 0);
  for (let t = 0; t < total; t++) {
    let v: number;
    if (pending && (i === a.length || extra <= a[i]) && (j === b.length || extra <= b[j])) {
      v = extra;
      pending = false;
    } else if (j === b.length || (i < a.length && a[i] <= b[j])) v = a[i++];
    else v = b[j++];
    if (n > 0 && keys[n - 1] === v) counts[n - 1]++;
    else (keys[n] = v), (counts[n++] = 1);
  }
  return n;
}

/** Chinese digit → ASCII digit, by code (0: not a digit): one table read per character, no string made. */
const DIGIT_OF = new Uint16Array(0x10000);
[...DIGITS].forEach((c, i) => (DIGIT_OF[c.charCodeAt(0)] = 0x30 + i));

function fold(code: number): number {
  return DIGIT_OF[code] || code;
}

const postingsCache = new WeakMap<readonly Unit[], BigramPostings>();

/** Built once per document (its units are kept with it), asked by each article it is read against. */
function postingsOf(units: readonly Unit[]): BigramPostings {
  let postings = postingsCache.get(units);
  if (!postings) postingsCache.set(units, (postings = bigramPostings({ length: units.length, keysOf: (u) => units[u].keys, countsOf: (u) => units[u].counts })));
  return postings;
}

/**
 * Bigrams each document unit shares with each article unit, counted as Dice counts them (the
 * smaller count of each): shared[d · theirs.length + a].
 */
function sharedBigrams(mine: BigramPostings, rows: number, theirs: readonly Unit[]): Uint32Array {
  const width = theirs.length;
  const shared = new Uint32Array(rows * width);
  for (let a = 0; a < width; a++) {
    const unit = theirs[a];
    for (let i = 0; i < unit.keys.length; i++) {
      const e = entryOf(mine, unit.keys[i]);
      if (e < 0) continue;
      const count = unit.counts[i];
      for (let p = mine.starts[e]; p < mine.starts[e + 1]; p++) shared[mine.units[p] * width + a] += Math.min(count, mine.counts[p]);
    }
  }
  return shared;
}

function taken(used: ReadonlySet<number>, u: Unit): boolean {
  for (let i = u.first; i <= u.last; i++) if (used.has(i)) return true;
  return false;
}

function mark(used: Set<number>, u: Unit): void {
  for (let i = u.first; i <= u.last; i++) used.add(i);
}
