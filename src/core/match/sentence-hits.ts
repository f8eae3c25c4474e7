import { docPositionOf, type Chain, type Run } from './align.js';
import { extendSpanning } from './extend.js';
import { lastAtOrBefore } from '../shared/search.js';
import { similarityBetween } from './similarity.js';
import { spend } from '../shared/budget.js';

/** Whole clauses of an article sentence found in the document, normalised offsets, ends exclusive. */
export interface SentenceHit {
  ds: number;
  de: number;
  as: number;
  ae: number;
  similarity: number;
}

/** One side of a comparison: normalised text, where its sentences and clauses begin. */
export interface Breaks {
  text: string;
  sentences: Uint32Array;
  clauses: Uint32Array;
}

/**
 * Similarity a piece must keep with the article text it stands for: a changed word or two
 * in a sentence, no more. A piece stands alone here, with no neighbour to vouch for it.
 */
const MIN_SIMILARITY = 0.8;
/** Runs this close on both sides, on nearly the same diagonal, are one piece (a changed word between them). */
const MAX_GAP = 6;
const MAX_SKEW = 2;
/** How far (normalised characters) a piece's end may stand from a clause break and still end a clause (为, 要). */
const BREAK_SLACK = 2;
/** Open groups a run is tried against: runs come in document order, so a group's follower is near. */
const RECENT_GROUPS = 8;

/**
 * Every piece of the document that is whole clauses of one article sentence (from a clause
 * break to a clause break there), at least `minChars` normalised characters, still reading
 * as it did. Sentences taken from anywhere in the article, in any order, are each found, so
 * are clauses joined from two places (one piece each), whatever words the document puts
 * around them. A name, an official's title or a slogan is not: in the article it stops in
 * the middle of a clause (…副厅长刘文忠表示), so no whole clause of it is taken.
 */
export function sentenceHits(doc: Breaks, art: Breaks, runs: readonly Run[], minChars: number, worth: (spans: readonly ClauseSpan[]) => boolean = () => true): SentenceHit[] {
  const spans = clauseSpans(doc.text, art.text, art.sentences, art.clauses, runs, minChars);
  // what is left out below the bar can only take less than all of them: no need to read each
  if (spans.length === 0 || !worth(spans)) return [];
  return scoredHits(spans, doc.text, art.text);
}

/** The spans that read as they did in the article (sentenceHits' hits), a sentence the document repeats once. */
export function scoredHits(spans: readonly ClauseSpan[], doc: string, art: string): SentenceHit[] {
  const hits: SentenceHit[] = [];
  for (const span of spans) {
    spend(hits.length + 1);
    const hit = scored(span, doc, art);
    if (hit.similarity >= MIN_SIMILARITY && !takenBefore(hits, hit)) hits.push(hit);
  }
  return hits;
}

/**
 * A candidate with its similarity. Kept out of sentenceHits' loop: the edit distance inlined there
 * left clauseSpans' sentence search out of what V8 inlines in turn, a call per sentence looked up.
 */
function scored(span: ClauseSpan, doc: string, art: string): SentenceHit {
  const { ds, de, as, ae } = span;
  return { ds, de, as, ae, similarity: similarityBetween(doc, ds, de, art, as, ae) };
}

/** Where a sentence hit would stand on both sides, before its similarity is known. */
export type ClauseSpan = Omit<SentenceHit, 'similarity'>;

/**
 * The whole clauses of each article sentence a piece spans, where the piece puts them in the
 * document: sentenceHits' candidates, in order. The article's side as its text, sentence and
 * clause starts, so a caller holding them makes no object to pass them.
 */
export function clauseSpans(docText: string, artText: string, starts: Uint32Array, clauses: Uint32Array, runs: readonly Run[], minChars: number): ClauseSpan[] {
  const spans: ClauseSpan[] = [];
  for (const piece of pieces(runs, docText, artText, minChars)) {
    const first = piece.runs[0];
    const last = piece.runs[piece.runs.length - 1];
    spend(piece.runs.length);
    // the clauses at or before s0 and s1 + BREAK_SLACK, walked forward from one sentence to the
    // next (both only grow), not searched for again in each (see clauseAtOrBefore)
    let startClause = -1;
    let endClause = -1;
    // the sentences the piece overlaps on the article's side, clipped to it
    for (let s = lastAtOrBefore(starts, first.as); s < starts.length && starts[s] < last.ae; s++) {
      spend(1);
      const s0 = Math.max(first.as, starts[s]);
      const s1 = Math.min(last.ae, s + 1 < starts.length ? starts[s + 1] : artText.length);
      if (s1 <= s0) continue;
      startClause = clauseAtOrBefore(clauses, s0, startClause);
      const as = clauseStartFrom(clauses, artText.length, s0, startClause);
      if (s1 < artText.length - BREAK_SLACK) endClause = clauseAtOrBefore(clauses, s1 + BREAK_SLACK, endClause);
      const ae = clauseEndUpTo(clauses, artText.length, s1, endClause);
      if (ae - as < minChars) continue;
      const ds = docPositionOf(piece, as, true);
      const de = docPositionOf(piece, ae);
      if (ds < 0 || de > docText.length || de - ds < minChars) continue;
      spans.push({ ds, de, as, ae });
    }
  }
  return spans;
}

/**
 * Runs grouped along one diagonal with small gaps, extended by short exact anchors: one chain each.
 * A hit stands within its piece on the article's side (its clause edges inside the sentence
 * clipped to [first.as, last.ae)): a piece spanning fewer than `minChars` characters there holds
 * none, and is left out (most groups: a lone 8-character run no anchor extends).
 */
