// The archive index file on disk: written once by `laiyuan index build`, opened by check and
// match. Opening reads the header, the metadata, the article table and the bucket table; a
// bucket of postings is read when a lookup needs it (or all at once with `preload`), an
// article's record only when a document is aligned with it.
import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { Article } from '../core/match/types.js';
import {
  bucketOf, decodeArticles, SECTIONS, decodeBuckets, decodeFiles, decodeLines, decodeMeta, HEADER_BYTES, POSTING_WORDS, postingWords, READ_VERSIONS, readHeader,
  type Header, type IndexMeta, type Section,
} from '../core/match/archive-format.js';
import type { IndexStore, PostingLists, Postings } from '../core/match/index-store.js';
import { GrowableU32 } from '../core/shared/growable.js';
import { U32Counts } from '../core/match/u32-counts.js';
import { errorCode, errorWords } from './error-code.js';
import { readTrouble } from './read-trouble.js';
import { fileRecordHolds, fromFileRecord, fromStored, type RecordReading, type StoredArticle } from './index-records.js';
import { articleBound, directoryBitsFor, endOfHash, lowerBound, postingDirectory, slotBound } from './posting-search.js';
import { requireRegularFileSync } from './safe-read.js';
import { IndexFileError } from './index-file-error.js';
import { shellWord } from './display-path.js';
import { sharedCopy } from './shared-copy.js';

/** Normalisation and fingerprinting as this laiyuan does them; raised when either changes. */
export const INDEX_SCHEME = 1;

/**
 * How this laiyuan reads a page's credits into the origin an article is stored with (an outlet its
 * head names, 国际在线 credited as a carrier); raised when that reading changes. Recorded in the
 * meta's build options (`creditReading`), format 3 unchanged: an index recording none was built
 * before reading 1. An older one still serves (its fingerprints are the same), its origins as read then.
 * 1: a head naming another outlet, a carrier's 转自, a wire citation, a slash byline. 2: a marker in
 * brackets (【深圳商报讯】), a dateline glued after a headline, a 来源 naming no outlet (来源：网络). 3: a head,
 * dateline or byline naming another outlet over a site's app footer (本文来自澎湃新闻，更多原创资讯请下载…APP).
 * 4: 快讯 glued after a headline closes no dateline, and an undated unknown name there only a paper's (…报讯).
 * 5: the publisher is named by every name of its outlet in OUTLET_ALIASES too (a 中国新闻网 pack's pages
 * datelined 中新网…电 or 中新社…电, or credited 来源：中新网, its own).
 */
export const CREDIT_READING = 5;

/** The credit reading an index was built by: 0 where it records none. */
export function creditReadingOf(meta: { options: object }): number {
  const recorded = (meta.options as { creditReading?: unknown }).creditReading;
  return typeof recorded === 'number' ? recorded : 0;
}

export { IndexFileError } from './index-file-error.js';
export { indexIdentity } from './index-identity.js';

export const checksum = (bytes: Uint8Array): number => crc32(bytes);

export interface OpenOptions {
  /** The working directory: article paths are shown relative to it. */
  cwd: string;
  /** Read all postings at once (many documents to check), instead of bucket by bucket. */
  preload?: boolean;
  /** All postings as another thread read and checked them (sharedPostings): none read here. */
  postings?: SharedPostings;
  /** What else to do when the file cannot be read ('run without --index'), as readTrouble says it; nothing else by default. */
  instead?: string;
  /** The command that builds the index as the run would (laiyuan index build <corpus> -o <file> -c …), where none is there. */
  build?: string;
}

/** An index's postings and their directory (posting-search.ts) in memory that worker threads share. */
export interface SharedPostings {
  words: Uint32Array;
  directory: Uint32Array;
  bits: number;
}

/**
 * Postings read all at once only up to this size (some 15,000 articles): past it buckets are read
 * one by one however many documents are checked, and memory stays that of the buckets in use. A
 * lookup reads a few hundred buckets (a common hash's once), so reading all postings, work in
 * proportion to the archive, pays only for a small one.
 */
const PRELOAD_BYTES = 1 << 26;

const COMMON_TOP_SHIFT = 16;

