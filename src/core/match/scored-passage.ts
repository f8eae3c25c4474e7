import { distance } from 'fastest-levenshtein';
import { docPositionOf, type Chain, type Run } from './align.js';
import type { IndexedArticle } from './corpus-index.js';
import type { Compared } from './kind.js';
import type { SentenceHit } from './sentence-hits.js';
import { sentencesIn } from './sentences.js';

/** A reused passage, normalised offsets, with the sentences it was scored by. */
export interface ScoredPassage {
  reusedChars: number;
  similarity: number;
  /** The passage trimmed to its first and last reused sentence. */
  ds: number;
  de: number;
  as: number;
  ae: number;
  sentences: Compared[];
}

/**
 * Scores a passage sentence by sentence on the article's side: each article sentence against
 * the document text aligned to it, similarity = 1 − distance / longer length. Sentences below
 * `sentenceSimilarity` were rewritten, not reused: they count for nothing, and the passage is
 * trimmed to the reused sentences at its ends.
 */
export function scoreChain(chain: Chain, docText: string, target: IndexedArticle, sentenceSimilarity: number): ScoredPassage | undefined {
  const first = chain.runs[0];
  const last = chain.runs[chain.runs.length - 1];
  const art = target.norm.text;
  let scored: ScoredPassage | undefined;
  let weighted = 0;
  for (const [a, b] of sentencesIn(target.sentences, art.length, first.as, last.ae)) {
    const d0 = clamp(docPositionOf(chain, a, true), first.ds, last.de);
    const d1 = clamp(docPositionOf(chain, b), d0, last.de);
    const mine = docText.slice(d0, d1);
    const theirs = art.slice(a, b);
    const changed = distance(theirs, mine);
    const sim = 1 - changed / Math.max(1, theirs.length, mine.length);
    if (sim < sentenceSimilarity) continue;
    scored ??= { reusedChars: 0, similarity: 0, ds: d0, de: d1, as: a, ae: b, sentences: [] };
    scored.reusedChars += b - a;
    scored.sentences.push({ ds: d0, de: d1, as: a, ae: b, changed });
    scored.de = d1;
    scored.ae = b;
    weighted += sim * (b - a);
  }
  if (scored) scored.similarity = weighted / scored.reusedChars;
  return scored;
}

/** A sentence taken on its own, as a passage of one sentence. */
export function fromHit(h: SentenceHit, doc: string, art: string): ScoredPassage {
  const changed = distance(doc.slice(h.ds, h.de), art.slice(h.as, h.ae));
  const sentence: Compared = { ds: h.ds, de: h.de, as: h.as, ae: h.ae, changed };
  return { reusedChars: h.ae - h.as, similarity: h.similarity, ds: h.ds, de: h.de, as: h.as, ae: h.ae, sentences: [sentence] };
}

/** Which characters of the article exact runs found in the document, wherever they stand there. */
export function coverage(length: number, runs: readonly Run[]): Uint8Array {
  const found = new Uint8Array(length);
  for (const r of runs) found.fill(1, r.as, r.ae);
  return found;
}

/**
 * A sentence compared with the document text where it would stand may differ from it because
 * part of it was moved (a sentence split, a clause put elsewhere), not reworded: what the
 * document holds elsewhere, word for word, is not changed. A sentence's changed characters are
 * at most those of it that no exact run found anywhere in the document.
 */
export function movedNotChanged(passage: ScoredPassage, found: Uint8Array): ScoredPassage {
  const sentences = passage.sentences.map((s) => {
    let missing = 0;
    for (let i = s.as; i < s.ae; i++) if (found[i] === 0) missing++;
    return missing < s.changed ? { ...s, changed: missing } : s;
  });
  return { ...passage, sentences };
}

/** Whether a sentence hit stands inside (overlaps) one of the passages, on the document's side. */
export function within(hit: SentenceHit, passages: readonly ScoredPassage[]): boolean {
  return passages.some((p) => hit.ds < p.de && hit.de > p.ds);
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}
