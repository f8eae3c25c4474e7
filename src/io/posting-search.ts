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
  return Math.min(count, Math.floor(((hash % span) / span) * count));
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
