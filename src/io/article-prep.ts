// The per-article work of an index build, the same on the main thread (serial) and on a worker
// thread (--concurrency): read and decode a corpus file, split it into articles, read their
// metadata, encode their records, normalise, key their lines and fingerprint them. What comes
// out is a batch of flat arrays (few objects, moved between threads without a copy); the builder
// takes batches in corpus order, so that the index is byte for byte the same however many threads made them.
import path from 'node:path';
import type { MatchOptions, Pack } from '../core/config/types.js';
import type { FileError } from '../core/read/types.js';
import { toArticle } from '../core/judge/article-origin.js';
import { indexedText, type Boilerplate } from '../core/match/boilerplate.js';
import { winnow, winnowView } from '../core/match/fingerprint.js';
import type { Article } from '../core/match/types.js';
import { GrowableF64, GrowableU32 } from '../core/shared/growable.js';
import { POSTING_WORDS as TRIPLE } from '../core/match/archive-format.js';
import { PART_BITS } from './posting-spill.js';
import { documentsOf, INDEX_READ, type CorpusFile } from './corpus-read.js';
import { appendFileRecord, type ByteRun } from './index-records.js';
import { readPieces } from './read-file.js';
import { readWalkedFileSync } from './safe-read.js';

/** What preparing an article needs besides the article: plain data, as a worker thread is given it. */
export interface PrepSetup {
  pack: Pack;
  match: MatchOptions;
  /** The normalised notice: its lines are never content, its fingerprints never indexed. */
  notice: string;
  /** The index file's folder (records and file names are relative to it) and the working directory. */
  dir: string;
  cwd: string;
  /** --max-file-size (default 5 MB): a corpus file bigger (a JSON Lines record, for such a file) is passed over with a note. */
  maxBytes?: number;
}

/**
 * The articles of some corpus files, in corpus order, as flat arrays: article a's record is
 * records[recordEnds[a - 1], recordEnds[a]) (0 for a = 0), and so on for its line keys and postings.
 */
export interface PreparedBatch {
  /** Each file that gave articles: absolute, as the index names it, and how many articles. */
  absolute: string[];
  names: string[];
  counts: number[];
  records: Uint8Array;
  recordEnds: Uint32Array;
  /** Each article's distinct line keys, in the order its lines first give them. */
  keys: Float64Array;
  keyEnds: Uint32Array;
  /** Each article's fingerprints, the notice's included (the postings leave those out). */
  fingerprints: Uint32Array;
  /** Each article's postings: article a's count is postingEnds[a] - postingEnds[a - 1]. */
  postingEnds: Uint32Array;
  /**
   * The postings as (hash, article in the batch, position) triples, gathered by part (see
   * PostingSpill): part p's are postings[partEnds[p - 1], partEnds[p]) (words), in article order.
   * Made on a worker thread, over a SharedArrayBuffer: the builder hands each part's runs to the
   * thread that sorts it as they stand; gathered into one array on the main thread first, part by
   * part, they kept the threads waiting (a 10,000-file build: 57 ms of the main thread's last 380).
   */
  postings: Uint32Array;
  partEnds: Uint32Array;
  /** What went wrong reading the files, in their order. */
  errors: FileError[];
  /** Files (or JSON Lines records) passed over as bigger than --max-file-size, to note: the build goes on without them. */
  skipped: FileError[];
}

/** The hashes of the notice's fingerprints, never indexed; most hashes are let through on their low 16 bits. */
export class StopList {
  private readonly stopped: Set<number>;
  private readonly filter = new Uint8Array(1 << 16);
  /** The notice as boilerplate of no recurring lines: an article's lines that stand in it are masked (indexedText). */
  readonly notice: Boilerplate;

  constructor(notice: string, match: MatchOptions) {
    this.notice = { lines: new Set(), notice };
    this.stopped = new Set(winnow(notice, match.k, match.window).hashes);
    for (const hash of this.stopped) this.filter[hash & 0xffff] = 1;
  }

  has(hash: number): boolean {
    return this.filter[hash & 0xffff] === 1 && this.stopped.has(hash);
  }
}

/** How large a batch may grow: files, and articles (a JSON Lines file holds hundreds). */
export interface BatchLimit {
  files: number;
  articles: number;
}

/**
 * The batches of `files` (in the order given), each cut after the file that reaches one of the
 * limits (a count of files alone let 64 large JSON Lines files be held at once): each file's
 * documents by place in the file. Each file is read on this thread, waiting on the disk: this is a
 * worker thread's work (or a small corpus's, serial), and a read through the thread pool, ahead of
 * its turn, cost three times the CPU (an index build of 10,000 files: 0.6 s more).
 */
