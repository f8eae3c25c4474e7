import path from 'node:path';
import type { FileError } from '../core/read/types.js';
import type { Config, Loaded, Pack } from '../core/config/types.js';
import type { Project } from '../core/judge/check-document.js';
import type { Rule } from '../core/judge/rule.js';
import type { CorpusIndex } from '../core/match/corpus-index.js';
import { namedHidden, type HiddenNamed } from '../core/match/hidden.js';
import type { IndexStore } from '../core/match/index-store.js';
import { isServerUrl } from './postgres/url.js';
import type { LoadedConfig } from './config.js';
import { loadConfigKept } from './config-kept.js';
import { IndexFileError } from './index-file-error.js';
import { indexIdentity } from './index-identity.js';
import { UNREADABLE } from './unreadable.js';
import type { ReadBefore } from './read-file.js';
import type { Indexer } from './index-cache.js';
import type { ServerIndexStore } from './postgres/store.js';
import { givenPath, shellWord } from './display-path.js';
import { buildFlags, configCorpus } from './build-flags.js';
import { serverBuild } from './postgres/commands.js';
import { DEFAULT_MAX_FILE_BYTES } from './safe-read.js';
import type { IndexFacts } from '../formats/options.js';
import { noticeText } from './notice-text.js';

export { noticeText } from './notice-text.js';

export interface LoadedProject {
  project: Project;
  /** Corpus files, absolute, so that a check never judges the archive against itself. */
  corpusFiles: Set<string>;
  /** SHA-256 of each corpus file's bytes as read for this run, by its path as findings give it. */
  corpusHashes: Map<string, string>;
  /** Corpus files behind each pack's index file: never checked, never read (known once `complete`d). */
  indexedFiles: Set<string>;
  /** Indexes on a server: the corpus files they hold are never checked either (asked for the files found, see outsideCorpus). */
  serverIndexes: ServerIndexStore[];
  /** What identifies each index and its content (for the cache key), by pack: an index file's by its path and header, unopened. */
  indexIds: Record<string, string>;
  /** Each index file's stamp (file-stamp.ts) as it was identified, by absolute path. */
  indexStamps: Map<string, string>;
  /** The index files, as named, with their header's SHA-256 and stamp, for the evidence reports. */
  indexFacts: IndexFacts[];
  /** Corpus files read before the corpus is (corpusDigests, for the --cache key), by absolute path: `complete` reads them from here. */
  readBefore: Map<string, ReadBefore>;
  /** Corpus files that could not be walked or read, pack by pack: reported, the run goes on. */
  readonly errors: FileError[];
  /** The --max-file-size corpus files (JSON Lines records) are read by: what is bigger is passed over with a note. */
  corpusMaxBytes: number;
  /** Corpus files (or JSON Lines records) over corpusMaxBytes, passed over, once read or adopted: notes, the run goes on without them. */
  corpusSkipped(): FileError[];
  provenance: Record<string, string>;
  /** Whether a lazy load left corpus files unread or index files unopened. */
  readonly pending: boolean;
  /** Reads the corpus files and opens the index files a lazy load left (once): before anything is matched. */
  complete(): Promise<void>;
  /** What reading the archive found, once it was read: see ArchiveFacts. */
  facts(): ArchiveFacts | undefined;
  /**
   * Takes what a run over the same archive found (same corpus bytes, config, version: the cache's
   * key) instead of reading it, and the corpus files' hashes from `digests` (by absolute path);
   * false, taking nothing, when the facts do not cover every pack's corpus.
   */
  adopt(facts: ArchiveFacts, digests: ReadonlyMap<string, string>): boolean;
  /** Articles of each pack with corpus folders, once read or adopted. */
  articleCounts(): Map<string, number>;
  /** The corpus folders and files of each pack with corpus folders that could not be walked or read, once read or adopted (packs with none left out). */
  corpusErrors(): Map<string, FileError[]>;
  /** The articles of each pack's corpus folders that boilerplate leaves (nearly) nothing of (hidden.ts), once read or adopted; packs with none left out. */
  hiddenArticles(): Map<string, HiddenFact>;
  /** Articles of each pack's index (an unopened index file's from its header), with the index as messages name it and the command that fills it. */
  indexArticles(): Map<string, { index: string; fill: string; articles: number }>;
  /** The index files opened so far that an older reading of credits built (CREDIT_READING), as messages name them, with the command that builds them again. */
  olderCreditIndexes(): Array<{ index: string; fill: string }>;
}

/** What reading the corpus folders tells beyond the index: each pack's article count and the problems met reading its files. */
export interface ArchiveFacts {
  articles: Record<string, number>;
  readErrors: Record<string, FileError[]>;
  /** Per pack: its files (JSON Lines records) over the size limit, passed over. */
  skipped: Record<string, FileError[]>;
  /** Per pack with any: its hidden articles. */
  hidden?: Record<string, HiddenFact>;
}

