// An archive index file built article by article in bounded memory: each article's
// record is written out as it comes, its fingerprints go to a PostingSpill, its lines are counted
// by key (typed arrays). At the end the lines that recur in many articles are boilerplate: only
// the articles holding one are fingerprinted again (read back from the records written). Then
// the postings are sorted part by part, common fingerprints dropped, and the tables written.
// An update adds the articles it keeps from the old index as they are stored: record, line keys,
// fingerprint count, and at the end their postings, renumbered; only those whose boilerplate
// lines changed are fingerprinted again.
import type { MatchOptions } from '../core/config/types.js';
import { bucketBitsFor, INDEX_FORMAT_VERSION, POSTING_WORDS as TRIPLE, type IndexMeta } from '../core/match/archive-format.js';
import { boilerplateBar, judgedLines, lineKey, spansWhere } from '../core/match/boilerplate.js';
import { winnow } from '../core/match/fingerprint.js';
import { withoutSpans } from '../core/normalize/index.js';
import { StopList, type PreparedBatch } from './article-prep.js';
import { GrowableF64, GrowableU32 } from '../core/shared/growable.js';
import { IndexWriter } from './index-writer.js';
import { PART_BITS, PostingSpill } from './posting-spill.js';
import { sortPart, type PartJob, type PartSorter, type SortedPart } from './part-sort.js';
import { fileRecordText, fromFileRecord } from './index-records.js';
import { hiddenArticles, type HiddenArticles, type HiddenNamed } from '../core/match/hidden.js';

export interface BuilderOptions {
  pack: string;
  match: MatchOptions;
  /** --max-file-size the corpus was read by, recorded with the match options. */
  maxFileSize: number;
  /** The normalised notice: its lines are never content, its fingerprints never indexed. */
  notice: string;
  scheme: number;
  version: string;
  /** The reading of credits its articles' origins were read by (CREDIT_READING), recorded with the build options. */
  creditReading: number;
}

/** What an update takes from the index it replaces, besides the articles it keeps. */
export interface Reused {
  /** Articles in the old index. */
  articles: number;
  /** The old index's boilerplate lines by key. */
  common: Map<number, string>;
  /** The old index's postings, kept and dropped, as (hash, article, position) triples, a chunk at a time. */
  triples: () => Iterable<Uint32Array>;
}

const NONE = 0xffffffff;
/** Bytes of sorted postings being written at once, at most. */
const IN_FLIGHT = 64 * 1024 * 1024;

async function* sortHere(jobs: Iterator<PartJob>): AsyncGenerator<SortedPart> {
  for (let job = jobs.next(); !job.done; job = jobs.next()) yield sortPart(job.value);
}

export class ArchiveBuilder {
  private readonly writer: IndexWriter;
  private readonly spill: PostingSpill;
  private readonly recordsAt: number;
  private readonly offsets = new GrowableF64();
  private readonly fingerprints = new GrowableU32();
  /** Postings each article gave (its fingerprints less the notice's). */
  private readonly pushed = new GrowableU32();
  /** The distinct line keys of each article: those of article a are [lineStarts[a], lineStarts[a + 1]). */
  private readonly lineKeys = new GrowableF64();
  private readonly lineStarts = new GrowableU32();
  /** Each article's file, as its place in `files`. */
  private readonly fileOf = new GrowableU32();
  private readonly files = new Map<string, number>();
  /** Each article's id in the index an update replaces, or NONE for an article read from the corpus. */
  private readonly oldIds = new GrowableU32();
  private readonly stop: StopList;
  /** The batch whose files are being added: the id given to each of its articles so far, and how many are still to come. */
  private adding: { batch: PreparedBatch; ids: Uint32Array; left: number } | undefined;

  constructor(
    file: string,
    private readonly dir: string,
    private readonly options: BuilderOptions,
  ) {
    this.writer = IndexWriter.create(file);
    this.spill = new PostingSpill(dir);
    this.recordsAt = this.writer.begin('records');
    this.stop = new StopList(options.notice, options.match);
    this.lineStarts.push(0);
  }

  /** Adds the next articles (in corpus order), prepared on this thread or another. */
  addBatch(batch: PreparedBatch): void {
    for (let f = 0, a = 0; f < batch.names.length; a += batch.counts[f++]) this.addFile(batch, f, a);
  }

