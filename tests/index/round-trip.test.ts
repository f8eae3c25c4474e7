// An archive index file gives the same reuse as the corpus it was built from, for every fixture.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reuse } from '../../src/core/match/types.js';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { findReuse, matchText, rankShared, sharedPositions } from '../../src/core/match/index.js';
import { narrowIndex } from '../../src/core/match/narrow.js';
import { buildArchive } from '../../src/io/archive.js';
import { FileIndexStore, indexIdentity } from '../../src/io/index-file.js';
import { criCorpus, criPack, readAll, ROOT } from '../helpers/corpus.js';

let dir: string;
let store: FileIndexStore;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-index-'));
  const file = path.join(dir, 'archive.lyx');
  const built = await buildArchive(file, [path.join(ROOT, 'fixtures/corpus/cri'), path.join(ROOT, 'fixtures/seed')], {
    pack: await criPack(),
    match: DEFAULT_MATCH,
    cwd: ROOT,
    version: 'test',
  });
  expect(built.errors).toEqual([]);
  store = FileIndexStore.open(file, 'archive.lyx', { cwd: ROOT });
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What a reuse says, article and text included: equal reuses print equal findings. */
function shape(reuses: Reuse[]) {
  return reuses.map((r) => ({ ...r, article: { ...r.article, doc: { path: r.article.doc.path, raw: r.article.doc.raw, text: r.article.doc.text, lineOffset: r.article.doc.lineOffset } } }));
}

describe('index round trip', () => {
  it('holds every article of the corpus, with its origin, title and file', async () => {
    const { articles } = await criCorpus();
    expect(store.articleCount).toBe(articles.length);
    const stored = await store.fetch(Array.from({ length: store.articleCount }, (_, i) => i));
    const byId = new Map(stored.map((a) => [a.id, a]));
    for (const article of articles) {
      const back = byId.get(article.id);
      expect(back?.origin).toEqual(article.origin);
      expect(back?.title).toBe(article.title);
      expect(back?.doc.path).toBe(article.doc.path);
      expect(back?.doc.text).toBe(article.doc.text);
    }
  });

  it('tells its article count from its header alone (a --cache run opens no index)', async () => {
    expect(store.articleCount).toBeGreaterThan(20);
    expect((await indexIdentity(path.join(dir, 'archive.lyx')))?.articles).toBe(store.articleCount);
  });

  it('finds the same reuse as the corpus folder in every fixture document', async () => {
    const { index } = await criCorpus();
    const docs = await readAll(['fixtures/reuse', 'fixtures/negatives', 'fixtures/demo/content', 'fixtures/docs']);
    expect(docs.length).toBeGreaterThan(90);
    let found = 0;
    for (const doc of docs) {
      const expected = findReuse(doc, index);
      found += expected.length;
      const narrowed = await narrowIndex(doc, store, DEFAULT_MATCH);
      expect(shape(findReuse(doc, narrowed)), doc.path).toEqual(shape(expected));
    }
    expect(found).toBeGreaterThan(70);
  });

  it("holds a narrowed index's articles in the order findReuse would rank them, which it then keeps", async () => {
    const docs = await readAll(['fixtures/reuse', 'fixtures/negatives', 'fixtures/demo/content']);
    let ranked = 0;
    let several = 0;
    for (const doc of docs) {
      const narrowed = await narrowIndex(doc, store, DEFAULT_MATCH);
      expect(narrowed.ranked).toBe(true);
      const again = rankShared(sharedPositions(matchText(doc, narrowed.boilerplate).text, narrowed), (a) => narrowed.articles[a].fingerprints);
      expect(again, doc.path).toEqual(narrowed.articles.map((_, i) => i));
      if (again.length > 0) ranked++;
      if (again.length > 1) several++;
    }
    expect(ranked).toBeGreaterThan(40);
    expect(several).toBeGreaterThan(0);
  });

  // a --concurrency worker opens the index on the postings the main thread read and checked once
  it("finds the same reuse on another store's shared postings, and refuses those of another index", async () => {
    const shared = store.sharedPostings();
    expect(shared?.words.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared?.directory.buffer).toBeInstanceOf(SharedArrayBuffer);
    const worker = FileIndexStore.open(path.join(dir, 'archive.lyx'), 'archive.lyx', { cwd: ROOT, postings: shared });
    const own = FileIndexStore.open(path.join(dir, 'archive.lyx'), 'archive.lyx', { cwd: ROOT });
    try {
      const docs = await readAll(['fixtures/reuse', 'fixtures/demo/content']);
      let found = 0;
      for (const doc of docs) {
        const expected = findReuse(doc, await narrowIndex(doc, own, DEFAULT_MATCH));
        found += expected.length;
        expect(shape(findReuse(doc, await narrowIndex(doc, worker, DEFAULT_MATCH))), doc.path).toEqual(shape(expected));
      }
      expect(found).toBeGreaterThan(50);
    } finally {
      await Promise.all([worker.close(), own.close()]);
    }
    const short = shared && { ...shared, words: shared.words.subarray(3) };
    expect(() => FileIndexStore.open(path.join(dir, 'archive.lyx'), 'archive.lyx', { cwd: ROOT, postings: short })).toThrow(/archive\.lyx is damaged/u);
  });

  it('reads only the articles a document is aligned with', async () => {
    const [doc] = await readAll(['fixtures/reuse/r05-yijian-sixing-xinhuashe.txt']);
    const narrowed = await narrowIndex(doc, store, DEFAULT_MATCH);
    expect(narrowed.articles.length).toBeGreaterThan(0);
    expect(narrowed.articles.length).toBeLessThan(store.articleCount);
    expect(narrowed.articles[0].article.id).toBe('cri-13-jiuquan-yijian-sixing');
  });
});
