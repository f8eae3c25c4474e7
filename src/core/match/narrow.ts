import type { MatchOptions } from '../config/types.js';
import type { Document } from '../read/types.js';
import { articleText, indexedArticle, type CorpusIndex, type IndexedArticle } from './corpus-index.js';
import { winnow } from './fingerprint.js';
import { matchText, rankShared, sharedPositions } from './index.js';
import type { IndexStore } from './index-store.js';

/**
 * The part of a stored index that one document needs: the postings of its fingerprints for the
 * articles it will be aligned with, and those articles, fetched and decoded. findReuse over it
 * ranks and aligns exactly as over the whole index (same seeds in the same order, same counts),
 * while the rest of the archive stays where it is stored.
 */
export async function narrowIndex(doc: Document, store: IndexStore, options: MatchOptions, keep = KEEP): Promise<CorpusIndex> {
  const norm = matchText(doc, store.boilerplate);
  const found = await store.lookup(sortedUnique(winnow(norm.text, options.k, options.window).hashes));
  const shared = sharedPositions(norm.text, { options, keys: found.keys, starts: found.starts, postArticle: found.article, postPosition: found.position });
  const seen = [...shared.keys()];
  const counts = await store.fingerprintCounts(seen);
  const countOf = new Map(seen.map((id, i) => [id, counts[i]]));
  const chosen = rankShared(shared, (a) => countOf.get(a) ?? 0);
  const local = new Map(chosen.map((a, i) => [a, i]));
  return { options, boilerplate: store.boilerplate, articles: await prepared(store, chosen, countOf, keep), ...renumbered(found, local) };
}

/** Articles kept ready to align, per store: the same candidates come back document after document. */
const READY = new WeakMap<IndexStore, Map<number, IndexedArticle>>();
/** Articles kept per store at most (about 15 kB each), the least recently used dropped first; `keep` of narrowIndex. */
const KEEP = 2048;

/** The chosen articles, fetched (only those not kept) and prepared: normalised, boilerplate masked, sentences found. */
async function prepared(store: IndexStore, ids: readonly number[], counts: Map<number, number>, keep: number): Promise<IndexedArticle[]> {
  let ready = READY.get(store);
  if (!ready) READY.set(store, (ready = new Map()));
  // What is kept is taken before the fetch: while it waits, other documents' calls may drop it.
  const have = new Map<number, IndexedArticle>();
  for (const id of ids) {
    const kept = ready.get(id);
    if (kept) have.set(id, kept);
  }
  const missing = ids.filter((id) => !have.has(id));
  const fetched = await store.fetch(missing);
  missing.forEach((id, i) => have.set(id, indexedArticle(fetched[i], articleText(fetched[i], store.boilerplate), counts.get(id) ?? 0)));
  const out = ids.map((id) => {
    const article = have.get(id);
    if (!article) throw new Error(`article ${id} was neither kept nor fetched`);
    ready.delete(id);
    ready.set(id, article);
    return article;
  });
  for (const id of ready.keys()) {
    if (ready.size <= keep) break;
    ready.delete(id);
  }
  return out;
}

/** The postings of the chosen articles only, their ids renumbered to the order they were chosen in. */
function renumbered(found: { keys: Uint32Array; starts: Uint32Array; article: Uint32Array; position: Uint32Array }, local: Map<number, number>) {
  const keys: number[] = [];
  const starts: number[] = [];
  const postArticle: number[] = [];
  const postPosition: number[] = [];
  for (let i = 0; i < found.keys.length; i++) {
    const before = postArticle.length;
    for (let p = found.starts[i]; p < found.starts[i + 1]; p++) {
      const a = local.get(found.article[p]);
      if (a === undefined) continue;
      postArticle.push(a);
      postPosition.push(found.position[p]);
    }
    if (postArticle.length > before) {
      keys.push(found.keys[i]);
      starts.push(before);
    }
  }
  starts.push(postArticle.length);
  return { keys: Uint32Array.from(keys), starts: Uint32Array.from(starts), postArticle: Uint32Array.from(postArticle), postPosition: Uint32Array.from(postPosition) };
}

function sortedUnique(hashes: Uint32Array): Uint32Array {
  const sorted = Uint32Array.from(hashes).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
  return sorted.subarray(0, n);
}
