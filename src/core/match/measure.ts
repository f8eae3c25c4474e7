import type { MatchOptions } from '../config/types.js';
import type { Passage, Reuse } from './types.js';
import { chainRuns, seedRuns, type Chain, type Run } from './align.js';
import type { IndexedArticle } from './corpus-index.js';
import { extendChain } from './extend.js';
import { originalSpan } from '../normalize/index.js';
import { passageSpan } from './passage-edges.js';
import { kindOf } from './kind.js';
import { paraphraseHits } from './paraphrase.js';
import { clauseSpans, scoredHits, type SentenceHit } from './sentence-hits.js';
import { sentencesOfArticle, sentencesOfDoc, type MatchedDoc } from './matched-sides.js';
import { coverage, fromHit, movedNotChanged, scoreChain, within, type ScoredPassage } from './scored-passage.js';
import { bodyOnly, takesEnough } from './taken-sentences.js';
import { chromeOnly } from './page-chrome.js';
import { mapped } from '../shared/mapped.js';

export type { MatchedDoc };

/** Passages shorter than this (normalised characters) are not listed, even beside a real one. */
const LISTED_MIN = 30;

/**
 * The reuse of one article, measured over all passages together: long passages (one at least
 * `minPassage` characters), and sentences taken one by one from anywhere in the article (at
 * least `minSentences` of `minSentenceChars` characters, `minPassage` in all): a 摘编 of
 * scattered sentences is reuse as much as one long passage.
 */
export function measure(doc: MatchedDoc, target: IndexedArticle, pairs: Uint32Array, options: MatchOptions, reworded: boolean): Reuse | undefined {
  const { k, minPassage } = options;
  const docText = doc.norm.text;
  const runs = seedRuns(docText, target.norm.text, pairs, k);
  // arrays built here by push, not Array.prototype.map: an optimised map makes a holey array,
  // the builtin a packed one, and each kind met later throws the callers' optimised code away
  const chains: Chain[] = [];
  for (const c of chainRuns(runs, Math.min(minPassage, LISTED_MIN))) {
    const chain = extendChain(c, docText, target.norm.text);
    // a footer two pages of one site share is no passage of the article, however long
    if (!chromeOnly(chain.runs, doc, target)) chains.push(chain);
  }
  const long: ScoredPassage[] = [];
  if (anyLong(chains, minPassage)) for (const c of chains) long.push(...scoreChain(c, doc, target, options));
  const hasLong = reusedChars(long) >= minPassage;
  const found = runs.length > 0 ? sentencesFound(doc, target, runs, hasLong, options) : [];
  // Beside a long passage, only the sentences it does not hold are listed; alone, they must be enough.
  const taken = hasLong ? bodyOnly(outside(found, long), doc, target) : scattered(found, doc, target, options);
  if (!taken) return reworded ? rewordedReuse(doc, target, options) : undefined;
  const passages = hasLong ? long : [];
  for (const h of taken) passages.push(fromHit(h, docText, target.norm.text));
  const seen = coverage(target.norm.text.length, [...runs, ...chains.flatMap((c) => c.runs)]);
  return reuseOf(doc, target, movedOnly(passages, seen), options);
}

/**
 * The whole clauses the document takes from the article (sentenceHits); without a long passage,
 * none when all kept could not take enough (see scattered), no one read. Written out, no closure
 * nor object made for sentenceHits: most of the candidates on the 10k bench end here.
 */
function sentencesFound(doc: MatchedDoc, target: IndexedArticle, runs: readonly Run[], hasLong: boolean, options: MatchOptions): SentenceHit[] {
  const spans = clauseSpans(doc.norm.text, target.norm.text, target.sentences, target.clauses, runs, options.minSentenceChars);
  if (spans.length === 0 || !(hasLong || takesEnough(spans, doc.sentences, target.sentences, options))) return [];
  return scoredHits(spans, doc.norm.text, target.norm.text);
}

function anyLong(chains: readonly Chain[], minPassage: number): boolean {
  for (const c of chains) if (c.matched >= minPassage) return true;
  return false;
}

function reusedChars(scored: readonly ScoredPassage[]): number {
  let n = 0;
  for (const s of scored) n += s.reusedChars;
  return n;
}

/** The hits no long passage holds. Loops, not closures, here and in movedOnly: a closure over measure's variables gave every call of measure a context to hold them. */
function outside(found: readonly SentenceHit[], long: readonly ScoredPassage[]): SentenceHit[] {
  const out: SentenceHit[] = [];
  for (const h of found) if (!within(h, long)) out.push(h);
  return out;
}

function movedOnly(passages: readonly ScoredPassage[], seen: Uint8Array): ScoredPassage[] {
  const out: ScoredPassage[] = [];
  for (const p of passages) out.push(movedNotChanged(p, seen));
  return out;
}

/**
 * The sentences of a 摘编 of scattered sentences, when the body alone takes enough. The count
 * before the heads are set aside bounds the count after, so most candidates stop before either
 * page's layout is read.
 */
function scattered(found: SentenceHit[], doc: MatchedDoc, target: IndexedArticle, options: MatchOptions): SentenceHit[] | undefined {
  if (!takesEnough(found, doc.sentences, target.sentences, options)) return undefined;
  const hits = bodyOnly(found, doc, target);
  return takesEnough(hits, doc.sentences, target.sentences, options) ? hits : undefined;
}

/**
 * A 洗稿 of the article, when neither a long passage nor whole clauses survive: at least
 * `minSentences` sentences of the document (body, not head) that reword sentences of the
 * article, `minPassage` characters of the article in all.
 */
function rewordedReuse(doc: MatchedDoc, target: IndexedArticle, options: MatchOptions): Reuse | undefined {
  const hits = bodyOnly(paraphraseHits(sentencesOfDoc(doc, options.minSentenceChars), sentencesOfArticle(target, options.minSentenceChars)), doc, target);
  if (hits.length < options.minSentences || hits.reduce((n, h) => n + h.ae - h.as, 0) < options.minPassage) return undefined;
  return reuseOf(doc, target, mapped(hits, (h) => fromHit(h, doc.norm.text, target.norm.text)), options);
}

function reuseOf(doc: MatchedDoc, target: IndexedArticle, scored: ScoredPassage[], options: MatchOptions): Reuse {
  scored.sort((x, y) => x.ds - y.ds);
  const reused = scored.reduce((n, s) => n + s.reusedChars, 0);
  const coverage = reused / Math.max(1, target.norm.text.length);
  const sentences = scored.flatMap((s) => s.sentences);
  const compared = sentences.reduce((n, s) => n + s.ae - s.as, 0);
  const similarity = sentences.reduce((n, s) => n + Math.max(0, s.ae - s.as - s.changed), 0) / Math.max(1, compared);
  const docReused = scored.reduce((n, s) => n + (s.de - s.ds), 0);
  const passages: Passage[] = mapped(scored, (s) => ({
    doc: passageSpan(doc.doc, originalSpan(doc.norm, s.ds, s.de)),
    source: passageSpan(target.article.doc, originalSpan(target.norm, s.as, s.ae)),
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
