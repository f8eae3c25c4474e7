// A pack's corpus folder read into articles, and the notice that is never content.
import path from 'node:path';
import type { Pack } from '../core/config/types.js';
import type { Article } from '../core/match/types.js';
import type { FileError } from '../core/read/types.js';
import { toArticle } from '../core/judge/article-origin.js';
import { discoverFiles } from './discover.js';
import { readDocuments } from './read-file.js';

/** Where a config's corpus comes from: its file, for messages, and its folder, which links in the corpus folders may not lead out of. */
export interface CorpusSource {
  configFile?: string;
  root?: string;
  /** Gets the SHA-256 of the bytes read, by displayed path. */
  hashes?: Map<string, string>;
}

/**
 * Reads the corpus files under `paths`; `seen` gets each file (absolute). A path outside the
 * project's folder is read when named, but a link in a corpus folder never leads out of it.
 */
export async function readCorpus(paths: string[], pack: Pack, cwd: string, seen: Set<string>, errors: FileError[], source: CorpusSource = {}): Promise<Article[]> {
  const { configFile, root, hashes } = source;
  const found = await discoverFiles(paths, { cwd, include: [], ignore: [], gitignore: false, confine: root });
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
    hashes?.set(file, read.sha256);
    articles.push(...read.documents.map((doc) => toArticle(doc, pack)));
  }
  return articles;
}

/** The words of the publisher's notice, which are never content of an article. */
export function noticeText(pack: Pack): string {
  return [pack.notice.title ?? '', ...pack.clauses.map((c) => c.quote)].filter((s) => s !== '').join('\n');
}

