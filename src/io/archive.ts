// Building, updating and opening a pack's archive index file.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { MatchOptions, Pack } from '../core/config/types.js';
import type { Article } from '../core/match/types.js';
import type { FileError } from '../core/read/types.js';
import type { IndexMeta } from '../core/match/archive-format.js';
import { normalize } from '../core/normalize/index.js';
import { lineKey } from '../core/match/boilerplate.js';
import { INDEX_SCHEME, IndexFileError } from './index-file.js';
import { errorWords } from './error-code.js';
import { corpusFilesInOrder, noticeText, type CorpusFile } from './corpus-read.js';
import { movedWithoutCorpus } from './moved-index.js';
import { realTarget } from './real-target.js';
import { openArchive } from './archive-open.js';
import { ArchiveBuilder } from './archive-builder.js';
import type { HiddenNamed } from '../core/match/hidden.js';
import type { PrepSetup, PreparedBatch } from './article-prep.js';
import { BuildPool, buildThreadsFor, preparedHere, type BuildThreads } from './build-workers.js';
import type { PartSorter } from './part-sort.js';
import { removeStaleTemps, special } from './write-output.js';

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
}

/** What a build or update wrote; nothing (`meta` undefined, the old file as it was) when a corpus file could not be read. */
export interface Built {
  meta?: IndexMeta;
  bytes?: number;
  errors: FileError[];
  /** Files the index held under the paths of an update that are gone from the corpus, and their articles. */
  removed?: { files: number; articles: number };
  /** An update's articles under its paths: new or changed (added), gone or changed (removed), told apart by their records as on a server. */
  changes?: { added: number; removed: number };
  /** A build's articles that boilerplate leaves (nearly) nothing of, their files relative to cwd; an update does not count them. */
  hidden?: HiddenNamed;
}

/** Reads the corpus under `paths` and writes its index to `file`, a few files at a time. */
export async function buildArchive(file: string, paths: readonly string[], options: ArchiveOptions): Promise<Built> {
  const errors: FileError[] = [];
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
      builder.addBatch(batch);
      articles += batch.fingerprints.length;
    }
  } catch (error) {
    builder.abort();
    await corpus.close();
    throw error;
  }
  try {
    if (errors.length === 0 && articles === 0 && !options.allowEmpty) errors.push(noArticles(paths, corpus.files.length, options.cwd));
    if (errors.length > 0) return notWritten(builder, errors);
    const built = await builder.finish(undefined, corpus.sort);
    const hidden = built.hidden && { ...built.hidden, examples: built.hidden.examples.map((e) => ({ ...e, file: path.relative(options.cwd, path.resolve(path.dirname(real), e.file)).replaceAll(path.sep, '/') })) };
    return { ...built, hidden, errors };
  } finally {
    await corpus.close();
  }
}

/**
 * The index of `file` with the articles of the files under `paths` read again: the articles of
 * files still there replaced, of files gone removed, of new files added. The others are kept as
 * stored, their corpus unread: records, line keys and postings taken from the old file (only
 * those whose boilerplate lines change are fingerprinted again, from their records). The result
 * is, byte for byte, the index a rebuild over the same files gives.
 */
