// Building and pushing an archive index on a PostgreSQL server (update.ts updates it): the same articles,
// options and boilerplate as the index file, written in one transaction.
import path from 'node:path';
import type { Article } from '../../core/match/types.js';
import type { FileError } from '../../core/read/types.js';
import { buildIndex, keyFinder, type CorpusIndex } from '../../core/match/corpus-index.js';
import { namedHidden, type HiddenNamed } from '../../core/match/hidden.js';
import { winnow } from '../../core/match/fingerprint.js';
import { sortTriples } from '../../core/match/posting-sort.js';
import { GrowableU32 } from '../../core/shared/growable.js';
import { StopList } from '../article-prep.js';
import { linesOf } from './counts.js';
import { inCorpusOrder, noArticles, type ArchiveOptions } from '../archive.js';
import { findCorpusFiles, indexSource, noticeText, readCorpusFiles } from '../corpus-read.js';
import { FileIndexStore, INDEX_SCHEME } from '../index-file.js';
import { fromStored, serverRecord, toRecord } from '../index-records.js';
import { realTarget } from '../real-target.js';
import { DEFAULT_MAX_FILE_BYTES } from '../safe-read.js';
import type { Server } from './connect.js';
import { holdsIndex, migrate } from './schema.js';
import type { Rebuild } from '../build-flags.js';
import { postingWordsOf, writeIndex, type ArticleRow, type IndexContent, type Written } from './write.js';

export interface ServerArchiveOptions extends ArchiveOptions {
  /** The folder stored corpus paths are relative to: the config's folder, else the working directory. */
  base: string;
}

/** Where stored paths are read from (cwd) and relative to (base). */
export type PathOptions = Pick<ServerArchiveOptions, 'cwd' | 'base' | 'allowEmpty'>;

export interface ServerBuilt extends Written {
  errors: FileError[];
  /** Corpus files (JSON Lines records) over --max-file-size, passed over: notes, the index written without them. */
  skipped?: FileError[];
  files: number;
  /** A build's articles that boilerplate leaves (nearly) nothing of; a push or an update does not count them. */
  hidden?: HiddenNamed;
}

/**
 * Reads the corpus under `paths` and writes its index to the server (creating the tables if need
 * be). A corpus error writes nothing, as a file build: what the listing finds refuses before any
 * file is read, what the reading finds before the server is written.
 */
export async function buildServerArchive(server: Server, paths: readonly string[], options: ServerArchiveOptions): Promise<ServerBuilt | NotWritten> {
  const errors: FileError[] = [];
  const skipped: FileError[] = [];
  const source = { ...indexSource(options.pack, options.root ?? options.cwd), maxBytes: options.maxFileSize, skipped };
  const files = await findCorpusFiles([...paths], options.pack, options.cwd, errors, source);
  if (errors.length > 0) return { errors, kept: await holdsIndex(server) };
  const articles = await readCorpusFiles(files, options.pack, options.cwd, new Set(), errors, source);
  if (errors.length === 0 && articles.length === 0 && !options.allowEmpty) errors.push(noArticles(paths, files.length, options.cwd));
  if (errors.length > 0) return { errors, skipped, kept: await holdsIndex(server) };
  await migrate(server, undefined, options);
  return { ...(await writeArticles(server, articles, options)), errors, skipped };
}

/** A build or update refused for the corpus errors it names: the server left as it was. */
export interface NotWritten {
  errors: FileError[];
  skipped?: FileError[];
  /** Whether there was an index to leave as it was. */
  kept: boolean;
}

export interface PushOptions {
  /** Postings read from the file and copied at a time (tests set it small to push in many pieces). */
  chunkWords?: number;
  /** Record bytes read from the file at a time. */
  chunkBytes?: number;
}

/**
 * Loads a built index file into the server by COPY, as it is: same articles, postings and
 * options. Postings and records are read from the file as they are copied, a chunk at a time,
 * so memory stays that of a chunk however large the index.
 */
export async function pushServerArchive(server: Server, file: string, options: PathOptions & { rebuildFor?: (pack: string) => Rebuild }, push: PushOptions = {}): Promise<ServerBuilt | NotWritten> {
  const store = FileIndexStore.open(path.resolve(options.cwd, file), file, { cwd: options.cwd });
  try {
    // refused as a build of no articles is (check refuses such an index), before the server is written
    if (store.articleCount === 0 && !options.allowEmpty) return { errors: [noArticlesPushed(file)], kept: await holdsIndex(server) };
    const { meta } = store;
    const fingerprints = await store.fingerprintCounts(Array.from({ length: store.articleCount }, (_, i) => i));
    const { lines } = store.updateTables();
    const content: IndexContent = {
      pack: meta.pack,
      // the build options as the file records them (one written by an earlier laiyuan records no --max-file-size)
      built: { scheme: meta.scheme, options: { k: meta.options.k, window: meta.options.window, boilerplateShare: meta.options.boilerplateShare, maxFileSize: meta.options.maxFileSize }, notice: meta.notice, laiyuan: meta.laiyuan },
      boilerplateLines: meta.boilerplateLines,
      postings: () => store.postingChunks(push.chunkWords),
      droppedPostings: () => store.postingChunks(push.chunkWords, 'dropped'),
      postingCount: meta.postings,
      articleCount: store.articleCount,
      files: meta.files.length,
      articleLines: () => Array.from({ length: store.articleCount }, (_, article) => ({ article, keys: lines.keys.subarray(lines.starts[article], lines.starts[article + 1]) })),
      dropped: meta.droppedFingerprints,
      articles: () => storedRows(store, fingerprints, options, push.chunkBytes),
    };
    // an older server index is told the build of the file's pack
    const rebuild = options.rebuildFor?.(meta.pack);
    await migrate(server, undefined, rebuild);
    return { ...(await writeIndex(server, content, rebuild)), errors: [], files: meta.files.length };
  } finally {
    await store.close();
  }
}

