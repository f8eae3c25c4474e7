// Searches in an index file's postings, words of (hash, article, position) triples sorted by hash
// then article: where a hash's postings start and end in its bucket, and where an article's start
// among a hash's. FileIndexStore's lookups are mostly these.
import { POSTING_WORDS } from '../core/match/archive-format.js';

/**
 * First posting (word index) of a bucket, its postings words [from, to), whose hash is ≥ `hash`.
 * The hashes of a bucket (those whose top `bits` bits are its number) are spread evenly over its
 * range, so the search starts where `hash` would stand were they evenly spaced and widens from
 * there: a few postings of one part of the bucket read, not a binary search's reads across it
 * (each a cache miss, and most of a lookup's time).
 */
export function lowerBound(words: Uint32Array, from: number, to: number, hash: number, bits: number): number {
  const count = (to - from) / POSTING_WORDS;
  const guess = guessOf(hash, count, bits);
  const at = (i: number) => words[from + i * POSTING_WORDS];
  let lo = 0;
  let hi = count;
  if (guess < count && at(guess) < hash) {
    lo = guess + 1;
    for (let step = 1; ; step *= 2) {
      const p = guess + step;
      if (p >= count) break;
      if (at(p) >= hash) {
        hi = p;
        break;
      }
      lo = p + 1;
    }
  } else {
    hi = guess;
    for (let step = 1; ; step *= 2) {
      const p = guess - step;
      if (p < 0) break;
      if (at(p) < hash) {
        lo = p + 1;
        break;
      }
      hi = p;
    }
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(mid) < hash) lo = mid + 1;
    else hi = mid;
  }
  return from + lo * POSTING_WORDS;
}

/** Where lowerBound starts looking for `hash` among a bucket's `count` postings (count: past them). */
export function guessOf(hash: number, count: number, bits: number): number {
  const span = 2 ** (32 - bits);
  // hash % span as a mask (bits ≥ 1): a remainder of doubles is a call out of the compiled code, for each hash of each document
  return Math.min(count, Math.floor(((hash & (span - 1)) / span) * count));
}

/**
 * First posting (word index) in [from, to), one hash's postings in article order, whose article is
 * ≥ `id`. Searched from `from` out, in steps that double: the articles asked for one after the
 * other stand near one another in the list, and the search then reads where the last one ended.
 */
export function articleBound(words: Uint32Array, from: number, to: number, id: number): number {
  let lo = from / POSTING_WORDS;
  let hi = to / POSTING_WORDS;
  for (let step = 1; lo + step - 1 < hi; step *= 2) {
    const p = lo + step - 1;
    if (words[p * POSTING_WORDS + 1] >= id) {
      hi = p;
      break;
    }
    lo = p + 1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid * POSTING_WORDS + 1] < id) lo = mid + 1;
    else hi = mid;
  }
  return lo * POSTING_WORDS;
}

/** The end (word index) of the postings of the hash whose first is at `from` (its bucket's end at `end`): read on through `most` + 1 of them (the most a lookup copies), searched past that. */
export function endOfHash(words: Uint32Array, from: number, end: number, most: number, bits: number): number {
  const hash = words[from];
  let to = from + POSTING_WORDS;
  for (let n = 1; to < end && words[to] === hash; n++, to += POSTING_WORDS) if (n > most) return lowerBound(words, from, end, hash + 1, bits);
  return to;
}

/**
 * lowerBound over a directory slot (postingDirectory): a slot's first postings read one by one, one
 * or two cache lines, the rest of a slot of more (a common hash's) searched only when the hash is
 * not among them. A slot a document's hash falls in is mostly that hash's postings, a few of other
 * hashes around them: its first is then found in the lines already read (prefetch), where a search
 * from the middle of the slot read a line more, most often far from them.
 */
export function slotBound(words: Uint32Array, from: number, to: number, hash: number, bits: number): number {
  const scanned = Math.min(to, from + SLOT_SCAN * POSTING_WORDS);
  let p = from;
  while (p < scanned && words[p] < hash) p += POSTING_WORDS;
  return p < scanned || p === to ? p : lowerBound(words, p, to, hash, bits);
}

/** Postings of a slot read one by one at most: eight triples, 96 bytes. */
const SLOT_SCAN = 8;

/**
 * Slots of a directory over `postings` postings held in memory: about four postings a slot (48
 * bytes, read one by one), 2^21 slots at most (8 MB, for postings of 64 MB, the most read all at
 * once). On the 10k bench (3.9 million postings) 2^20, 2^21 and 2^22 slots cost the same CPU: the
 * fewest bytes, kept by each --concurrency worker.
 */
export function directoryBitsFor(postings: number): number {
  return Math.min(21, Math.max(8, Math.ceil(Math.log2(Math.max(1, postings) / 4))));
}

/**
 * Where the postings of each slot of hashes start (posting index): slot t holds the hashes whose
 * top `bits` bits are t, from dir[t] to dir[t + 1]; dir[2^bits] is the number of postings. All the
 * postings of a hash stand in its slot, which a lookup then finds in one or two reads (lowerBound
 * over the slot, slotBound), where a bucket of the file holds hundreds of postings.
 */
export function postingDirectory(words: Uint32Array, bits: number): Uint32Array {
  const slots = 2 ** bits;
  const dir = new Uint32Array(slots + 1);
  const count = words.length / POSTING_WORDS;
  let t = 0;
  for (let i = 0; i < count; i++) {
    const top = words[i * POSTING_WORDS] >>> (32 - bits);
    while (t <= top) dir[t++] = i;
  }
  while (t <= slots) dir[t++] = count;
  return dir;
}
