// Building, updating and opening a pack's archive index file.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { MatchOptions, Pack } from '../core/config/types.js';
import type { Article } from '../core/match/types.js';
import type { FileError } from '../core/read/types.js';
import { INDEX_FORMAT_VERSION, type IndexMeta } from '../core/match/archive-format.js';
import { normalize } from '../core/normalize/index.js';
import { lineKey } from '../core/match/boilerplate.js';
import { CREDIT_READING, creditReadingOf, INDEX_SCHEME, IndexFileError } from './index-file.js';
import { writeTrouble } from './write-trouble.js';
import { errorCode } from './error-code.js';
import { corpusFilesInOrder, noticeText, type CorpusFile } from './corpus-read.js';
import { twinsNotThere } from './moved-index.js';
import { contentDigest, notThereOf, sameFilesAs } from './moved-files.js';
import { realTarget } from './real-target.js';
import { DEFAULT_MAX_FILE_BYTES, megabytes, sizeArgument } from './safe-read.js';
import { shellWord } from './display-path.js';
import { liesWithin } from './linked-path.js';
import { openArchive } from './archive-open.js';
import { ArchiveBuilder } from './archive-builder.js';
import type { HiddenNamed } from '../core/match/hidden.js';
import type { PrepSetup, PreparedBatch } from './article-prep.js';
import { BuildPool, buildThreadsFor, preparedHere, type BuildThreads } from './build-workers.js';
import type { PartSorter } from './part-sort.js';
import { removeStaleTemps, special } from './write-output.js';
import { makeFolder } from './make-folder.js';
import { RecordCounts, type RecordChanges } from './record-counts.js';
import { formatOf } from '../core/read/format-of.js';

export interface ArchiveOptions {
  pack: Pack;
  match: MatchOptions;
  cwd: string;
  /** The project's folder (the config's), which a link in a corpus folder may not lead out of, as in check (default: cwd). */
  root?: string;
  version: string;
  /** Worker threads for the per-article work (reading, metadata, compression, fingerprints); none if absent. */
  threads?: BuildThreads;
  /** Write an index of no articles (--allow-no-corpus), which check refuses unless told the same, instead of refusing it. */
  allowEmpty?: boolean;
  /** --max-file-size: a corpus file bigger (a JSON Lines record) is passed over, to note (default: 5 MB; an update's, the index's recorded limit). */
  maxFileSize?: number;
  /** The index file as messages name it (default: relative to cwd). */
  display?: string;
  /** -c and --pack as the run was given them (buildFlags), for the rebuild commands its messages suggest. */
  flags?: string;
  /** The config's corpus of the pack as words of those commands (configCorpus), where it names one. */
  corpus?: string;
  /** The credit reading to record (default: this laiyuan's, CREDIT_READING); an update keeping articles of an older one records that. */
  creditReading?: number;
}

/** What a build or update wrote; nothing (`meta` undefined, the old file as it was) when a corpus file could not be read. */
export interface Built {
  meta?: IndexMeta;
  bytes?: number;
  errors: FileError[];
  /** Corpus files (or JSON Lines records) over --max-file-size, passed over: notes, the index written without them. */
  skipped?: FileError[];
  /** Files the index held under the paths of an update that are gone from the corpus, and their articles. */
  removed?: { files: number; articles: number };
  /** Files the index held under the paths of an update that are still there but now over --max-file-size (passed over), and their articles. */
  overLimit?: { files: number; articles: number };
  /** An update's removed JSON Lines records, of files still held, now over --max-file-size (passed over). */
  recordsOverLimit?: number;
  /** Articles the index held under another path than the one an update read them under (a folder renamed or moved, or given through a link), now held once, under the path read. */
  moved?: { files: number; articles: number };
  /** An update's articles under its paths: new or changed (added), gone or changed (removed), told apart by their records as on a server. */
  changes?: RecordChanges;
  /** A build's articles that boilerplate leaves (nearly) nothing of, their files relative to cwd; an update does not count them. */
  hidden?: HiddenNamed;
}

