// A part of an index's postings sorted straight from its runs (sortRuns, src/core/match/posting-sort.ts):
// a small part is put in buckets in one pass and each bucket sorted by insertion, a bucket of many
// triples by small radix passes, a large part as before. Whichever way, the triples come out as a
// stable sort by hash gives them: by hash, a hash's postings in the order the runs hold them.
import { describe, expect, it } from 'vitest';
import { POSTING_WORDS as TRIPLE } from '../../src/core/match/archive-format.js';
import { sortRuns } from '../../src/core/match/posting-sort.js';

/** A small generator of the same numbers each run (no Math.random: a failure can be run again). */
function numbers(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
}

/** Triples of one part (top 8 bits 5), article by article, positions rising, split into runs of `runLength` triples. */
function runsOf(hashes: number[], runLength: number): Uint32Array[] {
  const runs: Uint32Array[] = [];
  for (let i = 0; i < hashes.length; i += runLength) {
    const run = new Uint32Array(new SharedArrayBuffer(Math.min(runLength, hashes.length - i) * TRIPLE * 4));
    for (let j = 0; j < run.length / TRIPLE; j++) run.set([hashes[i + j], Math.floor((i + j) / 40), (i + j) % 40], j * TRIPLE);
    runs.push(run);
  }
  return runs;
}

/** The triples sorted by hash (`mixed`: then article), stable: the order the index has always written. */
function stableByHash(runs: Uint32Array[], mixed = false): number[] {
  const triples = runs.flatMap((run) => Array.from({ length: run.length / TRIPLE }, (_, t) => [...run.subarray(t * TRIPLE, t * TRIPLE + TRIPLE)]));
  return triples.sort((x, y) => x[0] - y[0] || (mixed ? x[1] - y[1] : 0)).flat();
}

/**
 * Runs from two sources, as an update's or a build's with articles fingerprinted again at the end:
 * the articles' own postings less those of every third article, then those of every third article.
 */
function twoSources(runs: Uint32Array[]): Uint32Array[] {
  const triples = runs.flatMap((run) => Array.from({ length: run.length / TRIPLE }, (_, t) => [...run.subarray(t * TRIPLE, t * TRIPLE + TRIPLE)]));
  return [triples.filter((t) => t[1] % 3 !== 0), triples.filter((t) => t[1] % 3 === 0)].map((source) => Uint32Array.from(source.flat()));
}

const PART = 5 << 24;

describe('sortRuns', () => {
  it('sorts a small part, hashes spread over its buckets, as a stable sort by hash does', () => {
    const next = numbers(7);
    // 15,000 postings, some hashes given by several articles (boilerplate-like)
    const common = Array.from({ length: 20 }, () => (PART | (next() & 0xffffff)) >>> 0);
    const hashes = Array.from({ length: 15000 }, (_, i) => (i % 50 === 0 ? common[i % 20] : (PART | (next() & 0xffffff)) >>> 0));
    const runs = runsOf(hashes, 777);
    const sorted = sortRuns(runs, 24, false, 400);
    expect([...sorted]).toEqual(stableByHash(runs));
    // the runs, shared with the thread that made them, are left as they were
    expect(runs[0][0]).toBe(hashes[0]);
  });

  it('sorts buckets of many triples, of one hash and of many hashes, as a stable sort by hash does', () => {
    const next = numbers(11);
    // two hashes in one bucket (the same top 20 bits) given by 900 articles each, taking turns;
    // 300 hashes in another bucket; a bucket of 40 (past the insertion sort's bound); the rest spread
    const crowded = [(PART | 0x123400 | 0x5) >>> 0, (PART | 0x123400 | 0xf00) >>> 0];
    const hashes: number[] = [];
    for (let i = 0; i < 1800; i++) hashes.push(crowded[i % 2]);
    for (let i = 0; i < 300; i++) hashes.push((PART | 0x777000 | (next() & 0xfff)) >>> 0);
    for (let i = 0; i < 40; i++) hashes.push((PART | 0x0ab000 | (next() & 0xfff)) >>> 0);
    for (let i = 0; i < 3000; i++) hashes.push((PART | (next() & 0xffffff)) >>> 0);
    const runs = runsOf(hashes, 1000);
    expect([...sortRuns(runs, 24, false, 200)]).toEqual(stableByHash(runs));
  });

  it('sorts a large part (many triples a bucket) as a stable sort by hash does', () => {
    const next = numbers(3);
    const hashes = Array.from({ length: 8 * 4096 + 100 }, () => (PART | (next() & 0xffffff)) >>> 0);
    const runs = runsOf(hashes, 5000);
    expect([...sortRuns(runs, 24, false, 1000)]).toEqual(stableByHash(runs));
  });

  it('sorts runs of two sources by hash, then article, as a stable sort does (small, crowded and large parts)', () => {
    const next = numbers(5);
    const crowded = [(PART | 0x222200 | 0x1) >>> 0, (PART | 0x222200 | 0x2) >>> 0];
    const small = Array.from({ length: 6000 }, (_, i) => (i % 7 === 0 ? crowded[(i >> 3) % 2] : (PART | (next() & 0xffffff)) >>> 0));
    const large = Array.from({ length: 9 * 4096 }, () => (PART | (next() & 0xffffff)) >>> 0);
    for (const hashes of [small, large]) {
      const runs = twoSources(runsOf(hashes, 900));
      expect([...sortRuns(runs, 24, true, hashes.length / 40 + 1)]).toEqual(stableByHash(runs, true));
    }
    // by hash alone, the second source's postings of a crowded hash would follow the first's: not the index's order
    const runs = twoSources(runsOf(small, 900));
    expect([...sortRuns(runs, 24, true, small.length / 40 + 1)]).not.toEqual(stableByHash(runs));
  });
});