/** A corpus's hidden articles, with its article count and the boilerplate share its index was built with. */
export interface HiddenFact extends HiddenNamed {
  articles: number;
  share: number;
}

export interface ProjectOptions {
  /** The working directory: paths are shown relative to it. */
  cwd: string;
  /** Where to look for laiyuan.yaml upwards from (default: cwd). */
  searchFrom?: string;
  configPath?: string;
  /** -c as the user gave it: passed on in the index build commands messages suggest. */
  configGiven?: string;
  /** Corpus paths from the command line, added to one pack's (by default the config's first). */
  corpus?: { pack?: string; paths: string[]; typed?: string[] };
  rules: readonly Rule[];
  /** Builds each pack's index; the default builds it afresh (--cache passes one that keeps it). */
  indexer?: Indexer;
  /** An index file from the command line (--index), for one pack (by default the config's first). */
  index?: { pack?: string; file: string };
  /** Many documents will be looked up: read an index file's postings at once. */
  preload?: boolean;
  /** --max-file-size: a corpus file bigger (a JSON Lines file's record) is passed over with a note (default 5 MB). */
  maxFileSize?: number;
  /** Documents checked at once against a server index: its connection pool's size. */
  connections?: number;
  /**
   * Find the corpus files and identify the index files, but read and open them only on `complete()`
   * (--cache: a run the cache answers whole never reads the archive). Indexes on a server are opened.
   */
  lazy?: boolean;
  /** --cache: the config and packs are kept in the cache folder of a config in the folder `root` (config-kept.ts). */
  configCache?: { dir: (root: string) => string; version: string };
}

/** A pack's corpus folders: the files found, then, once read, their articles' count and the problems met. */
interface CorpusPart {
  pack: Pack;
  /** The files found, as findings name them. */
  files: string[];
  found: FileError[];
  read?: { articles: number; errors: FileError[]; skipped: FileError[]; hidden?: HiddenFact };
}

/** The config and its packs: kept with --cache, else read (the config reader is then loaded). */
async function projectConfig(options: ProjectOptions): Promise<Loaded<LoadedConfig>> {
  const where = { cwd: options.searchFrom ?? options.cwd, configPath: options.configPath };
  if (options.configCache) return loadConfigKept({ ...where, ...options.configCache });
  const { loadConfig } = await import('./config.js');
  return loadConfig(where);
}

/** Config, packs and one index per pack's corpus: everything read once at the start of a run (with `lazy`, on `complete()`). */
/** An index file's header hash (the identity before any `:stamp`), size and modification time. */
function stampFacts(identity: { identity: string; stamp: string } | undefined): Omit<IndexFacts, 'pack' | 'file'> {
  if (!identity) return {};
  const [size, mtimeNs] = identity.stamp.split(':');
  return { header: identity.identity.split(':')[0], bytes: Number(size), modified: new Date(Number(BigInt(mtimeNs) / 1_000_000n)).toISOString() };
}