/** Reads the corpus under `paths` and writes its index to `file`, a few files at a time. */
export async function buildArchive(file: string, paths: readonly string[], options: ArchiveOptions): Promise<Built> {
  const errors: FileError[] = [];
  const skipped: FileError[] = [];
  const target = path.resolve(options.cwd, file);
  const real = realTarget(target);
  const builder = await archiveBuilder(target, real, options);
  const corpus = await corpusBatches(paths, real, options, errors).catch((error: unknown) => {
    builder.abort();
    throw error;
  });
  let articles = 0;
  try {
    for await (const batch of corpus.batches) {
      errors.push(...batch.errors);
      skipped.push(...batch.skipped);
      builder.addBatch(batch);
      articles += batch.fingerprints.length;
    }
  } catch (error) {
    builder.abort();
    await corpus.close();
    throw error;
  }
  try {
    if (errors.length === 0 && articles === 0 && !options.allowEmpty) errors.push(noArticles(paths, corpus.files.length, options.cwd, 'build', passedOver(skipped, options)));
    if (errors.length > 0) return { ...notWritten(builder, errors), skipped };
    const built = await written(builder.finish(undefined, corpus.sort), target, real, options);
    const hidden = built.hidden && { ...built.hidden, examples: built.hidden.examples.map((e) => ({ ...e, file: path.relative(options.cwd, path.resolve(path.dirname(real), e.file)).replaceAll(path.sep, '/') })) };
    return { ...built, hidden, errors, skipped };
  } finally {
    await corpus.close();
  }
}

/**
 * The index of `file` with the articles of the files under `paths` read again: the articles of
 * files still there replaced, of files gone removed, of new files added. The others are kept as
 * stored, their corpus unread: records, line keys and postings taken from the old file (only
 * those whose boilerplate lines change are fingerprinted again, from their records). The result
 * is, byte for byte, the index a rebuild over the same files gives. Files the index holds under
 * another path than the one read (moved-files.ts: a folder renamed, or given through a link) are
 * replaced by what is read, as a rebuild holds them: the moved ones are known only once the new
 * files are read, and the update is then done again without them.
 */
export async function updateArchive(file: string, paths: readonly string[], options: ArchiveOptions): Promise<Built> {
  const first = await updateOnce(file, paths, options);
  if ('built' in first) return first.built;
  const again = await updateOnce(file, paths, options, first.moved);
  if ('built' in again) return again.built;
  throw new Error('an update found moved articles once they were left out');
}

