import path from 'node:path';
import type { FileError } from '../core/read/types.js';
import type { Config, Loaded, Pack } from '../core/config/types.js';
import type { Project } from '../core/judge/check-document.js';
import type { Rule } from '../core/judge/rule.js';
import { buildIndex, type CorpusIndex } from '../core/match/corpus-index.js';
import type { IndexStore } from '../core/match/index-store.js';
import { openArchive } from './archive-open.js';
import { isServerUrl } from './postgres/url.js';
import { loadConfig } from './config.js';
import { noticeText, readCorpus } from './corpus-read.js';
import type { Indexer } from './index-cache.js';
import type { ServerIndexStore } from './postgres/store.js';

export { noticeText } from './corpus-read.js';

export interface LoadedProject {
  project: Project;
  /** Corpus files, absolute, so that a check never judges the archive against itself. */
  corpusFiles: Set<string>;
  /** SHA-256 of each corpus file's bytes as read for this run, by its path as findings give it. */
  corpusHashes: Map<string, string>;
  /** Corpus files behind each pack's index file: never checked, never read. */
  indexedFiles: Set<string>;
  /** Indexes on a server: the corpus files they hold are never checked either (asked for the files found, see outsideCorpus). */
  serverIndexes: ServerIndexStore[];
  /** What identifies each index file's content (for the cache key), by pack. */
  indexIds: Record<string, string>;
  /** Corpus files that could not be read: reported, the run goes on. */
  errors: FileError[];
  provenance: Record<string, string>;
}

export interface ProjectOptions {
  /** The working directory: paths are shown relative to it. */
  cwd: string;
  /** Where to look for laiyuan.yaml upwards from (default: cwd). */
  searchFrom?: string;
  configPath?: string;
  /** Corpus paths from the command line, added to one pack's (by default the config's first). */
  corpus?: { pack?: string; paths: string[] };
  rules: readonly Rule[];
  /** Builds each pack's index; the default builds it afresh (--cache passes one that keeps it). */
  indexer?: Indexer;
  /** An index file from the command line (--index), for one pack (by default the config's first). */
  index?: { pack?: string; file: string };
  /** Many documents will be looked up: read an index file's postings at once. */
  preload?: boolean;
  /** Documents checked at once against a server index: its connection pool's size. */
  connections?: number;
}

/** Config, packs and one index per pack's corpus: everything read once at the start of a run. */
export async function loadProject(options: ProjectOptions): Promise<Loaded<LoadedProject>> {
  const loaded = await loadConfig({ cwd: options.searchFrom ?? options.cwd, configPath: options.configPath });
  if (!loaded.ok) return loaded;
  const { config, packs, provenance } = loaded.value;
  const indexes = new Map<string, CorpusIndex>();
  const stores = new Map<string, IndexStore>();
  const corpusFiles = new Set<string>();
  const corpusHashes = new Map<string, string>();
  const indexedFiles = new Set<string>();
  const serverIndexes: ServerIndexStore[] = [];
  const indexIds: Record<string, string> = {};
  const errors: FileError[] = [];
  const extraFor = options.corpus?.pack ?? packs[0]?.id;
  for (const pack of packs) {
    const named = indexFor(pack, config, options, packs[0]?.id);
    if (named?.url) {
      // The PostgreSQL client is loaded only for an index on a server.
      const { openServerArchive } = await import('./postgres/open.js');
      const store = await openServerArchive(named.url, pack, config, { cwd: options.cwd, base: config.root, connections: options.connections ?? 1, fromConfig: named.fromConfig });
      stores.set(pack.id, store);
      serverIndexes.push(store);
      indexIds[pack.id] = `${store.target.shown}#${store.meta.generation}`;
      continue;
    }
    const indexFile = named?.file;
    if (indexFile) {
      const store = openArchive(indexFile, pack, config, options);
      stores.set(pack.id, store);
      indexIds[pack.id] = store.identity;
      for (const file of store.files) indexedFiles.add(file);
      continue;
    }
    const extra = pack.id === extraFor ? (options.corpus?.paths ?? []) : [];
    const paths = [...(config.corpus[pack.id] ?? []).map((p) => path.resolve(config.root, p)), ...extra];
    if (paths.length === 0) continue;
    const articles = await readCorpus(paths, pack, options.cwd, corpusFiles, errors, { configFile: config.file, root: config.root, hashes: corpusHashes });
    const notice = noticeText(pack);
    indexes.set(pack.id, options.indexer ? await options.indexer(articles, config, pack, notice) : buildIndex(articles, config.match, notice));
  }
  return { ok: true, value: { project: { config, packs, indexes, stores, rules: options.rules }, corpusFiles, corpusHashes, indexedFiles, serverIndexes, indexIds, errors, provenance } };
}

/**
 * The pack's index: --index for its pack, else the config's `index.<pack>`; a file (absolute) or
 * a server's postgres:// URL (with the config file it was written in, where no password may stand).
 */
function indexFor(pack: Pack, config: Config, options: ProjectOptions, first: string | undefined): { file?: string; url?: string; fromConfig?: string } | undefined {
  if (options.index && (options.index.pack ?? first) === pack.id) {
    const given = options.index.file;
    return isServerUrl(given) ? { url: given } : { file: path.resolve(options.cwd, given) };
  }
  const named = config.index?.[pack.id];
  if (named === undefined) return undefined;
  return isServerUrl(named) ? { url: named, fromConfig: config.file ?? 'the config' } : { file: path.resolve(config.root, named) };
}

/** Closes the project's index stores (a server's connections would keep the process alive). */
export async function closeStores(project: Project): Promise<void> {
  await Promise.all([...(project.stores?.values() ?? [])].map((store) => store.close()));
}

/** Connections to an index server for `--concurrency`: as many as documents checked at once. */
export function connectionsFor(concurrency: 'auto' | number): number {
  return concurrency === 'auto' ? 2 : concurrency;
}
