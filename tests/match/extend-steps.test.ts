// extendChain looks for a short exact anchor around a chain's runs at the steps (i in the
// document, j in the article) within 12 characters, at most 3 apart, nearest first (by i + j,
// then i), and takes the first that holds. It walks a table of those steps: what it recovers must
// be what a plain search over every step in that order recovers, on edited reprints and 洗稿
// against every article of the test corpus.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { chainRuns, seedRuns, type Chain, type Run } from '../../src/core/match/align.js';
import { extendChain, extendSpanning } from '../../src/core/match/extend.js';
import { mayAnchor } from '../../src/core/match/anchor-window.js';
import { matchText } from '../../src/core/match/index.js';
import { criCorpus, readAll } from '../helpers/corpus.js';
import { flatSeeds, seedsOf } from '../helpers/seeds.js';

const WINDOW = 12;
const MAX_SKEW = 3;
const INNER_ANCHOR = 4;
const END_ANCHOR = 5;

/** Every step of the window, nearest first. */
const STEPS: Array<[number, number]> = [];
for (let i = 0; i <= WINDOW; i++) for (let j = 0; j <= WINDOW; j++) if (Math.abs(i - j) <= MAX_SKEW) STEPS.push([i, j]);
STEPS.sort((x, y) => x[0] + x[1] - (y[0] + y[1]) || x[0] - y[0]);

function plainRight(from: Run, doc: string, art: string, dLimit: number, aLimit: number, anchor: number): Run[] {
  const out: Run[] = [];
  for (let last = from; ; ) {
    const step = STEPS.find(([i, j]) => last.de + i + anchor <= dLimit && last.ae + j + anchor <= aLimit && doc.slice(last.de + i, last.de + i + anchor) === art.slice(last.ae + j, last.ae + j + anchor));
    if (!step) return out;
    const run = { ds: last.de + step[0], de: last.de + step[0] + anchor, as: last.ae + step[1], ae: last.ae + step[1] + anchor };
    while (run.de < dLimit && run.ae < aLimit && doc[run.de] === art[run.ae]) run.de++, run.ae++;
    out.push((last = run));
  }
}

function plainLeft(from: Run, doc: string, art: string): Run[] {
  const out: Run[] = [];
  for (let first = from; ; ) {
    const step = STEPS.find(([i, j]) => first.ds - i - END_ANCHOR >= 0 && first.as - j - END_ANCHOR >= 0 && doc.slice(first.ds - i - END_ANCHOR, first.ds - i) === art.slice(first.as - j - END_ANCHOR, first.as - j));
    if (!step) return out;
    const run = { ds: first.ds - step[0], de: first.ds - step[0], as: first.as - step[1], ae: first.as - step[1] };
    while (run.ds > 0 && run.as > 0 && doc[run.ds - 1] === art[run.as - 1]) run.ds--, run.as--;
    out.unshift((first = run));
  }
}

function plainExtend(chain: Chain, doc: string, art: string): Chain {
  const runs: Run[] = [];
  chain.runs.forEach((run, i) => {
    const prev = runs[runs.length - 1];
    if (prev) runs.push(...plainRight(prev, doc, art, run.ds, run.as, INNER_ANCHOR));
    if (i === 0) runs.push(...plainLeft(run, doc, art));
    runs.push(run);
  });
  runs.push(...plainRight(runs[runs.length - 1], doc, art, doc.length, art.length, END_ANCHOR));
  return { runs, matched: runs.reduce((n, r) => n + r.de - r.ds, 0) };
}

describe('extendChain: the table of steps finds the anchors a plain search finds', () => {
  it('recovers the same short runs around each chain, on edited reprints and 洗稿 against every test-corpus article', async () => {
    const k = DEFAULT_MATCH.k;
    let chains = 0;
    let recovered = 0;
    for (const { text, art } of await fixturePairs()) {
      for (const chain of chainRuns(seedRuns(text, art, flatSeeds(seedsOf(text, art, k)), k), 2 * k)) {
        const expected = plainExtend(chain, text, art);
        expect(extendChain(chain, text, art)).toEqual(expected);
        chains++;
        recovered += expected.runs.length - chain.runs.length;
      }
    }
    expect(chains).toBeGreaterThan(150);
    // the edits leave short runs between and around the fingerprinted ones
    expect(recovered).toBeGreaterThan(300);
  });
});

