// Stage 4 · match — which corpus articles a document reuses, and where.
// In: a Document and a CorpusIndex (built here from the corpus Articles: winnowed 8-character
// fingerprints, boilerplate dropped). Out: Reuse[] — per article its kind (reprint, excerpt,
// edited), coverage, similarity and the aligned Passages (spans in both texts). Pipeline:
// fingerprint.ts → corpus-index.ts (candidates) → align.ts (seeds, chains) → extend.ts →
// sentences.ts (scores) → this file (findReuse).
import { distance } from 'fastest-levenshtein';
import type { Document } from '../read/types.js';
import type { Passage, Reuse, ReuseKind } from './types.js';
import { chainRuns, docPositionOf, seedRuns, type Chain } from './align.js';
import { boilerplateSpans, type Boilerplate } from './boilerplate.js';
import { extendChain } from './extend.js';
import { lookup, type CorpusIndex, type IndexedArticle } from './corpus-index.js';
import { winnow } from './fingerprint.js';
import { normalize, originalSpan, withoutSpans, type NormText } from '../normalize/index.js';
import { sentencesIn } from './sentences.js';

/** Fewest shared fingerprints that make an article worth aligning. */
const MIN_SHARED = 3;
/** Articles aligned per document at most, best containment first. */
const MAX_CANDIDATES = 40;
/** Seed pairs per article at most: beyond it, a hash repeated on both sides adds nothing. */
const MAX_SEEDS = 20000;

/** Every article of the index that the document reuses, most reused first. */
export function findReuse(doc: Document, index: CorpusIndex): Reuse[] {
  const norm = matchText(doc, index.boilerplate);
  const seeds = collectSeeds(norm.text, index);
  const reuses: Reuse[] = [];
  for (const [a, pairs] of rankCandidates(seeds, (a) => index.articles[a].fingerprints)) {
    const reuse = measure(norm, index.articles[a], pairs, index);
    if (reuse) reuses.push(reuse);
  }
  return reuses.sort((x, y) => y.coverage - x.coverage || x.article.id.localeCompare(y.article.id));
}

/** Postings by hash: a whole index, or the part of one that a document's fingerprints ask for. */
export type PostingIndex = Pick<CorpusIndex, 'options' | 'keys' | 'starts' | 'postArticle' | 'postPosition'>;

/** The document's text as matched: normalised, boilerplate lines masked. */
export function matchText(doc: Document, boilerplate: Boilerplate): NormText {
  const full = normalize(doc.text);
  return withoutSpans(full, boilerplateSpans(doc.text, full, boilerplate));
}

/** Seed pairs (document position, article position) per article sharing a fingerprint. */
export function collectSeeds(text: string, index: PostingIndex): Map<number, Array<[number, number]>> {
  const fps = winnow(text, index.options.k, index.options.window);
  const seeds = new Map<number, Array<[number, number]>>();
  for (let i = 0; i < fps.hashes.length; i++) {
    const range = lookup(index, fps.hashes[i]);
    if (!range) continue;
    for (let p = range[0]; p < range[1]; p++) {
      const a = index.postArticle[p];
      let list = seeds.get(a);
      if (!list) seeds.set(a, (list = []));
      if (list.length < MAX_SEEDS) list.push([fps.positions[i], index.postPosition[p]]);
    }
  }
  return seeds;
}

/** The articles worth aligning, best containment first; `fingerprints(a)` is article a's fingerprint count. */
export function rankCandidates(seeds: Map<number, Array<[number, number]>>, fingerprints: (article: number) => number): Array<[number, Array<[number, number]>]> {
  const scored: Array<[number, Array<[number, number]>, number]> = [];
  for (const [a, pairs] of seeds) {
    const shared = new Set(pairs.map((p) => p[0])).size;
    if (shared < MIN_SHARED) continue;
    scored.push([a, pairs, shared / Math.max(1, fingerprints(a))]);
  }
  scored.sort((x, y) => y[2] - x[2]);
  return scored.slice(0, MAX_CANDIDATES).map(([a, pairs]) => [a, pairs]);
}

function measure(
  norm: NormText,
  target: IndexedArticle,
  pairs: Array<[number, number]>,
  index: CorpusIndex,
): Reuse | undefined {
  const { k, minPassage, reprintShare, editedSimilarity, sentenceSimilarity } = index.options;
  const runs = seedRuns(norm.text, target.norm.text, pairs, k);
  const chains = chainRuns(runs, Math.min(minPassage, LISTED_MIN)).map((c) => extendChain(c, norm.text, target.norm.text));
  if (!chains.some((c) => c.matched >= minPassage)) return undefined;
  const scored = chains.map((c) => scoreChain(c, norm.text, target, sentenceSimilarity)).filter((x) => x !== undefined);
  const reused = scored.reduce((n, s) => n + s.reusedChars, 0);
  if (reused < minPassage) return undefined;
  const coverage = reused / Math.max(1, target.norm.text.length);
  const similarity = scored.reduce((n, s) => n + s.similarity * s.reusedChars, 0) / reused;
  const docReused = scored.reduce((n, s) => n + (s.de - s.ds), 0);
  const passages: Passage[] = scored.map((s) => ({
    doc: originalSpan(norm, s.ds, s.de),
    source: originalSpan(target.norm, s.as, s.ae),
    similarity: s.similarity,
  }));
  return {
    article: target.article,
    kind: kindOf(coverage, similarity, reprintShare, editedSimilarity),
    coverage: Math.min(1, coverage),
    docCoverage: Math.min(1, docReused / Math.max(1, norm.text.length)),
    similarity,
    passages,
  };
}

/** Passages shorter than this (normalised characters) are not listed, even beside a real one. */
const LISTED_MIN = 30;

function kindOf(coverage: number, similarity: number, reprintShare: number, editedBound: number): ReuseKind {
  if (similarity < editedBound) return 'edited';
  return coverage >= reprintShare ? 'reprint' : 'excerpt';
}

interface ScoredPassage {
  reusedChars: number;
  similarity: number;
  /** The passage trimmed to its first and last reused sentence, normalised offsets. */
  ds: number;
  de: number;
  as: number;
  ae: number;
}

/**
 * Scores a passage sentence by sentence on the article's side: each article sentence against
 * the document text aligned to it, similarity = 1 − distance / longer length. Sentences below
 * `sentenceSimilarity` were rewritten, not reused: they count for nothing, and the passage is
 * trimmed to the reused sentences at its ends.
 */
function scoreChain(chain: Chain, docText: string, target: IndexedArticle, sentenceSimilarity: number): ScoredPassage | undefined {
  const first = chain.runs[0];
  const last = chain.runs[chain.runs.length - 1];
  const art = target.norm.text;
  let scored: ScoredPassage | undefined;
  let weighted = 0;
  for (const [a, b] of sentencesIn(target.sentences, art.length, first.as, last.ae)) {
    const d0 = clamp(docPositionOf(chain, a), first.ds, last.de);
    const d1 = clamp(docPositionOf(chain, b), d0, last.de);
    const sim = similarity(art.slice(a, b), docText.slice(d0, d1));
    if (sim < sentenceSimilarity) continue;
    scored ??= { reusedChars: 0, similarity: 0, ds: d0, de: d1, as: a, ae: b };
    scored.reusedChars += b - a;
    scored.de = d1;
    scored.ae = b;
    weighted += sim * (b - a);
  }
  if (scored) scored.similarity = weighted / scored.reusedChars;
  return scored;
}

export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}
