import { distance } from 'fastest-levenshtein';
import type { MatchOptions } from '../config/types.js';
import type { Document } from '../read/types.js';
import type { Passage, Reuse } from './types.js';
import { chainRuns, docPositionOf, seedRuns, type Chain, type Run } from './align.js';
import type { IndexedArticle } from './corpus-index.js';
import { extendChain } from './extend.js';
import { originalSpan, type NormText } from '../normalize/index.js';
import { lastAtOrBefore } from '../shared/search.js';
import { clauseStarts, sentencesIn } from './sentences.js';
import { kindOf, type Compared } from './kind.js';
import { layoutOf, overlaps } from './layout.js';
import { paraphraseHits, unitsOf, type Unit } from './paraphrase.js';
import { sentenceHits, type Breaks, type SentenceHit } from './sentence-hits.js';

/** The document as matched: normalised text (boilerplate masked), where its sentences and clauses start. */
export interface MatchedDoc {
  doc: Document;
  norm: NormText;
  sentences: Uint32Array;
  clauses: Uint32Array;
}

/** Passages shorter than this (normalised characters) are not listed, even beside a real one. */
const LISTED_MIN = 30;

/** A reused passage, normalised offsets, with the sentences it was scored by. */
interface ScoredPassage {
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
 * The reuse of one article, measured over all passages together: long passages (one at least
 * `minPassage` characters), and sentences taken one by one from anywhere in the article (at
 * least `minSentences` of `minSentenceChars` characters, `minPassage` in all): a 摘编 of
 * scattered sentences is reuse as much as one long passage.
 */
export function measure(doc: MatchedDoc, target: IndexedArticle, pairs: Array<[number, number]>, options: MatchOptions, reworded: boolean): Reuse | undefined {
  const { k, minPassage, minSentences, minSentenceChars, sentenceSimilarity } = options;
  const docText = doc.norm.text;
  const runs = seedRuns(docText, target.norm.text, pairs, k);
  const chains = chainRuns(runs, Math.min(minPassage, LISTED_MIN)).map((c) => extendChain(c, docText, target.norm.text));
  const long = chains.some((c) => c.matched >= minPassage)
    ? chains.map((c) => scoreChain(c, docText, target, sentenceSimilarity)).filter((x) => x !== undefined)
    : [];
  const hasLong = long.reduce((n, s) => n + s.reusedChars, 0) >= minPassage;
  const found = runs.length > 0 ? sentenceHits({ text: docText, sentences: doc.sentences, clauses: doc.clauses }, breaksOf(target), runs, minSentenceChars) : [];
  const hits = bodyOnly(found, doc, target);
  const scattered = takenSentences(hits, doc.sentences, target.sentences) >= minSentences && hits.reduce((n, h) => n + h.ae - h.as, 0) >= minPassage;
  if (!hasLong && !scattered) return reworded ? rewordedReuse(doc, target, options) : undefined;
  const asHit = (h: SentenceHit) => fromHit(h, docText, target.norm.text);
  const passages = hasLong ? [...long, ...hits.filter((h) => !within(h, long)).map(asHit)] : hits.map(asHit);
  const seen = coverage(target.norm.text.length, [...runs, ...chains.flatMap((c) => c.runs)]);
  return reuseOf(doc, target, passages.map((p) => movedNotChanged(p, seen)), options);
}

/**
 * A 洗稿 of the article, when neither a long passage nor whole clauses survive: at least
 * `minSentences` sentences of the document (body, not head) that reword sentences of the
 * article, `minPassage` characters of the article in all.
 */
function rewordedReuse(doc: MatchedDoc, target: IndexedArticle, options: MatchOptions): Reuse | undefined {
  const hits = bodyOnly(paraphraseHits(unitsOfDoc(doc, options.minSentenceChars), unitsOfArticle(target, options.minSentenceChars)), doc, target);
  if (hits.length < options.minSentences || hits.reduce((n, h) => n + h.ae - h.as, 0) < options.minPassage) return undefined;
  return reuseOf(doc, target, hits.map((h) => fromHit(h, doc.norm.text, target.norm.text)), options);
}

function reuseOf(doc: MatchedDoc, target: IndexedArticle, scored: ScoredPassage[], options: MatchOptions): Reuse {
  scored.sort((x, y) => x.ds - y.ds);
  const reused = scored.reduce((n, s) => n + s.reusedChars, 0);
  const coverage = reused / Math.max(1, target.norm.text.length);
  const sentences = scored.flatMap((s) => s.sentences);
  const compared = sentences.reduce((n, s) => n + s.ae - s.as, 0);
  const similarity = sentences.reduce((n, s) => n + Math.max(0, s.ae - s.as - s.changed), 0) / Math.max(1, compared);
  const docReused = scored.reduce((n, s) => n + (s.de - s.ds), 0);
  const passages: Passage[] = scored.map((s) => ({
    doc: originalSpan(doc.norm, s.ds, s.de),
    source: originalSpan(target.norm, s.as, s.ae),
    similarity: s.similarity,
  }));
  return {
    article: target.article,
    kind: kindOf({ doc: doc.doc, norm: doc.norm }, target, sentences, { coverage, similarity }, options),
    coverage: Math.min(1, coverage),
    docCoverage: Math.min(1, docReused / Math.max(1, doc.norm.text.length)),
    similarity,
    passages,
  };
}

const docUnits = new WeakMap<MatchedDoc, Unit[]>();
const articleUnits = new WeakMap<NormText, Unit[]>();

/** The document's sentences as bags of bigrams: worked out for its first reworded candidate, then kept. */
function unitsOfDoc(doc: MatchedDoc, minChars: number): Unit[] {
  let units = docUnits.get(doc);
  if (!units) docUnits.set(doc, (units = unitsOf({ text: doc.norm.text, sentences: doc.sentences }, minChars)));
  return units;
}

function unitsOfArticle(target: IndexedArticle, minChars: number): Unit[] {
  let units = articleUnits.get(target.norm);
  if (!units) articleUnits.set(target.norm, (units = unitsOf({ text: target.norm.text, sentences: target.sentences }, minChars)));
  return units;
}

const articleBreaks = new WeakMap<NormText, Breaks>();

/** An article's sentences and clauses: clauses worked out when a document first shares runs with it, then kept. */
function breaksOf(target: IndexedArticle): Breaks {
  let breaks = articleBreaks.get(target.norm);
  if (!breaks) {
    breaks = { text: target.norm.text, sentences: target.sentences, clauses: clauseStarts(target.article.doc.text, target.norm) };
    articleBreaks.set(target.norm, breaks);
  }
  return breaks;
}

/**
 * Sentence hits in the text of both articles, not in their heads or metadata: a headline, a
 * date and 来源 line or a byline that two pages share is not a sentence taken from the article.
 */
function bodyOnly(hits: SentenceHit[], doc: MatchedDoc, target: IndexedArticle): SentenceHit[] {
  if (hits.length === 0) return hits;
  const mine = layoutOf(doc.doc, doc.norm);
  const theirs = layoutOf(target.article.doc, target.norm);
  return hits.filter((h) => !overlaps(mine, h.ds, h.de) && !overlaps(theirs, h.as, h.ae));
}

/**
 * How many sentences the hits take: distinct sentences on both sides, the fewer of the two
 * counts. Clauses of one sentence (slogans strung together: 深入贯彻…精神，…注入新动能) are
 * one sentence taken, not several.
 */
function takenSentences(hits: readonly SentenceHit[], docStarts: Uint32Array, artStarts: Uint32Array): number {
  const mine = new Set(hits.map((h) => lastAtOrBefore(docStarts, h.ds)));
  const theirs = new Set(hits.map((h) => lastAtOrBefore(artStarts, h.as)));
  return Math.min(mine.size, theirs.size);
}

/** Which characters of the article exact runs found in the document, wherever they stand there. */
function coverage(length: number, runs: readonly Run[]): Uint8Array {
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
function movedNotChanged(passage: ScoredPassage, found: Uint8Array): ScoredPassage {
  const sentences = passage.sentences.map((s) => {
    let missing = 0;
    for (let i = s.as; i < s.ae; i++) if (found[i] === 0) missing++;
    return missing < s.changed ? { ...s, changed: missing } : s;
  });
  return { ...passage, sentences };
}

function within(hit: SentenceHit, passages: readonly ScoredPassage[]): boolean {
  return passages.some((p) => hit.ds < p.de && hit.de > p.ds);
}

function fromHit(h: SentenceHit, doc: string, art: string): ScoredPassage {
  const changed = distance(doc.slice(h.ds, h.de), art.slice(h.as, h.ae));
  const sentence: Compared = { ds: h.ds, de: h.de, as: h.as, ae: h.ae, changed };
  return { reusedChars: h.ae - h.as, similarity: h.similarity, ds: h.ds, de: h.de, as: h.as, ae: h.ae, sentences: [sentence] };
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

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}