describe('extendSpanning: extendChain, unless the extended group spans too little of the article', () => {
  it('says what extendChain does, for every run and run pair of edited reprints and 洗稿 against every test-corpus article', async () => {
    const k = DEFAULT_MATCH.k;
    const minSpan = DEFAULT_MATCH.minSentenceChars;
    let short = 0;
    let moved = 0;
    let kept = 0;
    for (const { text, art } of await fixturePairs()) {
      const runs = seedRuns(text, art, flatSeeds(seedsOf(text, art, k)), k);
      runs.forEach((run, i) => {
        const group = i + 1 < runs.length && runs[i + 1].ds >= run.de && runs[i + 1].as >= run.ae ? [run, runs[i + 1]] : [run];
        const extended = extendChain({ runs: group, matched: 0 }, text, art);
        const span = extended.runs[extended.runs.length - 1].ae - extended.runs[0].as;
        expect(extendSpanning(group, text, art, minSpan)).toEqual(span < minSpan ? undefined : extended);
        if (span < minSpan) short++;
        else if (group[group.length - 1].ae - group[0].as < minSpan) moved++;
        else kept++;
      });
    }
    // groups left out, groups their extension takes past the span, and groups long as they stand
    expect(short).toBeGreaterThan(100);
    expect(moved).toBeGreaterThan(10);
    expect(kept).toBeGreaterThan(100);
  });
});

/** Each edited reprint and 洗稿 of the fixtures, as matched, beside each test-corpus article's normalised text. */
async function fixturePairs(): Promise<Array<{ text: string; art: string }>> {
  const { index } = await criCorpus();
  const docs = await readAll(['fixtures/reuse', 'fixtures/paraphrase']);
  return docs.flatMap((doc) => {
    const text = matchText(doc, index.boilerplate).text;
    return index.articles.map(({ norm }) => ({ text, art: norm.text }));
  });
}

/** A run of `doc` and `art` that both hold `run` at the given places. */
function runAt(doc: string, art: string, run: string): Run {
  const ds = doc.indexOf(run);
  const as = art.indexOf(run);
  return { ds, de: ds + run.length, as, ae: as + run.length };
}