/**
 * commonAmong reads a common hash's postings through when they are at most this many per article
 * asked for, else searches them article by article: a search reads some ten postings, far apart.
 */
const SCANNED_PER_ASKED = 8;

/** 32-bit words in a cache line of 64 bytes: prefetch() reads a slot's first three lines. */
const LINE_WORDS = 16;

/** Bytes read at a time by verify(). */
const VERIFY_STEP = 1 << 24;

export class FileIndexStore implements IndexStore {
  readonly pack: string;
  readonly built: IndexMeta['options'];
  readonly boilerplate: { lines: Set<string>; notice: string };
  readonly articleCount: number;
  private readonly offsets: Float64Array;
  private readonly fingerprints: Uint32Array;
  private readonly bucketStarts: Uint32Array;
  private readonly bucketSums: Uint32Array;
  private readonly checked: Uint8Array;
  /**
   * 1 for each article whose record's CRC-32 has held: a check fetches a candidate again and again
   * (some 27 times each over 10,000 documents against 10,000 articles), and reads the same bytes.
   */
  private readonly recordsChecked: Uint8Array;
  /** Buckets read one by one so far: past a quarter of them, reading all at once is cheaper. */
  private reads = 0;
  /**
   * How many postings the hashes found common so far have: the same stock phrases come back
   * document after document, and their buckets (the largest) are then not read again.
   */
  private readonly commonCounts = new U32Counts();
  /** The top bits of the hashes in commonCounts: a hash whose top bits none has is not looked for there. */
  private readonly commonTops = new Uint8Array(1 << (32 - COMMON_TOP_SHIFT));
  private postings?: Uint32Array;
  /** The postings lookup() finds, and the common hashes, gathered in arrays kept from one call to the next. */
  private readonly found = { keys: new GrowableU32(), starts: new GrowableU32(), article: new GrowableU32(1 << 14), position: new GrowableU32(1 << 14), common: new GrowableU32(64) };
  /** lookupHeld()'s keys, their starts and postings, kept from one call to the next. */
  private readonly held = new HeldScratch();
  /** Where each slot's postings start, once all postings are read (posting-search.ts). */
  private directory?: Uint32Array;
  private directoryBits = 0;
  /** Where bucketWords() reads a bucket: one buffer, its postings copied out before the next is read. */
  private bucketBuffer = new Uint8Array(0);
  /** Where article() reads a record: one buffer, not a new one for each article a check prepares. */
  private readBuffer = new Uint8Array(0);
  private fd: number | undefined;
  /** 1 for each article commonAmong() is asked for, during the call. */
  private readonly asked: Uint8Array;
  /** The command that builds the index again as the run would (OpenOptions.build), for the damage found after it opened. */
  build?: string;
  /** How its records are read: by its format version, a damaged one refused naming the index. */
  private readonly reading: RecordReading;
  /** What prefetch() read, kept (and public, so read as far as the compiler knows) so that its reads are not optimised away. */
  touched = 0;

  private constructor(
    readonly file: string,
    /** The real file's folder (links followed), which the corpus paths it stores are relative to. */
    readonly folder: string,
    /** The file's name as shown in messages. */
    readonly display: string,
    private readonly cwd: string,
    fd: number,
    private readonly header: Header,
    readonly meta: IndexMeta,
  ) {
    this.fd = fd;
    this.reading = { version: header.version, damaged: () => corrupt(this) };
    this.pack = meta.pack;
    this.built = meta.options;
    this.boilerplate = { lines: new Set(meta.boilerplateLines), notice: meta.notice };
    this.articleCount = meta.articles;
    ({ offsets: this.offsets, fingerprints: this.fingerprints } = decodeArticles(this.section('articles', true), meta.articles));
    ({ starts: this.bucketStarts, checksums: this.bucketSums } = decodeBuckets(this.section('buckets', true), meta.bucketBits));
    this.checked = new Uint8Array(this.bucketSums.length);
    this.recordsChecked = new Uint8Array(meta.articles);
    this.asked = new Uint8Array(meta.articles);
  }

  /** Opens and checks an index file; throws IndexFileError for anything but a sound index of this version. */
  static open(file: string, display: string, options: OpenOptions): FileIndexStore {
    return FileIndexStore.load(file, display, options);
  }

