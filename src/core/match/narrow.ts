import type { MatchOptions } from '../config/types.js';
import type { Document } from '../read/types.js';
import { preparedArticle, type CorpusIndex, type IndexedArticle } from './corpus-index.js';
import { wantedHashes, winnowedAmong, winnowOnce } from './fingerprint.js';
import { matchText, rankedCounts, sharedCounts } from './index.js';
import type { IndexStore, PostingLists, Postings } from './index-store.js';
import { commonTaken, needsCommon, postingBudget } from './rarest.js';
import { GrowableU32, ZeroedU32 } from '../shared/growable.js';
import { KeptArticles } from './kept-articles.js';
import type { SharedPrepared } from './shared-prepared.js';

/**
 * The part of a stored index that one document needs: the postings of its fingerprints for the
 * articles it will be aligned with, and those articles, fetched and decoded. findReuse over it
 * ranks and aligns exactly as over the whole index (same seeds in the same order, same counts),
 * while the rest of the archive stays where it is stored. A fingerprint at more than
 * options.maxPostings places (common) is named by the lookup, its postings not read: however large
 * the archive, a document's lookup brings that many postings per fingerprint at most. A document
 * whose shared fingerprints are mostly common still uses the rarest of them (rarest.ts): their
 * postings are read in a second lookup, within the same budget. The chosen articles' postings of
 * the common fingerprints are the store's when it holds them at hand (commonAmong), else found in
 * those articles' texts.
 */
export async function narrowIndex(doc: Document, store: IndexStore, options: MatchOptions, keep = KEEP): Promise<CorpusIndex> {
  const norm = matchText(doc, store.boilerplate);
  const found = await withCommonNeeded(store, await store.lookup(sortedUnique(winnowOnce(norm.text, options.k, options.window).hashes), options.maxPostings), options.maxPostings);
  const used = new Uint8Array(found.keys.length);
  const shared = sharedCounts(norm.text, { options, keys: found.keys, starts: found.starts, postArticle: found.article, postPosition: found.position, common: used });
  const counts = await store.fingerprintCounts(plainArray(shared.ids));
  const ranked = rankedCounts(shared.ids, shared.counts, (i) => counts[i]);
  // pushed, not mapped over a typed array: an optimised map may store the ids as boxed numbers
  const chosen: number[] = [];
  for (const i of ranked) chosen.push(shared.ids[i]);
  // a typed array, not a map over one: an optimised map may make a double array, whose numbers
  // stored as fingerprints change the shape of every article read after
  const articles = await prepared(store, chosen, Uint32Array.from(ranked, (i) => counts[i]), keep);
  const common = Uint32Array.from(found.common).sort();
  const held = common.length > 0 ? await store.commonAmong?.(common, Uint32Array.from(chosen).sort()) : undefined;
  return { options, boilerplate: store.boilerplate, articles, ranked: true, ...narrowed(found, chosen, held ?? commonPostings(common, chosen, articles, options)) };
}

/**
 * The lookup with the common fingerprints the document needs (rarest.ts) moved to the postings
 * used: their counts are asked first, and only those taken are read, each whole (within the budget).
 */
async function withCommonNeeded(store: IndexStore, found: Postings, most: number): Promise<Postings> {
  const present = found.keys.length + found.common.length;
  if (found.common.length === 0 || !needsCommon(present, found.keys.length)) return found;
  const counts = await store.postingCounts(found.common);
  const over = Array.from(found.common, (hash, i) => ({ hash, count: counts[i] }));
  const taken = commonTaken(present, found.keys.length, found.article.length, over, most);
  if (taken.size === 0) return found;
  const extra = await store.lookup(Uint32Array.from(taken).sort(), postingBudget(present, most) - found.article.length);
  return merged(found, extra, taken);
}

