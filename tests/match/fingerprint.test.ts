import { describe, expect, it } from 'vitest';
import { kgramHashes, wantedHashes, winnow, winnowedAmong } from '../../src/core/match/fingerprint.js';
import { normalize } from '../../src/core/normalize/index.js';
import { fixture, SEED } from '../helpers/docs.js';

const seed = normalize(fixture(SEED)).text;

describe('fingerprints: winnowed k-grams of normalised text', () => {
  it('rolls the same hash as hashing each k-gram on its own', () => {
    const all = kgramHashes(seed, 8);
    expect(all.length).toBe(seed.length - 7);
    for (const i of [0, 1, 100, 777, all.length - 1]) expect(all[i]).toBe(kgramHashes(seed.slice(i, i + 8), 8)[0]);
  });

  it('gives equal k-grams equal hashes and different ones (almost always) different hashes', () => {
    const hashes = kgramHashes(seed, 8);
    const byGram = new Map<string, number>();
    let collisions = 0;
    for (let i = 0; i < hashes.length; i++) {
      const gram = seed.slice(i, i + 8);
      const seen = byGram.get(gram);
      if (seen !== undefined) expect(hashes[i]).toBe(seen);
      byGram.set(gram, hashes[i]);
    }
    const distinct = new Set(byGram.values()).size;
    collisions = byGram.size - distinct;
    expect(collisions).toBe(0);
  });

  it('selects a fingerprint in every window, so that any shared run of w + k − 1 characters shares one', () => {
    const k = 8;
    const w = 4;
    const fps = winnow(seed, k, w);
    const positions = Array.from(fps.positions);
    for (let start = 0; start + w <= seed.length - k + 1; start++) {
      expect(positions.some((p) => p >= start && p < start + w)).toBe(true);
    }
    // the guarantee, on a passage of 11 characters copied into unrelated text
    const passage = seed.slice(500, 511);
    const other = winnow(normalize(`今天天气晴朗，${passage}，市民纷纷外出踏青。`).text, k, w);
    const mine = new Set(fps.hashes);
    expect(Array.from(other.hashes).some((h) => mine.has(h))).toBe(true);
  });

  it('keeps about 2/(w+1) of the positions', () => {
    const fps = winnow(seed, 8, 4);
    const density = fps.hashes.length / (seed.length - 7);
    expect(density).toBeGreaterThan(0.3);
    expect(density).toBeLessThan(0.5);
  });

  it('has no fingerprint for a text shorter than k, and one for a text of k to w + k − 1 characters', () => {
    expect(winnow('国际在线', 8, 4).hashes.length).toBe(0);
    expect(winnow('国际在线北京消息记者', 8, 4).hashes.length).toBe(1);
  });

  it('keeps the rightmost minimum of every window of w k-grams, each position once, whatever w, repeated k-grams among them', () => {
    const texts = [
      seed,
      normalize('哈哈哈哈哈哈哈哈哈哈哈哈哈哈。记者张三报道，记者张三报道，记者张三报道，记者张三报道。').text,
      normalize('中方中方中方中方中方中方中方中方中方中方愿同各方一道，愿同各方一道，愿同各方一道。').text,
      '国际在线北京消息记者李',
    ];
    for (const text of texts) {
      for (const w of [1, 2, 3, 4, 7, 50]) {
        const all = kgramHashes(text, 8);
        const positions: number[] = [];
        for (let end = Math.min(w, all.length) - 1; end < all.length; end++) {
          let min = Math.max(0, end - w + 1);
          for (let i = min; i <= end; i++) if (all[i] <= all[min]) min = i;
          if (positions[positions.length - 1] !== min) positions.push(min);
        }
        const fps = winnow(text, 8, w);
        expect([...fps.positions], `w ${w}`).toEqual(positions);
        expect([...fps.hashes]).toEqual(positions.map((p) => all[p]));
      }
    }
  });

  it('finds, among an article, exactly the fingerprints winnow keeps whose hash is wanted, in position order', () => {
    const texts = [
      seed,
      // repeated k-grams: equal hashes side by side, where which of them winnow keeps matters
      normalize('哈哈哈哈哈哈哈哈哈哈哈哈哈哈。记者张三报道，记者张三报道，记者张三报道，记者张三报道。').text,
      '国际在线北京消息记者', // k to w + k − 1 characters: one fingerprint, the rightmost minimum
      '国际在线北京消息记者李',
      '国际在线',
    ];
    for (const text of texts) {
      const fps = winnow(text, 8, 4);
      const all = kgramHashes(text, 8);
      // every third fingerprint and some k-grams winnow does not keep, and a hash no k-gram has
      const hashes = [...new Set([...Array.from(fps.hashes).filter((_, i) => i % 3 === 0), ...Array.from(all).filter((_, i) => i % 5 === 1), 12345])];
      const expected: Array<[number, number]> = [];
      fps.hashes.forEach((h, f) => hashes.includes(h) && expected.push([hashes.indexOf(h), fps.positions[f]]));
      const found: Array<[number, number]> = [];
      winnowedAmong(text, 8, 4, wantedHashes(Uint32Array.from(hashes)), (entry, position) => found.push([entry, position]));
      expect(found).toEqual(expected);
    }
  });
});