  /** Whether `file` is a sound index of this version, every checksum holding: the whole file read (verify), nothing opened for lookups. */
  static holds(file: string): boolean {
    try {
      const store = FileIndexStore.load(file, file, { cwd: path.dirname(file) });
      try {
        store.verify();
        return true;
      } finally {
        void store.close();
      }
    } catch {
      return false;
    }
  }

  // open() only passes on to load(): what a run opens is open() (a warm --cache run is proved to
  // open no index by a spy on it), while holds() checks a file without opening it for lookups
  private static load(file: string, display: string, options: OpenOptions): FileIndexStore {
    let fd: number;
    try {
      requireRegularFileSync(file);
      fd = openSync(file, 'r');
    } catch (error) {
      throw new IndexFileError(unopened(error, file, display, options));
    }
    try {
      const header = headerOf(fd, display, options.build);
      const meta = decodeMeta(readAt(fd, header.sections.meta, { display, build: options.build }, true));
      const store = new FileIndexStore(file, path.dirname(realpathSync(file)), display, options.cwd, fd, header, meta);
      store.build = options.build;
      if (options.postings) store.adopt(options.postings);
      else if (options.preload) store.preload();
      return store;
    } catch (error) {
      closeSync(fd);
      if (error instanceof IndexFileError) throw error;
      // a disk error or too many open files midway is not a corrupt index
      if (/^E[A-Z]+$/u.test(errorCode(error) ?? '')) throw new IndexFileError(`cannot read the index ${display}: ${readTrouble(error, file, options.instead ?? '')}`);
      throw corrupt({ display, build: options.build });
    }
  }

  get bytes(): number {
    return this.header.fileLength;
  }

  get files(): string[] {
    return this.meta.files.map((f) => path.resolve(this.folder, f));
  }

  private section(name: keyof Header['sections'], verify: boolean): Uint8Array {
    return readAt(this.openFd(), this.header.sections[name], this, verify);
  }

  /**
   * All postings, read and checked once (preload) into memory that worker threads share, for each
   * to open the index with (OpenOptions.postings): a worker of a --concurrency check comes to read
   * all postings anyway (past a quarter of the buckets), and each read, checked and made the
   * directory of its own copy. Undefined past PRELOAD_BYTES, where they are read bucket by bucket.
   */
  sharedPostings(): SharedPostings | undefined {
    if (this.header.sections.postings.length > PRELOAD_BYTES) return undefined;
    if (!(this.postings?.buffer instanceof SharedArrayBuffer)) this.preload(true);
    const { postings: words, directory } = this;
    return words && directory ? { words, directory, bits: this.directoryBits } : undefined;
  }

  private adopt(shared: SharedPostings): void {
    if (shared.words.byteLength !== this.header.sections.postings.length) throw corrupt(this);
    this.checked.fill(1);
    this.postings = shared.words;
    this.directoryBits = shared.bits;
    this.directory = shared.directory;
  }

  private preload(shared = false): void {
    const section = this.header.sections.postings;
    const bytes = shared ? readAt(this.openFd(), section, this, false, new Uint8Array(new SharedArrayBuffer(section.length))) : this.section('postings', false);
    const width = POSTING_WORDS * 4;
    for (let b = 0; b < this.bucketSums.length; b++) {
      if (checksum(bytes.subarray(this.bucketStarts[b] * width, this.bucketStarts[b + 1] * width)) !== this.bucketSums[b]) throw corrupt(this);
    }
    this.checked.fill(1);
    this.postings = postingWords(bytes);
    this.directoryBits = directoryBitsFor(this.postings.length / POSTING_WORDS);
    const directory = postingDirectory(this.postings, this.directoryBits);
    this.directory = shared ? sharedCopy(directory) : directory;
  }

