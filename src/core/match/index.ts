// Stage 4 · match — which corpus articles a document reuses, and where.
// In: a Document and a CorpusIndex (built here from the corpus Articles: winnowed 8-character
// fingerprints, boilerplate dropped). Out: Reuse[] — per article its kind (reprint, excerpt,
// edited), coverage, similarity and the aligned Passages (spans in both texts). Pipeline:
// fingerprint.ts → corpus-index.ts (candidates) → align.ts (seeds, chains) → extend.ts →
// measure.ts (long passages scored by sentences.ts, sentences taken one by one in
// sentence-hits.ts, 洗稿 in paraphrase.ts, the kind of use in kind.ts) → this file (findReuse).
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
import { MAX_CANDIDATES } from './candidates.js';
import { GrowableU32, ZeroedU32 } from '../shared/growable.js';
import { mapped } from '../shared/mapped.js';

export { similarity };

/** Fewest shared fingerprints that make an article worth aligning. */
const MIN_SHARED = 3;
/** The best-ranked candidates that are also read sentence by sentence for a 洗稿 when nothing longer survives. */
const REWORDED_CANDIDATES = 3;
/** Seed pairs per article at most: beyond it, a hash repeated on both sides adds nothing. */
const MAX_SEEDS = 20000;

/** Every article of the index that the document reuses, most reused first. */
export function findReuse(doc: Document, index: CorpusIndex): Reuse[] {
  return findReuses(doc, index).reuses;
}

/**
 * findReuse's reuses; how many articles sharing text with the document (MIN_SHARED positions or
 * more) MAX_CANDIDATES left out of those aligned; and the reuse of the last-ranked candidate aligned,
 * if it was reused: those ranked below it may be reused too (a document that shares a few
 * fingerprints with many articles but reuses few is no such case).
 */
export function findReuses(doc: Document, index: CorpusIndex): { reuses: Reuse[]; unaligned: number; last?: Reuse } {
  const norm = matchText(doc, index.boilerplate);
  const shared = index.ranked ? undefined : sharedPositions(norm.text, index);
  const chosen = shared ? rankShared(shared, (a) => index.articles[a].fingerprints) : mapped(index.articles, (_, i) => i);
  const unaligned = shared ? shared.size - chosen.length : (index.unaligned ?? 0);
  // not `{ ...aligned(…), unaligned }`: on Node 20 that literal gets a map of its own every time
  const { reuses, last } = aligned(doc, norm, index, chosen);
  return { reuses, unaligned, last };
}

/** The reuses of the `chosen` articles, best first, each aligned with the document and measured; the last chosen's, if reused. */
function aligned(doc: Document, norm: NormText, index: CorpusIndex, chosen: readonly number[]): { reuses: Reuse[]; last?: Reuse } {
  const seeds = collectSeeds(norm.text, index, chosen);
  const matched = { doc, norm, ...breakStarts(doc.text, norm) };
  const reuses: Array<{ reuse: Reuse; text: string }> = [];
  let last: Reuse | undefined;
  chosen.forEach((a, rank) => {
    const pairs = seeds[rank];
    spend(pairs.length / 2 + index.articles[a].norm.text.length);
    const reuse = measure(matched, index.articles[a], pairs, index.options, rank < REWORDED_CANDIDATES);
    if (reuse) reuses.push({ reuse, text: index.articles[a].norm.text });
    last = reuse;
  });
  return { reuses: oneOfEachText(reuses).sort((x, y) => y.coverage - x.coverage || x.article.id.localeCompare(y.article.id)), last };
}

/**
 * One reuse per article text: an archive that holds the same article twice (a mirror, a re-import
 * under another id) gives one finding, of the record published first (then the lower id), not two.
 */
function oneOfEachText(reuses: ReadonlyArray<{ reuse: Reuse; text: string }>): Reuse[] {
  // compared pair by pair (a document reuses a few articles), not keyed by the text: a key of some
  // thousand characters was made and hashed for every reuse
  const kept: Array<{ reuse: Reuse; text: string }> = [];
  for (const one of reuses) {
    const at = kept.findIndex((other) => sameText(one, other));
    if (at < 0) kept.push(one);
    else if (earlier(one.reuse.article, kept[at].reuse.article)) kept[at] = { reuse: one.reuse, text: kept[at].text };
  }
  return mapped(kept, (k) => k.reuse);
}

