import type { Document } from '../read/types.js';
import type { IndexedArticle } from './corpus-index.js';
import type { NormText } from '../normalize/index.js';
import { sentencesOf, type Sentences } from './paraphrase.js';

/** The document as matched: normalised text (boilerplate masked), where its sentences and clauses start. */
export interface MatchedDoc {
  doc: Document;
  norm: NormText;
  sentences: Uint32Array;
  clauses: Uint32Array;
}


/**
 * The document's sentences and units, as paraphraseHits reads them: worked out for its first
 * reworded candidate, kept for the others (read one after another), till the next document.
 */
export function sentencesOfDoc(doc: MatchedDoc, minChars: number): Sentences {
  if (lastDoc?.doc !== doc || lastDoc.minChars !== minChars) lastDoc = { doc, minChars, sentences: sentencesOf({ text: doc.norm.text, sentences: doc.sentences }, minChars) };
  return lastDoc.sentences;
}

let lastDoc: { doc: MatchedDoc; minChars: number; sentences: Sentences } | undefined;

/**
 * An article's sentences and units, as paraphraseHits reads them: worked out for each read (about
 * a microsecond), not kept. Kept with the article (a WeakMap by its text), they stayed as long as
 * the article was kept (kept-articles.ts), uncounted in its bytes: on the 10k bench 100 MB more
 * at the peak, and the collector's time with it.
 */
export function sentencesOfArticle(target: IndexedArticle, minChars: number): Sentences {
  return sentencesOf({ text: target.norm.text, sentences: target.sentences }, minChars);
}

