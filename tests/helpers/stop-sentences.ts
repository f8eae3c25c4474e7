import { sentencesOf, type Sentences } from '../../src/core/match/paraphrase.js';

/** Parts joined as one text, its sentences as paraphraseHits reads them: one after each 。, sentences of 12 characters or more. */
export function stopSentences(parts: string[]): Sentences {
  const text = parts.join('');
  const starts = [0];
  for (let i = 0; i + 1 < text.length; i++) if (text[i] === '。') starts.push(i + 1);
  return sentencesOf({ text, sentences: Uint32Array.from(starts) }, 12);
}