  /**
   * The words that hold bucket b's postings, as (hash, article, position) triples, from word
   * bucketFrom(b, words) on: all postings once read (no view made per bucket, a lookup meets a few
   * hundred), else the bucket's own, read into one buffer (good until the next bucket is read: a
   * lookup copies a hash's postings out as it finds them) and checked against its checksum once.
   */
  private bucketWords(b: number): Uint32Array {
    if (!this.postings && ++this.reads > this.bucketSums.length / 4 && this.header.sections.postings.length <= PRELOAD_BYTES) this.preload();
    if (this.postings) return this.postings;
    const from = this.bucketStarts[b] * POSTING_WORDS;
    const to = this.bucketStarts[b + 1] * POSTING_WORDS;
    const section = this.header.sections.postings;
    if (this.bucketBuffer.length < (to - from) * 4) this.bucketBuffer = new Uint8Array(Math.max((to - from) * 4, 2 * this.bucketBuffer.length));
    const bytes = readAt(this.openFd(), { offset: section.offset + from * 4, length: (to - from) * 4, checksum: 0 }, this, false, this.bucketBuffer);
    if (!this.checked[b]) {
      if (checksum(bytes) !== this.bucketSums[b]) throw corrupt(this);
      this.checked[b] = 1;
    }
    return postingWords(bytes);
  }

  /** Where bucket b's postings start in `words`, as bucketWords gave them. */
  private bucketFrom(b: number, words: Uint32Array): number {
    return words === this.postings ? this.bucketStarts[b] * POSTING_WORDS : 0;
  }

  /** Bucket b's postings: the words that hold them, and their range there. */
  private bucket(b: number): [words: Uint32Array, from: number, to: number] {
    const words = this.bucketWords(b);
    const from = this.bucketFrom(b, words);
    return [words, from, from + (this.bucketStarts[b + 1] - this.bucketStarts[b]) * POSTING_WORDS];
  }