function sameText(x: { reuse: Reuse; text: string }, y: { reuse: Reuse; text: string }): boolean {
  const [a, b] = [x.reuse.article.origin, y.reuse.article.origin];
  return a.kind === b.kind && a.source === b.source && x.text === y.text;
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

/**
 * The document's text as matched: normalised, boilerplate lines masked. The last document's kept:
 * narrowIndex and then findReuse ask for it (normalising the 10k bench's documents twice cost
 * some 0.1 s CPU more). Never written to by its users.
 */
export function matchText(doc: Document, boilerplate: Boilerplate): NormText {
  if (lastMatched?.doc !== doc || lastMatched.boilerplate !== boilerplate) lastMatched = { doc, boilerplate, norm: maskedText(doc.text, boilerplate) };
  return lastMatched.norm;
}

/** The last document matchText was asked for, under which boilerplate, and its text as matched. */
let lastMatched: { doc: Document; boilerplate: Boilerplate; norm: NormText } | undefined;

/**
 * Seed pairs per article of `articles` sharing a fingerprint, common ones included: for the i-th
 * article, flat (document position, article position, …) in the order of the postings, the first
 * MAX_SEEDS pairs at most. Views of arrays kept between calls (each call is synchronous), valid
 * until the next call: a Map of two-number arrays per pair made a document's most garbage.
 */
export function collectSeeds(text: string, index: PostingIndex, articles: readonly number[]): Uint32Array[] {
  articles.forEach((a, i) => (seedSlot.grow(a + 1), seedSlot.set(a, i + 1)));
  while (seedLists.length < articles.length) seedLists.push(new GrowableU32(256));
  for (let s = 0; s < articles.length; s++) seedLists[s].length = 0;
  const { fps, ats } = located(text, index);
  const { starts, postArticle, postPosition } = index;
  for (let i = 0; i < fps.hashes.length; i++) {
    const at = ats[i];
    if (at < 0) continue;
    for (let p = starts[at], end = starts[at + 1]; p < end; p++) {
      const s = seedSlot.at(postArticle[p]);
      if (s === 0) continue;
      const list = seedLists[s - 1];
      if (list.length === 2 * MAX_SEEDS) continue;
      list.push(fps.positions[i]);
      list.push(postPosition[p]);
    }
  }
  for (const a of articles) seedSlot.set(a, 0);
  return mapped(articles, (_, s) => seedLists[s].view());
}

/** Article → its place in collectSeeds' `articles` + 1 (0: not asked for), set for one call, then cleared. */
const seedSlot = new ZeroedU32();
/** collectSeeds' pairs, one list per place in its `articles`: kept between calls. */
const seedLists: GrowableU32[] = [];

/** The last document's fingerprints and where each stands among an index's keys (−1: not there), as last asked. */
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
  const { ids, counts } = sharedCounts(text, index);
  const out = new Map<number, number>();
  for (let i = 0; i < ids.length; i++) out.set(ids[i], counts[i]);
  return out;
}

