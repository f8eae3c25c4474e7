import { docPositionOf, type Chain, type Run } from './align.js';
import type { IndexedArticle } from './corpus-index.js';
import type { Compared } from './kind.js';
import { layoutOf, outside, overlaps } from './layout.js';
import type { MatchedDoc } from './matched-sides.js';
import type { MatchOptions } from '../config/types.js';
import { rewords } from './bigram-dice.js';
import type { SentenceHit } from './sentence-hits.js';
import { sentencesIn } from './sentences.js';
import { distanceBetween } from './similarity.js';

/** A reused passage, normalised offsets, with the sentences it was scored by. */
export interface ScoredPassage {
  reusedChars: number;
  similarity: number;
  /** The passage trimmed to its first and last reused sentence; what it spans between them is reused or reworded. */
  ds: number;
  de: number;
  as: number;
  ae: number;
  sentences: Compared[];
}

/**
 * Scores a chain sentence by sentence on the article's side: each article sentence against the
 * document text aligned to it, similarity = 1 − distance / longer length. Sentences below
 * `sentenceSimilarity` were rewritten, not reused: they count for nothing, and a passage is
 * trimmed to the reused sentences at its ends. Between two reused sentences, what the document
 * holds in place of those below the bar may part the chain into two passages (see gapBetween):
 * a passage quotes as reused only what was.
 */
export function scoreChain(chain: Chain, doc: MatchedDoc, target: IndexedArticle, options: Pick<MatchOptions, 'sentenceSimilarity' | 'minSentenceChars'>): ScoredPassage[] {
  const first = chain.runs[0];
  const last = chain.runs[chain.runs.length - 1];
  const docText = doc.norm.text;
  const art = target.norm.text;
  const passages: ScoredPassage[] = [];
  let open: Open | undefined;
  let below: Array<{ as: number; ae: number; sim: number }> = [];
  for (const [a, b] of sentencesIn(target.sentences, art.length, first.as, last.ae)) {
    const d0 = clamp(docPositionOf(chain, a, true), first.ds, last.de);
    const d1 = clamp(docPositionOf(chain, b), d0, last.de);
    const changed = distanceBetween(art, a, b, docText, d0, d1);
    const sim = 1 - changed / Math.max(1, b - a, d1 - d0);
    if (sim < options.sentenceSimilarity) {
      if (open) below.push({ as: a, ae: b, sim });
      continue;
    }
    const gap = open ? gapBetween(open.passage, d0, a, doc, art, options.minSentenceChars) : 'held';
    if (open && gap === 'apart') passages.push(closed(open));
    if (!open || gap === 'apart') open = { passage: { reusedChars: 0, similarity: 0, ds: d0, de: d1, as: a, ae: b, sentences: [] }, weighted: 0, weight: 0 };
    else if (gap === 'reworded') counted(open, below, target);
    take(open, { ds: d0, de: d1, as: a, ae: b, changed }, sim);
    below = [];
  }
  if (open) passages.push(closed(open));
  return passages;
}

/** A passage being scored, and the sum and weight of the sentence similarities its similarity averages. */
interface Open {
  passage: ScoredPassage;
  weighted: number;
  weight: number;
}

function take(open: Open, sentence: Compared, sim: number): void {
  const { passage } = open;
  passage.reusedChars += sentence.ae - sentence.as;
  passage.sentences.push(sentence);
  passage.de = sentence.de;
  passage.ae = sentence.ae;
  open.weighted += sim * (sentence.ae - sentence.as);
  open.weight += sentence.ae - sentence.as;
}

/** The reworded sentences a passage holds count in its similarity; the article's head and metadata (its date and 来源 line) do not. */
function counted(open: Open, reworded: ReadonlyArray<{ as: number; ae: number; sim: number }>, target: IndexedArticle): void {
  const layout = layoutOf(target.article.doc, target.norm);
  for (const s of reworded) {
    if (overlaps(layout, s.as, s.ae)) continue;
    open.weighted += s.sim * (s.ae - s.as);
    open.weight += s.ae - s.as;
  }
}

function closed(open: Open): ScoredPassage {
  open.passage.similarity = open.weighted / open.weight;
  return open.passage;
}

/**
 * What the document holds between a passage's last reused sentence and the next one (from
 * `d0`, the article's next from `a`): `held`, too little to be a sentence of its own
 * (`minSentenceChars`: a changed word, nothing where the article dropped a line) or page layout
 * (its own date and 来源 line in place of the article's), kept in the passage as before;
 * `reworded`, a rewording of the article's sentences there (a 洗稿: see bigram-dice.ts), kept,
 * their similarity counted; else `apart`, text of the document's own (an editor's
 * paragraphs between two quoted ones), which ends the passage: the next begins after it.
 */
function gapBetween(passage: ScoredPassage, d0: number, a: number, doc: MatchedDoc, art: string, minChars: number): 'held' | 'reworded' | 'apart' {
  if (d0 - passage.de < minChars || outside(layoutOf(doc.doc, doc.norm), passage.de, d0) < minChars) return 'held';
  return rewords(doc.norm.text.slice(passage.de, d0), art.slice(passage.ae, a)) ? 'reworded' : 'apart';
}

/** A sentence taken on its own, as a passage of one sentence. */
export function fromHit(h: SentenceHit, doc: string, art: string): ScoredPassage {
  const changed = distanceBetween(doc, h.ds, h.de, art, h.as, h.ae);
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
