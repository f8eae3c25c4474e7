import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusIndex, IndexedArticle } from '../core/match/corpus-index.js';
import type { Article } from '../core/match/types.js';
import type { Config, Pack } from '../core/config/types.js';
import { sha256 } from './sha256.js';
import { cacheWriteNote } from './cache-note.js';
import { writeAtomic } from './write-output.js';
import { sealed, unsealed } from './sealed-v8.js';

/** Builds (or finds) the index of a pack's corpus. */
export type Indexer = (articles: Article[], config: Config, pack: Pack, notice: string) => Promise<CorpusIndex>;

/** What is kept of an index: everything but the articles, which are read afresh on every run. */
interface KeptIndex extends Omit<CorpusIndex, 'articles'> {
  articles: Omit<IndexedArticle, 'article'>[];
}

/**
 * An indexer that keeps each pack's index in `dir(config)` (as V8-serialised typed arrays) and
 * builds it again only when the articles' text, the match options, the notice or laiyuan change.
 * A cache that cannot be written is reported through `onNote`; the index is built all the same.
 */
export function cachingIndexer(dir: (config: Config) => string, version: string, onNote: (note: string) => void): Indexer {
  return async (articles, config, pack, notice) => {
    const file = path.join(dir(config), `index-${pack.id}.bin`);
    const key = indexKey(articles, config, notice, version);
    const kept = await readFile(file).then(readKept, () => undefined);
    if (kept?.key === key && kept.index.articles.length === articles.length) {
      return { ...kept.index, articles: kept.index.articles.map((a, i) => ({ ...a, article: articles[i] })) };
    }
    const { buildIndex } = await import('../core/match/corpus-index.js');
    const index = buildIndex(articles, config.match, notice);
    const stripped: KeptIndex = { ...index, articles: index.articles.map(({ article: _article, ...rest }) => rest) };
    await writeAtomic(file, sealed({ key, index: stripped })).catch((error: unknown) => {
      onNote(cacheWriteNote(path.dirname(file), error));
    });
    return index;
  };
}

/** The kept index, or undefined for a file that is not one (cut short, damaged, from another Node: unsealed). */
function readKept(bytes: Buffer): { key: string; index: KeptIndex } | undefined {
  const value = unsealed(bytes) as { key?: unknown; index?: KeptIndex } | undefined;
  return typeof value?.key === 'string' && value.index ? { key: value.key, index: value.index } : undefined;
}

function indexKey(articles: readonly Article[], config: Config, notice: string, version: string): string {
  const parts = [version, process.versions.v8, JSON.stringify(config.match), notice, ...articles.flatMap((a) => [a.id, a.doc.text])];
  return sha256(parts.join('\0'));
}