/** found's postings and those of extra's keys in `taken`, by hash; `taken` no longer common. */
function merged(found: Postings, extra: Postings, taken: ReadonlySet<number>): Postings {
  const lists: Array<{ from: Postings; i: number }> = [];
  found.keys.forEach((_, i) => lists.push({ from: found, i }));
  extra.keys.forEach((hash, i) => taken.has(hash) && lists.push({ from: extra, i }));
  lists.sort((x, y) => x.from.keys[x.i] - y.from.keys[y.i]);
  const starts = new Uint32Array(lists.length + 1);
  lists.forEach(({ from, i }, k) => (starts[k + 1] = starts[k] + from.starts[i + 1] - from.starts[i]));
  const article = new Uint32Array(starts[lists.length]);
  const position = new Uint32Array(article.length);
  lists.forEach(({ from, i }, k) => {
    article.set(from.article.subarray(from.starts[i], from.starts[i + 1]), starts[k]);
    position.set(from.position.subarray(from.starts[i], from.starts[i + 1]), starts[k]);
  });
  const keys = Uint32Array.from(lists, ({ from, i }) => from.keys[i]);
  return { keys, starts, article, position, common: found.common.filter((hash) => !taken.has(hash)) };
}

/** Articles kept ready to align, per store: the same candidates come back document after document. */
const READY = new WeakMap<IndexStore, KeptArticles>();
/**
 * Bytes of articles kept per store at most (articleBytes; some 5 kB an article of news, its map
 * made on demand), the least recently used dropped first; `keep` of narrowIndex. 64 MB: some
 * 14,000 articles of news, a serial check of 10k files against a 10k-article index fetches and
 * prepares each candidate once (10,000 of 350,000 asked for; with the maps kept, 64 MB fetched
 * 70,900), and the kept stays within its bytes whatever the articles' lengths.
 */
export const KEEP = 64 * 1024 * 1024;
/**
 * `keep` of a --concurrency worker, each keeping its own those the threads' shared buffer had no
 * room for (shareBetweenThreads): some 2,600 articles of news. More costs
 * each thread's heap: on a 2-worker check of 10k files against a 10k-article index, 12 MB peaked
 * as 16 MB did with the maps kept (466-477 MB against 469-474), 5 % less CPU; 16 MB at 515-526 MB.
 */
export const KEEP_IN_WORKER = 12 * 1024 * 1024;

/**
 * Prepared articles shared by the threads of a run, per store (shareBetweenThreads): looked for
 * after the thread's own kept ones, and given each article prepared; one they hold is not kept.
 */
const SHARED = new WeakMap<IndexStore, SharedPrepared>();

/** Makes narrowIndex over `store` look for and put its prepared articles in `shared` too. */
export function shareBetweenThreads(store: IndexStore, shared: SharedPrepared): void {
  SHARED.set(store, shared);
}

/** The chosen articles, fetched (only those neither kept nor shared) and prepared: normalised, boilerplate masked, sentences found. */
async function prepared(store: IndexStore, ids: readonly number[], counts: Uint32Array, keep: number): Promise<IndexedArticle[]> {
  let ready = READY.get(store);
  if (!ready || ready.limit !== keep) READY.set(store, (ready = new KeptArticles(keep)));
  const shared = SHARED.get(store);
  // What is kept is taken before the fetch: while it waits, other documents' calls may drop it.
  // By place in `ids` (each id once), not by id: a document's few candidates need no Map.
  const have: Array<IndexedArticle | undefined> = [];
  const sharedOnes: boolean[] = [];
  const missing: number[] = [];
  ids.forEach((id, i) => {
    const kept = ready.get(id);
    const read = kept ? undefined : shared?.get(id, counts[i]);
    have.push(kept ?? read);
    sharedOnes.push(read !== undefined);
    if (!kept && !read) missing.push(i);
  });
  const fetched = await store.fetch(missing.map((i) => ids[i]));
  missing.forEach((i, n) => {
    const article = preparedArticle(fetched[n], store.boilerplate, counts[i]);
    have[i] = article;
    if (shared?.put(ids[i], article)) sharedOnes[i] = true;
  });
  // pushed, not mapped: one array kind whether or not this function is optimised
  const articles: IndexedArticle[] = [];
  ids.forEach((id, i) => {
    const article = have[i];
    if (!article) throw new Error(`article ${id} was neither kept nor fetched`);
    if (!sharedOnes[i]) ready.use(id, article);
    articles.push(article);
  });
  return articles;
}

/** Article id → its place in the order chosen + 1 (0: not chosen), set for one call of narrowed, then cleared. */
const localOf = new ZeroedU32();

