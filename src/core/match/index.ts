// Stage 4 · match — which corpus articles a document reuses, and where.
// In: a Document and a CorpusIndex (built here from the corpus Articles: winnowed 8-character
// fingerprints, boilerplate dropped). Out: Reuse[] — per article its kind (reprint, excerpt,
// edited), coverage, similarity and the aligned Passages (spans in both texts). Pipeline:
// fingerprint.ts → corpus-index.ts (candidates) → align.ts (seeds, chains) → extend.ts →
// measure.ts (long passages scored by sentences.ts, sentences taken one by one in
// sentence-hits.ts, 洗稿 in paraphrase.ts, the kind of use in kind.ts) → this file (findReuse).
import { distance } from 'fastest-levenshtein';
import type { Document } from '../read/types.js';
import type { Reuse } from './types.js';
import { maskedText, type Boilerplate } from './boilerplate.js';
import type { CorpusIndex } from './corpus-index.js';
import { winnowOnce, type Fingerprints } from './fingerprint.js';
import { locatedAmong } from './key-table.js';
import { commonTaken, type OverCap } from './rarest.js';
import { isoFromField } from '../metadata/date-forms.js';
import type { NormText } from '../normalize/index.js';
import { breakStarts } from './sentences.js';
import { measure } from './measure.js';
import { similarity } from './similarity.js';
import { spend } from '../shared/budget.js';
import { GrowableU32 as Growable, ZeroedU32 } from '../shared/growable.js';

export { similarity };

/** Fewest shared fingerprints that make an article worth aligning. */
const MIN_SHARED = 3;
/** Articles aligned per document at most, best containment first. */
const MAX_CANDIDATES = 40;
/** The best-ranked candidates that are also read sentence by sentence for a 洗稿 when nothing longer survives. */
const REWORDED_CANDIDATES = 3;
/** Seed pairs per article at most: beyond it, a hash repeated on both sides adds nothing. */
const MAX_SEEDS = 20000;

/** Every article of the index that the document reuses, most reused first. */
export function findReuse(doc: Document, index: CorpusIndex): Reuse[] {
  const norm = matchText(doc, index.boilerplate);
  const chosen = index.ranked ? index.articles.map((_, i) => i) : rankShared(sharedPositions(norm.text, index), (a) => index.articles[a].fingerprints);
  const seeds = collectSeeds(norm.text, index, new Set(chosen));
  const matched = { doc, norm, ...breakStarts(doc.text, norm) };
  const reuses: Array<{ reuse: Reuse; text: string }> = [];
  chosen.forEach((a, rank) => {
    const pairs = seeds.get(a) ?? [];
    spend(pairs.length + index.articles[a].norm.text.length);
    const reuse = measure(matched, index.articles[a], pairs, index.options, rank < REWORDED_CANDIDATES);
    if (reuse) reuses.push({ reuse, text: index.articles[a].norm.text });
  });
  return oneOfEachText(reuses).sort((x, y) => y.coverage - x.coverage || x.article.id.localeCompare(y.article.id));
}

/**
 * One reuse per article text: an archive that holds the same article twice (a mirror, a re-import
 * under another id) gives one finding, of the record published first (then the lower id), not two.
 */
function oneOfEachText(reuses: ReadonlyArray<{ reuse: Reuse; text: string }>): Reuse[] {
  const kept = new Map<string, Reuse>();
  for (const { reuse, text } of reuses) {
    const key = `${reuse.article.origin.kind}\u0000${reuse.article.origin.source}\u0000${text}`;
    const other = kept.get(key);
    if (!other || earlier(reuse.article, other.article)) kept.set(key, reuse);
  }
  return [...kept.values()];
}

/**
 * Whether `count` reuses of one document may leave out articles the archive holds: as many as
 * the candidates aligned at most, so the list was full and every one of them was reused.
 */
export function candidatesFull(count: number): boolean {
  return count >= MAX_CANDIDATES;
}

/**
 * Whether `a` was published before `b`: the earlier date, a dated one before an undated one, then
 * the lower id. Dates are compared as dates: a field keeps what the page wrote (2025年3月5日,
 * 2025/03/05 14:00, 2025-3-5), which sorts wrongly as text; one that is no date counts as none.
 */
export function earlier(a: { id: string; date?: string }, b: { id: string; date?: string }): boolean {
  const [x, y] = [publishedAt(a.date), publishedAt(b.date)];
  if (x !== undefined && y !== undefined && x !== y) return x < y;
  if (x !== undefined && y === undefined) return true;
  if (x === undefined && y !== undefined) return false;
  return a.id.localeCompare(b.id) < 0;
}

/** A date as written, as an ISO date (and time) that sorts as it reads; undefined when it is none. */
function publishedAt(date: string | undefined): string | undefined {
  return date === undefined ? undefined : isoFromField(date);
}

/** Postings by hash: a whole index, or the part of one that a document's fingerprints ask for. */
export type PostingIndex = Pick<CorpusIndex, 'options' | 'keys' | 'starts' | 'postArticle' | 'postPosition' | 'common'>;

/** The document's text as matched: normalised, boilerplate lines masked. */
export function matchText(doc: Document, boilerplate: Boilerplate): NormText {
  return maskedText(doc.text, boilerplate);
}

/** Seed pairs (document position, article position) per article of `articles` sharing a fingerprint, common ones included. */
export function collectSeeds(text: string, index: PostingIndex, articles: ReadonlySet<number>): Map<number, Array<[number, number]>> {
  const seeds = new Map<number, Array<[number, number]>>();
  eachPosting(text, index, true, (a, _at, docPosition, artPosition) => {
    if (!articles.has(a)) return;
    let list = seeds.get(a);
    if (!list) seeds.set(a, (list = []));
    if (list.length < MAX_SEEDS) list.push([docPosition, artPosition]);
  });
  return seeds;
}

