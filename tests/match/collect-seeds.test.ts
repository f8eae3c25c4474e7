// collectSeeds gives each article's seed pairs flat, in lists kept from one call to the next:
// they must be the pairs a plain walk of the postings gives (every posting of each of the
// document's fingerprints, in document order, grouped by article), whatever was asked before,
// on edited reprints and 摘编 against the test-corpus articles.
import { describe, expect, it } from 'vitest';
import { collectSeeds, matchText, rankShared, sharedPositions } from '../../src/core/match/index.js';
import { winnow } from '../../src/core/match/fingerprint.js';
import type { CorpusIndex } from '../../src/core/match/corpus-index.js';
import { criCorpus, readAll } from '../helpers/corpus.js';

/** The seed pairs of each of `articles`, by a walk of the postings with a Map. */
function plainSeeds(text: string, index: CorpusIndex, articles: readonly number[]): number[][] {
  const keyAt = new Map<number, number>();
  index.keys.forEach((hash, at) => keyAt.set(hash, at));
  const { hashes, positions } = winnow(text, index.options.k, index.options.window);
  const byArticle = new Map<number, number[]>(articles.map((a) => [a, []]));
  hashes.forEach((hash, i) => {
    const at = keyAt.get(hash);
    if (at === undefined) return;
    for (let p = index.starts[at]; p < index.starts[at + 1]; p++) byArticle.get(index.postArticle[p])?.push(positions[i], index.postPosition[p]);
  });
  return articles.map((a) => byArticle.get(a) ?? []);
}

describe('collectSeeds', () => {
  it('gives the pairs of a plain walk of the postings, per article asked, document after document', async () => {
    const { index } = await criCorpus();
    const docs = await readAll(['fixtures/reuse', 'fixtures/scattered']);
    let pairs = 0;
    // each document twice, the others between: lists kept from a longer document must not leak into a shorter one
    for (const doc of [...docs, ...[...docs].reverse()]) {
      const text = matchText(doc, index.boilerplate).text;
      const chosen = rankShared(sharedPositions(text, index), (a) => index.articles[a].fingerprints);
      const seeds = collectSeeds(text, index, chosen).map((list) => Array.from(list));
      expect(seeds).toEqual(plainSeeds(text, index, chosen));
      pairs += seeds.reduce((n, list) => n + list.length / 2, 0);
    }
    expect(pairs).toBeGreaterThan(1000);
  });
});
