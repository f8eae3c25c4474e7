// The index a check builds in memory from corpus folders reaches its --concurrency worker threads
// in shared memory, not as a copy of the whole index for each (which made a two-thread run over
// 10,000 articles slower than the serial one, in 2.4 times its memory). What a worker matches with
// must find exactly what the index itself finds, article for article and passage for passage.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { findReuse } from '../../src/core/match/index.js';
import type { Reuse } from '../../src/core/match/types.js';
import { noticeText } from '../../src/io/project.js';
import { shareCorpus, sharedCorpusIndex } from '../../src/io/shared-corpus.js';
import { criCorpus, readAll } from '../helpers/corpus.js';

/** Each reuse as its figures, its article whole and its passages' texts, both sides: a moved span or another article would show. */
const shown = (reuses: Reuse[], text: string) =>
  reuses.map((r) => ({ article: r.article, kind: r.kind, coverage: r.coverage, docCoverage: r.docCoverage, similarity: r.similarity, passages: r.passages.map((p) => [text.slice(p.doc.start, p.doc.end), r.article.doc.text.slice(p.source.start, p.source.end), p.similarity]) }));

describe('a corpus index shared with worker threads', () => {
  it('finds in every reprint, excerpt and rewrite what the index itself finds', async () => {
    const { pack, articles } = await criCorpus();
    // an index of its own: sharing moves its postings into shared memory
    const index = buildIndex(articles, DEFAULT_MATCH, noticeText(pack));
    const docs = await readAll(['fixtures/reuse', 'fixtures/paraphrase', 'fixtures/negatives']);
    const before = docs.map((doc) => shown(findReuse(doc, index), doc.text));
    expect(before.flat().length).toBeGreaterThan(90);
    const shared = shareCorpus(index);
    // as a worker receives it: a structured clone, whose shared memory is not copied
    const worker = sharedCorpusIndex(structuredClone(shared));
    expect(docs.map((doc) => shown(findReuse(doc, worker), doc.text))).toEqual(before);
    // the main thread's index reads the shared postings now, and finds the same
    expect(docs.map((doc) => shown(findReuse(doc, index), doc.text))).toEqual(before);
  });

  it('holds the postings, articles and prepared texts in memory the threads share, the index keeping no copy of its own', async () => {
    const { pack, articles } = await criCorpus();
    const index = buildIndex(articles, DEFAULT_MATCH, noticeText(pack));
    const shared = shareCorpus(index);
    for (const array of [shared.keys, shared.starts, shared.postArticle, shared.postPosition, shared.fingerprints, shared.records, shared.recordEnds]) expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.prepared).toBeInstanceOf(SharedArrayBuffer);
    expect([index.keys, index.starts, index.postArticle, index.postPosition]).toEqual([shared.keys, shared.starts, shared.postArticle, shared.postPosition]);
    for (const array of [index.keys, index.starts, index.postArticle, index.postPosition]) expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    const worker = sharedCorpusIndex(structuredClone(shared));
    expect(worker.articles.map((a) => a.fingerprints)).toEqual(index.articles.map((a) => a.fingerprints));
    for (const [a, ready] of index.articles.entries()) {
      const read = worker.articles[a];
      expect(read.article).toEqual(JSON.parse(JSON.stringify(ready.article)));
      expect(read.norm.text).toBe(ready.norm.text);
      expect(read.norm.map).toEqual(ready.norm.map);
      expect([...read.sentences, -1, ...read.clauses]).toEqual([...ready.sentences, -1, ...ready.clauses]);
    }
  });
});
