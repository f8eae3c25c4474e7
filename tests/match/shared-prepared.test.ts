// The threads of a --concurrency check share the articles any of them prepared: one buffer for the
// run, each article written once. A thread that reads an article from it must find exactly what
// preparing the article itself would give (text, breaks, map, the article), so that findings stay
// those of a serial run; one too big for the room left is prepared by each thread, as before.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { findReuse } from '../../src/core/match/index.js';
import { narrowIndex, shareBetweenThreads } from '../../src/core/match/narrow.js';
import { SharedPrepared, sharedPreparedBuffer } from '../../src/core/match/shared-prepared.js';
import type { Reuse } from '../../src/core/match/types.js';
import type { Document } from '../../src/core/read/types.js';
import { FileIndexStore } from '../../src/io/index-file.js';
import { fixtureArchive } from '../helpers/archive-file.js';
import { readAll, ROOT } from '../helpers/corpus.js';

describe('prepared articles shared by the threads of a run', () => {
  let dir: string;
  let file: string;
  let docs: Document[];
  beforeAll(async () => {
    ({ dir, file } = await fixtureArchive(['fixtures/corpus/cri', 'fixtures/seed'], 'laiyuan-shared-'));
    docs = await readAll(['fixtures/reuse']);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A thread's store: its own handle on the file, the ids it fetches recorded, sharing `buffer` when given. */
  function thread(buffer?: SharedArrayBuffer) {
    const store = FileIndexStore.open(file, 'archive.lyx', { cwd: ROOT, preload: false });
    if (buffer) shareBetweenThreads(store, new SharedPrepared(buffer, (id) => store.article(id), store.boilerplate));
    const fetch = store.fetch.bind(store);
    const fetched: number[] = [];
    store.fetch = (ids) => (fetched.push(...ids), fetch(ids));
    return { store, fetched };
  }

  /** Each reuse as its figures and its passages' texts, both sides: a moved span or another article would show. */
  const shown = (reuses: Reuse[], text: string) =>
    reuses.map((r) => ({ id: r.article.id, kind: r.kind, coverage: r.coverage, similarity: r.similarity, passages: r.passages.map((p) => [text.slice(p.doc.start, p.doc.end), r.article.doc.text.slice(p.source.start, p.source.end)]) }));

  async function findings(store: FileIndexStore) {
    const out = [];
    for (const doc of docs) out.push(shown(findReuse(doc, await narrowIndex(doc, store, DEFAULT_MATCH)), doc.text));
    return out;
  }

  it('gives a second thread every article the first prepared, unfetched, and the findings of a thread alone', async () => {
    const alone = await findings(thread().store);
    expect(alone.flat().length).toBeGreaterThan(10);
    const buffer = sharedPreparedBuffer(thread().store.articleCount, 1 << 20);
    const first = thread(buffer);
    expect(await findings(first.store)).toEqual(alone);
    expect(first.fetched.length).toBeGreaterThan(5);
    const second = thread(buffer);
    expect(await findings(second.store)).toEqual(alone);
    expect(second.fetched).toEqual([]);
  });

  it('reads an article as preparing it gives: text, sentence and clause starts, map, the article', async () => {
    const buffer = sharedPreparedBuffer(thread().store.articleCount, 1 << 20);
    const [first, second] = [thread(buffer), thread(buffer)];
    let compared = 0;
    for (const doc of docs) {
      const mine = (await narrowIndex(doc, first.store, DEFAULT_MATCH)).articles;
      const theirs = (await narrowIndex(doc, second.store, DEFAULT_MATCH)).articles;
      expect(theirs.length).toBe(mine.length);
      theirs.forEach((read, i) => {
        expect(read).not.toBe(mine[i]);
        expect(read.norm.text).toBe(mine[i].norm.text);
        expect([...read.sentences]).toEqual([...mine[i].sentences]);
        expect([...read.clauses]).toEqual([...mine[i].clauses]);
        expect(read.fingerprints).toBe(mine[i].fingerprints);
        expect([...read.norm.map]).toEqual([...mine[i].norm.map]);
        expect(read.article).toEqual(mine[i].article);
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(5);
    expect(second.fetched).toEqual([]);
  });

  it('reads breaks as views of the buffer, which stay what preparing gave while other articles are written', async () => {
    const buffer = sharedPreparedBuffer(thread().store.articleCount, 1 << 20);
    const [first, second] = [thread(buffer), thread(buffer)];
    // the first document with candidates, read by the second thread once the first prepared them
    const at = (await Promise.all(docs.map(async (doc) => (await narrowIndex(doc, thread().store, DEFAULT_MATCH)).articles.length))).findIndex((n) => n > 0);
    const [early, later] = [docs[at], docs.filter((_, i) => i !== at)];
    const mine = (await narrowIndex(early, first.store, DEFAULT_MATCH)).articles;
    const theirs = (await narrowIndex(early, second.store, DEFAULT_MATCH)).articles;
    expect(theirs.length).toBeGreaterThan(0);
    // no copy made for a read: the breaks are the buffer's own words
    for (const read of theirs) expect([read.sentences.buffer, read.clauses.buffer]).toEqual([buffer, buffer]);
    // the first thread goes on writing the other documents' candidates after them
    for (const doc of later) await narrowIndex(doc, first.store, DEFAULT_MATCH);
    expect(first.fetched.length).toBeGreaterThan(mine.length);
    theirs.forEach((read, i) => {
      expect([...read.sentences]).toEqual([...mine[i].sentences]);
      expect([...read.clauses]).toEqual([...mine[i].clauses]);
    });
  });

  it('leaves an article that does not fit in the room left to each thread', async () => {
    const alone = await findings(thread().store);
    const buffer = sharedPreparedBuffer(thread().store.articleCount, 64);
    const first = thread(buffer);
    expect(await findings(first.store)).toEqual(alone);
    const second = thread(buffer);
    expect(await findings(second.store)).toEqual(alone);
    expect(second.fetched.length).toBe(first.fetched.length);
  });
});