export async function* prepareFiles(files: readonly CorpusFile[], setup: PrepSetup, stop: StopList, limit: BatchLimit, shared = false): AsyncGenerator<PreparedBatch> {
  let batch = new BatchMaker(shared);
  let inBatch = 0;
  const names = new FileNames(setup.dir);
  for (const { file, absolute, walked } of files) {
    // a big JSON Lines file a piece of lines at a time, each piece's documents let go once added
    let name = '';
    for await (const read of readPieces(absolute, { displayPath: file, sync: walked ? readWalkedFileSync : true, unhashed: true, ...INDEX_READ, maxBytes: setup.maxBytes })) {
      const documents = documentsOf(read, read.ok || read.skipped !== 'too-big' ? batch.errors : batch.skipped).sort((x, y) => x.lineOffset - y.lineOffset);
      if (documents.length > 0 && name === '') batch.file(absolute, (name = names.of(absolute)));
      // the record's path is the file's name in the index (the document's path is `file`, which resolves to `absolute`)
      for (const doc of documents) batch.add(toArticle(doc, setup.pack), setup, stop, doc.path === file ? name : undefined);
    }
    if (++inBatch < limit.files && batch.articleCount < limit.articles) continue;
    yield batch.done();
    batch = new BatchMaker(shared);
    inBatch = 0;
  }
  if (inBatch > 0) yield batch.done();
}

/**
 * How large a batch's working arrays start: at first small, then as large as the largest batch's
 * grew (a 10,000-file build's batches of 500 articles: 300,000 postings, grown from 4,096 by seven
 * copies of each array, a batch after another).
 */
const sizeHint = { postings: 4096, recordBytes: 256 * 1024 };
/** The largest start: a batch of one huge JSON Lines file does not make every later batch hold as much (4 MB an array). */
const MOST_HINTED = { postings: 1 << 20, recordBytes: 1 << 22 };

class BatchMaker {
  constructor(private readonly shared: boolean) {}

  readonly errors: FileError[] = [];
  readonly skipped: FileError[] = [];
  private readonly absolute: string[] = [];
  private readonly names: string[] = [];
  private readonly counts: number[] = [];
  /** The records, one after another. */
  private readonly records: ByteRun = { bytes: Buffer.allocUnsafeSlow(sizeHint.recordBytes), length: 0 };
  private readonly recordEnds = new GrowableU32(64);
  private readonly keys = new GrowableF64(1024);
  private readonly keyEnds = new GrowableU32(64);
  private readonly fingerprints = new GrowableU32(64);
  /** The postings' hashes and positions (each article's run ends at postingEnds[a]), and the postings of each part. */
  private hashes: Uint32Array = new Uint32Array(sizeHint.postings);
  private positions: Uint32Array = new Uint32Array(sizeHint.postings);
  private postingCount = 0;
  private readonly partCounts = new Uint32Array(1 << PART_BITS);
  private readonly postingEnds = new GrowableU32(64);
  /** The line keys of the article being added so far: each is kept once. */
  private readonly seen = new Set<number>();
  private readonly keyLine = (key: number) => {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.keys.push(key);
  };

  get articleCount(): number {
    return this.recordEnds.length;
  }

  file(absolute: string, name: string): void {
    this.absolute.push(absolute);
    this.names.push(name);
    this.counts.push(0);
  }

  /** `stored`: the article's path as its record stores it, when known. */
  add(article: Article, setup: PrepSetup, stop: StopList, stored?: string): void {
    appendFileRecord(article, setup.dir, setup.cwd, this.records, stored);
    this.recordEnds.push(this.records.length);
    this.counts[this.counts.length - 1]++;
    this.seen.clear();
    const text = indexedText(article.doc.text, stop.notice, this.keyLine);
    this.keyEnds.push(this.keys.length);
    const fps = winnowView(text, setup.match.k, setup.match.window);
    this.fingerprints.push(fps.hashes.length);
    this.postingEnds.push(this.keep(fps.hashes, fps.positions, stop));
  }

