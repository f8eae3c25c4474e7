// paraphraseHits counts a unit's shared bigrams sentence by sentence and reads a pair of neighbours
// bigram by bigram only where its sentences' counts leave it a chance of the minimum score. The
// sentences it pairs must be exactly those a plain count of every unit's whole bag pairs: on the
// 洗稿 set (sentences reworded, split, merged), on reprints and edits, and on other outlets'
// reports of the same events, each against every article of the test corpus.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { matchText } from '../../src/core/match/index.js';
import { oneToOne, paraphraseHits, sentencesOf } from '../../src/core/match/paraphrase.js';
import type { SentenceHit } from '../../src/core/match/sentence-hits.js';
import { breakStarts, sentencesIn } from '../../src/core/match/sentences.js';
import { criCorpus, readAll } from '../helpers/corpus.js';

const MIN_SCORE = 0.55;
const DIGITS = '〇一二三四五六七八九';

interface Side {
  text: string;
  sentences: Uint32Array;
}

/** The bigrams of text[start, end), Chinese digits read as digits, each with how often it stands. */
function bag(text: string, start: number, end: number): Map<string, number> {
  const folded = [...text.slice(start, end)].map((c) => (DIGITS.includes(c) ? String(DIGITS.indexOf(c)) : c));
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < folded.length; i++) out.set(folded[i] + folded[i + 1], (out.get(folded[i] + folded[i + 1]) ?? 0) + 1);
  return out;
}

/** Sentences of at least minChars and pairs of neighbours, each with its whole bag. */
function plainUnits(side: Side, minChars: number) {
  const spans = sentencesIn(side.sentences, side.text.length, 0, side.text.length);
  const units: Array<{ start: number; end: number; first: number; last: number; size: number; bag: Map<string, number> }> = [];
  spans.forEach(([start, end], i) => {
    const unit = (e: number, last: number) => units.push({ start, end: e, first: i, last, size: Math.max(0, e - start - 1), bag: bag(side.text, start, e) });
    if (end - start >= minChars) unit(end, i);
    if (spans[i + 1] && spans[i + 1][1] - start >= 2 * minChars) unit(spans[i + 1][1], i + 1);
  });
  return units;
}

/** The pairs of Dice ≥ MIN_SCORE from whole bags, taken best first, one to one (as paraphraseHits takes them). */
type Units = ReturnType<typeof plainUnits>;

function plainHits(mine: Units, theirs: Units): SentenceHit[] {
  const pairs: Array<{ d: Units[number]; a: Units[number]; score: number }> = [];
  for (const d of mine) {
    for (const a of theirs) {
      if (d.last > d.first && a.last > a.first) continue;
      if (Math.max(d.size, a.size) > (2 / MIN_SCORE - 1) * Math.min(d.size, a.size)) continue;
      let shared = 0;
      for (const [key, n] of d.bag) shared += Math.min(n, a.bag.get(key) ?? 0);
      if (shared === 0) continue;
      const score = (2 * shared) / Math.max(1, d.size + a.size);
      if (score >= MIN_SCORE) pairs.push({ d, a, score });
    }
  }
  return oneToOne(pairs);
}

describe('paraphraseHits: the bound on a pair of neighbours never changes what is paired', () => {
  it('pairs what whole bags pair, document by article, on 洗稿, reprints and same-event reports', async () => {
    const { index } = await criCorpus();
    const docs = await readAll(['fixtures/paraphrase', 'fixtures/negatives', 'fixtures/reuse']);
    const minChars = DEFAULT_MATCH.minSentenceChars;
    let compared = 0;
    let reworded = 0;
    let acrossTwo = 0;
    const articles = index.articles.map((a) => ({ id: a.article.id, side: { text: a.norm.text, sentences: a.sentences } }));
    const articleUnits = articles.map((a) => plainUnits(a.side, minChars));
    for (const doc of docs) {
      const norm = matchText(doc, index.boilerplate);
      const mine = { text: norm.text, sentences: breakStarts(doc.text, norm).sentences };
      const sentences = sentencesOf(mine, minChars);
      const units = plainUnits(mine, minChars);
      articles.forEach(({ id, side: theirs }, a) => {
        const expected = plainHits(units, articleUnits[a]);
        expect(paraphraseHits(sentences, sentencesOf(theirs, minChars)), `${doc.path} × ${id}`).toEqual(expected);
        compared++;
        if (expected.length >= DEFAULT_MATCH.minSentences) reworded++;
        acrossTwo += expected.filter((h) => [h.ds, h.as].some((at, i) => sentencesIn(i === 0 ? mine.sentences : theirs.sentences, Infinity, at, i === 0 ? h.de : h.ae).length > 1)).length;
      });
    }
    expect(compared).toBeGreaterThan(2500);
    // the set holds real 洗稿, and splits and merges paired across two sentences
    expect(reworded).toBeGreaterThanOrEqual(90);
    expect(acrossTwo).toBeGreaterThanOrEqual(70);
  });
});