/**
 * The postings of the chosen articles only, their ids renumbered to the order they were chosen in:
 * those looked up and those of the common hashes (flagged), in one list by hash (a hash in both:
 * the common one first); keys left with none dropped.
 */
function narrowed(found: PostingLists, chosen: readonly number[], common: PostingLists) {
  chosen.forEach((a, i) => (localOf.grow(a + 1), localOf.set(a, i + 1)));
  const keyCount = found.keys.length + common.keys.length;
  const out = { keys: new Uint32Array(keyCount), starts: new Uint32Array(keyCount + 1), flags: new Uint8Array(keyCount) };
  const postArticle = new Uint32Array(found.article.length + common.article.length);
  const postPosition = new Uint32Array(postArticle.length);
  let k = 0;
  let n = 0;
  for (let i = 0, j = 0; i < found.keys.length || j < common.keys.length; ) {
    const fromCommon = i === found.keys.length || (j < common.keys.length && common.keys[j] <= found.keys[i]);
    const side = fromCommon ? common : found;
    const at = fromCommon ? j++ : i++;
    // the side's lists taken once: `side` is one of two shapes, and read in the loop, each posting
    // of each document loaded them through it again
    const { article, position } = side;
    for (let p = side.starts[at], end = side.starts[at + 1]; p < end; p++) {
      const a = localOf.at(article[p]);
      if (a === 0) continue;
      postArticle[n] = a - 1;
      postPosition[n++] = position[p];
    }
    if (n === out.starts[k]) continue;
    out.keys[k] = side.keys[at];
    out.flags[k] = fromCommon ? 1 : 0;
    out.starts[++k] = n;
  }
  for (const a of chosen) localOf.set(a, 0);
  return { keys: out.keys.subarray(0, k), starts: out.starts.subarray(0, k + 1), postArticle: postArticle.subarray(0, n), postPosition: postPosition.subarray(0, n), common: out.flags.subarray(0, k) };
}

/**
 * The chosen articles' postings of the common hashes, from their own fingerprints: the index made
 * its postings from the same text the same way (a hash it holds was neither the notice's nor
 * dropped), so they are the ones the lookup left unread; in article id order, as it keeps them
 * (ids as the index numbers them).
 * Only the fingerprints of those hashes are looked for in each article's text (winnowedAmong),
 * not all of them made: the articles change from one document to the next.
 */
function commonPostings(keys: Uint32Array, chosen: readonly number[], articles: readonly IndexedArticle[], options: MatchOptions): PostingLists {
  const hits = { entry: new GrowableU32(16), article: new GrowableU32(16), position: new GrowableU32(16) };
  if (keys.length > 0) {
    const wanted = wantedHashes(keys);
    const byId = chosen.map((id, i) => [id, i]).sort((x, y) => x[0] - y[0]);
    for (const [id, i] of byId) {
      winnowedAmong(articles[i].norm.text, options.k, options.window, wanted, (entry, position) => {
        hits.entry.push(entry);
        hits.article.push(id);
        hits.position.push(position);
      });
    }
  }
  // by entry, in the order found (a counting sort)
  const starts = new Uint32Array(keys.length + 1);
  for (let h = 0; h < hits.entry.length; h++) starts[hits.entry.at(h) + 1]++;
  for (let e = 0; e < keys.length; e++) starts[e + 1] += starts[e];
  const fill = starts.slice(0, keys.length);
  const article = new Uint32Array(hits.entry.length);
  const position = new Uint32Array(article.length);
  for (let h = 0; h < hits.entry.length; h++) {
    const at = fill[hits.entry.at(h)]++;
    article[at] = hits.article.at(h);
    position[at] = hits.position.at(h);
  }
  return { keys, starts, article, position };
}

/**
 * A typed array's values in a plain array, by a loop: Array.from goes through the iterator
 * protocol, some ten times the loop's CPU for a document's few hundred articles met.
 */
function plainArray(values: Uint32Array): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i];
  return out;
}

function sortedUnique(hashes: Uint32Array): Uint32Array {
  const sorted = Uint32Array.from(hashes).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
  return sorted.subarray(0, n);
}
