import type { SentenceHit } from './sentence-hits.js';
import { sentencesIn } from './sentences.js';
import { spend } from '../shared/budget.js';
import { bigramPostings, slotIn, type BigramPostings } from './bigram-postings.js';
import { outOfReach, rowReach } from './paraphrase-rows.js';
import { mapped } from '../shared/mapped.js';

/**
 * Bigram similarity (Dice) from which a sentence of the document reads as a rewording of one of
 * the article's. Measured on the project's paraphrase set (fixtures/paraphrase, the accuracy
 * bench): with a quarter of the words swapped, the median reworded sentence scores 0.77, with
 * two fifths 0.67; sentences of another outlet's report on the same event (same names, places,
 * figures) score 0.28 in the median and at most 0.66, and never three of them above 0.55.
 */
const MIN_SCORE = 0.55;

/** A sentence, or two neighbours read as one (a split or a merge), paired as a bag of character bigrams. */
export interface Unit {
  start: number;
  end: number;
  /** Sentence index of its first sentence. */
  first: number;
  last: number;
  /** How many bigrams it holds: end − start − 1. */
  size: number;
}

/** A text's sentences as paired for a 洗稿: where each stands, and the units (a sentence, or two neighbours). */
export interface Sentences {
  readonly text: string;
  /** [start, end) of each sentence. */
  readonly spans: ReadonlyArray<readonly [number, number]>;
  readonly units: Unit[];
  /** Per sentence, 1 when a unit holds it. */
  readonly inUnit: Uint8Array;
  /** How many units: units.length, known before they are listed. */
  readonly unitCount: number;
}

/**
 * A text's sentences each as a bag of bigrams: made only for a pair of
 * neighbours whose sentences share enough to be counted bigram by bigram (sharedWithPair). A
 * unit's bag is never made: a pair's is its two sentences' and the bigram that joins them.
 */