/** sharedPositions as two lists, the articles and their counts, in the order met: no Map made for a document's few. */
export function sharedCounts(text: string, index: PostingIndex): { ids: Uint32Array; counts: Uint32Array } {
  // per article met, in typed arrays: a document meets thousands of articles through its
  // commoner fingerprints, and a Map and three arrays grown one by one per document made most
  // of the garbage of a check; the loops written out, not a visit per posting
  const { fps, ats } = located(text, index);
  const usable = finds(index, ats);
  const { starts, postArticle } = index;
  // the kept arrays in locals, put back when grown: read from the module's bindings, each posting
  // loaded them again (and checked them initialised)
  let slots = slotOf;
  let saw = seen;
  let st = state;
  let met = 0;
  for (let i = 0; i < fps.hashes.length; i++) {
    const at = ats[i];
    if (at < 0 || !usable(at)) continue;
    for (let p = starts[at], end = starts[at + 1]; p < end; p++) {
      const a = postArticle[p];
      if (a >= slots.length) slotOf = slots = grown(slots, a + 1);
      let s = slots[a] - 1;
      if (s < 0) {
        s = met++;
        if (met > saw.length) {
          seen = saw = grown(saw, met);
          state = st = grown(st, 3 * met);
        }
        slots[a] = met;
        saw[s] = a;
        st[3 * s] = 0;
        st[3 * s + 1] = 0;
        st[3 * s + 2] = UNSET;
      }
      // state of slot s: pairs counted (MAX_SEEDS at most), positions shared, the last fingerprint index met
      if (st[3 * s] === MAX_SEEDS) continue;
      st[3 * s]++;
      if (st[3 * s + 2] !== i) {
        st[3 * s + 2] = i;
        st[3 * s + 1]++;
      }
    }
  }
  let n = 0;
  for (let s = 0; s < met; s++) {
    const a = saw[s];
    slots[a] = 0;
    if (st[3 * s + 1] < MIN_SHARED) continue;
    // written over the slots already read: n ≤ s
    saw[n] = a;
    st[n++] = st[3 * s + 1];
  }
  return { ids: saw.slice(0, n), counts: st.slice(0, n) };
}

/** A copy of `array` with room for `least` values (twice as many as it had at least). */
function grown(array: Uint32Array, least: number): Uint32Array {
  const bigger = new Uint32Array(Math.max(least, 2 * array.length));
  bigger.set(array);
  return bigger;
}

/** rankedCounts' scores of the articles kept so far, best first (each call is synchronous). */
const rankScores = new Float64Array(MAX_CANDIDATES);

/** The articles met by sharedCounts (their slots' order) and their state, three numbers a slot: kept between calls (each call is synchronous). */
let seen: Uint32Array = new Uint32Array(1024);
let state: Uint32Array = new Uint32Array(3 * 1024);
/** Article → its slot + 1 in the call of sharedCounts under way, 0 for none: kept between calls, cleared after each. */
let slotOf: Uint32Array = new Uint32Array(1024);
/** A last fingerprint index no fingerprint index takes. */
const UNSET = 0xffffffff;

/** Articles sharing MIN_SHARED positions or more, best containment first (ties in the order given), MAX_CANDIDATES at most. */
export function rankShared(shared: Map<number, number>, fingerprints: (article: number) => number): number[] {
  const ids = Uint32Array.from(shared.keys());
  const counts = Uint32Array.from(shared.values());
  return mapped(rankedCounts(ids, counts, (i) => fingerprints(ids[i])), (i) => ids[i]);
}

/**
 * rankShared over sharedCounts' lists: the places in them of the articles ranked, best first;
 * `fingerprints(i)`, those of the i-th article.
 */
export function rankedCounts(ids: Uint32Array, counts: Uint32Array, fingerprints: (i: number) => number): number[] {
  // the best MAX_CANDIDATES kept in order as they come, a newcomer after those that score as
  // well as it: a stable sort of all of them, cut, would give the same list
  // (the worse moved down one by one, not spliced in: two splices, builtin calls, for each of a
  // document's ~90 articles met cost more than the rest of the ranking)
  const best: number[] = [];
  const scores = rankScores;
  for (let i = 0; i < ids.length; i++) {
    const n = counts[i];
    if (n < MIN_SHARED) continue;
    const score = n / Math.max(1, fingerprints(i));
    if (best.length === MAX_CANDIDATES && !(score > scores[MAX_CANDIDATES - 1])) continue;
    let at = best.length;
    while (at > 0 && scores[at - 1] < score) at--;
    // a full list drops its last
    if (best.length < MAX_CANDIDATES) best.push(i);
    for (let j = best.length - 1; j > at; j--) {
      best[j] = best[j - 1];
      scores[j] = scores[j - 1];
    }
    best[at] = i;
    scores[at] = score;
  }
  return best;
}