/** An update, the old articles `moved` left out; or, when none were given, the moved articles it found (nothing written). */
async function updateOnce(file: string, paths: readonly string[], options: ArchiveOptions, moved?: ReadonlySet<number>): Promise<{ built: Built } | { moved: Set<number> }> {
  const target = path.resolve(options.cwd, file);
  // the corpus paths it holds are relative to the real file's folder, where it is written again
  const real = realTarget(target);
  const flags = options.flags ?? '';
  const store = openArchive(target, options.pack, { match: options.match }, { cwd: options.cwd, display: options.display, build: `laiyuan index build ${options.corpus ?? '<corpus>'} -o ${shellWord(options.display ?? file)}${flags}` });
  const under = paths.map((p) => path.resolve(options.cwd, p));
  const inside = (abs: string) => under.some((root) => liesWithin(root, abs));
  const errors: FileError[] = [];
  let builder: ArchiveBuilder | undefined;
  let close: (() => Promise<void>) | undefined;
  try {
    const files = store.meta.files;
    const absolute = files.map((f) => path.resolve(path.dirname(real), f));
    const rebuild = ['laiyuan index build', ...rebuildPaths(absolute, options.cwd), '-o', shellWord(store.display)].join(' ') + flags;
    if (store.formatVersion !== INDEX_FORMAT_VERSION) throw olderFormat(store.display, store.formatVersion, rebuild);
    options = { ...options, maxFileSize: updateLimit(store.meta.options.maxFileSize, options.maxFileSize, absolute.every(inside), store.display, rebuild) };
    // the articles it keeps unread keep the origins an older reading of credits gave them: so recorded
    if (!absolute.every(inside)) options = { ...options, creditReading: Math.min(CREDIT_READING, creditReadingOf(store.meta)) };
    // a path gone from the disk is a removal when the index holds files there, else a mistake
    const gone = under.filter((root) => !existsSync(root));
    for (const root of gone) if (!absolute.some((abs) => liesWithin(root, abs))) errors.push(notThere(root, options.cwd));
    builder = await archiveBuilder(target, real, options);
    const tables = store.updateTables();
    // the files read again and those kept are apart (inside `paths` or not): merged file by file
    const corpus = await corpusBatches(paths.filter((_, i) => !gone.includes(under[i])), real, options, errors);
    close = corpus.close;
    const read = corpus.files.map((f) => f.absolute);
    if (errors.length > 0) return { built: notWritten(builder, errors) };
    const elsewhere = heldElsewhere(absolute, inside, read, moved === undefined);
    for (const f of twinsNotThere(path.dirname(real), files, read)) elsewhere.same.add(f);
    const fresh = new FileRuns(corpus.batches, errors, elsewhere.fresh);
    const held = new RecordCounts();
    const found = new MovedArticles(elsewhere.notThere);
    let kept = 0;
    for (let id = 0; id < store.articleCount; id++) {
      const f = tables.files[id];
      if (inside(absolute[f]) || elsewhere.same.has(f) || moved?.has(id)) {
        held.add(store.record(id), formatOf(files[f]), true);
        if (!inside(absolute[f])) found.replaced(f);
        continue;
      }
      kept++;
      await fresh.addBefore(absolute[f], builder);
      const record = store.checkedRecord(id);
      found.watch(id, f, record);
      const keys = tables.lines.keys.subarray(tables.lines.starts[id], tables.lines.starts[id + 1]);
      builder.keep(id, record, keys, tables.fingerprints[id], files[f]);
    }
    await fresh.addBefore(undefined, builder);
    const movedNow = errors.length > 0 ? undefined : found.movedTo(fresh.digests);
    if (movedNow) {
      builder.abort();
      return { moved: movedNow };
    }
    if (errors.length === 0 && kept + fresh.articles === 0 && !options.allowEmpty) errors.push(noArticles(paths, corpus.files.length, options.cwd, 'update', passedOver(fresh.skipped, options)));
    if (errors.length > 0) return { built: { ...notWritten(builder, errors), skipped: fresh.skipped } };
    const common = new Map(store.meta.boilerplateLines.map((line) => [lineKey(line), line]));
    const done = await written(builder.finish({ articles: store.articleCount, common, triples: () => store.triples() }, corpus.sort), target, real, options);
    const changes = held.against(fresh.records);
    const tooBig = new Set(fresh.skipped.map((s) => path.resolve(options.cwd, s.file)));
    const now = new Set(done.meta.files);
    const removed = removedFiles(files, tables.files, (abs) => inside(abs) && !tooBig.has(abs), absolute, now);
    const overLimit = removedFiles(files, tables.files, (abs) => inside(abs) && tooBig.has(abs), absolute, now);
    const recordsOverLimit = Math.min(recordsPassedOver(fresh.skipped, now, real, options.cwd), changes.removed - removed.articles - overLimit.articles);
    return { built: { ...done, errors, skipped: fresh.skipped, changes, removed, overLimit, recordsOverLimit, moved: found.replacedCount() } };
  } catch (error) {
    builder?.abort();
    throw error;
  } finally {
    await close?.();
    await store.close();
  }
}

/**
 * The limit an update reads by: the one the index was built with (5 MB for an index that records
 * none, built when 5 MB was the only one), so that it equals a rebuild with the same options. A
 * `given` other one is taken (and recorded) only when the update reads again every file the index
 * holds (`all`): the files it keeps unread were held to the old limit, and the index would not be
 * what a rebuild at the new one gives.
 */
export function updateLimit(recorded: number | undefined, given: number | undefined, all: boolean, display: string, rebuild: string): number {
  const built = recorded ?? DEFAULT_MAX_FILE_BYTES;
  if (given === undefined || given === built || all) return given ?? built;
  throw new IndexFileError(
    `the index ${display} was built with --max-file-size ${megabytes(built)}, and an update keeps the files outside its paths as they were read then: ` +
      `leave the option out, update it over every path it indexes, or rebuild it with '${rebuild} --max-file-size ${sizeArgument(given)}'`,
  );
}

