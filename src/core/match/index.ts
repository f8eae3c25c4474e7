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
import { boilerplateSpans, type Boilerplate } from './boilerplate.js';
import { keyFinder, type CorpusIndex } from './corpus-index.js';
import { winnow } from './fingerprint.js';
import { normalize, withoutSpans, type NormText } from '../normalize/index.js';
import { clauseStarts, sentenceStarts } from './sentences.js';
import { measure } from './measure.js';
import { similarity } from './similarity.js';
import { spend } from '../shared/budget.js';

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
  const seeds = collectSeeds(norm.text, index);
  const matched = { doc, norm, sentences: sentenceStarts(doc.text, norm), clauses: clauseStarts(doc.text, norm) };
  const reuses: Array<{ reuse: Reuse; text: string }> = [];
  rankCandidates(seeds, (a) => index.articles[a].fingerprints).forEach(([a, pairs], rank) => {
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

function earlier(a: { id: string; date?: string }, b: { id: string; date?: string }): boolean {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date;
  if (a.date !== undefined && b.date === undefined) return true;
  if (a.date === undefined && b.date !== undefined) return false;
  return a.id.localeCompare(b.id) < 0;
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
  const find = keyFinder(index.keys);
  for (let i = 0; i < fps.hashes.length; i++) {
    const at = find(fps.hashes[i]);
    if (at < 0) continue;
    for (let p = index.starts[at]; p < index.starts[at + 1]; p++) {
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
