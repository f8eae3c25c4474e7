import type { IndexedArticle } from './corpus-index.js';
import { MapOnDemand } from './map-on-demand.js';

/** No article: the ends of an empty list, the neighbours of the oldest and the newest. */
const NONE = -1;

/**
 * Prepared articles kept by id, the least recently used dropped first once their sizes
 * (articleBytes) add up to more than `limit` bytes: bounded by bytes, not by a count, so the
 * memory held stays the same whatever the archive's articles' lengths.
 * Held in arrays indexed by id (ids are article numbers, below the archive's count: 20 bytes an
 * article at most, beside the store's 14): a check asks for each candidate of each document
 * (350,000 times for 10,000 documents against 10,000 articles), and a Map of entries linked from
 * the least to the most recently used read an entry and its neighbours' (objects far apart in
 * the heap) for each, twice.
 */
export class KeptArticles {
  private articles: Array<IndexedArticle | undefined> = [];
  private sizes = new Float64Array(0);
  /** The list of the kept from the least recently used (after `newer` of NONE) on, linked by id. */
  private older = new Int32Array(0);
  private newer = new Int32Array(0);
  private oldest = NONE;
  private newest = NONE;
  private total = 0;

  constructor(readonly limit: number) {}

  get(id: number): IndexedArticle | undefined {
    return id < this.articles.length ? this.articles[id] : undefined;
  }

  /**
   * Keeps `article` as the most recently used (again), then drops the least recently used while over
   * the limit. An article kept already keeps its place, its bytes not counted again.
   */
  use(id: number, article: IndexedArticle): void {
    this.grow(id + 1);
    let kept = this.articles[id];
    if (kept !== undefined && kept !== article) {
      this.drop(id);
      kept = undefined;
    }
    if (kept !== undefined) this.unlink(id);
    else {
      this.articles[id] = article;
      this.sizes[id] = articleBytes(article);
      this.total += this.sizes[id];
    }
    this.link(id);
    while (this.total > this.limit && this.oldest !== NONE) this.drop(this.oldest);
  }

  /** The bytes of the articles kept, as articleBytes counts them. */
  get bytes(): number {
    return this.total;
  }

  /** The ids kept, from the least recently used on. */
  ids(): number[] {
    const ids: number[] = [];
    for (let id = this.oldest; id !== NONE; id = this.newer[id]) ids.push(id);
    return ids;
  }

  private drop(id: number): void {
    this.unlink(id);
    this.articles[id] = undefined;
    this.total -= this.sizes[id];
  }

  /** Puts `id` (in no list) at the end, as the most recently used. */
  private link(id: number): void {
    this.older[id] = this.newest;
    this.newer[id] = NONE;
    if (this.newest !== NONE) this.newer[this.newest] = id;
    else this.oldest = id;
    this.newest = id;
  }

  private unlink(id: number): void {
    const older = this.older[id];
    const newer = this.newer[id];
    if (older !== NONE) this.newer[older] = newer;
    else this.oldest = newer;
    if (newer !== NONE) this.older[newer] = older;
    else this.newest = older;
  }

  /** Makes ids below `length` keepable: the arrays grown (twice as long at least), new ids kept by none. */
  private grow(length: number): void {
    if (length <= this.articles.length) return;
    const size = Math.max(length, 2 * this.articles.length);
    while (this.articles.length < size) this.articles.push(undefined);
    this.sizes = copiedInto(this.sizes, new Float64Array(size));
    this.older = copiedInto(this.older, new Int32Array(size));
    this.newer = copiedInto(this.newer, new Int32Array(size));
  }
}

function copiedInto<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Bytes an article keeps in typed arrays and texts (two bytes a UTF-16 unit), object headers left
 * out: its normalised text's map only when it is kept (not made on demand).
 */
export function articleBytes(ready: IndexedArticle): number {
  const { doc } = ready.article;
  const texts = doc.text.length + (rawIsText(doc) ? 0 : doc.text.length) + ready.norm.text.length;
  const map = ready.norm instanceof MapOnDemand ? 0 : ready.norm.map.byteLength;
  return 2 * texts + map + ready.sentences.byteLength + ready.clauses.byteLength;
}

/**
 * Whether a document's raw text is its text, told without reading `raw`: an archive article's may
 * be kept deflated until read (a getter, io/index-records.ts), and is counted as a text of its own
 * (as long as the text) whether inflated yet or not.
 */
function rawIsText(doc: IndexedArticle['article']['doc']): boolean {
  const raw = Object.getOwnPropertyDescriptor(doc, 'raw');
  return raw !== undefined && 'value' in raw && raw.value === doc.text;
}