  /**
   * Appends the postings of fingerprints (less the notice's), counted by part; the postings so far.
   * Written straight into arrays grown once an article (a push a posting, with an array of each
   * posting's article beside them, cost the 10,000-article build a tenth of its per-article CPU).
   */
  private keep(hashes: Uint32Array, positions: Uint32Array, stop: StopList): number {
    let n = this.postingCount;
    if (n + hashes.length > this.hashes.length) {
      const size = Math.max(n + hashes.length, 2 * this.hashes.length);
      this.hashes = grown(this.hashes, size, n);
      this.positions = grown(this.positions, size, n);
    }
    const { hashes: into, positions: at, partCounts } = this;
    const shift = 32 - PART_BITS;
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i];
      if (stop.has(hash)) continue;
      into[n] = hash;
      at[n++] = positions[i];
      partCounts[hash >>> shift]++;
    }
    return (this.postingCount = n);
  }

  done(): PreparedBatch {
    // the next batch's arrays made as large as this one's grew: not grown again from small, copy after copy
    sizeHint.postings = Math.min(MOST_HINTED.postings, Math.max(sizeHint.postings, this.hashes.length));
    sizeHint.recordBytes = Math.min(MOST_HINTED.recordBytes, Math.max(sizeHint.recordBytes, this.records.bytes.length));
    const { postings, partEnds } = byPart(this.hashes, this.positions, this.postingEnds.view(), this.partCounts, this.shared);
    // copied to their size (one copy a batch): the buffer grown as they came, up to twice as large,
    // held by the builder with the batches made ahead of their turn, took a 100k build 40 MB more
    const records = Uint8Array.prototype.slice.call(this.records.bytes, 0, this.records.length);
    return {
      absolute: this.absolute,
      names: this.names,
      counts: this.counts,
      records,
      recordEnds: this.recordEnds.view().slice(),
      keys: this.keys.view().slice(),
      keyEnds: this.keyEnds.view().slice(),
      fingerprints: this.fingerprints.view().slice(),
      postingEnds: this.postingEnds.view().slice(),
      postings,
      partEnds,
      errors: this.errors,
      skipped: this.skipped,
    };
  }
}

/**
 * Postings as triples gathered by part (a counting sort on the hash's top PART_BITS bits, `counts`
 * each part's postings: each part's in the order given), and where each part ends (in words);
 * article a's postings are those before ends[a] and from ends[a - 1].
 */
function byPart(hashes: Uint32Array, positions: Uint32Array, ends: Uint32Array, counts: Uint32Array, shared: boolean): { postings: Uint32Array; partEnds: Uint32Array } {
  const shift = 32 - PART_BITS;
  const at = new Uint32Array(1 << PART_BITS);
  const partEnds = new Uint32Array(1 << PART_BITS);
  for (let p = 0, end = 0; p < counts.length; p++) {
    at[p] = end;
    partEnds[p] = end += counts[p] * TRIPLE;
  }
  const words = (ends.length === 0 ? 0 : ends[ends.length - 1]) * TRIPLE;
  const postings = shared ? new Uint32Array(new SharedArrayBuffer(words * 4)) : new Uint32Array(words);
  for (let a = 0, i = 0; a < ends.length; a++) {
    for (const end = ends[a]; i < end; i++) {
      const p = hashes[i] >>> shift;
      const w = at[p];
      postings[w] = hashes[i];
      postings[w + 1] = a;
      postings[w + 2] = positions[i];
      at[p] = w + TRIPLE;
    }
  }
  return { postings, partEnds };
}

/** `array` moved into a new array of `size`, its first `used` values kept. */
function grown(array: Uint32Array, size: number, used: number): Uint32Array {
  const bigger = new Uint32Array(size);
  bigger.set(array.subarray(0, used));
  return bigger;
}

/** The buffers of a batch, handed to another thread rather than copied (each its own, made by `done`); shared ones go as they are. */
export function transferList(batch: PreparedBatch): ArrayBuffer[] {
  const { records, recordEnds, keys, keyEnds, fingerprints, postingEnds, postings, partEnds } = batch;
  return [records, recordEnds, keys, keyEnds, fingerprints, postingEnds, postings, partEnds].map((a) => a.buffer).filter((b): b is ArrayBuffer => !(b instanceof SharedArrayBuffer));
}

/** A corpus file as the index names it: relative to the index file's folder, '/'-separated. */
export function relativeFile(dir: string, absolute: string): string {
  return path.relative(dir, absolute).split(path.sep).join('/');
}

/**
 * Corpus files (absolute, resolved) as relativeFile names them, the relative path worked out once
 * a folder, not once a file (path.relative of each of 10,000 files cost a build 0.1 s).
 */
class FileNames {
  private readonly folders = new Map<string, string>();

  constructor(private readonly dir: string) {}

  of(absolute: string): string {
    if (path.sep !== '/') return relativeFile(this.dir, absolute);
    const slash = absolute.lastIndexOf('/');
    const folder = absolute.slice(0, slash) || '/';
    let relative = this.folders.get(folder);
    if (relative === undefined) this.folders.set(folder, (relative = path.relative(this.dir, folder)));
    const name = absolute.slice(slash + 1);
    return relative === '' ? name : `${relative}/${name}`;
  }
}