/**
 * Each posting of each of the document's fingerprints, in document order: article, fingerprint
 * index, position in both; those of common fingerprints (see finds) only when `common` is true.
 */
function eachPosting(text: string, index: PostingIndex, common: boolean, visit: (article: number, at: number, docPosition: number, artPosition: number) => void): void {
  const { fps, ats } = located(text, index);
  const usable = common ? () => true : finds(index, ats);
  for (let i = 0; i < fps.hashes.length; i++) {
    const at = ats[i];
    if (at < 0 || !usable(at)) continue;
    for (let p = index.starts[at]; p < index.starts[at + 1]; p++) visit(index.postArticle[p], i, fps.positions[i], index.postPosition[p]);
  }
}

/** The last document's fingerprints and where each stands among an index's keys (−1: not there), as eachPosting last asked. */
let lastLocated: { keys: Uint32Array; fps: Fingerprints; ats: Int32Array } | undefined;

function located(text: string, index: PostingIndex): { fps: Fingerprints; ats: Int32Array } {
  const fps = winnowOnce(text, index.options.k, index.options.window);
  if (lastLocated?.fps !== fps || lastLocated.keys !== index.keys) lastLocated = { keys: index.keys, fps, ats: locatedAmong(fps.hashes, index.keys) };
  return lastLocated;
}

/**
 * Whether the key at `at` finds candidates. A key at more than options.maxPostings places in the
 * archive is common: a phrase that common says nothing about which article was copied, and is not
 * used (it still seeds the alignment of those found), unless the document needs it (rarest.ts).
 * A whole index counts each key's postings over the keys the document meets (`ats`); a narrowed
 * one holds the chosen articles' postings only, and says which keys its lookup did not use.
 */
function finds(index: PostingIndex, ats: Int32Array): (at: number) => boolean {
  const flags = index.common;
  if (flags) return (at) => flags[at] === 0;
  const most = index.options.maxPostings;
  const count = (at: number) => index.starts[at + 1] - index.starts[at];
  const present = new Set(ats);
  present.delete(-1);
  let used = 0;
  let read = 0;
  const over: OverCap[] = [];
  for (const at of present) {
    const n = count(at);
    if (n <= most) (used += 1), (read += n);
    else over.push({ hash: index.keys[at], count: n });
  }
  const taken = commonTaken(present.size, used, read, over, most);
  return (at) => count(at) <= most || taken.has(index.keys[at]);
}

/**
 * How many distinct document positions each article shares with the document through fingerprints
 * that are not common, counted over its first MAX_SEEDS pairs, articles in the order met (a
 * document's fingerprints, winnowed, stand at increasing positions, so a position repeats only
 * within one fingerprint's postings).
 * Only the articles that share MIN_SHARED positions or more, the only ones rankShared ranks: most
 * articles a document meets share one or two (of a 10k archive, some 1,700 met before common
 * fingerprints were left out, 240 of them three times or more), and only made the Map and had
 * their fingerprint counts asked for.
 */
export function sharedPositions(text: string, index: PostingIndex): Map<number, number> {
  // per article met, in typed arrays: a document meets thousands of articles through its
  // commoner fingerprints, and a Map and three arrays grown one by one per document made most
  // of the garbage of a check
  const { seen, pairs, shared, lastAt } = scratch;
  for (const list of [seen, pairs, shared, lastAt]) list.length = 0;
  eachPosting(text, index, false, (a, at) => {
    let s = slotOf.at(a) - 1;
    if (s < 0) {
      s = seen.length;
      slotOf.grow(a + 1);
      slotOf.set(a, s + 1);
      seen.push(a);
      pairs.push(0);
      shared.push(0);
      lastAt.push(UNSET);
    }
    if (pairs.at(s) === MAX_SEEDS) return;
    pairs.set(s, pairs.at(s) + 1);
    if (lastAt.at(s) !== at) lastAt.set(s, at), shared.set(s, shared.at(s) + 1);
  });
  const out = new Map<number, number>();
  for (let s = 0; s < seen.length; s++) {
    if (shared.at(s) >= MIN_SHARED) out.set(seen.at(s), shared.at(s));
    slotOf.set(seen.at(s), 0);
  }
  return out;
}

/** The per-article lists of sharedPositions, kept between calls (each call is synchronous). */
const scratch = { seen: new Growable(), pairs: new Growable(), shared: new Growable(), lastAt: new Growable() };
/** Article → its slot + 1 in the call of sharedPositions under way, 0 for none: kept between calls, cleared after each. */
const slotOf = new ZeroedU32();
/** A lastAt no fingerprint index takes. */
const UNSET = 0xffffffff;

/** Articles sharing MIN_SHARED positions or more, best containment first (ties in the order given), MAX_CANDIDATES at most. */
export function rankShared(shared: Map<number, number>, fingerprints: (article: number) => number): number[] {
  // the best MAX_CANDIDATES kept in order as they come, a newcomer after those that score as
  // well as it: a stable sort of all of them, cut, would give the same list
  const best: number[] = [];
  const scores: number[] = [];
  // forEach, not for…of: an entries iterator makes a [key, value] array per article
  shared.forEach((n, a) => {
    if (n < MIN_SHARED) return;
    const score = n / Math.max(1, fingerprints(a));
    if (best.length === MAX_CANDIDATES && !(score > scores[MAX_CANDIDATES - 1])) return;
    let at = best.length;
    while (at > 0 && scores[at - 1] < score) at--;
    best.splice(at, 0, a);
    scores.splice(at, 0, score);
    if (best.length > MAX_CANDIDATES) best.pop(), scores.pop();
  });
  return best;
}