  lookup(hashes: Uint32Array, most: number): Promise<Postings> {
    // each hash's postings copied as found into arrays kept from one lookup to the next, then
    // once into one buffer of their size (copiedOut): a document against a million articles gets some 270,000
    // postings, and arrays grown afresh for each cost more system time (memory mapped and
    // unmapped as they grow) than reading the buckets
    const dir = this.directory;
    if (dir && this.postings) return Promise.resolve(this.lookupHeld(hashes, most, this.postings, dir));
    const { keys, starts, article, position, common } = this.found;
    for (const list of [keys, starts, article, position, common]) list.length = 0;
    starts.push(0);
    // postings read bucket by bucket (not all held: lookupHeld serves that)
    const bits = this.meta.bucketBits;
    let current = -1;
    let words: Uint32Array = new Uint32Array(0);
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i];
      if (this.commonTops[hash >>> COMMON_TOP_SHIFT] === 1 && this.commonCounts.get(hash) > most) {
        common.push(hash);
        continue;
      }
      const b = bucketOf(hash, bits);
      if (b !== current) {
        [words, lo, hi] = this.bucket(b);
        current = b;
      }
      const first = lowerBound(words, lo, hi, hash, bits);
      if (first === hi || words[first] !== hash) continue;
      const end = endOfHash(words, first, hi, most, bits);
      if ((end - first) / POSTING_WORDS > most) {
        this.commonCounts.set(hash, (end - first) / POSTING_WORDS);
        this.commonTops[hash >>> COMMON_TOP_SHIFT] = 1;
        common.push(hash);
        continue;
      }
      keys.push(hash);
      for (let p = first; p < end; p += POSTING_WORDS) {
        article.push(words[p + 1]);
        position.push(words[p + 2]);
      }
      starts.push(article.length);
    }
    return Promise.resolve(copiedOut([keys, starts, article, position, common]));
  }

  /**
   * lookup() once all postings are read (preload): each hash's slot from the directory, its
   * postings copied as they are read (the run of its hash read once, not counted first and then
   * copied), into typed arrays kept from one call to the next, written by index (no push checks),
   * then once into one buffer of their size.
   */
  private lookupHeld(hashes: Uint32Array, most: number, words: Uint32Array, dir: Uint32Array): Postings {
    this.prefetch(hashes, dir);
    const bits = this.directoryBits;
    const shift = 32 - bits;
    const held = this.held;
    if (held.keys.length < hashes.length) held.keys = new Uint32Array(2 * hashes.length);
    if (held.starts.length <= hashes.length) held.starts = new Uint32Array(2 * hashes.length + 1);
    const { keys, starts } = held;
    let { article, position } = held;
    const common = this.found.common;
    common.length = 0;
    const tops = this.commonTops;
    let k = 0;
    let n = 0;
    starts[0] = 0;
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i];
      if (tops[hash >>> COMMON_TOP_SHIFT] === 1 && this.commonCounts.get(hash) > most) {
        common.push(hash);
        continue;
      }
      const slot = hash >>> shift;
      const hi = dir[slot + 1] * POSTING_WORDS;
      const first = slotBound(words, dir[slot] * POSTING_WORDS, hi, hash, bits);
      if (first === hi || words[first] !== hash) continue;
      // its postings copied as read, `most` at most: one more is a common hash, its copies dropped
      let m = n;
      let p = first;
      for (; p < hi && words[p] === hash && m - n < most; p += POSTING_WORDS, m++) {
        if (m === article.length) ({ article, position } = held.grow(m));
        article[m] = words[p + 1];
        position[m] = words[p + 2];
      }
      if (p < hi && words[p] === hash) {
        this.commonCounts.set(hash, (lowerBound(words, p, hi, hash + 1, bits) - first) / POSTING_WORDS);
        tops[hash >>> COMMON_TOP_SHIFT] = 1;
        common.push(hash);
        continue;
      }
      n = m;
      keys[k++] = hash;
      starts[k] = n;
    }
    const c = common.length;
    const out = new Uint32Array(2 * k + 1 + 2 * n + c);
    out.set(keys.subarray(0, k), 0);
    out.set(starts.subarray(0, k + 1), k);
    out.set(article.subarray(0, n), 2 * k + 1);
    out.set(position.subarray(0, n), 2 * k + 1 + n);
    out.set(common.view(), 2 * k + 1 + 2 * n);
    return {
      keys: out.subarray(0, k),
      starts: out.subarray(k, 2 * k + 1),
      article: out.subarray(2 * k + 1, 2 * k + 1 + n),
      position: out.subarray(2 * k + 1 + n, 2 * k + 1 + 2 * n),
      common: out.subarray(2 * k + 1 + 2 * n),
    };
  }

  /**
   * Reads, for each hash, its slot's first three cache lines of postings, all postings being read:
   * each is a cache miss far from the last, and these reads, independent of one another, wait for
   * memory together, where the search's, one hash after the other, wait in turn. The slots first,
   * then their postings. Three lines, not one: a hash's postings start some four postings (48
   * bytes) into its slot and run on for some five (the 10k bench), past the first line most often:
   * on the 10k bench's lookups, two lines cost some 10 % less CPU than one, three 20 %, four as three.
   */
  private prefetch(hashes: Uint32Array, dir: Uint32Array): void {
    const words = this.postings ?? new Uint32Array(0);
    const shift = 32 - this.directoryBits;
    let sum = 0;
    for (let i = 0; i < hashes.length; i++) sum ^= dir[hashes[i] >>> shift];
    for (let i = 0; i < hashes.length; i++) {
      const at = dir[hashes[i] >>> shift] * POSTING_WORDS;
      const third = Math.min(at + 2 * LINE_WORDS, words.length - 1);
      if (at < words.length) sum ^= words[at] ^ words[Math.min(at + LINE_WORDS, third)] ^ words[third];
    }
    this.touched = sum;
  }

  /**
   * Answered only once all postings are read (preload): a common hash's postings are then at hand,
   * and those of the few articles asked for are found by a search in its list (in article order)
   * for each; bucket by bucket, the list would have to be read whole, document after document.
   */
  commonAmong(hashes: Uint32Array, ids: Uint32Array): Promise<PostingLists | undefined> {
    const words = this.postings;
    const dir = this.directory;
    if (!words || !dir) return Promise.resolve(undefined);
    const bits = this.directoryBits;
    const starts = new Uint32Array(hashes.length + 1);
    const article = new GrowableU32(64);
    const position = new GrowableU32(64);
    const asked = this.asked;
    for (const id of ids) asked[id] = 1;
    hashes.forEach((hash, k) => {
      // the hash's postings in its directory slot, their count known when the lookup named it common
      const b = bucketOf(hash, bits);
      const to = dir[b + 1] * POSTING_WORDS;
      let p = slotBound(words, dir[b] * POSTING_WORDS, to, hash, bits);
      const known = this.commonCounts.get(hash);
      const end = known >= 0 && words[p] === hash ? p + known * POSTING_WORDS : lowerBound(words, p, to, hash + 1, bits);
      if (end - p <= SCANNED_PER_ASKED * POSTING_WORDS * ids.length) {
        // a list of a few postings an article asked for: read through, as the searches would read most of it
        for (; p < end; p += POSTING_WORDS) {
          if (asked[words[p + 1]] === 0) continue;
          article.push(words[p + 1]);
          position.push(words[p + 2]);
        }
      } else {
        for (let i = 0; i < ids.length && p < end; i++) {
          for (p = articleBound(words, p, end, ids[i]); p < end && words[p + 1] === ids[i]; p += POSTING_WORDS) {
            article.push(ids[i]);
            position.push(words[p + 2]);
          }
        }
      }
      starts[k + 1] = article.length;
    });
    for (const id of ids) asked[id] = 0;
    return Promise.resolve({ keys: hashes, starts, article: article.view(), position: position.view() });
  }

  postingCounts(hashes: Uint32Array): Promise<Uint32Array> {
    return Promise.resolve(
      Uint32Array.from(hashes, (hash) => {
        const known = this.commonCounts.get(hash);
        if (known >= 0) return known;
        const [words, from, to] = this.bucket(bucketOf(hash, this.meta.bucketBits));
        return (lowerBound(words, from, to, hash + 1, this.meta.bucketBits) - lowerBound(words, from, to, hash, this.meta.bucketBits)) / POSTING_WORDS;
      }),
    );
  }

  /** What `index update` reuses: each article's file (index into meta.files) and line keys, its fingerprint count. */
  updateTables(): { files: Uint32Array; lines: { keys: Float64Array; starts: Uint32Array }; fingerprints: Uint32Array } {
    return { files: this.articleFiles(), lines: decodeLines(this.section('lines', true), this.articleCount), fingerprints: this.fingerprints };
  }

  /** Each article's corpus file, as an index into meta.files. */
  articleFiles(): Uint32Array {
    return decodeFiles(this.section('files', true), this.articleCount);
  }

  /** Every posting, kept and dropped as common, as (hash, article, position) triples, a few MB at a time; checked against the sections' checksums. */
  *triples(): Generator<Uint32Array> {
    for (const name of ['postings', 'dropped'] as const) for (const bytes of this.chunks(name, POSTING_WORDS * 4 * (1 << 20))) yield postingWords(bytes);
  }

  /** The kept postings (or those dropped as common), in hash order, `words` words (a multiple of 3) at a time (for `index push`); checked against the section's checksum at the end. */
  *postingChunks(words = POSTING_WORDS * (1 << 20), section: 'postings' | 'dropped' = 'postings'): Generator<Uint32Array> {
    for (const bytes of this.chunks(section, Math.max(1, Math.floor(words / POSTING_WORDS)) * POSTING_WORDS * 4)) yield postingWords(bytes);
  }

  /** Every article as stored (paths relative to the index file's folder), in id order, records read about `bytes` at a time; each checked against its CRC-32. */
  *records(bytes = 1 << 24): Generator<{ id: number; stored: StoredArticle }> {
    const section = this.header.sections.records;
    if (this.offsets[this.articleCount] !== section.length) throw corrupt(this);
    for (let first = 0; first < this.articleCount; ) {
      let last = first + 1;
      while (last < this.articleCount && this.offsets[last + 1] - this.offsets[first] <= bytes) last++;
      const span = readAt(this.openFd(), { offset: section.offset + this.offsets[first], length: this.offsets[last] - this.offsets[first], checksum: 0 }, this, false);
      for (let id = first; id < last; id++) {
        const stored = fromFileRecord(span.subarray(this.offsets[id] - this.offsets[first], this.offsets[id + 1] - this.offsets[first]), false, this.reading);
        if (!stored) throw corrupt(this);
        yield { id, stored };
      }
      first = last;
    }
  }

  /**
   * Reads the whole file and checks every section against its CRC-32 (a records section written
   * without one, as the first builds of format 3 wrote it: each record against its own); throws
   * IndexFileError at the first that does not hold. Opening checks only the small sections, a
   * check the rest as it reads it.
   */
  verify(): void {
    for (const name of SECTIONS) {
      if (name === 'records' && this.header.sections.records.checksum === 0) this.verifyRecords();
      else for (const _ of this.chunks(name, VERIFY_STEP));
    }
  }

  private verifyRecords(): void {
    if (this.offsets[this.articleCount] !== this.header.sections.records.length) throw corrupt(this);
    for (let id = 0; id < this.articleCount; id++) this.checkedRecord(id);
  }

  /** A section's bytes, `step` at a time, checked against its checksum after the last. */
  private *chunks(name: keyof Header['sections'], step: number): Generator<Uint8Array> {
    const section = this.header.sections[name];
    let sum = 0;
    for (let at = 0; at < section.length; at += step) {
      const bytes = readAt(this.openFd(), { offset: section.offset + at, length: Math.min(step, section.length - at), checksum: 0 }, this, false);
      sum = crc32(bytes, sum);
      yield bytes;
    }
    if (sum !== section.checksum) throw corrupt(this);
  }

  fingerprintCounts(ids: readonly number[]): Promise<Uint32Array> {
    // a plain loop: Uint32Array.from with a map function goes through the iterator protocol, and
    // a document against a million articles asks for hundreds of thousands of counts
    const counts = new Uint32Array(ids.length);
    for (let i = 0; i < ids.length; i++) counts[i] = this.fingerprints[ids[i]];
    return Promise.resolve(counts);
  }

  fetch(ids: readonly number[]): Promise<Article[]> {
    // pushed, not mapped: one array kind whether or not this function is optimised
    const articles: Article[] = [];
    for (const id of ids) articles.push(this.article(id));
    return Promise.resolve(articles);
  }

  /** Article `id`'s record as stored (index-records.ts); with `reuse`, read into a buffer kept for the next such call. */
  record(id: number, reuse = false): Uint8Array {
    if (!(id >= 0 && id < this.articleCount)) throw corrupt(this);
    const records = this.header.sections.records;
    const start = this.offsets[id];
    const length = this.offsets[id + 1] - start;
    if (reuse && this.readBuffer.length < length) this.readBuffer = new Uint8Array(Math.max(length, 2 * this.readBuffer.length));
    return readAt(this.openFd(), { offset: records.offset + start, length, checksum: 0 }, this, false, reuse ? this.readBuffer : undefined);
  }

  /** The format version the file was written in (READ_VERSIONS). */
  get formatVersion(): number {
    return this.header.version;
  }

  /** Article `id`'s record as stored, refused (IndexFileError) when its CRC-32 does not hold: what an update carries into a new file unread. */
  checkedRecord(id: number): Uint8Array {
    const bytes = this.record(id);
    if (!fileRecordHolds(bytes)) throw corrupt(this);
    return bytes;
  }

  /** Article `id`, decoded from its record (read into the kept buffer: what is decoded holds none of it). */
  article(id: number): Article {
    const stored = fromFileRecord(this.record(id, true), this.recordsChecked[id] === 1, this.reading);
    if (!stored) throw corrupt(this);
    this.recordsChecked[id] = 1;
    return fromStored(stored, this.folder, this.cwd);
  }

  close(): Promise<void> {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    return Promise.resolve();
  }

  private openFd(): number {
    if (this.fd === undefined) throw new IndexFileError(`the index ${this.display} was closed`);
    return this.fd;
  }
}

