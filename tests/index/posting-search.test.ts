// articleBound: where an article's postings start among one hash's postings (in article order);
// the directory of slots a lookup starts from once all postings are read, and the search in a slot.
import { describe, expect, it } from 'vitest';
import { POSTING_WORDS } from '../../src/core/match/archive-format.js';
import { articleBound, directoryBitsFor, guessOf, postingDirectory, slotBound } from '../../src/io/posting-search.js';

/** One hash's postings: articles 0, 3, 3, 3, 4, 9, 9, 17 … (some repeated, some far apart), after two postings of a smaller hash. */
const articles = [0, 3, 3, 3, 4, 9, 9, 17, 18, 40, 41, 41, 100, 250, 251, 252, 253, 600, 601, 9000];
const words = Uint32Array.from([7, 1, 5, 7, 2, 6, ...articles.flatMap((a, i) => [8, a, 10 * i])]);
const first = 2 * POSTING_WORDS;
const end = words.length;

/** The first posting (word index) at or after `from` whose article is ≥ id, read one by one. */
function scanned(from: number, id: number): number {
  let p = from;
  while (p < end && words[p + 1] < id) p += POSTING_WORDS;
  return p;
}

describe("where an article's postings start among a hash's", () => {
  it('is the first posting of an article ≥ the one asked for, from any posting on, as reading them one by one finds', () => {
    for (let from = first; from <= end; from += POSTING_WORDS) {
      for (let id = 0; id <= 9001; id += id < 700 ? 1 : 97) expect(articleBound(words, from, end, id), `from ${from}, id ${id}`).toBe(scanned(from, id));
    }
  });

  it('walks the articles asked for in order along the list, each found where the last one ended', () => {
    const asked = [3, 9, 41, 252, 9000];
    let p = first;
    const found = asked.map((id) => (p = articleBound(words, p, end, id)));
    expect(found.map((at) => words[at + 1])).toEqual(asked);
    expect(found.map((at) => words[at + 2])).toEqual([10, 50, 100, 150, 190]);
  });
});

/**
 * Postings sorted by hash then article: hashes spread over the whole 32-bit range (the top bit set
 * in half of them, 0 and 2^32 − 1 among them), some at several places, one at 40 (a common phrase),
 * and stretches of the range with none.
 */
function postingsOf(): Uint32Array {
  const hashes: number[] = [0, 0, 5, 0xffffffff, 0xfffffffe, 0x80000000, 0x7fffffff];
  for (let i = 0; i < 600; i++) hashes.push((Math.imul(i, 0x9e3779b1) & (i % 7 === 0 ? 0x0fffffff : 0xffffffff)) >>> 0);
  for (let i = 0; i < 40; i++) hashes.push(0x12345678);
  hashes.sort((a, b) => a - b);
  return Uint32Array.from(hashes.flatMap((h, i) => [h, i % 13, i]));
}

describe('the directory of slots over postings held in memory', () => {
  const words = postingsOf();
  const count = words.length / POSTING_WORDS;

  it("holds in each slot exactly the postings whose hash's top bits are its number", () => {
    for (const bits of [8, 10, 12]) {
      const dir = postingDirectory(words, bits);
      expect(dir.length).toBe(2 ** bits + 1);
      expect(dir[0]).toBe(0);
      expect(dir[2 ** bits]).toBe(count);
      for (let i = 0; i < count; i++) {
        const top = words[i * POSTING_WORDS] >>> (32 - bits);
        expect(dir[top] <= i && i < dir[top + 1], `posting ${i}, slot ${top}, ${bits} bits`).toBe(true);
      }
    }
  });

  it("finds a hash's first posting in its slot, or where it would stand, as reading all postings one by one does", () => {
    const bits = 8;
    const dir = postingDirectory(words, bits);
    const asked = [...new Set(words.filter((_, i) => i % POSTING_WORDS === 0))].flatMap((h) => [h, h + 1, h - 1]).filter((h) => h >= 0 && h <= 0xffffffff);
    let searched = 0;
    for (const hash of asked) {
      const top = hash >>> (32 - bits);
      const [from, to] = [dir[top] * POSTING_WORDS, dir[top + 1] * POSTING_WORDS];
      if (to - from > 8 * POSTING_WORDS) searched++;
      let first = 0;
      while (first < words.length && words[first] < hash) first += POSTING_WORDS;
      expect(slotBound(words, from, to, hash, bits), `hash ${hash}`).toBe(first);
    }
    // slots of more than eight postings (the common phrase's among them) are searched, the others read one by one
    expect(searched).toBeGreaterThan(40);
    expect(searched).toBeLessThan(asked.length);
  });

  it('has about four postings a slot, from 2^8 to 2^21 slots', () => {
    expect(directoryBitsFor(0)).toBe(8);
    expect(directoryBitsFor(3_946_200)).toBe(20);
    expect(2 ** directoryBitsFor(3_946_200)).toBeGreaterThanOrEqual(3_946_200 / 4);
    expect(directoryBitsFor(5_600_000)).toBe(21);
    expect(directoryBitsFor(40_000_000)).toBe(21);
  });
});

describe('where a search in a bucket starts', () => {
  it('is where the hash would stand were the hashes of its bucket evenly spaced, for hashes with the top bit set too', () => {
    for (const bits of [8, 14, 20, 22]) {
      const span = 2 ** (32 - bits);
      for (const hash of [0, 1, span - 1, span, 0x7fffffff, 0x80000000, 0x80000000 + span / 2, 0xfffffffe, 0xffffffff]) {
        for (const count of [0, 1, 7, 240]) expect(guessOf(hash, count, bits), `${hash} of ${count}, ${bits} bits`).toBe(Math.min(count, Math.floor(((hash % span) / span) * count)));
      }
    }
  });
});
