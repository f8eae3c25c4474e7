// extendChain looks for a short exact anchor around a chain's runs at the steps (i in the
// document, j in the article) within 12 characters, at most 3 apart, nearest first (by i + j,
// then i), and takes the first that holds. It walks a table of those steps: what it recovers must
// be what a plain search over every step in that order recovers, on edited reprints and 洗稿
// against every article of the test corpus.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { chainRuns, seedRuns, type Chain, type Run } from '../../src/core/match/align.js';
import { extendChain } from '../../src/core/match/extend.js';
import { matchText } from '../../src/core/match/index.js';
import { criCorpus, readAll } from '../helpers/corpus.js';

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

/** Pairs (doc, article) of places where k characters are the same. */
function seedsOf(doc: string, art: string, k: number): Array<[number, number]> {
  const at = new Map<string, number[]>();
  for (let q = 0; q + k <= art.length; q++) at.set(art.slice(q, q + k), [...(at.get(art.slice(q, q + k)) ?? []), q]);
  const seeds: Array<[number, number]> = [];
  for (let p = 0; p + k <= doc.length; p++) for (const q of at.get(doc.slice(p, p + k)) ?? []) seeds.push([p, q]);
  return seeds;
}

describe('extendChain: the table of steps finds the anchors a plain search finds', () => {
  it('recovers the same short runs around each chain, on edited reprints and 洗稿 against every test-corpus article', async () => {
    const { index } = await criCorpus();
    const docs = await readAll(['fixtures/reuse', 'fixtures/paraphrase']);
    const k = DEFAULT_MATCH.k;
    let chains = 0;
    let recovered = 0;
    for (const doc of docs) {
      const text = matchText(doc, index.boilerplate).text;
      for (const { norm } of index.articles) {
        for (const chain of chainRuns(seedRuns(text, norm.text, seedsOf(text, norm.text, k), k), 2 * k)) {
          const expected = plainExtend(chain, text, norm.text);
          expect(extendChain(chain, text, norm.text)).toEqual(expected);
          chains++;
          recovered += expected.runs.length - chain.runs.length;
        }
      }
    }
    expect(chains).toBeGreaterThan(150);
    // the edits leave short runs between and around the fingerprinted ones
    expect(recovered).toBeGreaterThan(300);
  });
});