/**
 * Whether `file` holds bytes that are no laiyuan index, as opening it would say (its header bytes
 * alone are read): false for no file, an empty one, one that is no regular file or cannot be read.
 */
export function isForeignFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    const fd = openSync(file, 'r');
    try {
      const head = new Uint8Array(HEADER_BYTES);
      const read = readSync(fd, head, 0, HEADER_BYTES, 0);
      const header = readHeader(head.subarray(0, read), checksum);
      return read > 0 && 'problem' in header && header.problem === 'foreign';
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

function headerOf(fd: number, display: string, build: string | undefined): Header {
  const size = fstatSync(fd).size;
  const head = readBytes(fd, 0, Math.min(size, HEADER_BYTES));
  const header = readHeader(head, checksum);
  if ('problem' in header) {
    if (header.problem === 'foreign') throw new IndexFileError(`${display} is not a laiyuan index file: check the name, or build an index under a new name, not over this file: ${NEW_INDEX}`);
    if (header.problem === 'version') {
      throw new IndexFileError(`the index ${display} has format version ${header.version ?? '?'}, this laiyuan reads versions ${READ_VERSIONS.join(' and ')}: rebuild it with '${build ?? BARE_BUILD}'`);
    }
    throw corrupt({ display, build });
  }
  if (size < header.fileLength) throw new IndexFileError(`the index ${display} is truncated (${size} of ${header.fileLength} bytes): rebuild it with '${build ?? BARE_BUILD}'`);
  if (size > header.fileLength) throw corrupt({ display, build });
  return header;
}

/** An index as its messages name it, and the command they suggest to build it again. */
interface Named {
  readonly display: string;
  readonly build?: string;
}

function readAt(fd: number, section: Section, named: Named, verify: boolean, into?: Uint8Array): Uint8Array {
  const bytes = readBytes(fd, section.offset, section.length, into);
  if (bytes.byteLength !== section.length) throw corrupt(named);
  if (verify && checksum(bytes) !== section.checksum) throw corrupt(named);
  return bytes;
}

/** Bytes at an offset, read into their own 8-byte-aligned buffer, or into the start of `into`. */
function readBytes(fd: number, offset: number, length: number, into?: Uint8Array): Uint8Array {
  const bytes = into ?? new Uint8Array(new ArrayBuffer(length));
  let done = 0;
  while (done < length) {
    const n = readSync(fd, bytes, done, Math.min(length - done, 1 << 30), offset + done);
    if (n === 0) break;
    done += n;
  }
  return bytes.subarray(0, done);
}

/**
 * A lookup's five lists copied out of the kept arrays into views of one buffer of their size: one
 * allocation a document, not five (each a backing store allocated, zeroed, and later swept).
 */
function copiedOut([keys, starts, article, position, common]: readonly GrowableU32[]): Postings {
  const words = new Uint32Array(keys.length + starts.length + article.length + position.length + common.length);
  let at = 0;
  const out = (list: GrowableU32): Uint32Array => {
    const view = words.subarray(at, (at += list.length));
    view.set(list.view());
    return view;
  };
  return { keys: out(keys), starts: out(starts), article: out(article), position: out(position), common: out(common) };
}

/** Typed arrays written by index by lookupHeld, grown (doubled) when full. */
class HeldScratch {
  keys = new Uint32Array(1024);
  starts = new Uint32Array(1025);
  article = new Uint32Array(1 << 14);
  position = new Uint32Array(1 << 14);

  /** Room for more than `length` postings, the first `length` kept. */
  grow(length: number): Pick<HeldScratch, 'article' | 'position'> {
    const article = new Uint32Array(2 * length + 16);
    const position = new Uint32Array(article.length);
    article.set(this.article.subarray(0, length));
    position.set(this.position.subarray(0, length));
    this.article = article;
    this.position = position;
    return { article, position };
  }
}

const NEW_INDEX = "'laiyuan index build <corpus> -o <new file>'";

/**
 * Why an index file could not be opened, and what to do: build it where nothing is there; where
 * something else is (a folder, a device, a file not readable), never advice that would write over it.
 */
function unopened(error: unknown, file: string, display: string, { instead = '', build }: Pick<OpenOptions, 'instead' | 'build'>): string {
  const code = errorCode(error);
  if (code === 'ENOENT') return `cannot read the index ${display}: no such file; build it with '${build ?? `laiyuan index build <corpus> -o ${shellWord(display)}`}'`;
  if (code === 'EISDIR') return `cannot read the index ${display}: it is a folder; name the index file itself (laiyuan index build <corpus> -o <file> writes one)`;
  if (code === 'ENOTREG') return `cannot read the index ${display}: it ${errorWords(error)}, or build an index under a new name: ${NEW_INDEX}`;
  return `cannot read the index ${display}: ${readTrouble(error, file, instead)}`;
}

/** The rebuild a message suggests where the run gave no command of its own (OpenOptions.build): index stats and push read no config. */
const BARE_BUILD = 'laiyuan index build';

function corrupt({ display, build = BARE_BUILD }: Named): IndexFileError {
  return new IndexFileError(`the index ${display} is damaged (checksum or layout does not hold): rebuild it with '${build}'`);
}