export async function updateArchive(file: string, paths: readonly string[], options: ArchiveOptions): Promise<Built> {
  const target = path.resolve(options.cwd, file);
  // the corpus paths it holds are relative to the real file's folder, where it is written again
  const real = realTarget(target);
  const store = openArchive(target, options.pack, { match: options.match }, { cwd: options.cwd });
  const under = paths.map((p) => path.resolve(options.cwd, p));
  const inside = (abs: string) => under.some((root) => liesWithin(root, abs));
  const errors: FileError[] = [];
  let builder: ArchiveBuilder | undefined;
  let close: (() => Promise<void>) | undefined;
  try {
    const files = store.meta.files;
    const absolute = files.map((f) => path.resolve(path.dirname(real), f));
    // a path gone from the disk is a removal when the index holds files there, else a mistake
    const gone = under.filter((root) => !existsSync(root));
    for (const root of gone) if (!absolute.some((abs) => liesWithin(root, abs))) errors.push(notThere(root, options.cwd));
    builder = await archiveBuilder(target, real, options);
    const tables = store.updateTables();
    // the files read again and those kept are apart (inside `paths` or not): merged file by file
    const corpus = await corpusBatches(paths.filter((_, i) => !gone.includes(under[i])), real, options, errors);
    close = corpus.close;
    const moved = errors.length > 0 ? undefined : movedWithoutCorpus({ file: target, real }, files, corpus.files.map((f) => f.absolute), options.cwd);
    if (moved) errors.push(moved);
    if (errors.length > 0) return notWritten(builder, errors);
    const fresh = new FileRuns(corpus.batches, errors);
    const held = new RecordCounts();
    let kept = 0;
    for (let id = 0; id < store.articleCount; id++) {
      const f = tables.files[id];
      if (inside(absolute[f])) {
        held.add(store.record(id));
        continue;
      }
      kept++;
      await fresh.addBefore(absolute[f], builder);
      const keys = tables.lines.keys.subarray(tables.lines.starts[id], tables.lines.starts[id + 1]);
      builder.keep(id, store.checkedRecord(id), keys, tables.fingerprints[id], files[f]);
    }
    await fresh.addBefore(undefined, builder);
    if (errors.length === 0 && kept + fresh.articles === 0 && !options.allowEmpty) errors.push(noArticles(paths, corpus.files.length, options.cwd, 'update'));
    if (errors.length > 0) return notWritten(builder, errors);
    const common = new Map(store.meta.boilerplateLines.map((line) => [lineKey(line), line]));
    const written = await builder.finish({ articles: store.articleCount, common, triples: () => store.triples() }, corpus.sort);
    const changes = held.against(fresh.records);
    return { ...written, errors, changes, removed: removedFiles(files, tables.files, inside, absolute, new Set(written.meta.files)) };
  } catch (error) {
    builder?.abort();
    throw error;
  } finally {
    await close?.();
    await store.close();
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
export function noArticles(paths: readonly string[], files: number, cwd: string, what: 'build' | 'update' = 'build'): FileError {
  const named = paths.map((p) => path.relative(cwd, p) || '.').join(', ') || '(no path)';
  const found = files === 0 ? 'no corpus file (.txt, .md, .html or .jsonl) found' : `no article in the ${files === 1 ? 'one corpus file' : `${files} corpus files`} found (empty, or binary)`;
  const left = what === 'update' ? ', and the index holds none elsewhere: it would be left with no article' : '';
  return {
    file: named,
    message: `${found}${left}; check refuses an index of no articles: name the folders of the publisher's articles, or give --allow-no-corpus to write it all the same`,
  };
}

/** Absolute path `abs` is `root` or lies below it (both resolved). */
export function liesWithin(root: string, abs: string): boolean {
  return abs === root || abs.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
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
 * A builder writing `target` as `real` (its links followed, so that a link to it is kept): beside
 * `real` (its folder made if missing, as `check -o` does), where the temporary files of builds
 * killed before they finished are removed first.
 */
async function archiveBuilder(target: string, real: string, options: ArchiveOptions): Promise<ArchiveBuilder> {
  const dir = path.dirname(real);
  const notice = normalize(noticeText(options.pack)).text;
  const shown = path.relative(options.cwd, target) || target;
  if (await special(target)) throw new IndexFileError(`cannot write the index to ${shown}: it is a device or a pipe, not a file it can replace; give a file path with -o`);
  try {
    await mkdir(dir, { recursive: true });
    await removeStaleTemps([dir]);
    return new ArchiveBuilder(real, dir, { pack: options.pack.id, match: options.match, notice, scheme: INDEX_SCHEME, version: options.version });
  } catch (error) {
    throw new IndexFileError(`cannot write ${shown}: ${errorWords(error)}; check its folder can be made and is writable`);
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
  const setup: PrepSetup = { pack: options.pack, match: options.match, notice: normalize(noticeText(options.pack)).text, dir: path.dirname(real), cwd: options.cwd };
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
  articles = 0;

  constructor(
    private readonly batches: AsyncGenerator<PreparedBatch>,
    private readonly errors: FileError[],
  ) {}

  /** Adds the articles of the files before `absolute` (all that remain if undefined). */
  async addBefore(absolute: string | undefined, builder: ArchiveBuilder): Promise<void> {
    for (;;) {
      if (!this.batch || this.file === this.batch.names.length) {
        const next = await this.batches.next();
        if (next.done) return;
        this.batch = next.value;
        this.errors.push(...next.value.errors);
        this.file = 0;
        this.article = 0;
        continue;
      }
      if (absolute !== undefined && this.batch.absolute[this.file] >= absolute) return;
      builder.addFile(this.batch, this.file, this.article);
      const { recordEnds, records } = this.batch;
      const end = this.article + this.batch.counts[this.file++];
      this.articles += end - this.article;
      for (let a = this.article; a < end; a++) this.records.add(records.subarray(a === 0 ? 0 : recordEnds[a - 1], recordEnds[a]));
      this.article = end;
    }
  }
}

/** Article records counted by digest: what an update found added and removed is told by them, as the server's update tells it. */
class RecordCounts {
  private readonly counts = new Map<string, number>();

  add(record: Uint8Array): void {
    const key = createHash('sha1').update(record).digest('base64');
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Articles these records (held before) have that `fresh` lacks (removed), and the other way (added). */
  against(fresh: RecordCounts): { added: number; removed: number } {
    let same = 0;
    for (const [key, n] of this.counts) same += Math.min(n, fresh.counts.get(key) ?? 0);
    return { added: fresh.total() - same, removed: this.total() - same };
  }

  private total(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }
}

/** Articles by file, then by place in the file: a rebuild and an update number them alike. */
export function inCorpusOrder(articles: Article[], cwd: string): Article[] {
  const keyed = articles.map((a) => ({ a, file: path.resolve(cwd, a.doc.path) }));
  keyed.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.a.doc.lineOffset - y.a.doc.lineOffset));
  return keyed.map((k) => k.a);
}