/**
 * The corpus paths a rebuild of an index holding `absolute` reads, relative to `cwd`: the folder
 * its files share, or, when that is `cwd` or above it, the first folders (or files) under it.
 */
export function rebuildPaths(absolute: readonly string[], cwd: string): string[] {
  if (absolute.length === 0) return [];
  let common = path.dirname(absolute[0]);
  for (const abs of absolute) while (!liesWithin(common, abs)) common = path.dirname(common);
  const shown = (abs: string) => shellWord(path.relative(cwd, abs).split(path.sep).join('/') || '.');
  if (!liesWithin(common, cwd)) return [shown(common)];
  const tops = new Set(absolute.map((abs) => path.join(common, path.relative(common, abs).split(path.sep)[0])));
  return [...tops].map(shown);
}

/**
 * Where an update may find articles it holds under another path (outside `inside`): none unless
 * it reads a file the index does not hold. Then the stored files that are the same as one read
 * (`same`), and, when `look` (the first try), those not there (`notThere`), whose articles are
 * moved if a new file read holds their text (`fresh`: the new files read, to take digests of).
 */
function heldElsewhere(absolute: readonly string[], inside: (abs: string) => boolean, read: readonly string[], look: boolean): { same: Set<number>; notThere: Set<number>; fresh?: Set<string> } {
  const held = new Set(absolute);
  const added = read.filter((abs) => !held.has(abs));
  if (added.length === 0) return { same: new Set(), notThere: new Set() };
  const outside = new Map<number, string>();
  absolute.forEach((abs, f) => {
    if (!inside(abs)) outside.set(f, abs);
  });
  const same = sameFilesAs(outside, added);
  for (const f of same) outside.delete(f);
  const notThere = look ? notThereOf(outside) : new Set<number>();
  return { same, notThere, fresh: notThere.size > 0 ? new Set(added) : undefined };
}

/** The old articles an update finds under another path: replaced (their files the same as one read), or moved (their file not there, their text read anew). */
class MovedArticles {
  private readonly files = new Set<number>();
  private articles = 0;
  private readonly watched: Array<{ id: number; digest: string }> = [];

  constructor(private readonly notThere: ReadonlySet<number>) {}

  replaced(f: number): void {
    this.files.add(f);
    this.articles++;
  }

  /** A kept article: moved if its file is not there and a new file read holds its text. */
  watch(id: number, f: number, record: Uint8Array): void {
    if (!this.notThere.has(f)) return;
    const digest = contentDigest(record);
    if (digest !== undefined) this.watched.push({ id, digest });
  }

  /** The kept articles whose text the new files read hold (`digests`), if any. */
  movedTo(digests: ReadonlySet<string>): Set<number> | undefined {
    const moved = new Set(this.watched.filter((w) => digests.has(w.digest)).map((w) => w.id));
    return moved.size > 0 ? moved : undefined;
  }

  replacedCount(): { files: number; articles: number } | undefined {
    return this.articles > 0 ? { files: this.files.size, articles: this.articles } : undefined;
  }
}

/** An update's path (absolute) gone from the disk with no corpus file of the index there: a mistake, not a removal. */
export function notThere(root: string, cwd: string): FileError {
  return { file: path.relative(cwd, root) || root, message: 'no such file or directory, and the index holds no corpus file there (check the path)' };
}

/**
 * A build (or an update) that would write an index of no articles, which check refuses: named by
 * the paths read (`files`: the corpus files found under them), unless --allow-no-corpus.
 */
export function noArticles(paths: readonly string[], files: number, cwd: string, what: 'build' | 'update' = 'build', over?: string): FileError {
  const named = paths.map((p) => path.relative(cwd, p) || '.').join(', ') || '(no path)';
  const some = `no article in the ${files === 1 ? 'one corpus file' : `${files} corpus files`} found`;
  const found = files === 0 ? 'no corpus file (.txt, .md, .html or .jsonl) found' : over !== undefined ? `${some} under the limit: ${over}` : `${some} (empty, or binary)`;
  if (over !== undefined) return { file: named, message: `${found}; raise --max-file-size to index them` };
  const left = what === 'update' ? ', and the index holds none elsewhere: it would be left with no article' : '';
  return {
    file: named,
    message: `${found}${left}; check refuses an index of no articles: name the folders of the publisher's articles, or give --allow-no-corpus to write it all the same`,
  };
}

