import type { MatchOptions } from '../config/types.js';
import type { Document } from '../read/types.js';
import { preparedArticle, type CorpusIndex, type IndexedArticle } from './corpus-index.js';
import { wantedHashes, winnowedAmong, winnowOnce } from './fingerprint.js';
import { matchText, rankedCounts, sharedCounts } from './index.js';
import type { IndexStore, PostingLists, Postings } from './index-store.js';
import { commonTaken, needsCommon, postingBudget } from './rarest.js';
import { GrowableU32 } from '../shared/growable.js';
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
  const shared = sharedCounts(norm.text, { options, keys: found.keys, starts: found.starts, postArticle: found.article, postPosition: found.position, common: noneCommon(found.keys.length) });
  const counts = await store.fingerprintCounts(plainArray(shared.ids));
  const ranked = rankedCounts(shared.ids, shared.counts, (i) => counts[i]);
  // pushed, not mapped over a typed array: an optimised map may store the ids as boxed numbers
  const chosen: number[] = [];
  for (const i of ranked) chosen.push(shared.ids[i]);
  // a typed array filled by a loop, not a map over one (an optimised map may make a double array,
  // whose numbers stored as fingerprints change the shape of every article read after), nor
  // Uint32Array.from with a map function (the iterator protocol)
  const chosenCounts = new Uint32Array(ranked.length);
  for (let r = 0; r < ranked.length; r++) chosenCounts[r] = counts[ranked[r]];
  const articles = await prepared(store, chosen, chosenCounts, keep);
  const common = found.common.length > 0 ? found.common.slice().sort() : found.common;
  const held = common.length > 0 ? await store.commonAmong?.(common, Uint32Array.from(chosen).sort()) : undefined;
  return { options, boilerplate: store.boilerplate, articles, ranked: true, unaligned: shared.ids.length - ranked.length, ...narrowed(found, chosen, held ?? commonPostings(common, chosen, articles, options)) };
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
let localOf: Uint32Array = new Uint32Array(1024);

/**
 * What narrowed writes before it knows how much it keeps, kept from one call to the next (each
 * call is synchronous) and written by index: a document keeps some 330 of its 1,450 postings (the
 * 10k bench), and arrays of all of them, made for each, cost more than the loop that fills them.
 * Grown to the postings and keys of the call before it starts, so that no write checks for room.
 */
const work = { keys: new Uint32Array(256), starts: new Uint32Array(257), flags: new Uint8Array(256), article: new Uint32Array(4096), position: new Uint32Array(4096) };

/**
 * The postings of the chosen articles only, their ids renumbered to the order they were chosen in:
 * those looked up and those of the common hashes (flagged), in one list by hash (a hash in both:
 * the common one first); keys left with none dropped. Made in `work`, then copied into one buffer
 * of their size (one allocation a document, not five).
 */
