import { describe, expect, it } from 'vitest';
import { keyFinder } from '../../src/core/match/corpus-index.js';
import { winnow } from '../../src/core/match/fingerprint.js';
import { locatedAmong } from '../../src/core/match/key-table.js';
import { normalize } from '../../src/core/normalize/index.js';
import { fixture, SEED } from '../helpers/docs.js';

const fps = winnow(normalize(fixture(SEED)).text, 8, 4);
const searched = (keys: Uint32Array) => Int32Array.from(fps.hashes, keyFinder(keys));

describe('where a document fingerprints stand among the keys looked up', () => {
  it('finds each among a few keys (some of its hashes, others not its own) as a search does, −1 for the rest', () => {
    const own = [...new Set(fps.hashes)].filter((_, i) => i % 3 !== 0);
    const keys = Uint32Array.from([...own, ...own.map((h) => (h ^ 0x5bd1e995) >>> 0)]).sort();
    const ats = locatedAmong(fps.hashes, keys);
    expect(ats).toEqual(searched(keys));
    expect(ats.filter((at) => at < 0).length).toBeGreaterThan(fps.hashes.length / 5);
    expect(ats.filter((at) => at >= 0).length).toBeGreaterThan(fps.hashes.length / 2);
  });

  it('finds each among many more keys than fingerprints (a whole index) as a search does', () => {
    const others = Array.from({ length: 5 * fps.hashes.length }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);
    const keys = Uint32Array.from(new Set([...fps.hashes, ...others])).sort();
    expect(locatedAmong(fps.hashes, keys)).toEqual(searched(keys));
    expect(locatedAmong(fps.hashes, keys).every((at) => at >= 0)).toBe(true);
  });

  it('finds none among no keys', () => {
    expect(locatedAmong(fps.hashes, new Uint32Array(0)).every((at) => at === -1)).toBe(true);
  });
});
