import type { IndexedArticle } from './corpus-index.js';
import { MapOnDemand } from './map-on-demand.js';

/**
 * Prepared articles kept by id, the least recently used dropped first once their sizes
 * (articleBytes) add up to more than `limit` bytes: bounded by bytes, not by a count, so the
 * memory held stays the same whatever the archive's articles' lengths.
 */
export class KeptArticles {
  private readonly kept = new Map<number, { article: IndexedArticle; bytes: number }>();
  private total = 0;
  /** The kept ids from the least recently used on: the ids behind it all dropped (a Map's iterator sees what is set after it is made). */
  private order = this.kept.keys();

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
    const was = this.kept.get(id);
    if (was) this.drop(id);
    const entry = was?.article === article ? was : { article, bytes: articleBytes(article) };
    this.kept.set(id, entry);
    this.total += entry.bytes;
    while (this.total > this.limit) this.drop(this.oldest());
  }

  /**
   * The least recently used id: the first of the Map's, read on from where the last was. A new
   * walk from the Map's start steps over every entry deleted since it was last compacted (each
   * use of a kept article deletes one), some thousands of them each time. An iterator that has
   * once said done stays so: one is made again then.
   */
  private oldest(): number {
    let next = this.order.next();
    if (next.done) next = (this.order = this.kept.keys()).next();
    return next.value as number;
  }

  /** The bytes of the articles kept, as articleBytes counts them. */
  get bytes(): number {
    return this.total;
  }

  ids(): number[] {
    return [...this.kept.keys()];
  }

  private drop(id: number): void {
    const was = this.kept.get(id);
    if (!was) return;
    this.kept.delete(id);
    this.total -= was.bytes;
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