  /** Adds the articles of the batch's file `f`, the first of which is its article `first`; its postings go once all its files are added. */
  addFile(batch: PreparedBatch, f: number, first: number): void {
    const start = (ends: Uint32Array, a: number) => (a === 0 ? 0 : ends[a - 1]);
    const end = first + batch.counts[f];
    const articles = batch.fingerprints.length;
    if (this.adding?.batch !== batch) this.adding = { batch, ids: new Uint32Array(articles), left: articles };
    const { ids } = this.adding;
    const from = start(batch.recordEnds, first);
    const at = this.writer.position - this.recordsAt - from;
    for (let a = first; a < end; a++) {
      const id = this.fingerprints.length;
      this.article(at + start(batch.recordEnds, a), batch.names[f], NONE, batch.keys.subarray(start(batch.keyEnds, a), batch.keyEnds[a]));
      this.fingerprints.set(id, batch.fingerprints[a]);
      this.pushed.set(id, batch.postingEnds[a] - start(batch.postingEnds, a));
      ids[a] = id;
    }
    this.writer.append(batch.records.subarray(from, start(batch.recordEnds, end)));
    this.adding.left -= end - first;
    if (this.adding.left > 0) return;
    // the batch's postings, numbered in the batch, renumbered as added (the batch is the builder's now)
    const { postings, partEnds } = batch;
    for (let i = 1; i < postings.length; i += TRIPLE) postings[i] = ids[postings[i]];
    this.spill.addParts(postings, partEnds);
    this.adding = undefined;
  }

  /** Adds the next article as the index an update replaces holds it (its postings come with `finish`). */
  keep(oldId: number, record: Uint8Array, lineKeys: Float64Array, fingerprints: number, file: string): void {
    this.article(this.writer.position - this.recordsAt, file, oldId, lineKeys);
    this.writer.append(record);
    this.fingerprints.set(this.fingerprints.length - 1, fingerprints);
  }

  /** Adds an article whose record stands at `offset` in the records section. */
  private article(offset: number, file: string, oldId: number, keys: Float64Array): void {
    this.offsets.push(offset);
    let f = this.files.get(file);
    if (f === undefined) this.files.set(file, (f = this.files.size));
    this.fileOf.push(f);
    this.oldIds.push(oldId);
    this.lineKeys.pushAll(keys);
    this.lineStarts.push(this.lineKeys.length);
    this.fingerprints.push(0);
    this.pushed.push(0);
  }

  /**
   * Writes the tables and puts the file in place; `reused`: what an update takes from the old
   * index; `sort`: how the parts of the postings are sorted (default: here, one after the other).
   */
  async finish(reused?: Reused, sort: PartSorter = sortHere): Promise<{ meta: IndexMeta; bytes: number; hidden?: HiddenNamed }> {
    try {
      return await this.write(reused, sort);
    } catch (error) {
      this.abort();
      throw error;
    } finally {
      this.spill.close();
    }
  }

  abort(): void {
    this.spill.close();
    this.writer.abort();
  }