export async function loadProject(options: ProjectOptions): Promise<Loaded<LoadedProject>> {
  const loaded = await projectConfig(options);
  if (!loaded.ok) return loaded;
  const { config, packs, provenance } = loaded.value;
  const indexes = new Map<string, CorpusIndex>();
  const stores = new Map<string, IndexStore>();
  const corpusFiles = new Set<string>();
  const corpusHashes = new Map<string, string>();
  const indexedFiles = new Set<string>();
  const serverIndexes: ServerIndexStore[] = [];
  const indexIds: Record<string, string> = {};
  const indexStamps = new Map<string, string>();
  const indexFacts: IndexFacts[] = [];
  const readBefore = new Map<string, ReadBefore>();
  const indexNames = new Map<string, { index: string; fill: string; articles?: number }>();
  const olderCredits = new Set<string>();
  const parts: CorpusPart[] = [];
  const deferred: Array<() => Promise<void>> = [];
  const extraFor = options.corpus?.pack ?? packs[0]?.id;
  const corpusMaxBytes = options.maxFileSize ?? DEFAULT_MAX_FILE_BYTES;
  const packGiven = options.index?.pack ?? options.corpus?.pack;
  // an index build that fills or rebuilds a pack's index reads this config, for that pack
  const flagsFor = (pack: Pack) => buildFlags(options.configGiven, pack.id === packGiven || pack.id !== packs[0]?.id ? pack.id : undefined);
  // an index is built from the corpus the config names for its pack, as index build reads it (a
  // bare <corpus> pasted into a shell is a redirect)
  const corpusFor = (pack: Pack) => configCorpus(config, pack.id, options.cwd);
  for (const pack of packs) {
    const named = indexFor(pack, config, options, packs[0]?.id);
    if (named?.url) {
      // The PostgreSQL client is loaded only for an index on a server.
      const { openServerArchive } = await import('./postgres/open.js');
      const rebuild = { corpus: corpusFor(pack), flags: flagsFor(pack) };
      const store = await openServerArchive(named.url, pack, config, { cwd: options.cwd, base: config.root, connections: options.connections ?? 1, fromConfig: named.fromConfig, rebuild });
      stores.set(pack.id, store);
      serverIndexes.push(store);
      indexIds[pack.id] = `${store.target.shown}#${store.meta.generation}@${store.meta.updatedAt}`;
      indexFacts.push({ pack: pack.id, file: store.target.shown, generation: store.meta.generation, updated: new Date(Number(store.meta.updatedAt) * 1000).toISOString() });
      indexNames.set(pack.id, { index: store.target.shown, fill: serverBuild(store.target, { ...rebuild, corpus: rebuild.corpus ?? '<corpus>' }) });
      continue;
    }
    const indexFile = named?.file;
    if (indexFile) {
      const shown = givenPath(named?.given ?? indexFile, indexFile, options.cwd);
      const fill = `laiyuan index build ${corpusFor(pack) ?? '<corpus>'} -o ${shellWord(shown)}${flagsFor(pack)}`;
      const open = async () => {
        const { openArchive, readsOlderCredits } = await import('./archive-open.js');
        // given with --index: a file that cannot be read may be left out; the config's says where it is named
        const instead = named?.fromConfig === undefined ? 'run without --index' : '';
        const store = namingConfig(() => openArchive(indexFile, pack, config, { ...options, display: shown, instead, build: fill }), pack.id, named?.fromConfig);
        stores.set(pack.id, store);
        if (readsOlderCredits(store.meta)) olderCredits.add(pack.id);
        for (const file of store.files) indexedFiles.add(file);
      };
      const identity = await indexIdentity(indexFile);
      // what has no sound header is opened now, which says what is wrong with it
      if (identity === undefined || !options.lazy) await open();
      else deferred.push(open);
      // the path too: the corpus files it holds are named relative to its folder
      indexIds[pack.id] = `${indexFile}#${identity?.identity ?? ''}`;
      if (identity) indexStamps.set(indexFile, identity.stamp);
      indexFacts.push({ pack: pack.id, file: shown, ...stampFacts(identity) });
      indexNames.set(pack.id, { index: shown, fill, articles: identity?.articles });
      continue;
    }
    const extra = pack.id === extraFor ? (options.corpus?.paths ?? []) : [];
    const paths = [...(config.corpus[pack.id] ?? []).map((p) => path.resolve(config.root, p)), ...extra];
    if (paths.length === 0) continue;
    const part: CorpusPart = { pack, files: [], found: [] };
    parts.push(part);
    // the corpus reader is loaded only for a pack with corpus folders: a one-file check with none reads no corpus
    const { findCorpusFiles, readCorpusFiles } = await import('./corpus-read.js');
    const absolute = new Set([...(config.corpus[pack.id] ?? []), ...(options.corpus?.typed ?? [])].filter((p) => path.isAbsolute(p)).map((p) => path.resolve(p)));
    const source = { configFile: config.file, root: config.root, hashes: corpusHashes, before: readBefore, fromOption: optionPaths(options.corpus), namedAbsolute: absolute, maxBytes: corpusMaxBytes };
    const files = (part.files = await findCorpusFiles(paths, pack, options.cwd, part.found, source));
    for (const file of files) corpusFiles.add(path.resolve(options.cwd, file));
    const read = async () => {
      // the matcher is loaded only when a corpus is read: a run the cache answers whole builds no index
      const { buildIndex } = await import('../core/match/corpus-index.js');
      const errors: FileError[] = [];
      const skipped: FileError[] = [];
      const articles = await readCorpusFiles(files, pack, options.cwd, corpusFiles, errors, { ...source, skipped });
      const notice = noticeText(pack);
      const index = options.indexer ? await options.indexer(articles, config, pack, notice) : buildIndex(articles, config.match, notice);
      indexes.set(pack.id, index);
      part.read = { articles: articles.length, errors, skipped, hidden: hiddenFact(index) };
    };
    if (options.lazy) deferred.push(read);
    else await read();
  }
  let completing: Promise<void> | undefined;
  const value: LoadedProject = {
    project: { config, packs, indexes, stores, rules: options.rules },
    corpusFiles,
    corpusHashes,
    indexedFiles,
    serverIndexes,
    indexIds,
    indexStamps,
    indexFacts,
    readBefore,
    get errors() {
      return parts.flatMap((p) => [...p.found, ...(p.read?.errors ?? [])]);
    },
    corpusMaxBytes,
    corpusSkipped: () => parts.flatMap((p) => p.read?.skipped ?? []),
    provenance,
    get pending() {
      return completing === undefined && deferred.length > 0;
    },
    complete: () => (completing ??= deferred.reduce((done, next) => done.then(next), Promise.resolve())),
    facts: () => {
      if (value.pending || parts.some((p) => p.read === undefined)) return undefined;
      return {
        articles: Object.fromEntries(parts.map((p) => [p.pack.id, p.read?.articles ?? 0])),
        readErrors: Object.fromEntries(parts.map((p) => [p.pack.id, p.read?.errors ?? []])),
        skipped: Object.fromEntries(parts.map((p) => [p.pack.id, p.read?.skipped ?? []])),
        hidden: Object.fromEntries(value.hiddenArticles()),
      };
    },
    articleCounts: () => new Map(parts.flatMap((p) => (p.read ? [[p.pack.id, p.read.articles] as const] : []))),
    corpusErrors: () => new Map(parts.flatMap((p) => (p.read && p.found.length + p.read.errors.length > 0 ? [[p.pack.id, [...p.found, ...p.read.errors]] as const] : []))),
    hiddenArticles: () => new Map(parts.flatMap((p) => (p.read?.hidden ? [[p.pack.id, p.read.hidden] as const] : []))),
    indexArticles: () =>
      new Map(
        [...indexNames].flatMap(([id, named]) => {
          const articles = stores.get(id)?.articleCount ?? named.articles;
          return articles === undefined ? [] : [[id, { index: named.index, fill: named.fill, articles }] as const];
        }),
      ),
    olderCreditIndexes: () => [...indexNames].flatMap(([id, named]) => (olderCredits.has(id) ? [{ index: named.index, fill: named.fill }] : [])),
    adopt: (facts, digests) => {
      if (!parts.every((p) => Object.hasOwn(facts.articles, p.pack.id) && Object.hasOwn(facts.readErrors, p.pack.id) && Object.hasOwn(facts.skipped, p.pack.id))) return false;
      for (const p of parts) {
        p.read ??= { articles: facts.articles[p.pack.id], errors: facts.readErrors[p.pack.id], skipped: facts.skipped[p.pack.id], hidden: facts.hidden?.[p.pack.id] };
        for (const file of p.files) {
          const digest = digests.get(path.resolve(options.cwd, file));
          if (digest !== undefined && digest !== UNREADABLE) corpusHashes.set(file, digest);
        }
      }
      return true;
    },
  };
  return { ok: true, value };
}