function narrowed(found: PostingLists, chosen: readonly number[], common: PostingLists) {
  for (const a of chosen) if (a >= localOf.length) localOf = grownTo(localOf, a + 1);
  const local = localOf;
  for (let i = 0; i < chosen.length; i++) local[chosen[i]] = i + 1;
  const keyRoom = found.keys.length + common.keys.length;
  if (work.keys.length < keyRoom) {
    work.keys = new Uint32Array(2 * keyRoom);
    work.starts = new Uint32Array(2 * keyRoom + 1);
    work.flags = new Uint8Array(2 * keyRoom);
  }
  const postingRoom = found.article.length + common.article.length;
  if (work.article.length < postingRoom) {
    work.article = new Uint32Array(2 * postingRoom);
    work.position = new Uint32Array(2 * postingRoom);
  }
  const kept = { keys: 0, postings: 0 };
  work.starts[0] = 0;
  // the found keys in one loop, a common key (few) taken in before the first found one after it:
  // each side's lists read from locals of one shape, not through `side`, one of two shapes
  const { keys } = found;
  let j = 0;
  for (let i = 0; i < keys.length; i++) {
    for (; j < common.keys.length && common.keys[j] <= keys[i]; j++) keptOf(common, j, 1, local, kept);
    keptOf(found, i, 0, local, kept);
  }
  for (; j < common.keys.length; j++) keptOf(common, j, 1, local, kept);
  for (const a of chosen) local[a] = 0;
  const k = kept.keys;
  const n = kept.postings;
  const words = new Uint32Array(2 * k + 1 + 2 * n + Math.ceil(k / 4));
  const out = {
    keys: words.subarray(0, k),
    starts: words.subarray(k, 2 * k + 1),
    postArticle: words.subarray(2 * k + 1, 2 * k + 1 + n),
    postPosition: words.subarray(2 * k + 1 + n, 2 * k + 1 + 2 * n),
    common: new Uint8Array(words.buffer, 4 * (2 * k + 1 + 2 * n), k),
  };
  out.keys.set(work.keys.subarray(0, k));
  out.starts.set(work.starts.subarray(0, k + 1));
  out.postArticle.set(work.article.subarray(0, n));
  out.postPosition.set(work.position.subarray(0, n));
  out.common.set(work.flags.subarray(0, k));
  return out;
}

/** Key `at` of `side` with the postings of chosen articles it has (`local`: their places + 1), into `work` after the `kept` so far; none: not kept. */
function keptOf(side: PostingLists, at: number, flag: number, local: Uint32Array, kept: { keys: number; postings: number }): void {
  const { article, position } = side;
  const { article: toArticle, position: toPosition } = work;
  const before = kept.postings;
  let n = before;
  for (let p = side.starts[at], end = side.starts[at + 1]; p < end; p++) {
    const id = article[p];
    const a = id < local.length ? local[id] : 0;
    if (a === 0) continue;
    toArticle[n] = a - 1;
    toPosition[n++] = position[p];
  }
  if (n === before) return;
  kept.postings = n;
  work.keys[kept.keys] = side.keys[at];
  work.flags[kept.keys++] = flag;
  work.starts[kept.keys] = n;
}

function grownTo(array: Uint32Array, least: number): Uint32Array {
  const bigger = new Uint32Array(Math.max(least, 2 * array.length));
  bigger.set(array);
  return bigger;
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
  // most documents have no common hash: no arrays made for them
  if (keys.length === 0) return NO_POSTINGS;
  const hits = { entry: new GrowableU32(16), article: new GrowableU32(16), position: new GrowableU32(16) };
  const wanted = wantedHashes(keys);
  const byId = chosen.map((id, i) => [id, i]).sort((x, y) => x[0] - y[0]);
  for (const [id, i] of byId) {
    winnowedAmong(articles[i].norm.text, options.k, options.window, wanted, (entry, position) => {
      hits.entry.push(entry);
      hits.article.push(id);
      hits.position.push(position);
    });
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

/** No postings, of no key: never written by its readers. */
const NO_POSTINGS: PostingLists = { keys: new Uint32Array(0), starts: new Uint32Array(1), article: new Uint32Array(0), position: new Uint32Array(0) };

/**
 * A typed array's values in a plain array, by a loop: Array.from goes through the iterator
 * protocol, some ten times the loop's CPU for a document's few hundred articles met.
 */
function plainArray(values: Uint32Array): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i];
  return out;
}

/** No key flagged common, for `n` keys: views of one array of zeros, never written, not a new array for each document. */
function noneCommon(n: number): Uint8Array {
  if (zeros.length < n) zeros = new Uint8Array(Math.max(n, 2 * zeros.length));
  return zeros.subarray(0, n);
}

let zeros = new Uint8Array(1024);

function sortedUnique(hashes: Uint32Array): Uint32Array {
  // slice, a copy of the bytes; Uint32Array.from goes through the iterator protocol
  const sorted = hashes.slice().sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
  return sorted.subarray(0, n);
}