  private async write(reused: Reused | undefined, sort: PartSorter): Promise<{ meta: IndexMeta; bytes: number; hidden?: HiddenNamed }> {
    const { writer } = this;
    const articles = this.fingerprints.length;
    this.offsets.push(writer.position - this.recordsAt);
    // not checked on reading (each record carries its own CRC-32): it makes the header a content identity for --cache
    writer.end({ checksum: true });
    const bar = boilerplateBar(this.options.match.boilerplateShare, articles);
    const late = new PostingSpill(this.dir);
    const kept = new PostingSpill(this.dir);
    try {
      // each article's fingerprints before its boilerplate is masked: an update keeps only the masked count of the articles it keeps, and does not tell
      const whole = reused ? undefined : Uint32Array.from(this.fingerprints.view());
      const { redone, lines } = this.maskBoilerplate(bar, late, reused?.common ?? new Map<number, string>());
      if (reused) this.reusePostings(reused, redone, kept);
      let total = 0;
      for (let a = 0; a < articles; a++) total += this.pushed.at(a);
      // by the postings before common ones are dropped: each bucket is checksummed as it is written
      const bits = bucketBitsFor(total);
      const postings = await this.writePostings(bits, bar, redone, [kept, late], sort, whole !== undefined);
      writer.begin('dropped');
      writer.append(bytesOf(postings.dropped));
      writer.end({ checksum: true });
      writer.begin('buckets');
      writer.append(bytesOf(postings.starts));
      writer.append(bytesOf(postings.sums));
      writer.end({ checksum: true });
      writer.begin('articles');
      writer.append(bytesOf(this.offsets.view()));
      writer.append(bytesOf(this.fingerprints.view()));
      writer.end({ checksum: true });
      const files = [...this.files.keys()].sort();
      const rank = new Map(files.map((f, i) => [f, i]));
      const byInsertion = Uint32Array.from(this.files.keys(), (f) => rank.get(f) ?? 0);
      writer.begin('files');
      writer.append(bytesOf(this.fileOf.view().map((f) => byInsertion[f])));
      writer.end({ checksum: true });
      writer.begin('lines');
      writer.append(bytesOf(this.lineKeys.view()));
      writer.append(bytesOf(this.lineStarts.view()));
      writer.end({ checksum: true });
      const all = this.fingerprints.view().reduce((n, f) => n + f, 0);
      const built: IndexMeta['options'] & { creditReading: number } = { k: this.options.match.k, window: this.options.match.window, boilerplateShare: this.options.match.boilerplateShare, maxFileSize: this.options.maxFileSize, creditReading: this.options.creditReading };
      const meta: IndexMeta = {
        pack: this.options.pack,
        scheme: this.options.scheme,
        options: built,
        notice: this.options.notice,
        boilerplateLines: [...lines].sort(),
        articles,
        postings: postings.kept,
        keys: postings.keys,
        droppedFingerprints: all - postings.kept,
        bucketBits: bits,
        laiyuan: this.options.version,
        files,
      };
      writer.begin('meta');
      writer.append(new TextEncoder().encode(JSON.stringify(meta)));
      writer.end({ checksum: true });
      const hidden = whole && postings.keptOf ? this.named(hiddenArticles(whole, postings.keptOf, this.options.match)) : undefined;
      const bytes = writer.position;
      await writer.finish(INDEX_FORMAT_VERSION);
      return { meta, bytes, hidden };
    } finally {
      late.close();
      kept.close();
    }
  }

  /** The old index's postings of the articles kept and not fingerprinted again, renumbered. */
  private reusePostings(reused: Reused, redone: Uint8Array, into: PostingSpill): void {
    const renumber = new Uint32Array(reused.articles).fill(NONE);
    const old = this.oldIds.view();
    for (let a = 0; a < old.length; a++) if (old[a] !== NONE && !redone[a]) renumber[old[a]] = a;
    const pushed = this.pushed.view();
    for (const chunk of reused.triples()) {
      for (let i = 0; i < chunk.length; i += TRIPLE) {
        const a = renumber[chunk[i + 1]];
        if (a === undefined || a === NONE) continue;
        into.push(chunk[i], a, chunk[i + 2]);
        pushed[a]++;
      }
    }
  }

  /**
   * The lines that stand in `bar` articles or more are boilerplate: the articles whose
   * boilerplate lines are not those they were fingerprinted with (an article read from the
   * corpus: none; one kept by an update: the old index's, `before`) are fingerprinted again
   * (into `late`), read back from their records.
   */
  private maskBoilerplate(bar: number, late: PostingSpill, before: Map<number, string>): { redone: Uint8Array; lines: Set<string> } {
    const common = commonKeys(this.lineKeys.view(), bar);
    const lines = new Set<string>();
    for (const [key, line] of before) if (common.has(key)) lines.add(line);
    const redone = new Uint8Array(this.fingerprints.length);
    const starts = this.lineStarts.view();
    const keys = this.lineKeys.view();
    const old = this.oldIds.view();
    for (let a = 0; a < redone.length; a++) {
      const kept = old[a] !== NONE;
      let changed = false;
      for (let i = starts[a]; i < starts[a + 1] && !changed; i++) changed = common.has(keys[i]) !== (kept && before.has(keys[i]));
      if (!changed) continue;
      redone[a] = 1;
      const { norm, lines: judged } = judgedLines(this.storedText(a));
      const masked = (line: string) => {
        if (!common.has(lineKey(line))) return this.options.notice.includes(line);
        lines.add(line);
        return true;
      };
      this.fingerprint(a, withoutSpans(norm, spansWhere(judged, masked)).text, late);
    }
    return { redone, lines };
  }