describe('extendChain: the bigram test before each anchor search rules out only windows with no anchor', () => {
  const RUN = '黄河口国家公园候鸟';
  const ANCHOR = '东方白鹳群';
  // gaps of characters the other side does not hold, so the anchor stands at one step only
  const gapD = (n: number) => '甲乙丙丁戊己庚辛壬癸子丑寅卯'.slice(0, n);
  const gapA = (n: number) => '春夏秋冬金木水火土日月星辰风'.slice(0, n);

  it('finds an anchor at the far corner of the window (12 characters on one side, 9 on the other), forward and back', () => {
    const forward = { doc: `今天${RUN}${gapD(12)}${ANCHOR}三月`, art: `昨日${RUN}${gapA(9)}${ANCHOR}四季` };
    const [, found] = extendChain({ runs: [runAt(forward.doc, forward.art, RUN)], matched: 0 }, forward.doc, forward.art).runs;
    expect(found).toEqual(runAt(forward.doc, forward.art, ANCHOR));
    const back = { doc: `三月东方白鹳湿地${gapD(9)}${RUN}今天`, art: `四季东方白鹳湿地${gapA(12)}${RUN}昨日` };
    const [before] = extendChain({ runs: [runAt(back.doc, back.art, RUN)], matched: 0 }, back.doc, back.art).runs;
    expect(before).toEqual(runAt(back.doc, back.art, '东方白鹳湿地'));
  });

  it('finds none a step further (13 on one side) or further apart (4)', () => {
    for (const [i, j] of [[13, 10], [12, 8]]) {
      const doc = `今天${RUN}${gapD(i)}${ANCHOR}三月`;
      const art = `昨日${RUN}${gapA(j)}${ANCHOR}四季`;
      expect(extendChain({ runs: [runAt(doc, art, RUN)], matched: 0 }, doc, art).runs).toHaveLength(1);
    }
  });

  it('says no to a window where two different bigrams stand at a step, whatever they would hash to', () => {
    // 一一 and 丝丗 fell in one slot of the 4,096-slot table the test once used: a yes that sent the search on for nothing
    const doc = '一一甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳';
    const art = '丝丗春夏秋冬金木水火土日月星辰风雨雷';
    for (const anchor of [INNER_ANCHOR, END_ANCHOR]) {
      expect(mayAnchor(doc, 0, 12, art, 0, 12, 1, anchor, MAX_SKEW)).toBe(false);
      expect(mayAnchor(doc, 12, 12, art, 12, 12, -1, anchor, MAX_SKEW)).toBe(false);
    }
  });

  it('never says no where a plain search over every step finds an anchor, forward and back: texts of four characters', () => {
    // few characters, so most windows hold anchors, at all steps
    let seed = 7;
    const random = (n: number) => Array.from({ length: n }, () => '的了在是'[((seed = (seed * 1103515245 + 12345) % 2 ** 31) >>> 16) % 4]).join('');
    let yes = 0;
    let no = 0;
    for (let t = 0; t < 300; t++) {
      const doc = random(40);
      const art = random(40);
      for (const anchor of [INNER_ANCHOR, END_ANCHOR]) {
        for (const [d, a] of [[3, 20], [20, 3], [10, 11], [13, 13]]) {
          for (const dir of [1, -1] as const) {
            const iMax = dir === 1 ? Math.min(12, doc.length - anchor - d) : Math.min(12, d);
            const jMax = dir === 1 ? Math.min(12, art.length - anchor - a) : Math.min(12, a);
            let plain = false;
            for (let i = 0; i <= iMax; i++) for (let j = 0; j <= jMax; j++) if (Math.abs(i - j) <= MAX_SKEW && doc.slice(d + dir * i, d + dir * i + anchor) === art.slice(a + dir * j, a + dir * j + anchor)) plain = true;
            const may = mayAnchor(doc, d, iMax, art, a, jMax, dir, anchor, MAX_SKEW);
            if (plain) expect(may).toBe(true);
            if (plain) yes++;
            if (!may) no++;
          }
        }
      }
    }
    // both answers are given, so the test reaches both ways
    expect(yes).toBeGreaterThan(100);
    expect(no).toBeGreaterThan(0);
  });

  it('says no to nearly every window of two unrelated news sentences (no anchor in them), so the search rarely runs for nothing', () => {
    // three characters the same (步工作) but no 4 or 5 at a step
    const doc = '今天上午市政府召开新闻发布会介绍今年以来全市经济社会发展的主要情况和下一步工作安排';
    const art = '昨日下午省里举行座谈会听取了各地推进乡村振兴的进展与存在问题研究部署下步工作重点';
    let plainNo = 0;
    let no = 0;
    for (let d = 0; d + 17 <= doc.length; d++) {
      for (let a = Math.max(0, d - 3); a <= d + 3 && a + 17 <= art.length; a++) {
        for (const anchor of [INNER_ANCHOR, END_ANCHOR]) {
          let anchored = false;
          for (let i = 0; i <= 12; i++) for (let j = 0; j <= 12; j++) if (Math.abs(i - j) <= MAX_SKEW && doc.slice(d + i, d + i + anchor) === art.slice(a + j, a + j + anchor)) anchored = true;
          if (anchored) continue;
          plainNo++;
          if (!mayAnchor(doc, d, 12, art, a, 12, 1, anchor, MAX_SKEW)) no++;
        }
      }
    }
    expect(plainNo).toBeGreaterThan(50);
    expect(no / plainNo).toBeGreaterThan(0.9);
  });
});
