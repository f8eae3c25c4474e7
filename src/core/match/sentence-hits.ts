import { docPositionOf, type Chain, type Run } from './align.js';
import { endsStay, extendChain } from './extend.js';
import { lastAtOrBefore } from '../shared/search.js';
import { sentencesIn } from './sentences.js';
import { similarity } from './similarity.js';
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
export function sentenceHits(doc: Breaks, art: Breaks, runs: readonly Run[], minChars: number): SentenceHit[] {
  const hits: SentenceHit[] = [];
  for (const piece of pieces(runs, doc.text, art.text, minChars)) {
    const first = piece.runs[0];
    const last = piece.runs[piece.runs.length - 1];
    spend(piece.runs.length);
    // a hit stands within the piece on the article's side (its clause edges inside the sentence
    // clipped to [first.as, last.ae)): a shorter piece, most of them (a lone 8-character run),
    // holds none
    if (last.ae - first.as < minChars) continue;
    for (const [s0, s1] of sentencesIn(art.sentences, art.text.length, first.as, last.ae)) {
      spend(hits.length + 1);
      const as = clauseStartFrom(art, s0);
      const ae = clauseEndUpTo(art, s1);
      if (ae - as < minChars) continue;
      const ds = docPositionOf(piece, as, true);
      const de = docPositionOf(piece, ae);
      if (ds < 0 || de > doc.text.length || de - ds < minChars) continue;
      const score = similarity(doc.text.slice(ds, de), art.text.slice(as, ae));
      const hit = { ds, de, as, ae, similarity: score };
      if (score >= MIN_SIMILARITY && !takenBefore(hits, hit)) hits.push(hit);
    }
  }
  return hits;
}

/**
 * Runs grouped along one diagonal with small gaps, extended by short exact anchors: one chain each.
 * A group shorter than `minChars` on the article's side whose ends no anchor extends is left out
 * unextended (most groups: a lone 8-character run), as sentenceHits would pass over it.
 */
function pieces(runs: readonly Run[], doc: string, art: string, minChars: number): Chain[] {
  const sorted = inOrder(runs) ? runs : [...runs].sort((x, y) => x.ds - y.ds || x.as - y.as);
  const groups: Run[][] = [];
  for (const run of sorted) {
    const group = recentFollowed(groups, run);
    if (group) group.push(run);
    else groups.push([run]);
  }
  const out: Chain[] = [];
  for (const g of groups) {
    const first = g[0];
    const last = g[g.length - 1];
    if (last.ae - first.as < minChars && endsStay(first, last, doc, art)) continue;
    out.push(extendChain({ runs: g, matched: 0 }, doc, art));
  }
  return out;
}

/** Whether the runs stand by ds, then as (as seedRuns mostly gives them): no sorted copy needed. */
function inOrder(runs: readonly Run[]): boolean {
  for (let i = 1; i < runs.length; i++) if (runs[i - 1].ds > runs[i].ds || (runs[i - 1].ds === runs[i].ds && runs[i - 1].as > runs[i].as)) return false;
  return true;
}

/** The first of the last RECENT_GROUPS groups (oldest first) that `run` follows. */
function recentFollowed(groups: Run[][], run: Run): Run[] | undefined {
  for (let g = Math.max(0, groups.length - RECENT_GROUPS); g < groups.length; g++) if (follows(groups[g][groups[g].length - 1], run)) return groups[g];
  return undefined;
}

function follows(prev: Run, next: Run): boolean {
  const gapD = next.ds - prev.de;
  const gapA = next.as - prev.ae;
  return gapD >= 0 && gapA >= 0 && gapD <= MAX_GAP && gapA <= MAX_GAP && Math.abs(gapD - gapA) <= MAX_SKEW;
}

/** The first clause start at or after p, or p itself when a break stands within BREAK_SLACK before it. */
function clauseStartFrom(side: Breaks, p: number): number {
  const i = lastAtOrBefore(side.clauses, p);
  const before = side.clauses[i];
  if (p - before <= BREAK_SLACK) return p;
  return i + 1 < side.clauses.length ? side.clauses[i + 1] : side.text.length;
}

/** The last clause end at or before p, or p itself when a break stands within BREAK_SLACK after it. */
function clauseEndUpTo(side: Breaks, p: number): number {
  if (p >= side.text.length - BREAK_SLACK) return p;
  const i = lastAtOrBefore(side.clauses, p + BREAK_SLACK);
  const at = side.clauses[i];
  if (at >= p) return p;
  return at;
}

/** A sentence the document repeats, or two pieces that point at the same article text, count once. */
function takenBefore(hits: readonly SentenceHit[], hit: SentenceHit): boolean {
  return hits.some((h) => Math.min(h.ae, hit.ae) - Math.max(h.as, hit.as) > (hit.ae - hit.as) / 2);
}
