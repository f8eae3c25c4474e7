// A pack's corpus folder read into articles, and the notice that is never content.
import path from 'node:path';
import type { Pack } from '../core/config/types.js';
import type { Article } from '../core/match/types.js';
import type { FileError } from '../core/read/types.js';
import { liesWithin } from './linked-path.js';
import { discoverFiles, isNotThere, NOT_THERE } from './discover.js';
import type { ReadBefore, ReadOptions, ReadOutcome } from './read-file.js';
import { readAhead } from './read-ahead.js';
import { LOST_BREAKS } from './safe-read.js';
import { PLAIN_PATH } from './plain-path.js';

export { noticeText } from './notice-text.js';

/** Where a config's corpus comes from: its file, for messages, and its folder, which links in the corpus folders may not lead out of. */
export interface CorpusSource {
  configFile?: string;
  root?: string;
  /** Gets the SHA-256 of the bytes read, by displayed path. */
  hashes?: Map<string, string>;
  /** What to check when a path cannot be walked, if not the config's corpus or --corpus. */
  where?: string;
  /** Paths from --corpus: absolute, to as the user typed them, so that a problem under one names the option. */
  fromOption?: ReadonlyMap<string, string>;
  /** The paths named absolute (in the config or --corpus): what lies under them outside the working folder is named absolute. */
  namedAbsolute?: ReadonlySet<string>;
  /** Files read before (corpusDigests), by absolute path: taken from here, and dropped, instead of read again. */
  before?: Map<string, ReadBefore>;
  /** --max-file-size (default 5 MB): a corpus file bigger (a JSON Lines file's record) is passed over, to `skipped`. */
  maxBytes?: number;
  /** What to do about a file over `maxBytes`, said in its note (default: CORPUS_READ's). */
  tooBig?: string;
  /** Gets the files (or JSON Lines records) passed over as over `maxBytes`, to note: the run goes on without them. */
  skipped?: FileError[];
}

/**
 * Reads the corpus files under `paths`; `seen` gets each file (absolute). A path outside the
 * project's folder is read when named, but a link in a corpus folder never leads out of it.
 */
export async function readCorpus(paths: string[], pack: Pack, cwd: string, seen: Set<string>, errors: FileError[], source: CorpusSource = {}): Promise<Article[]> {
  const files = await findCorpusFiles(paths, pack, cwd, errors, source);
  return readCorpusFiles(files, pack, cwd, seen, errors, source);
}

/** Reads corpus files found by findCorpusFiles (relative to `cwd`), in that order; `seen` gets each file (absolute). */
export async function readCorpusFiles(files: readonly string[], pack: Pack, cwd: string, seen: Set<string>, errors: FileError[], source: CorpusSource = {}): Promise<Article[]> {
  // the readers and the judge's view of an article, loaded only when a corpus is read: a run the cache answers whole reads none
  const [{ readPieces }, { toArticle }] = await Promise.all([import('./read-file.js'), import('../core/judge/article-origin.js')]);
  const articles: Article[] = [];
  let at = 0;
  // a source with words of its own (index build) says a record over the limit in the reader's
  const read = { ...CORPUS_READ, maxBytes: source.maxBytes, ...(source.tooBig === undefined ? {} : { tooBig: source.tooBig, recordTooBig: undefined }) };
  const readOne = async (file: string) => {
    const absolute = path.resolve(cwd, file);
    const before = source.before?.get(absolute);
    source.before?.delete(absolute);
    return allPieces(readPieces(absolute, { displayPath: file, before, ...read }));
  };
  // a file (or a record) over the limit is passed over with a note, as index build passes it over; without `skipped`, an error
  const skipped = source.skipped ?? errors;
  for await (const pieces of readAhead(files, readOne, READ_AHEAD)) {
    const file = files[at++];
    seen.add(path.resolve(cwd, file));
    for (const piece of pieces) {
      const documents = documentsOf(piece, piece.ok || piece.skipped !== 'too-big' ? errors : skipped);
      articles.push(...documents.map((doc) => toArticle(doc, pack)));
    }
    // a big JSON Lines file's hash comes with its last piece, the others' with their one
    const hashed = pieces.findLast((piece) => piece.ok && piece.sha256 !== '');
    if (hashed?.ok) source.hashes?.set(file, hashed.sha256);
  }
  return articles;
}

/** A file's pieces (readPieces), all of them: a JSON Lines file over the limit is held in its documents, as check holds its corpus. */
async function allPieces(pieces: AsyncGenerator<ReadOutcome>): Promise<ReadOutcome[]> {
  const all: ReadOutcome[] = [];
  for await (const piece of pieces) all.push(piece);
  return all;
}

// a user who lowers the limit to pass over huge files to check passes over corpus articles too:
// the note says what is lost, and how to keep the corpus to a limit of its own
const ONE_LIMIT = 'the one --max-file-size holds for the corpus and the files checked alike';
const OWN_LIMIT = 'or check against an index built with a limit of its own (laiyuan index build <corpus> -o <file> --max-file-size <size>, then --index <file>)';