/** What was passed over as over --max-file-size, in words (undefined if nothing was): why a build found no article. */
function passedOver(skipped: readonly FileError[], options: ArchiveOptions): string | undefined {
  if (skipped.length === 0) return undefined;
  const records = skipped.filter((s) => s.line !== undefined).length;
  const what = records === skipped.length ? `${records} record${records === 1 ? '' : 's'}` : `${skipped.length} file${skipped.length === 1 ? '' : 's'} or records`;
  return `${what} over --max-file-size ${megabytes(options.maxFileSize ?? DEFAULT_MAX_FILE_BYTES)} passed over`;
}

/** A corpus file could not be read: the index is not written, its old file (if any) left as it was. */
function notWritten(builder: ArchiveBuilder, errors: FileError[]): Built {
  builder.abort();
  return { errors };
}

/** The files held under the paths of an update (`inside`) and no longer in the index written, and their articles. */
function removedFiles(files: readonly string[], fileOf: ArrayLike<number>, inside: (abs: string) => boolean, absolute: readonly string[], now: Set<string>): { files: number; articles: number } {
  const gone = new Set(files.map((f, i) => i).filter((i) => inside(absolute[i]) && !now.has(files[i])));
  let articles = 0;
  for (let id = 0; id < fileOf.length; id++) if (gone.has(fileOf[id])) articles++;
  return { files: gone.size, articles };
}

/**
 * The JSON Lines records passed over as over --max-file-size in files the index still holds: an
 * update's removed records of those files, where the limit (now lower) is why they went.
 */
function recordsPassedOver(skipped: readonly FileError[], now: ReadonlySet<string>, real: string, cwd: string): number {
  const held = new Set([...now].map((f) => path.resolve(path.dirname(real), f)));
  return skipped.filter((s) => s.line !== undefined && held.has(path.resolve(cwd, s.file))).length;
}

/** The index written, or why it could not be (the disk full, the folder gone), in words: one line naming the file. */
async function written<T>(finish: Promise<T>, target: string, real: string, options: ArchiveOptions): Promise<T> {
  try {
    return await finish;
  } catch (error) {
    if (errorCode(error) === undefined) throw error;
    throw new IndexFileError(`cannot write ${shownTarget(target, options)}: ${writeTrouble(path.dirname(real), error, real)}`);
  }
}

/** The index file as messages name it. */
function shownTarget(target: string, options: ArchiveOptions): string {
  return options.display ?? (path.relative(options.cwd, target) || target);
}

/**
 * A builder writing `target` as `real` (its links followed, so that a link to it is kept): beside
 * `real` (its folder made if missing, as `check -o` does), where the temporary files of builds
 * killed before they finished are removed first.
 */
async function archiveBuilder(target: string, real: string, options: ArchiveOptions): Promise<ArchiveBuilder> {
  const dir = path.dirname(real);
  const notice = normalize(noticeText(options.pack)).text;
  const shown = shownTarget(target, options);
  if (await special(target)) throw new IndexFileError(`cannot write the index to ${shown}: it is a device or a pipe, not a file it can replace; give a file path with -o`);
  try {
    await makeFolder(dir);
    await removeStaleTemps([dir]);
    return new ArchiveBuilder(real, dir, { pack: options.pack.id, match: options.match, maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_BYTES, notice, scheme: INDEX_SCHEME, version: options.version, creditReading: options.creditReading ?? CREDIT_READING });
  } catch (error) {
    throw new IndexFileError(`cannot write ${shown}: ${writeTrouble(dir, error, real)}`);
  }
}

/**
 * The prepared articles of the corpus files under `paths`, in corpus order, on as many threads as
 * `options.threads` allows; and on the same threads, the sort of the postings' parts at the end.
 * None when `errors` holds any once the files are listed. `close` ends the threads.
 */