/** A push of an index file of no articles (built with --allow-no-corpus), which check refuses. */
function noArticlesPushed(file: string): FileError {
  return {
    file,
    message: "the index holds no articles; check refuses an index of no articles: build it over the folders of the publisher's articles, or give --allow-no-corpus to push it all the same",
  };
}

/**
 * The file index's article rows as the server stores them. Its records name their corpus file
 * relative to the (real) index file's folder, the server's relative to `options.base`: the same when
 * the index file lies there, and the articles then go as they are stored (re-encoded from the
 * file's records, index-records.ts, into the server's compressed JSON).
 */
function* storedRows(store: FileIndexStore, counts: Uint32Array, options: PathOptions, chunkBytes?: number): Generator<ArticleRow> {
  const asIs = store.folder === realTarget(path.resolve(options.base));
  const files = store.articleFiles();
  for (const { id, stored } of store.records(chunkBytes)) {
    const row = asIs ? { file: store.meta.files[files[id]], record: serverRecord(stored) } : storedRow(fromStored(stored, store.folder, options.cwd), options);
    yield { id, ...row, fingerprints: counts[id] };
  }
}

async function writeArticles(server: Server, unordered: Article[], options: ServerArchiveOptions): Promise<Written & { files: number; hidden?: HiddenNamed }> {
  const articles = inCorpusOrder(unordered, options.cwd);
  const index = buildIndex(articles, options.match, noticeText(options.pack));
  const fingerprints = Uint32Array.from(index.articles, (a) => a.fingerprints);
  const total = fingerprints.reduce((n, f) => n + f, 0);
  const files = new Set(articles.map((a) => a.doc.path)).size;
  const content: IndexContent = {
    pack: options.pack.id,
    built: builtMeta(options, index.boilerplate.notice),
    boilerplateLines: [...index.boilerplate.lines].sort(),
    postings: () => postingWordsOf(index),
    droppedPostings: () => [droppedOf(index)],
    postingCount: index.postArticle.length,
    articleCount: articles.length,
    files,
    articleLines: () => articles.map((article, id) => ({ article: id, keys: [...linesOf(article.doc.text).keys()] })),
    dropped: total - index.postArticle.length,
    articles: () => articles.map((article, id) => ({ id, ...storedRow(article, options), fingerprints: fingerprints[id] })),
  };
  const written = await writeIndex(server, content, options);
  return { ...written, files, hidden: index.hidden && namedHidden(index.hidden, (a) => articles[a]) };
}

/** How the index was made, as index_meta.built records it (a build and an update alike). */
export function builtMeta(options: ServerArchiveOptions, notice: string) {
  return {
    scheme: INDEX_SCHEME,
    options: { k: options.match.k, window: options.match.window, boilerplateShare: options.match.boilerplateShare, maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_BYTES },
    notice,
    laiyuan: options.version,
  };
}

/**
 * The postings an index built in memory left out as boilerplate, as (hash, article, position)
 * words sorted so: its articles fingerprinted again, less the notice's hashes and those it keeps.
 */
function droppedOf(index: CorpusIndex): Uint32Array {
  const { k, window } = index.options;
  const stop = new StopList(index.boilerplate.notice, index.options);
  const kept = keyFinder(index.keys);
  const words = new GrowableU32();
  index.articles.forEach((a, id) => {
    const fps = winnow(a.norm.text, k, window);
    for (let i = 0; i < fps.hashes.length; i++) {
      if (stop.has(fps.hashes[i]) || kept(fps.hashes[i]) >= 0) continue;
      words.push(fps.hashes[i]);
      words.push(id);
      words.push(fps.positions[i]);
    }
  });
  return sortTriples(words.view(), 32, false, index.articles.length);
}

/** An article's corpus file and record as the server stores them. */
export function storedRow(article: Article, options: PathOptions): { file: string; record: Uint8Array } {
  return { file: storedFile(article, options), record: toRecord(article, options.base, options.cwd) };
}

/** An article's corpus file as the server stores it: relative to `options.base`, with slashes. */
export function storedFile(article: Article, options: PathOptions): string {
  return path.relative(options.base, path.resolve(options.cwd, article.doc.path)).split(path.sep).join('/');
}
