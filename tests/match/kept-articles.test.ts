// The prepared articles narrowIndex keeps between documents are bounded by their bytes, not by
// their count: a few long articles take the room of many short ones, and memory stays bounded
// whatever the archive's articles' lengths.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { preparedArticle, type IndexedArticle } from '../../src/core/match/corpus-index.js';
import { articleBytes, KeptArticles } from '../../src/core/match/kept-articles.js';
import { narrowIndex } from '../../src/core/match/narrow.js';
import type { Document } from '../../src/core/read/types.js';
import { FileIndexStore } from '../../src/io/index-file.js';
import { criCorpus, readAll } from '../helpers/corpus.js';
import { fixtureArchive } from '../helpers/archive-file.js';

describe('prepared articles kept, by bytes', () => {
  it('counts two bytes a unit of the texts kept and the bytes of the maps and breaks', async () => {
    const { index } = await criCorpus();
    const ready = index.articles.find((a) => a.article.id.includes('zhongou')) ?? index.articles[0];
    const { doc } = ready.article;
    expect(doc.text.length).toBeGreaterThan(500);
    const texts = doc.text.length + (doc.raw === doc.text ? 0 : doc.raw.length) + ready.norm.text.length;
    expect(articleBytes(ready)).toBe(2 * texts + 4 * (ready.norm.text.length + ready.sentences.length + ready.clauses.length));
  });

  it('keeps many short articles in the room of one long one, dropping the least recently used first', async () => {
    const { index } = await criCorpus();
    const long = [...index.articles].sort((x, y) => articleBytes(y) - articleBytes(x))[0];
    // the first 300 units of three other articles: a lead paragraph each
    const leads = index.articles.filter((a) => a !== long).slice(0, 3).map(({ article }) => {
      const text = article.doc.text.slice(0, 300);
      return preparedArticle({ ...article, doc: { ...article.doc, text, raw: text } }, index.boilerplate, 0);
    }).sort((x, y) => articleBytes(y) - articleBytes(x));
    const [s1, s2, s3] = leads;
    expect(articleBytes(long)).toBeGreaterThan(articleBytes(s2) + articleBytes(s3));
    const kept = new KeptArticles(articleBytes(long) + articleBytes(s1));
    leads.forEach((a, i) => kept.use(i, a));
    // three articles kept where a count of two would have dropped one
    expect(kept.ids()).toEqual([0, 1, 2]);
    kept.use(0, s1); // used again: now the most recent
    kept.use(9, long);
    // s2 and s3 dropped (least recently used), s1 and the long one fit exactly
    expect(kept.ids()).toEqual([0, 9]);
    expect(kept.bytes).toBe(articleBytes(long) + articleBytes(s1));
    kept.use(5, s2); // no longer than s1: only s1 is dropped
    expect(kept.ids()).toEqual([9, 5]);
    expect(kept.get(0)).toBeUndefined();
    expect(kept.get(9)).toBe(long);
    // used again, as it is and then as another article under its id: counted once, then as the other
    kept.use(5, s2);
    expect(kept.bytes).toBe(articleBytes(long) + articleBytes(s2));
    kept.use(5, s3);
    expect(kept.bytes).toBe(articleBytes(long) + articleBytes(s3));
    expect(kept.get(5)).toBe(s3);
  });

  it('drops the least recently used first over thousands of uses, ids used again and again, as a list kept in order does', async () => {
    const { index } = await criCorpus();
    const sizes = index.articles.map(articleBytes);
    const limit = 12 * Math.max(...sizes);
    const kept = new KeptArticles(limit);
    let order: number[] = [];
    for (let u = 0; u < 5000; u++) {
      const id = (u * 7919 + (u % 13) * 31) % index.articles.length;
      kept.use(id, index.articles[id]);
      order = [...order.filter((x) => x !== id), id];
      while (order.reduce((sum, x) => sum + sizes[x], 0) > limit) order.shift();
      if (u % 250 === 0) expect(kept.ids(), `use ${u}`).toEqual(order);
    }
    expect(kept.ids()).toEqual(order);
    // an article longer than the room: it and every other dropped, the next ones kept again
    const bySize = sizes.map((size, id) => ({ size, id })).sort((x, y) => x.size - y.size);
    const [small, large] = [bySize[0], bySize[bySize.length - 1]];
    const tight = new KeptArticles(small.size);
    tight.use(small.id, index.articles[small.id]);
    tight.use(large.id, index.articles[large.id]);
    expect(tight.ids()).toEqual([]);
    expect(tight.bytes).toBe(0);
    tight.use(small.id, index.articles[small.id]);
    expect(tight.ids()).toEqual([small.id]);
  });
});

describe('narrowIndex against an index file, keep given in bytes', () => {
  let dir: string;
  let file: string;
  let docs: Document[];
  beforeAll(async () => {
    ({ dir, file } = await fixtureArchive(['fixtures/corpus/cri'], 'laiyuan-kept-'));
    docs = await readAll(['fixtures/reuse']);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The ids fetched on a second pass over `docs`, and the articles the first pass prepared. */
  async function secondPass(keep: number) {
    const store = FileIndexStore.open(file, 'archive.lyx', { cwd: dir, preload: false });
    const prepared = new Map<string, IndexedArticle>();
    for (const doc of docs) for (const a of (await narrowIndex(doc, store, DEFAULT_MATCH, keep)).articles) prepared.set(a.article.id, a);
    const fetch = store.fetch.bind(store);
    const fetched: number[] = [];
    store.fetch = (ids) => (fetched.push(...ids), fetch(ids));
    for (const doc of docs) await narrowIndex(doc, store, DEFAULT_MATCH, keep);
    return { fetched, prepared: [...prepared.values()] };
  }

  it('fetches nothing again when every candidate fits in `keep` bytes, and fetches again when one byte short', async () => {
    const all = await secondPass(64 * 1024 * 1024);
    expect(all.prepared.length).toBeGreaterThan(5);
    expect(all.fetched).toEqual([]);
    const bytes = all.prepared.reduce((sum, a) => sum + articleBytes(a), 0);
    expect((await secondPass(bytes)).fetched).toEqual([]);
    expect((await secondPass(bytes - 1)).fetched.length).toBeGreaterThan(0);
  });
});
