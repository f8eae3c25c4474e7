import path from 'node:path';
import type { Article } from '../core/match/types.js';
import type { FileError } from '../core/read/types.js';
import type { Loaded, Pack } from '../core/config/types.js';
import type { Project } from '../core/judge/check-document.js';
import type { Rule } from '../core/judge/rule.js';
import { buildIndex, type CorpusIndex } from '../core/match/corpus-index.js';
import { toArticle } from '../core/judge/article-origin.js';
import { loadConfig } from './config.js';
import { discoverFiles } from './discover.js';
import type { Indexer } from './index-cache.js';
import { readDocuments } from './read-file.js';

export interface LoadedProject {
  project: Project;
  /** Corpus files, absolute, so that a check never judges the archive against itself. */
  corpusFiles: Set<string>;
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
}

/** Config, packs and one index per pack's corpus: everything read once at the start of a run. */
export async function loadProject(options: ProjectOptions): Promise<Loaded<LoadedProject>> {
  const loaded = await loadConfig({ cwd: options.searchFrom ?? options.cwd, configPath: options.configPath });
  if (!loaded.ok) return loaded;
  const { config, packs, provenance } = loaded.value;
  const indexes = new Map<string, CorpusIndex>();
  const corpusFiles = new Set<string>();
  const errors: FileError[] = [];
  const extraFor = options.corpus?.pack ?? packs[0]?.id;
  for (const pack of packs) {
    const extra = pack.id === extraFor ? (options.corpus?.paths ?? []) : [];
    const paths = [...(config.corpus[pack.id] ?? []).map((p) => path.resolve(config.root, p)), ...extra];
    if (paths.length === 0) continue;
    const articles = await readCorpus(paths, pack, options.cwd, corpusFiles, errors, config.file);
    const notice = noticeText(pack);
    indexes.set(pack.id, options.indexer ? await options.indexer(articles, config, pack, notice) : buildIndex(articles, config.match, notice));
  }
  return { ok: true, value: { project: { config, packs, indexes, rules: options.rules }, corpusFiles, errors, provenance } };
}

async function readCorpus(paths: string[], pack: Pack, cwd: string, seen: Set<string>, errors: FileError[], configFile?: string): Promise<Article[]> {
  const found = await discoverFiles(paths, { cwd, include: [], ignore: [], gitignore: false });
  const where = configFile ? `corpus.${pack.id} in ${configFile}` : '--corpus';
  errors.push(...found.errors.map((e) => ({ ...e, message: `corpus of pack '${pack.id}': ${e.message} (check ${where})` })));
  const articles: Article[] = [];
  for (const file of found.files) {
    seen.add(path.resolve(cwd, file));
    const read = await readDocuments(path.resolve(cwd, file), { displayPath: file });
    if (!read.ok) {
      if (read.skipped !== 'binary') errors.push(read.error);
      continue;
    }
    errors.push(...read.errors);
    articles.push(...read.documents.map((doc) => toArticle(doc, pack)));
  }
  return articles;
}

/** The words of the publisher's notice, which are never content of an article. */
export function noticeText(pack: Pack): string {
  return [pack.notice.title, ...pack.clauses.map((c) => c.quote)].join('\n');
}

