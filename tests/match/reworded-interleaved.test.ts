// A document's sentences, as the 洗稿 search reads them, are kept for the document last matched
// (its candidates are read one after another) and an article's are worked out for each read: none
// is kept per object any more (matched-sides.ts). Three 洗稿 of different articles (fixtures/
// paraphrase: a quarter of the words replaced, sentences split and merged) read one after another,
// the same one twice running, and again after the others, are each found as the same edited copy
// of their own article, with the same passages, as when read alone.
import { describe, expect, it } from 'vitest';
import { findReuse } from '../../src/core/match/index.js';
import { criCorpus, readOne } from '../helpers/corpus.js';

const CASES = ['w25-01-zhongou-banlie-changchun.txt', 'w25-02-rouxing-gaitaikuang-dianchi.txt', 'w25-03-dunhuang-bihua-budapeisi.txt'];

describe('reworded reuse: what is kept for one document never reaches another', () => {
  it('finds each 洗稿 the same alone, twice running, and between the others', async () => {
    const { index } = await criCorpus();
    const docs = await Promise.all(CASES.map((name) => readOne(`fixtures/paraphrase/${name}`)));
    const alone = docs.map((doc) => JSON.stringify(findReuse(doc, index)));
    for (const [i, found] of alone.entries()) {
      const reuses = JSON.parse(found) as Array<{ kind: string; passages: unknown[] }>;
      expect(reuses.map((r) => r.kind), CASES[i]).toEqual(['edited']);
      expect(reuses[0].passages.length, CASES[i]).toBeGreaterThan(0);
    }
    const order = [0, 0, 1, 0, 2, 1, 2, 0];
    // each read as a new document too: a copy of the same text is another object
    const copies = docs.map((doc) => ({ ...doc }));
    for (const i of order) {
      expect(JSON.stringify(findReuse(docs[i], index)), CASES[i]).toBe(alone[i]);
      expect(JSON.stringify(findReuse(copies[i], index)), CASES[i]).toBe(alone[i]);
    }
  });
});
