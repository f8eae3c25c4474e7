// sentenceHits leaves out a group of runs whose extension spans fewer than minSentenceChars of the
// article before looking between its runs, walks the sentences a piece spans in place, and
// scores (edit distance) its candidates only when `worth` says they could take enough: the hits
// must be those of the plain way (every group extended, every candidate scored), on edited
// reprints, 摘编 and 洗稿 of the fixtures and on news edits made here (punctuation changed,
// paragraphs cut, 原标题 added), against every test-corpus article.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { seedRuns, type Run } from '../../src/core/match/align.js';
import { extendChain } from '../../src/core/match/extend.js';
import { matchText } from '../../src/core/match/index.js';
import { sentenceHits, type Breaks, type ClauseSpan, type SentenceHit } from '../../src/core/match/sentence-hits.js';
import { breakStarts, sentencesIn } from '../../src/core/match/sentences.js';
import { similarity } from '../../src/core/match/similarity.js';
import { takesEnough } from '../../src/core/match/taken-sentences.js';
import type { Document } from '../../src/core/read/types.js';
import { criCorpus, readAll } from '../helpers/corpus.js';
import { flatSeeds, seedsOf } from '../helpers/seeds.js';

const MIN = DEFAULT_MATCH.minSentenceChars;

/** sentenceHits the plain way: runs grouped by scanning the last 8 groups, every group extended, every candidate scored. */
function plainHits(doc: Breaks, art: Breaks, runs: readonly Run[]): SentenceHit[] {
  const groups: Run[][] = [];
  for (const run of [...runs].sort((x, y) => x.ds - y.ds || x.as - y.as)) {
    const group = groups.slice(-8).find((g) => near(g[g.length - 1], run));
    if (group) group.push(run);
    else groups.push([run]);
  }
  const hits: SentenceHit[] = [];
  for (const group of groups) {
    const piece = extendChain({ runs: group, matched: 0 }, doc.text, art.text);
    const first = piece.runs[0];
    const last = piece.runs[piece.runs.length - 1];
    for (const [s0, s1] of sentencesIn(art.sentences, art.text.length, first.as, last.ae)) {
      const as = [...art.clauses].some((c) => c <= s0 && s0 - c <= 2) ? s0 : ([...art.clauses].find((c) => c > s0) ?? art.text.length);
      const ae = s1 >= art.text.length - 2 || [...art.clauses].some((c) => c >= s1 && c <= s1 + 2) ? s1 : Math.max(...[...art.clauses].filter((c) => c < s1));
      if (ae - as < MIN) continue;
      const ds = positionOf(piece.runs, as, true);
      const de = positionOf(piece.runs, ae, false);
      if (ds < 0 || de > doc.text.length || de - ds < MIN) continue;
      const score = similarity(doc.text.slice(ds, de), art.text.slice(as, ae));
      if (score >= 0.8 && !hits.some((h) => Math.min(h.ae, ae) - Math.max(h.as, as) > (ae - as) / 2)) hits.push({ ds, de, as, ae, similarity: score });
    }
  }
  return hits;
}

function near(prev: Run, next: Run): boolean {
  const [gapD, gapA] = [next.ds - prev.de, next.as - prev.ae];
  return gapD >= 0 && gapA >= 0 && gapD <= 6 && gapA <= 6 && Math.abs(gapD - gapA) <= 2;
}

/** The document position of article position `a` by the piece's runs (as docPositionOf tells it). */
function positionOf(runs: readonly Run[], a: number, atStart: boolean): number {
  if (a <= runs[0].as) return runs[0].ds - (runs[0].as - a);
  const at = runs.findIndex((r) => a < r.ae || (a === r.ae && !atStart));
  if (at < 0) return runs[runs.length - 1].de + (a - runs[runs.length - 1].ae);
  const r = runs[at];
  if (a >= r.as) return r.ds + (a - r.as);
  const prev = runs[at - 1];
  return prev.de + Math.round(((a - prev.ae) * (r.ds - prev.de)) / Math.max(1, r.as - prev.ae));
}

/** A reprint of `doc` as a site edits one: 原标题 line added, full stops made exclamations, every third paragraph cut, an editor's line put in. */
function edited(doc: Document): Document {
  const paragraphs = doc.text.split('\n').filter((line, i) => line.trim() === '' || i % 3 !== 2);
  const text = ['原标题：' + doc.text.split('\n')[0], ...paragraphs.slice(0, 3), '编者按：本文有删节，观点仅供参考。', ...paragraphs.slice(3)].join('\n').replaceAll('。', '！').replaceAll('，', '、');
  return { ...doc, raw: text, text };
}

describe('sentenceHits: the shortcuts find what the plain way finds', () => {
  it('gives the plain way’s hits for fixtures and news edits against every test-corpus article, with all seeds and with every third', async () => {
    const { index, articles } = await criCorpus();
    const docs = [...(await readAll(['fixtures/reuse', 'fixtures/scattered', 'fixtures/paraphrase'])), ...articles.slice(0, 12).map((a) => edited(a.doc))];
    let compared = 0;
    let found = 0;
    let unworthy = 0;
    for (const doc of docs) {
      const norm = matchText(doc, index.boilerplate);
      const mine: Breaks = { text: norm.text, ...breakStarts(doc.text, norm) };
      for (const target of index.articles) {
        const art: Breaks = { text: target.norm.text, sentences: target.sentences, clauses: target.clauses };
        const seeds = seedsOf(mine.text, art.text, DEFAULT_MATCH.k);
        for (const every of [1, 3]) {
          const runs = seedRuns(mine.text, art.text, flatSeeds(seeds.filter((_, i) => i % every === 0)), DEFAULT_MATCH.k);
          if (runs.length === 0) continue;
          const expected = plainHits(mine, art, runs);
          expect(sentenceHits(mine, art, runs, MIN)).toEqual(expected);
          // measure's question: could these take enough for a 摘编? Asked of every candidate, so of more than the hits
          const worth = (spans: readonly ClauseSpan[]) => takesEnough(spans, mine.sentences, art.sentences, DEFAULT_MATCH);
          const asked = sentenceHits(mine, art, runs, MIN, worth);
          if (takesEnough(expected, mine.sentences, art.sentences, DEFAULT_MATCH)) expect(asked).toEqual(expected);
          else expect(takesEnough(asked, mine.sentences, art.sentences, DEFAULT_MATCH)).toBe(false);
          if (asked.length === 0 && expected.length > 0) unworthy++;
          compared++;
          found += expected.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
    expect(found).toBeGreaterThan(500);
    // candidates that cannot take enough are left unscored, and not only where nothing would be kept
    expect(unworthy).toBeGreaterThan(20);
  });
});
