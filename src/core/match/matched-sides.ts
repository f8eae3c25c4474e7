import type { Document } from '../read/types.js';
import type { IndexedArticle } from './corpus-index.js';
import type { NormText } from '../normalize/index.js';
import { sentencesOf, type Sentences } from './paraphrase.js';
import type { Breaks } from './sentence-hits.js';

/** The document as matched: normalised text (boilerplate masked), where its sentences and clauses start. */
export interface MatchedDoc {
  doc: Document;
  norm: NormText;
  sentences: Uint32Array;
  clauses: Uint32Array;
}

const docSentences = new WeakMap<MatchedDoc, Sentences>();
const articleSentences = new WeakMap<NormText, Sentences>();

/** The document's sentences and units, as paraphraseHits reads them: worked out for its first reworded candidate, then kept. */
export function sentencesOfDoc(doc: MatchedDoc, minChars: number): Sentences {
  let sentences = docSentences.get(doc);
  if (!sentences) docSentences.set(doc, (sentences = sentencesOf({ text: doc.norm.text, sentences: doc.sentences }, minChars)));
  return sentences;
}

/** An article's sentences and units, as paraphraseHits reads them: worked out when a document first needs them, then kept with the article. */
export function sentencesOfArticle(target: IndexedArticle, minChars: number): Sentences {
  let sentences = articleSentences.get(target.norm);
  if (!sentences) articleSentences.set(target.norm, (sentences = sentencesOf({ text: target.norm.text, sentences: target.sentences }, minChars)));
  return sentences;
}

/** An article's sentences and clauses, as sentenceHits takes them (both found as it was prepared). */
export function breaksOf(target: IndexedArticle): Breaks {
  return { text: target.norm.text, sentences: target.sentences, clauses: target.clauses };
}
