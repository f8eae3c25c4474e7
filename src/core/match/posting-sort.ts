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

function radixPass(from: Uint32Array, to: Uint32Array, word: number, shift: number): void {
  const mask = (1 << DIGIT) - 1;
  const counts = new Uint32Array((1 << DIGIT) + 1);
  for (let i = word; i < from.length; i += TRIPLE) counts[((from[i] >>> shift) & mask) + 1]++;
  for (let d = 0; d < 1 << DIGIT; d++) counts[d + 1] += counts[d];
  for (let i = 0; i < from.length; i += TRIPLE) {
    const at = counts[(from[i + word] >>> shift) & mask]++ * TRIPLE;
    to[at] = from[i];
    to[at + 1] = from[i + 1];
    to[at + 2] = from[i + 2];
  }
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
