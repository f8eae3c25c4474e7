import type { IndexedArticle } from './corpus-index.js';

/**
 * Prepared articles kept by id, the least recently used dropped first once their sizes
 * (articleBytes) add up to more than `limit` bytes: bounded by bytes, not by a count, so the
 * memory held stays the same whatever the archive's articles' lengths.
 */
export class KeptArticles {
  private readonly kept = new Map<number, { article: IndexedArticle; bytes: number }>();
  private total = 0;

  constructor(readonly limit: number) {}

  get(id: number): IndexedArticle | undefined {
    return this.kept.get(id)?.article;
  }

  /** Keeps `article` as the most recently used (again), then drops the least recently used while over the limit. */
  use(id: number, article: IndexedArticle): void {
    this.drop(id);
    const bytes = articleBytes(article);
    this.kept.set(id, { article, bytes });
    this.total += bytes;
    for (const old of this.kept.keys()) {
      if (this.total <= this.limit) break;
      this.drop(old);
    }
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

/** Bytes an article keeps in typed arrays and texts (two bytes a UTF-16 unit), object headers left out. */
export function articleBytes(ready: IndexedArticle): number {
  const { doc } = ready.article;
  const texts = doc.text.length + (doc.raw === doc.text ? 0 : doc.raw.length) + ready.norm.text.length;
  return 2 * texts + ready.norm.map.byteLength + ready.sentences.byteLength + ready.clauses.byteLength;
}
