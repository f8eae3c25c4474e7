/**
 * Bigram similarity (Dice) from which the text a document holds where an article's sentences
 * stood, between two parts it reused, reads as their rewording rather than text of its own.
 * Measured on the accuracy bench's labelled set and the reuse fixtures: most reworded sentences
 * in place (synonyms, clauses turned round, characters changed) score 0.3 to 0.9, those of
 * fixtures/reuse r39 and r40 0.52 to 0.61; paragraphs moved from elsewhere, lines replaced and
 * an editor's own paragraphs mostly 0 and rarely over 0.1, and an editor's paragraph on the same
 * event that repeats its figures 0.17. Lower than paraphrase.ts's bar for a sentence paired from anywhere:
 * here the text stands where the article's stood, between two reused parts.
 */
const REWORDED = 0.3;

/** Whether `mine` reads as a rewording of `theirs`, standing in its place (see REWORDED). */
export function rewords(mine: string, theirs: string): boolean {
  return bigramDice(mine, theirs) >= REWORDED;
}

/** 2 · shared bigrams / (bigrams of a + bigrams of b); 0 when neither has a bigram. */
export function bigramDice(a: string, b: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < a.length; i++) {
    const key = bigramAt(a, i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const key = bigramAt(b, i);
    const left = counts.get(key) ?? 0;
    if (left === 0) continue;
    shared++;
    counts.set(key, left - 1);
  }
  const total = Math.max(0, a.length - 1) + Math.max(0, b.length - 1);
  return total === 0 ? 0 : (2 * shared) / total;
}

function bigramAt(text: string, i: number): number {
  return text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
}