  /** The hidden articles' examples by id and file (as the index names it). */
  private named(hidden: HiddenArticles): HiddenNamed {
    if (hidden.examples.length === 0) return { count: hidden.count, examples: [] };
    const names = [...this.files.keys()];
    const examples = hidden.examples.map((a) => {
      const start = this.offsets.at(a);
      const id = fromFileRecord(this.writer.readBack(this.recordsAt + start, this.offsets.at(a + 1) - start))?.id ?? String(a);
      return { id, file: names[this.fileOf.at(a)] };
    });
    return { count: hidden.count, examples };
  }

  private storedText(a: number): string {
    const start = this.offsets.at(a);
    const record = this.writer.readBack(this.recordsAt + start, this.offsets.at(a + 1) - start);
    const text = fileRecordText(record);
    if (text === undefined) throw new Error(`the record of article ${a} did not read back as written`);
    return text;
  }

  private fingerprint(a: number, text: string, spill: PostingSpill): void {
    const fps = winnow(text, this.options.match.k, this.options.match.window);
    let pushed = 0;
    for (let i = 0; i < fps.hashes.length; i++) {
      const hash = fps.hashes[i];
      if (this.stop.has(hash)) continue;
      spill.push(hash, a, fps.positions[i]);
      pushed++;
    }
    this.fingerprints.set(a, fps.hashes.length);
    this.pushed.set(a, pushed);
  }

  /**
   * The postings section, part by part: the articles' own postings (less those fingerprinted
   * again) with the `others` (kept and late), sorted by `sort` (here or on worker threads), common
   * fingerprints set aside for the dropped section, bucket by bucket checksummed; with `perArticle`,
   * the postings kept of each article (keptOf).
   */
  private async writePostings(bits: number, bar: number, redone: Uint8Array, others: PostingSpill[], sort: PartSorter, perArticle: boolean) {
    const starts = new Uint32Array((1 << bits) + 1);
    const sums = new Uint32Array(1 << bits);
    const dropped = new GrowableU32();
    let kept = 0;
    let keys = 0;
    const articles = this.fingerprints.length;
    const spill = this.spill;
    const anyRedone = redone.includes(1);
    function* jobs(): Generator<PartJob> {
      for (let part = 0; part < 1 << PART_BITS; part++) {
        const own = anyRedone ? [without(spill.take(part), redone)] : spill.runs(part);
        const added = others.map((o) => o.take(part)).filter((t) => t.length > 0);
        yield { kind: 'sort', part, runs: [...own, ...added], mixed: added.length > 0, articles, bar, bucketBits: bits };
      }
    }
    this.writer.begin('postings');
    for await (const part of sort(jobs())) {
      kept += part.kept.length / TRIPLE;
      keys += part.keys;
      for (const word of part.dropped) dropped.push(word);
      starts.set(part.counts, part.firstBucket + 1);
      sums.set(part.sums, part.firstBucket);
      // written on the thread pool while the next parts are taken and sorted; a few parts in flight at most
      this.writer.appendOwned(bytesOf(part.kept));
      await this.writer.drain(IN_FLIGHT);
    }
    this.writer.end({ checksum: true });
    for (let b = 0; b < sums.length; b++) starts[b + 1] += starts[b];
    return { starts, sums, kept, keys, dropped: dropped.view(), keptOf: perArticle ? this.keptOf(dropped.view()) : undefined };
  }

  /**
   * The postings kept of each article: those it gave less those dropped as common (a few), not a
   * count of all it kept (4 million postings of a 10,000-article build looked at on the main thread).
   */
  private keptOf(dropped: Uint32Array): Uint32Array {
    const kept = Uint32Array.from(this.pushed.view());
    for (let i = 1; i < dropped.length; i += TRIPLE) kept[dropped[i]]--;
    return kept;
  }
}

/** Keys that stand in `bar` or more articles' lists (each list holds a key once). */
function commonKeys(keys: Float64Array, bar: number): Set<number> {
  const sorted = Float64Array.from(keys).sort();
  const common = new Set<number>();
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    if (j - i >= bar) common.add(sorted[i]);
    i = j;
  }
  return common;
}

function without(triples: Uint32Array, articles: Uint8Array): Uint32Array {
  let n = 0;
  for (let i = 0; i < triples.length; i += TRIPLE) {
    if (articles[triples[i + 1]]) continue;
    triples[n++] = triples[i];
    triples[n++] = triples[i + 1];
    triples[n++] = triples[i + 2];
  }
  return triples.subarray(0, n);
}

function bytesOf(array: Uint32Array | Float64Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}
