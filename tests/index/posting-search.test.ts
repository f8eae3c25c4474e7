// articleBound: where an article's postings start among one hash's postings (in article order).
import { describe, expect, it } from 'vitest';
import { POSTING_WORDS } from '../../src/core/match/archive-format.js';
import { articleBound } from '../../src/io/posting-search.js';

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