async function corpusBatches(paths: readonly string[], real: string, options: ArchiveOptions, errors: FileError[]): Promise<{ batches: AsyncGenerator<PreparedBatch>; files: readonly CorpusFile[]; sort?: PartSorter; close: () => Promise<void> }> {
  const listed = await corpusFilesInOrder([...paths], options.pack, options.cwd, errors, options.root ?? options.cwd);
  // what the listing found wrong (a link out of the project, a path not there) refuses the build: nothing is read
  const files = errors.length > 0 ? [] : listed;
  const setup: PrepSetup = { pack: options.pack, match: options.match, notice: normalize(noticeText(options.pack)).text, dir: path.dirname(real), cwd: options.cwd, maxBytes: options.maxFileSize };
  const threads = options.threads ? buildThreadsFor(options.threads.concurrency, files) : 1;
  if (process.env.LAIYUAN_DEBUG === '1') process.stderr.write(`laiyuan: debug: ${files.length} corpus file(s) read on ${threads > 1 ? `${threads} worker threads` : 'the main thread'}\n`);
  const script = options.threads?.script;
  if (threads <= 1 || !script) return { batches: preparedHere(files, setup), files, close: async () => undefined };
  const pool = new BuildPool(script, setup, threads);
  return { batches: files.length > 1 ? pool.batches(files) : preparedHere(files, setup), files, sort: pool.sort, close: () => pool.close() };
}

/** Batches of prepared articles taken in order, their files' articles added one file at a time. */
class FileRuns {
  private batch: PreparedBatch | undefined;
  private file = 0;
  private article = 0;
  /** The records of the articles added, counted. */
  readonly records = new RecordCounts();
  /** The files (or records) passed over as over --max-file-size. */
  readonly skipped: FileError[] = [];
  /** The digests of the texts of the articles of the files `watched` (moved-files.ts). */
  readonly digests = new Set<string>();
  articles = 0;

  constructor(
    private readonly batches: AsyncGenerator<PreparedBatch>,
    private readonly errors: FileError[],
    private readonly watched?: ReadonlySet<string>,
  ) {}

  /** Adds the articles of the files before `absolute` (all that remain if undefined). */
  async addBefore(absolute: string | undefined, builder: ArchiveBuilder): Promise<void> {
    for (;;) {
      if (!this.batch || this.file === this.batch.names.length) {
        const next = await this.batches.next();
        if (next.done) return;
        this.batch = next.value;
        this.errors.push(...next.value.errors);
        this.skipped.push(...next.value.skipped);
        this.file = 0;
        this.article = 0;
        continue;
      }
      if (absolute !== undefined && this.batch.absolute[this.file] >= absolute) return;
      builder.addFile(this.batch, this.file, this.article);
      const { recordEnds, records } = this.batch;
      const watch = this.watched?.has(this.batch.absolute[this.file]) === true;
      const format = formatOf(this.batch.absolute[this.file]);
      const end = this.article + this.batch.counts[this.file++];
      this.articles += end - this.article;
      for (let a = this.article; a < end; a++) {
        const record = records.subarray(a === 0 ? 0 : recordEnds[a - 1], recordEnds[a]);
        this.records.add(record, format);
        const digest = watch ? contentDigest(record) : undefined;
        if (digest !== undefined) this.digests.add(digest);
      }
      this.article = end;
    }
  }
}

/** Articles by file, then by place in the file: a rebuild and an update number them alike. */
export function inCorpusOrder(articles: Article[], cwd: string): Article[] {
  const keyed = articles.map((a) => ({ a, file: path.resolve(cwd, a.doc.path) }));
  keyed.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.a.doc.lineOffset - y.a.doc.lineOffset));
  return keyed.map((k) => k.a);
}

/**
 * An update of an index of an older format version this laiyuan reads: the records it keeps unread
 * would stand beside records written in this version's way (their raw texts encoded otherwise) in
 * one file, so it is rebuilt instead, once.
 */
function olderFormat(display: string, version: number, rebuild: string): IndexFileError {
  return new IndexFileError(`the index ${display} has format version ${version}, which this laiyuan reads but does not update (it writes version ${INDEX_FORMAT_VERSION}): rebuild it once with '${rebuild}'`);
}
