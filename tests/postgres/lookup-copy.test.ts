// A server lookup reads its postings as binary COPY into columns (a batch at a million articles
// brings back millions of postings, which as rows held gigabytes). What it answers must be the
// index file's answer exactly: the same keys, and each key's postings in (article, position) order.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { winnow } from '../../src/core/match/fingerprint.js';
import { matchText } from '../../src/core/match/index.js';
import type { Postings } from '../../src/core/match/index-store.js';
import type { Document } from '../../src/core/read/types.js';
import { FileIndexStore } from '../../src/io/index-file.js';
import { COPY_HEADER, COPY_TRAILER, PostingRowReader, postingRows } from '../../src/io/postgres/copy-binary.js';
import { ServerIndexStore } from '../../src/io/postgres/store.js';
import { serverTarget } from '../../src/io/postgres/url.js';
import { laiyuan } from '../e2e/cli.js';
import { readAll } from '../helpers/corpus.js';
import { freshSchema, type TestSchema } from './schema.js';
import { demoSite, FIXTURES } from './site.js';

let site: string;
let pushed: TestSchema;
let docs: Document[];

beforeAll(async () => {
  site = demoSite('laiyuan-pg-lookup-');
  expect(laiyuan(['index', 'build', '-o', 'archive.lyx'], { cwd: site }).code).toBe(0);
  pushed = freshSchema();
  expect(laiyuan(['index', 'push', 'archive.lyx', '--to', pushed.url], { cwd: site }).code).toBe(0);
  docs = await readAll(FIXTURES.map((f) => path.join(site, f)));
}, 120000);
afterAll(() => rmSync(site, { recursive: true, force: true }));

function hashesOf(doc: Document, store: FileIndexStore): Uint32Array {
  const sorted = Uint32Array.from(new Set(winnow(matchText(doc, store.boilerplate).text, DEFAULT_MATCH.k, DEFAULT_MATCH.window).hashes)).sort();
  // a hash no article holds is asked too
  return Uint32Array.from(new Set([...sorted, 7])).sort();
}

const plain = (p: Postings) => ({ keys: [...p.keys], starts: [...p.starts], article: [...p.article], position: [...p.position], common: [...p.common] });

describe('server lookups read as binary COPY', { timeout: 120000 }, () => {
  it("answer every fixture document with the index file's postings and common hashes, alone and all in one batch", async () => {
    const file = FileIndexStore.open(path.join(site, 'archive.lyx'), 'archive.lyx', { cwd: site });
    const server = await ServerIndexStore.open(serverTarget(pushed.url), { concurrency: 2 });
    try {
      const asked = docs.map((doc) => hashesOf(doc, file));
      expect(docs.length).toBeGreaterThan(50);
      // the default cap, and one of 2 places, under which many of the fixtures' hashes are common
      for (const most of [DEFAULT_MATCH.maxPostings, 2]) {
        const expected = await Promise.all(asked.map(async (hashes) => plain(await file.lookup(hashes, most))));
        // keys held by several articles, or twice in one: their order is (article, position)
        const shared = expected.flatMap((p) => p.keys.filter((_, i) => p.starts[i + 1] - p.starts[i] > 1));
        expect(shared.length).toBeGreaterThan(most === 2 ? 50 : 100);
        if (most === 2) expect(expected.flatMap((p) => p.common).length).toBeGreaterThan(20);
        const batched = await Promise.all(asked.map((hashes) => server.lookup(hashes, most)));
        expect(batched.map(plain)).toEqual(expected);
        for (const [i, hashes] of asked.entries()) expect(plain(await server.lookup(hashes, most))).toEqual(expected[i]);
      }
    } finally {
      await server.close();
      await file.close();
    }
  });

  it('reads the same columns whatever sizes the stream comes in', () => {
    const words = Uint32Array.from([0x9e3779b9, 12, 340, 0x9e3779b9, 12, 512, 5, 0, 0, 0xffffffff, 999999, 4000000]);
    const stream = Buffer.concat([COPY_HEADER, postingRows(words), COPY_TRAILER]);
    for (const size of [1, 2, 7, 19, 26, 27, stream.length]) {
      const reader = new PostingRowReader();
      for (let o = 0; o < stream.length; o += size) reader.push(stream.subarray(o, o + size));
      const got = reader.end();
      expect(got.rows).toBe(4);
      expect([...got.hash.subarray(0, 4)]).toEqual([0x9e3779b9 | 0, 0x9e3779b9 | 0, 5, 0xffffffff | 0]);
      expect([...got.article.subarray(0, 4)]).toEqual([12, 12, 0, 999999]);
      expect([...got.position.subarray(0, 4)]).toEqual([340, 512, 0, 4000000]);
    }
    const short = new PostingRowReader();
    short.push(stream.subarray(0, stream.length - 2));
    expect(() => short.end()).toThrow(/ended short/u);
  });
});
