// FileIndexStore.lookup, bucket by bucket and from all postings at once, against the postings
// section read whole: each hash found with all its (article, position) pairs in file order.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { winnow } from '../../src/core/match/fingerprint.js';
import { normalize } from '../../src/core/normalize/index.js';
import { FileIndexStore } from '../../src/io/index-file.js';
import { fixtureArchive } from '../helpers/archive-file.js';
import { readAll, ROOT } from '../helpers/corpus.js';

let dir: string;
let file: string;

beforeAll(async () => {
  ({ dir, file } = await fixtureArchive(['fixtures/corpus/cri', 'fixtures/seed'], 'laiyuan-lookup-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every posting by hash, from the postings section read in one piece. */
function allPostings(store: FileIndexStore): Map<number, Array<[number, number]>> {
  const byHash = new Map<number, Array<[number, number]>>();
  for (const words of store.postingChunks()) {
    for (let i = 0; i < words.length; i += 3) {
      const list = byHash.get(words[i]) ?? [];
      list.push([words[i + 1], words[i + 2]]);
      byHash.set(words[i], list);
    }
  }
  return byHash;
}

describe('index lookup', () => {
  it('gives each hash found with all its postings, bucket by bucket as from all postings at once', async () => {
    const byBucket = FileIndexStore.open(file, 'archive.lyx', { cwd: ROOT });
    const preloaded = FileIndexStore.open(file, 'archive.lyx', { cwd: ROOT, preload: true });
    const expected = allPostings(preloaded);
    const docs = await readAll(['fixtures/reuse', 'fixtures/negatives']);
    expect(docs.length).toBeGreaterThan(40);
    let found = 0;
    for (const doc of docs.slice(0, 20)) {
      const hashes = Uint32Array.from(new Set(winnow(normalize(doc.text).text, DEFAULT_MATCH.k, DEFAULT_MATCH.window).hashes)).sort();
      const got = await byBucket.lookup(hashes, Infinity);
      expect(await preloaded.lookup(hashes, Infinity)).toEqual(got);
      expect([...got.keys]).toEqual([...hashes].filter((h) => expected.has(h)));
      expect(got.starts[0]).toBe(0);
      expect(got.starts[got.keys.length]).toBe(got.article.length);
      got.keys.forEach((hash, k) => {
        const pairs = Array.from({ length: got.starts[k + 1] - got.starts[k] }, (_, i) => [got.article[got.starts[k] + i], got.position[got.starts[k] + i]]);
        expect(pairs).toEqual(expected.get(hash));
      });
      found += got.keys.length;
    }
    expect(found).toBeGreaterThan(500);
    await byBucket.close();
    await preloaded.close();
  });

  it('leaves out a hash at more places than the most asked for, bucket by bucket as from all postings at once', async () => {
    const byBucket = FileIndexStore.open(file, 'archive.lyx', { cwd: ROOT });
    const preloaded = FileIndexStore.open(file, 'archive.lyx', { cwd: ROOT, preload: true });
    const expected = allPostings(preloaded);
    let left = 0;
    for (const doc of (await readAll(['fixtures/reuse'])).slice(0, 20)) {
      const hashes = Uint32Array.from(new Set(winnow(normalize(doc.text).text, DEFAULT_MATCH.k, DEFAULT_MATCH.window).hashes)).sort();
      const got = await byBucket.lookup(hashes, 1);
      expect(await preloaded.lookup(hashes, 1)).toEqual(got);
      const present = [...hashes].filter((h) => expected.has(h));
      expect([...got.keys]).toEqual(present.filter((h) => expected.get(h)?.length === 1));
      expect([...got.article]).toEqual([...got.keys].map((h) => expected.get(h)?.[0][0]));
      left += present.length - got.keys.length;
      // asked again, the hashes found common are answered without their buckets, alike; asked with a higher bar, in full
      expect(await byBucket.lookup(hashes, 1)).toEqual(got);
      expect([...(await byBucket.lookup(hashes, Infinity)).keys]).toEqual(present);
    }
    // phrases that two corpus articles or more share stand at two places or more: left out
    expect(left).toBeGreaterThan(10);
    await byBucket.close();
    await preloaded.close();
  });

  it("gives each article's fingerprint count, in the order asked, repeats included", async () => {
    const store = FileIndexStore.open(file, 'archive.lyx', { cwd: ROOT });
    const all = Array.from({ length: store.articleCount }, (_, i) => i);
    const counts = await store.fingerprintCounts(all);
    // every fingerprint of every article is kept as a posting or dropped as common
    expect(counts.reduce((n, c) => n + c, 0)).toBe(store.meta.postings + store.meta.droppedFingerprints);
    const asked = [...all].reverse().concat([3, 3, 0]);
    expect([...(await store.fingerprintCounts(asked))]).toEqual(asked.map((id) => counts[id]));
    expect(await store.fingerprintCounts([])).toEqual(new Uint32Array(0));
    await store.close();
  });
});