interface Bags {
  /** Sentence s's distinct bigrams, ascending, and how often each stands: [from[s], from[s + 1]) of keys and counts. */
  keys: Uint32Array;
  counts: Uint32Array;
  from: Uint32Array;
  /** The bigram that joins sentence s to s + 1. */
  joins: Uint32Array;
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
export function paraphraseHits(mine: Sentences, theirs: Sentences): SentenceHit[] {
  const width = theirs.spans.length;
  const shared = sharedBigrams(postingsOf(mine), mine.spans.length, theirs);
  const rows = rowReach(shared, mine.spans.length, theirs, MIN_SCORE);
  // the work the pairing below stands for, spent whether or not any unit is in reach
  let work = mine.units.length * theirs.unitCount;
  let reaching = 0;
  for (const d of mine.units) {
    work += d.size;
    if (!outOfReach(rows, d.first, d.last > d.first, d.size, MIN_SCORE)) reaching++;
  }
  spend(work);
  // no unit in reach (nearly every candidate): the article's units are not even listed
  if (reaching === 0) return [];
  const pairs: Array<{ d: Unit; a: Unit; score: number }> = [];
  for (const d of mine.units) {
    const dPair = d.last > d.first;
    if (outOfReach(rows, d.first, dPair, d.size, MIN_SCORE)) continue;
    for (const a of theirs.units) {
      const aPair = a.last > a.first;
      if (dPair && aPair) continue;
      if (Math.max(d.size, a.size) > MAX_SIZE_RATIO * Math.min(d.size, a.size)) continue;
      let common = shared[d.first * width + a.first] + (dPair ? shared[d.last * width + a.first] : aPair ? shared[d.first * width + a.last] : 0);
      // a pair shares at most what its sentences share, one by one, and the bigram that joins them:
      // counted bigram by bigram only when that could reach MIN_SCORE
      if (dPair || aPair) {
        if ((2 * (common + 1)) / Math.max(1, d.size + a.size) < MIN_SCORE) continue;
        common = dPair ? sharedWithPair(bagsFor(mine), d.first, bagsFor(theirs), a.first) : sharedWithPair(bagsFor(theirs), a.first, bagsFor(mine), d.first);
      }
      // no bigram shared: no score (a pair of empty units scores 0 too)
      if (common === 0) continue;
      const score = (2 * common) / Math.max(1, d.size + a.size);
      if (score >= MIN_SCORE) pairs.push({ d, a, score });
    }
  }
  return oneToOne(pairs);
}

/** Where a unit stands, [start, end) of the text and sentences first..last: what oneToOne reads of it. */
type UnitPlace = Pick<Unit, 'start' | 'end' | 'first' | 'last'>;

/** The pairs scored, best first (then by document position), each sentence on either side in one of them at most. */
export function oneToOne(pairs: Array<{ d: UnitPlace; a: UnitPlace; score: number }>): SentenceHit[] {
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

const bagsCache = new WeakMap<Sentences, Bags>();

/** A side's bags, made the first time a pair's share must be counted bigram by bigram (seldom), then kept. */
function bagsFor(sentences: Sentences): Bags {
  let bags = bagsCache.get(sentences);
  if (!bags) bagsCache.set(sentences, (bags = bagged(sentences)));
  return bags;
}

/**
 * The bigrams sentences s and s + 1 of `pair` (with the one that joins them) share with sentence t
 * of `single`, each counted as Dice counts it (the smaller count): the two bags walked beside t's.
 */
function sharedWithPair(pair: Bags, s: number, single: Bags, t: number): number {
  const { keys, counts, from } = pair;
  const join = pair.joins[s];
  let i = from[s];
  let j = from[s + 1];
  const iEnd = from[s + 1];
  const jEnd = from[s + 2];
  let shared = 0;
  for (let k = single.from[t]; k < single.from[t + 1]; k++) {
    const key = single.keys[k];
    while (i < iEnd && keys[i] < key) i++;
    while (j < jEnd && keys[j] < key) j++;
    const n = (i < iEnd && keys[i] === key ? counts[i] : 0) + (j < jEnd && keys[j] === key ? counts[j] : 0) + (join === key ? 1 : 0);
    shared += Math.min(n, single.counts[k]);
  }
  return shared;
}

const DIGITS = '〇一二三四五六七八九';

/** Sentences of at least minChars, and each pair of neighbours. Chinese digits read as digits (二〇二二 = 2022). */
export function sentencesOf(side: { text: string; sentences: Uint32Array }, minChars: number): Sentences {
  const spans = sentencesIn(side.sentences, side.text.length, 0, side.text.length);
  const inUnit = new Uint8Array(spans.length);
  let count = 0;
  for (let i = 0; i < spans.length; i++) {
    const start = spans[i][0];
    if (spans[i][1] - start >= minChars) (inUnit[i] = 1), count++;
    if (i + 1 < spans.length && spans[i + 1][1] - start >= 2 * minChars) (inUnit[i] = inUnit[i + 1] = 1), count++;
  }
  return new UnitsOnDemand(side.text, spans, inUnit, count, minChars);
}

/**
 * Sentences whose units are listed the first time they are read: an article's are read only when
 * a document unit is within reach of one (rowReach), for some 150 of the 23,000 reworded candidates
 * of the 10k bench, and listing them for each made some hundred objects a candidate.
 */
class UnitsOnDemand implements Sentences {
  private listed: Unit[] | undefined;

  constructor(
    readonly text: string,
    readonly spans: ReadonlyArray<readonly [number, number]>,
    readonly inUnit: Uint8Array,
    readonly unitCount: number,
    private readonly minChars: number,
  ) {}

  /** Each sentence of at least minChars, then the pair it begins when the two hold 2 · minChars: the units inUnit marks. */
  get units(): Unit[] {
    if (this.listed) return this.listed;
    const { spans, minChars } = this;
    const units: Unit[] = [];
    for (let i = 0; i < spans.length; i++) {
      const [start, end] = spans[i];
      if (end - start >= minChars) units.push({ start, end, first: i, last: i, size: end - start - 1 });
      const next = spans[i + 1];
      if (next && next[1] - start >= 2 * minChars) units.push({ start, end: next[1], first: i, last: i + 1, size: next[1] - start - 1 });
    }
    return (this.listed = units);
  }
}

function bagged(sentences: Sentences): Bags {
  const { text, spans, inUnit } = sentences;
  const all = bigramsAt(text);
  const joins = new Uint32Array(spans.length);
  const from = new Uint32Array(spans.length + 1);
  let total = 0;
  spans.forEach(([start, end], s) => {
    if (inUnit[s]) total += Math.max(0, end - start - 1);
    if (end - 1 < all.length) joins[s] = all[end - 1];
  });
  // the sentences' bigrams and counts in two arrays for the side, not two per sentence (a typed
  // array past 64 bytes is memory outside the heap)
  const keys = new Uint32Array(total);
  const counts = new Uint32Array(total);
  spans.forEach(([start, end], s) => {
    from[s + 1] = from[s];
    if (!inUnit[s] || end - start < 2) return;
    const run = all.subarray(start, end - 1).sort();
    from[s + 1] += counted(run, keys, counts, from[s]);
  });
  return { keys, counts, from, joins };
}

/** The bigram at each position of the text: its character and the next, digits folded. */
function bigramsAt(text: string): Uint32Array {
  return bigramsInto(text, new Uint32Array(Math.max(0, text.length - 1)));
}

/** The text's bigrams (as bigramsAt) written into the start of `out`, which has room for them; that part of it. */
function bigramsInto(text: string, out: Uint32Array): Uint32Array {
  const all = out.subarray(0, Math.max(0, text.length - 1));
  let prev = fold(text.charCodeAt(0));
  for (let i = 0; i < all.length; i++) {
    const c = fold(text.charCodeAt(i + 1));
    all[i] = prev * 0x10000 + c;
    prev = c;
  }
  return all;
}

/** The distinct values of the sorted `run`, ascending, each with how often it stands, written from `at`; how many. */
function counted(run: Uint32Array, keys: Uint32Array, counts: Uint32Array, at: number): number {
  let n = at;
  for (let i = 0; i < run.length; i++) {
    if (n > at && keys[n - 1] === run[i]) counts[n - 1]++;
    else (keys[n] = run[i]), (counts[n++] = 1);
  }
  return n - at;
}

/** Chinese digit → ASCII digit, by code (0: not a digit): one table read per character, no string made. */
const DIGIT_OF = new Uint16Array(0x10000);
[...DIGITS].forEach((c, i) => (DIGIT_OF[c.charCodeAt(0)] = 0x30 + i));

function fold(code: number): number {
  return DIGIT_OF[code] || code;
}

/** The document whose postings were built last, and them (views of arrays the next build reuses). */
let postingsFor: Sentences | undefined;
let lastPostings: BigramPostings | undefined;
/** The bigrams of the document whose postings are being built, kept from one build to the next. */
let textBigrams = new Uint32Array(1024);

/**
 * The postings of the document's sentences (those in a unit): built once per document, asked by
 * each article it is read against (the candidates of one document are read one after another).
 */
function postingsOf(sentences: Sentences): BigramPostings {
  if (postingsFor === sentences && lastPostings) return lastPostings;
  const { text, spans, inUnit } = sentences;
  if (textBigrams.length < text.length) textBigrams = new Uint32Array(2 * text.length);
  const bigrams = bigramsInto(text, textBigrams);
  const ranges = mapped(spans, ([start, end], s): [number, number] => (inUnit[s] ? [start, Math.max(start, end - 1)] : [start, start]));
  postingsFor = sentences;
  return (lastPostings = bigramPostings(bigrams, ranges));
}

/** Per entry of the document's postings, the article sentence that last held it (a number that only grows) and how often that one holds it. */
let heldBy = new Uint32Array(1024);
let heldTimes = new Uint32Array(1024);
/** The number given the article sentence being read. */
let reading = 0;

/**
 * Bigrams each document sentence shares with each article sentence, counted as Dice counts them
 * (the smaller count of each): shared[d · sentences of theirs + a]. The article's sentences are
 * read bigram by bigram, looked up in the document's postings: no bag of theirs is made. The k-th
 * time an article sentence holds a bigram adds one to each document sentence that holds it k
 * times or more, which sums to the smaller count.
 */
function sharedBigrams(mine: BigramPostings, rows: number, theirs: Sentences): Uint32Array {
  const { text, spans, inUnit } = theirs;
  const width = spans.length;
  const shared = zeroedShares(rows * width);
  if (heldBy.length < mine.keys.length) (heldBy = new Uint32Array(mine.keys.length)), (heldTimes = new Uint32Array(mine.keys.length));
  if (reading > 0xffffffff - width) (reading = 0), heldBy.fill(0);
  const [by, times] = [heldBy, heldTimes];
  const { starts, units, counts, slots, keys } = mine;
  const shift = Math.clz32(slots.length - 1);
  for (let a = 0; a < width; a++) {
    if (!inUnit[a]) continue;
    const sentence = ++reading;
    // read by index, not destructured: this loop runs for every sentence of every candidate
    const start = spans[a][0];
    const end = spans[a][1];
    let prev = fold(text.charCodeAt(start));
    for (let p = start + 1; p < end; p++) {
      const c = fold(text.charCodeAt(p));
      const e = slots[slotIn(slots, keys, shift, prev * 0x10000 + c)] - 1;
      prev = c;
      if (e < 0) continue;
      const last = starts[e + 1];
      // a bigram the article sentence holds once (most) adds one to each document sentence that holds it
      if (by[e] !== sentence) {
        by[e] = sentence;
        times[e] = 1;
        for (let q = starts[e]; q < last; q++) shared[units[q] * width + a]++;
      } else {
        const k = ++times[e];
        for (let q = starts[e]; q < last; q++) if (counts[q] >= k) shared[units[q] * width + a]++;
      }
    }
  }
  return shared;
}

/**
 * The share matrix, kept from one call to the next (paraphraseHits reads it before it asks for
 * another): a new one per candidate article was a typed array off the heap each time. One past
 * KEPT_SHARES entries (two long texts) is made for its call alone.
 */
const KEPT_SHARES = 1 << 16;
let shares = new Uint32Array(1024);

function zeroedShares(size: number): Uint32Array {
  if (size > KEPT_SHARES) return new Uint32Array(size);
  if (shares.length < size) shares = new Uint32Array(Math.min(KEPT_SHARES, 2 * size));
  shares.fill(0, 0, size);
  return shares;
}

function taken(used: ReadonlySet<number>, u: UnitPlace): boolean {
  for (let i = u.first; i <= u.last; i++) if (used.has(i)) return true;
  return false;
}

function mark(used: Set<number>, u: UnitPlace): void {
  for (let i = u.first; i <= u.last; i++) used.add(i);
}
