import type { IndexedArticle } from './corpus-index.js';
import { layoutOf, overlaps } from './layout.js';
import type { MatchedDoc } from './matched-sides.js';
import type { ClauseSpan, SentenceHit } from './sentence-hits.js';
import { lastAtOrBefore } from '../shared/search.js';
import { chromeOnly } from './page-chrome.js';

/**
 * Whether the hits take enough from the article to be a 摘编: `minSentences` sentences, `minPassage`
 * characters of the article in all. Fewer hits never take more: what does not take enough, no part does.
 */
export function takesEnough(hits: readonly ClauseSpan[], docStarts: Uint32Array, artStarts: Uint32Array, options: { minSentences: number; minPassage: number }): boolean {
  return hits.reduce((n, h) => n + h.ae - h.as, 0) >= options.minPassage && takenSentences(hits, docStarts, artStarts) >= options.minSentences;
}

/**
 * Sentence hits in the text of both articles, not in their heads or metadata: a headline, a
 * date and 来源 line or a byline that two pages share is not a sentence taken from the article,
 * nor is a line of their site's footer (see chromeOnly).
 */
export function bodyOnly(hits: SentenceHit[], doc: MatchedDoc, target: IndexedArticle): SentenceHit[] {
  if (hits.length === 0) return hits;
  const mine = layoutOf(doc.doc, doc.norm);
  const theirs = layoutOf(target.article.doc, target.norm);
  return hits.filter((h) => !overlaps(mine, h.ds, h.de) && !overlaps(theirs, h.as, h.ae) && !chromeOnly([h], doc, target));
}

/**
 * How many sentences the hits take: distinct sentences on both sides, the fewer of the two
 * counts. Clauses of one sentence (slogans strung together: 深入贯彻…精神，…注入新动能) are
 * one sentence taken, not several.
 */
function takenSentences(hits: readonly ClauseSpan[], docStarts: Uint32Array, artStarts: Uint32Array): number {
  const mine = new Set(hits.map((h) => lastAtOrBefore(docStarts, h.ds)));
  const theirs = new Set(hits.map((h) => lastAtOrBefore(artStarts, h.as)));
  return Math.min(mine.size, theirs.size);
}