function pieces(runs: readonly Run[], doc: string, art: string, minChars: number): Chain[] {
  const sorted = inOrder(runs) ? runs : [...runs].sort((x, y) => x.ds - y.ds || x.as - y.as);
  const count = grouped(sorted);
  const out = piecesFound;
  // most often none was found: emptying an empty array is a call into the runtime all the same
  if (out.length > 0) out.length = 0;
  for (let h = 0; h < count; h++) {
    const piece = extendSpanning(groupOf(sorted, heads[h]), doc, art, minChars);
    if (piece) out.push(piece);
  }
  return out;
}

/** pieces' answer, kept between calls (most candidates have none): clauseSpans reads it before the next. */
const piecesFound: Chain[] = [];

/**
 * How many groups there are, where each begins (in order) in `heads`, the runs of each linked in
 * `nextInGroup` (0 after its last: no run follows the first). A group is a lone run more than nine
 * times in ten: one index, no array.
 */
function grouped(sorted: readonly Run[]): number {
  if (nextInGroup.length < sorted.length) {
    nextInGroup = new Int32Array(2 * sorted.length);
    heads = new Int32Array(2 * sorted.length);
    lasts = new Int32Array(2 * sorted.length);
  }
  nextInGroup.fill(0, 0, sorted.length);
  let count = 0;
  for (let i = 0; i < sorted.length; i++) {
    const g = recentFollowed(sorted, count, sorted[i]);
    if (g < 0) {
      heads[count] = i;
      lasts[count++] = i;
    } else {
      nextInGroup[lasts[g]] = i;
      lasts[g] = i;
    }
  }
  return count;
}

/**
 * Where each group begins and its last run so far (see grouped): kept between calls, as long as
 * nextInGroup (a group a run at most). Two arrays grown by push each call were, on the 10k bench,
 * the largest allocation of a whole check.
 */
let heads = new Int32Array(64);
let lasts = new Int32Array(64);

/** Each run's follower in its group (see grouped): kept between calls. */
let nextInGroup = new Int32Array(64);

/** The runs of the group that begins at `head`: a lone run in an array kept between calls (read it before the next). */
function groupOf(sorted: readonly Run[], head: number): readonly Run[] {
  if (nextInGroup[head] === 0) {
    lone[0] = sorted[head];
    return lone;
  }
  const group = [sorted[head]];
  for (let i = nextInGroup[head]; i !== 0; i = nextInGroup[i]) group.push(sorted[i]);
  return group;
}

const lone: Run[] = [];

/** Whether the runs stand by ds, then as (as seedRuns mostly gives them): no sorted copy needed. */
function inOrder(runs: readonly Run[]): boolean {
  for (let i = 1; i < runs.length; i++) if (runs[i - 1].ds > runs[i].ds || (runs[i - 1].ds === runs[i].ds && runs[i - 1].as > runs[i].as)) return false;
  return true;
}

/** The first of the last RECENT_GROUPS of the `count` groups (oldest first, by the index of their last run) that `run` follows, or −1. */
function recentFollowed(sorted: readonly Run[], count: number, run: Run): number {
  for (let g = Math.max(0, count - RECENT_GROUPS); g < count; g++) if (follows(sorted[lasts[g]], run)) return g;
  return -1;
}

function follows(prev: Run, next: Run): boolean {
  const gapD = next.ds - prev.de;
  const gapA = next.as - prev.ae;
  return gapD >= 0 && gapA >= 0 && gapD <= MAX_GAP && gapA <= MAX_GAP && Math.abs(gapD - gapA) <= MAX_SKEW;
}

/**
 * lastAtOrBefore(clauses, p), walked forward from `from`, lastAtOrBefore's answer for a value at or
 * below p (−1: none asked yet, then searched). The same index: in an ascending array the answer
 * for p is the last index whose value is ≤ p (0 when none is), and walking from an answer for a
 * smaller value while the next is ≤ p ends there. A piece's sentences step over a clause or three
 * each: two binary searches per sentence cost more than both walks.
 */
function clauseAtOrBefore(clauses: Uint32Array, p: number, from: number): number {
  if (from < 0) return lastAtOrBefore(clauses, p);
  let i = from;
  while (i + 1 < clauses.length && clauses[i + 1] <= p) i++;
  return i;
}

/** The first clause start at or after p, or p itself when a break stands within BREAK_SLACK before it; i is lastAtOrBefore(clauses, p), `length` the text's. */
function clauseStartFrom(clauses: Uint32Array, length: number, p: number, i: number): number {
  const before = clauses[i];
  if (p - before <= BREAK_SLACK) return p;
  return i + 1 < clauses.length ? clauses[i + 1] : length;
}

/** The last clause end at or before p, or p itself when a break stands within BREAK_SLACK after it; i is lastAtOrBefore(clauses, p + BREAK_SLACK) (unread near the end), `length` the text's. */
function clauseEndUpTo(clauses: Uint32Array, length: number, p: number, i: number): number {
  if (p >= length - BREAK_SLACK) return p;
  const at = clauses[i];
  if (at >= p) return p;
  return at;
}

/** A sentence the document repeats, or two pieces that point at the same article text, count once. */
function takenBefore(hits: readonly SentenceHit[], hit: SentenceHit): boolean {
  return hits.some((h) => Math.min(h.ae, hit.ae) - Math.max(h.as, hit.as) > (hit.ae - hit.as) / 2);
}
