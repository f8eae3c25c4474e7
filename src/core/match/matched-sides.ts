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

const docUnits = new WeakMap<MatchedDoc, Sentences>();
const articleUnits = new WeakMap<NormText, Sentences>();

/** The document's sentences and units, as paraphraseHits reads them: worked out for its first reworded candidate, then kept. */
export function unitsOfDoc(doc: MatchedDoc, minChars: number): Sentences {
  let units = docUnits.get(doc);
  if (!units) docUnits.set(doc, (units = sentencesOf({ text: doc.norm.text, sentences: doc.sentences }, minChars)));
  return units;
}

/** An article's sentences and units, as paraphraseHits reads them: worked out when a document first needs them, then kept with the article. */
export function unitsOfArticle(target: IndexedArticle, minChars: number): Sentences {
  let units = articleUnits.get(target.norm);
  if (!units) articleUnits.set(target.norm, (units = sentencesOf({ text: target.norm.text, sentences: target.sentences }, minChars)));
  return units;
}

/** An article's sentences and clauses, as sentenceHits takes them (both found as it was prepared). */
export function breaksOf(target: IndexedArticle): Breaks {
  return { text: target.norm.text, sentences: target.sentences, clauses: target.clauses };
}