/**
 * How a corpus file is read, by check, match and index build|update alike: a JSON Lines file (an
 * archive export) is records, each held to the size limit (--max-file-size, 5 MB by default), not
 * the file; any other file is one article, passed over with a note when over it.
 */
export const CORPUS_READ = {
  records: true,
  tooBig: `reuse of this corpus file's articles will not be found; ${ONE_LIMIT}: raise it to read this file, ${OWN_LIMIT}`,
  recordTooBig: `reuse of this corpus article will not be found; ${ONE_LIMIT}: raise it to read this record ${LOST_BREAKS}, ${OWN_LIMIT}`,
} as const satisfies ReadOptions;

/** How `index build|update` reads a corpus file: as check's corpus is, a file over --max-file-size passed over with a note. */
export const INDEX_READ = { records: true, tooBig: 'raise --max-file-size to index it, or leave it out of the corpus' } as const;

/** Files read ahead while the articles of the current one are processed: the disk never waits on the processor. */
const READ_AHEAD = 4;

/** A corpus file to read: as shown in messages, and absolute. */
export interface CorpusFile {
  file: string;
  absolute: string;
  /** Found in a folder's walk, where it was a regular file (one named outright may be anything). */
  walked?: boolean;
}

/**
 * The corpus files under `paths` in corpus order (by absolute path, as inCorpusOrder sorts
 * articles), for `index build|update`; a link in a corpus folder may not lead out of `root`, as in check.
 */
export async function corpusFilesInOrder(paths: string[], pack: Pack, cwd: string, errors: FileError[], root: string): Promise<CorpusFile[]> {
  const named = new Set(paths.map((p) => path.resolve(cwd, p)));
  const resolve = resolverFrom(cwd);
  const files = (await findCorpusFiles(paths, pack, cwd, errors, indexSource(pack, root))).map((file) => {
    const absolute = resolve(file);
    return { file, absolute, walked: !named.has(absolute) };
  });
  return files.sort((x, y) => (x.absolute < y.absolute ? -1 : x.absolute > y.absolute ? 1 : 0));
}

/**
 * path.resolve(cwd, file) for the paths a listing gives: a plain relative one (names only, none
 * '.' or '..', no doubled '/') joined to the resolved cwd as it stands, without normalising both
 * again (a 10,000-file build: 40 ms of the main thread's listing, before any worker has a file).
 */
function resolverFrom(cwd: string): (file: string) => string {
  const base = path.resolve(cwd);
  if (path.sep !== '/') return (file) => path.resolve(base, file);
  const prefix = base === '/' ? '/' : `${base}/`;
  return (file) => (PLAIN_PATH.test(file) ? prefix + file : path.resolve(base, file));
}

/** Where `index build|update` (to a file or a server) reads a pack's corpus from: confined to `root` as check's is. */
export function indexSource(pack: Pack, root: string): CorpusSource {
  return { where: `named on the command line, or by corpus.${pack.id} in the config`, root, tooBig: INDEX_READ.tooBig };
}

/** The corpus files under `paths` (relative to `cwd`), unread; what cannot be walked goes to `errors`. */
export async function findCorpusFiles(paths: string[], pack: Pack, cwd: string, errors: FileError[], source: CorpusSource): Promise<string[]> {
  const absolute = source.namedAbsolute;
  const asNamed = absolute && ((given: string) => absolute.has(given));
  const found = await discoverFiles(paths, { cwd, include: [], ignore: [], gitignore: false, confine: source.root, brokenLinks: 'error', asNamed });
  // the place the path was named in, worded so that it cannot be read as a command (`check --corpus x`)
  const where = source.where ?? (source.configFile ? `named by corpus.${pack.id} in ${source.configFile}` : 'given with --corpus');
  errors.push(
    ...found.errors.map((e) => {
      // the remedy is the place the path was named in, said once
      const message = isNotThere(e.message) ? NOT_THERE : e.message;
      return { ...e, message: `corpus of pack '${pack.id}': ${message} (${optionNaming(path.resolve(cwd, e.file), source) ?? where}: check the path)` };
    }),
  );
  return found.files;
}

/** `--corpus <path>` when `file` is (or lies under) a path that option named. */
function optionNaming(file: string, source: CorpusSource): string | undefined {
  for (const [absolute, typed] of source.fromOption ?? []) {
    if (liesWithin(absolute, file)) return `given with --corpus ${typed}`;
  }
  return undefined;
}

/**
 * A file's documents; what went wrong reading it goes to `errors`. A binary file is skipped without
 * a word, and so is a file of no text (0 bytes, or white space only): no article of no text.
 */
export function documentsOf(read: ReadOutcome, errors: FileError[]) {
  if (!read.ok) {
    if (read.skipped !== 'binary') errors.push(read.error);
    return [];
  }
  errors.push(...read.errors);
  return read.documents.some((doc) => /\S/u.test(doc.text)) ? read.documents : [];
}
