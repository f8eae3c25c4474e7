import type { IndexedArticle } from './corpus-index.js';
import { MapOnDemand } from './map-on-demand.js';

/** A kept article, in the list of the kept from the least recently used (after `newer` of none) on. */
interface Entry {
  id: number;
  article: IndexedArticle;
  bytes: number;
  older: Entry | undefined;
  newer: Entry | undefined;
}

/**
 * Prepared articles kept by id, the least recently used dropped first once their sizes
 * (articleBytes) add up to more than `limit` bytes: bounded by bytes, not by a count, so the
 * memory held stays the same whatever the archive's articles' lengths.
 */
export class KeptArticles {
  private readonly kept = new Map<number, Entry>();
  private total = 0;
  /**
   * The least and the most recently used, ends of a list linked through the entries: an article
   * used again is moved to its end, where a Map's order would need the entry deleted and set again
   * (each use of each candidate of each document, the Map's table then rebuilt again and again).
   */
  private oldest: Entry | undefined;
  private newest: Entry | undefined;

  constructor(readonly limit: number) {}

  get(id: number): IndexedArticle | undefined {
    return this.kept.get(id)?.article;
  }

  /**
   * Keeps `article` as the most recently used (again), then drops the least recently used while over
   * the limit. An article kept already keeps its entry, its bytes not counted again: each reads the
   * article's texts, far apart in memory, for each candidate of each document.
   */
  use(id: number, article: IndexedArticle): void {
    let entry = this.kept.get(id);
    if (entry && entry.article !== article) {
      this.drop(entry);
      entry = undefined;
    }
    if (entry) this.unlink(entry);
    else {
      entry = { id, article, bytes: articleBytes(article), older: undefined, newer: undefined };
      this.kept.set(id, entry);
      this.total += entry.bytes;
    }
    this.link(entry);
    while (this.total > this.limit && this.oldest) this.drop(this.oldest);
  }

  /** The bytes of the articles kept, as articleBytes counts them. */
  get bytes(): number {
    return this.total;
  }

  /** The ids kept, from the least recently used on. */
  ids(): number[] {
    const ids: number[] = [];
    for (let entry = this.oldest; entry; entry = entry.newer) ids.push(entry.id);
    return ids;
  }

  private drop(entry: Entry): void {
    this.unlink(entry);
    this.kept.delete(entry.id);
    this.total -= entry.bytes;
  }

  /** Puts `entry` (in no list) at the end, as the most recently used. */
  private link(entry: Entry): void {
    entry.older = this.newest;
    entry.newer = undefined;
    if (this.newest) this.newest.newer = entry;
    else this.oldest = entry;
    this.newest = entry;
  }

  private unlink(entry: Entry): void {
    if (entry.older) entry.older.newer = entry.newer;
    else this.oldest = entry.newer;
    if (entry.newer) entry.newer.older = entry.older;
    else this.newest = entry.older;
    entry.older = entry.newer = undefined;
  }
}

/**
 * Bytes an article keeps in typed arrays and texts (two bytes a UTF-16 unit), object headers left
 * out: its normalised text's map only when it is kept (not made on demand).
 */
export function articleBytes(ready: IndexedArticle): number {
  const { doc } = ready.article;
  const texts = doc.text.length + (doc.raw === doc.text ? 0 : doc.raw.length) + ready.norm.text.length;
  const map = ready.norm instanceof MapOnDemand ? 0 : ready.norm.map.byteLength;
  return 2 * texts + map + ready.sentences.byteLength + ready.clauses.byteLength;
}
