// The counts of the hashes a lookup found common, kept in a table of 32-bit keys: hashes past
// 2^31 and the table grown past its first room keep their counts, and a hash never set has none.
import { describe, expect, it } from 'vitest';
import { U32Counts } from '../../src/core/match/u32-counts.js';

describe('U32Counts', () => {
  it('keeps the count of every hash set, through growth, and none for a hash never set', () => {
    const counts = new U32Counts();
    const hashes = Array.from({ length: 5000 }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | (i % 2 === 0 ? 0x80000000 : 0)) >>> 0);
    const unique = [...new Set(hashes)];
    unique.forEach((hash, i) => counts.set(hash, 7 + i));
    expect(counts.size).toBe(unique.length);
    unique.forEach((hash, i) => expect(counts.get(hash)).toBe(7 + i));
    const absent = unique.map((h) => (h ^ 0x5a5a5a5a) >>> 0).filter((h) => !unique.includes(h));
    for (const hash of absent.slice(0, 200)) expect(counts.get(hash)).toBe(-1);
  });

  it('sets a hash again to its new count, not as a second entry', () => {
    const counts = new U32Counts();
    counts.set(0xfffffff0, 9);
    counts.set(0xfffffff0, 12);
    expect(counts.get(0xfffffff0)).toBe(12);
    expect(counts.size).toBe(1);
  });
});