/** An index's hidden articles as a run's facts keep them, or nothing when it has none. */
function hiddenFact(index: CorpusIndex): HiddenFact | undefined {
  if (!index.hidden || index.hidden.count === 0) return undefined;
  return { ...namedHidden(index.hidden, (a) => index.articles[a].article), articles: index.articles.length, share: index.options.boilerplateShare };
}

/**
 * The pack's index: --index for its pack, else the config's `index.<pack>`; a file (absolute) or
 * a server's postgres:// URL (with the config file it was written in, where no password may stand).
 */
function indexFor(pack: Pack, config: Config, options: ProjectOptions, first: string | undefined): { file?: string; given?: string; url?: string; fromConfig?: string } | undefined {
  if (options.index && (options.index.pack ?? first) === pack.id) {
    const given = options.index.file;
    return isServerUrl(given) ? { url: given } : { file: path.resolve(options.cwd, given), given };
  }
  const named = config.index?.[pack.id];
  if (named === undefined) return undefined;
  const fromConfig = config.file ?? 'the config';
  return isServerUrl(named) ? { url: named, fromConfig } : { file: path.resolve(config.root, named), given: named, fromConfig };
}

/** An index file the config names that cannot be opened: the message says where it is named. */
function namingConfig<T>(open: () => T, packId: string, fromConfig: string | undefined): T {
  try {
    return open();
  } catch (error) {
    if (fromConfig === undefined || !(error instanceof IndexFileError)) throw error;
    throw new IndexFileError(`${error.message}; index.${packId} in ${fromConfig} names it`);
  }
}

/** Closes the project's index stores (a server's connections would keep the process alive). */
export async function closeStores(project: Project): Promise<void> {
  await Promise.all([...(project.stores?.values() ?? [])].map((store) => store.close()));
}

/** Connections to an index server for `--concurrency`: as many as documents checked at once. */
export function connectionsFor(concurrency: 'auto' | number): number {
  return concurrency === 'auto' ? 2 : concurrency;
}

/** The --corpus paths (absolute) to as they were typed, for messages. */
function optionPaths(corpus: ProjectOptions['corpus']): Map<string, string> {
  return new Map((corpus?.paths ?? []).map((p, i) => [p, corpus?.typed?.[i] ?? p]));
}
