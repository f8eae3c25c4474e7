// An index built in memory from corpus folders, handed to the worker threads of a --concurrency
// check in memory they share rather than copied into each: a copy (the structured clone of the
// whole index, some 250 MB for 10,000 articles) was made by the main thread once per worker and
// read by each before its first file, and doubled the run's memory.
import type { Boilerplate } from '../core/match/boilerplate.js';
import { preparedArticle, type CorpusIndex, type IndexedArticle } from '../core/match/corpus-index.js';
import { SharedPrepared, sharedPreparedBuffer } from '../core/match/shared-prepared.js';
import type { Article } from '../core/match/types.js';
import { sharedCopy } from './shared-copy.js';
import { appendFileRecord, fromFileRecord, type ByteRun } from './index-records.js';

/** A CorpusIndex as the threads share it: its postings, each article's record and its prepared text in shared memory. */
export interface SharedCorpus extends Pick<CorpusIndex, 'options' | 'boilerplate' | 'keys' | 'starts' | 'postArticle' | 'postPosition' | 'common'> {
  fingerprints: Uint32Array;
  /** Each article as an index file's record (index-records.ts), its path as the index gives it; article a's ends at recordEnds[a]. */
  records: Uint8Array;
  recordEnds: Float64Array;
  /** Every article's normalised text and breaks (shared-prepared.ts), none left for a thread to prepare. */
  prepared: SharedArrayBuffer;
}

/**
 * `index` in shared memory. Its postings are moved there: the index reads the shared copies from
 * then on, its own let go, so that the main thread does not hold them twice.
 */
export function shareCorpus(index: CorpusIndex): SharedCorpus {
  index.keys = sharedCopy(index.keys);
  index.starts = sharedCopy(index.starts);
  index.postArticle = sharedCopy(index.postArticle);
  index.postPosition = sharedCopy(index.postPosition);
  if (index.common) index.common = sharedCopy(index.common);
  const { articles } = index;
  const run: ByteRun = { bytes: Buffer.alloc(0), length: 0 };
  const recordEnds = new Float64Array(new SharedArrayBuffer(8 * articles.length));
  let preparedBytes = 0;
  articles.forEach((ready, a) => {
    // the path kept as it is: records are read back on this run, from this folder
    appendFileRecord(ready.article, '', '', run, ready.article.doc.path);
    recordEnds[a] = run.length;
    preparedBytes += SharedPrepared.bytesOf(ready);
  });
  const records = sharedCopy(run.bytes.subarray(0, run.length));
  const prepared = new SharedPrepared(sharedPreparedBuffer(articles.length, preparedBytes), (a) => articles[a].article, index.boilerplate);
  articles.forEach((ready, a) => prepared.put(a, ready));
  const fingerprints = sharedCopy(Uint32Array.from(articles, (ready) => ready.fingerprints));
  const { options, boilerplate, keys, starts, postArticle, postPosition, common } = index;
  return { options, boilerplate, keys, starts, postArticle, postPosition, common, fingerprints, records, recordEnds, prepared: prepared.buffer };
}

/** The index a worker thread matches with, reading `shared`: an article is read from it the first time it is a candidate. */
export function sharedCorpusIndex(shared: SharedCorpus): CorpusIndex {
  const { records, recordEnds, boilerplate } = shared;
  const articleOf = (a: number): Article => {
    const stored = fromFileRecord(records.subarray(a === 0 ? 0 : recordEnds[a - 1], recordEnds[a]), true);
    if (!stored) throw new Error(`the shared record of article ${a} does not hold together`);
    return stored;
  };
  const source: ArticleSource = { prepared: new SharedPrepared(shared.prepared, articleOf, boilerplate), articleOf, boilerplate };
  const articles = Array.from(shared.fingerprints, (fingerprints, a) => new SharedArticle(a, fingerprints, source));
  const { options, keys, starts, postArticle, postPosition, common } = shared;
  return { options, boilerplate, keys, starts, postArticle, postPosition, ...(common ? { common } : {}), articles };
}

interface ArticleSource {
  prepared: SharedPrepared;
  articleOf: (a: number) => Article;
  boilerplate: Boilerplate;
}

/** An article of the shared index: its fingerprint count at hand (every candidate's is read), the rest read once asked for. */
class SharedArticle implements IndexedArticle {
  private ready: IndexedArticle | undefined;

  constructor(
    private readonly id: number,
    public fingerprints: number,
    private readonly source: ArticleSource,
  ) {}

  get article(): Article {
    return this.read().article;
  }

  get norm(): IndexedArticle['norm'] {
    return this.read().norm;
  }

  get sentences(): Uint32Array {
    return this.read().sentences;
  }

  get clauses(): Uint32Array {
    return this.read().clauses;
  }

  private read(): IndexedArticle {
    const { prepared, articleOf, boilerplate } = this.source;
    return (this.ready ??= prepared.get(this.id, this.fingerprints) ?? preparedArticle(articleOf(this.id), boilerplate, this.fingerprints));
  }
}
