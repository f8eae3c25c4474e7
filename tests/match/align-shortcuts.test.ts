// chainRuns stops before any work when the runs are shorter in all than the weight a chain must
// reach: a chain weighs at most the length of its runs. A passage of exactly that weight is a chain.
// seedRuns skips a seed that a run found before it on the same diagonal already covers. Up to
// 16 seeds it looks for that run among the runs so far, past them in a map of each diagonal's
// last end; seeds given in order (as the index gives them) are not sorted again. Either way the
// runs must be those of the map over sorted seeds, on edited reprints against test-corpus
// articles, with every count of seeds around 16 and seeds out of order.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { chainRuns, seedRuns, type Run } from '../../src/core/match/align.js';
import { matchText } from '../../src/core/match/index.js';
import { criCorpus, readAll } from '../helpers/corpus.js';
import { flatSeeds, seedsOf } from '../helpers/seeds.js';

/** seedRuns as it was: seeds sorted, each diagonal's last end in a map. */
function plainRuns(doc: string, art: string, given: Array<[number, number]>, k: number): Run[] {
  const seeds = [...given].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const end = new Map<number, number>();
  const runs: Run[] = [];
  for (const [p, q] of seeds) {
    if ((end.get(q - p) ?? -1) > p || doc.slice(p, p + k) !== art.slice(q, q + k)) continue;
    const run = { ds: p, de: p + k, as: q, ae: q + k };
    while (run.ds > 0 && run.as > 0 && doc[run.ds - 1] === art[run.as - 1]) run.ds--, run.as--;
    while (run.de < doc.length && run.ae < art.length && doc[run.de] === art[run.ae]) run.de++, run.ae++;
    end.set(q - p, run.de);
    runs.push(run);
  }
  return runs;
}

describe('seedRuns: few seeds without a map, seeds in order not sorted again', () => {
  it('gives the runs of the map over sorted seeds, for 1 to 40 seeds in order and reversed', async () => {
    const { index } = await criCorpus();
    const docs = await readAll(['fixtures/reuse']);
    const k = DEFAULT_MATCH.k;
    let compared = 0;
    let skipped = 0;
    for (const doc of docs.slice(0, 6)) {
      const text = matchText(doc, index.boilerplate).text;
      for (const { norm } of index.articles) {
        const all = seedsOf(text, norm.text, k);
        if (all.length < 40) continue;
        for (let n = 1; n <= 40; n++) {
          // every other seed, so that some fall inside runs found before them and some do not
          const seeds = all.filter((_, i) => i % 2 === 0).slice(0, n);
          const expected = plainRuns(text, norm.text, seeds, k);
          expect(seedRuns(text, norm.text, flatSeeds(seeds), k)).toEqual(expected);
          expect(seedRuns(text, norm.text, flatSeeds([...seeds].reverse()), k)).toEqual(expected);
          skipped += seeds.length - expected.length;
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
    // seeds inside a run found before them are skipped, on both sides of 16
    expect(skipped).toBeGreaterThan(100);
  });
});

describe('chainRuns: runs shorter in all than the weight asked make no chain', () => {
  // one passage (34 characters) taken word for word into another report
  const PASSAGE = '黄河口国家公园今年共记录鸟类三百七十三种其中国家一级保护鸟类二十五种';
  const art = `山东东营讯${PASSAGE}下一步公园将继续做好候鸟栖息地的修复和保护工作`;
  const doc = `记者从有关部门获悉${PASSAGE}这一数字较五年前明显增加`;

  it('a passage exactly as long as the weight asked is a chain; asked one more, none', () => {
    const runs = seedRuns(doc, art, flatSeeds(seedsOf(doc, art, DEFAULT_MATCH.k)), DEFAULT_MATCH.k);
    expect(runs.reduce((n, r) => n + r.de - r.ds, 0)).toBe(PASSAGE.length);
    expect(chainRuns(runs, PASSAGE.length).map((c) => c.matched)).toEqual([PASSAGE.length]);
    expect(chainRuns(runs, PASSAGE.length + 1)).toEqual([]);
  });
});

describe('chainRuns: runs in order not copied, arrays kept between calls, no chain made under the weight', () => {
  it('gives the same chains for runs in order and reversed, whatever was chained before, on edited reprints against test-corpus articles', async () => {
    const { index } = await criCorpus();
    const docs = await readAll(['fixtures/reuse', 'fixtures/scattered']);
    const k = DEFAULT_MATCH.k;
    const cases: Array<{ runs: Run[]; min: number }> = [];
    for (const doc of docs) {
      const text = matchText(doc, index.boilerplate).text;
      for (const { norm } of index.articles) {
        // every third seed: runs with gaps, so chains of several runs and runs left over
        const runs = seedRuns(text, norm.text, flatSeeds(seedsOf(text, norm.text, k).filter((_, i) => i % 3 === 0)), k);
        for (const min of [30, 50]) if (runs.length > 0) cases.push({ runs, min });
      }
    }
    const first = cases.map(({ runs, min }) => chainRuns(runs, min));
    let chained = 0;
    cases.forEach(({ runs, min }, i) => {
      // reversed, the runs take the sorted copy; asked again in the other order, the arrays hold other runs' weights
      expect(chainRuns([...runs].reverse(), min)).toEqual(first[i]);
      expect(chainRuns(cases[cases.length - 1 - i].runs, cases[cases.length - 1 - i].min)).toEqual(first[cases.length - 1 - i]);
      chained += first[i].length;
    });
    expect(cases.length).toBeGreaterThan(100);
    expect(chained).toBeGreaterThan(50);
  });

  it('keeps runs that start together in their order, longest first, as the sort does', () => {
    // 中欧班列 twice over in the article: two runs from the same place of the report, the longer first
    const doc = '今年前十个月中欧班列开行一万余列同比增长百分之十';
    const art = '中欧班列开行一万余列运送货物一百万标箱中欧班列开行一万';
    const runs: Run[] = [
      { ds: 6, de: 16, as: 0, ae: 10 },
      { ds: 6, de: 14, as: 19, ae: 27 },
    ];
    expect(doc.slice(6, 16)).toBe(art.slice(0, 10));
    expect(doc.slice(6, 14)).toBe(art.slice(19, 27));
    expect(chainRuns(runs, 10)).toEqual([{ runs: [runs[0]], matched: 10 }]);
    expect(chainRuns([runs[1], runs[0]], 10)).toEqual([{ runs: [runs[0]], matched: 10 }]);
    expect(chainRuns(runs, 11)).toEqual([]);
  });
});
