import type { Chain, Run } from './align.js';

/**
 * Recovers exact runs too short to carry a fingerprint (under w + k − 1 characters) around a
 * chain: between its runs, and past its ends, as long as a common string of at least
 * `anchor` characters follows within WINDOW characters on both sides, at balanced offsets.
 */
const WINDOW = 12;
const MAX_SKEW = 3;
const INNER_ANCHOR = 4;
const END_ANCHOR = 5;

export function extendChain(chain: Chain, doc: string, art: string): Chain {
  const runs: Run[] = [];
  chain.runs.forEach((run, i) => {
    const prev = runs[runs.length - 1];
    if (prev) runs.push(...fill(prev, run, doc, art));
    if (i === 0) runs.push(...extendLeft(run, doc, art));
    runs.push(run);
  });
  runs.push(...extendRight(runs[runs.length - 1], doc, art, doc.length, art.length, END_ANCHOR));
  return { runs, matched: runs.reduce((n, r) => n + r.de - r.ds, 0) };
}

function fill(prev: Run, next: Run, doc: string, art: string): Run[] {
  return extendRight(prev, doc, art, next.ds, next.as, INNER_ANCHOR);
}

function extendRight(from: Run, doc: string, art: string, dLimit: number, aLimit: number, anchor: number): Run[] {
  const out: Run[] = [];
  let last = from;
  for (;;) {
    const found = nextAnchor(doc, art, last.de, last.ae, dLimit, aLimit, anchor);
    if (!found) return out;
    let [ds, as] = found;
    let de = ds + anchor;
    let ae = as + anchor;
    while (de < dLimit && ae < aLimit && doc.charCodeAt(de) === art.charCodeAt(ae)) {
      de++;
      ae++;
    }
    last = { ds, de, as, ae };
    out.push(last);
  }
}

function nextAnchor(doc: string, art: string, d: number, a: number, dLimit: number, aLimit: number, anchor: number): [number, number] | undefined {
  for (let sum = 0; sum <= 2 * WINDOW; sum++) {
    for (let i = firstStep(sum), last = lastStep(sum); i <= last; i++) {
      const j = sum - i;
      if (d + i + anchor > dLimit || a + j + anchor > aLimit) continue;
      if (sameAt(doc, d + i, art, a + j, anchor)) return [d + i, a + j];
    }
  }
  return undefined;
}

function extendLeft(from: Run, doc: string, art: string): Run[] {
  const out: Run[] = [];
  let first = from;
  for (;;) {
    let found: [number, number] | undefined;
    for (let sum = 0; sum <= 2 * WINDOW && !found; sum++) {
      for (let i = firstStep(sum), last = lastStep(sum); i <= last && !found; i++) {
        const j = sum - i;
        const de = first.ds - i;
        const ae = first.as - j;
        if (de - END_ANCHOR < 0 || ae - END_ANCHOR < 0) continue;
        if (sameAt(doc, de - END_ANCHOR, art, ae - END_ANCHOR, END_ANCHOR)) found = [de, ae];
      }
    }
    if (!found) return out;
    let [ds, as] = found;
    const [de, ae] = found;
    while (ds > 0 && as > 0 && doc.charCodeAt(ds - 1) === art.charCodeAt(as - 1)) {
      ds--;
      as--;
    }
    first = { ds, de, as, ae };
    out.unshift(first);
  }
}

/**
 * The steps i (doc) and sum − i (article) of a search at distance `sum` that stay within WINDOW on
 * both sides and within MAX_SKEW of each other, from the first i to the last: the loops visit only
 * these instead of testing every i of the window.
 */
function firstStep(sum: number): number {
  return Math.max(0, sum - WINDOW, Math.ceil((sum - MAX_SKEW) / 2));
}

function lastStep(sum: number): number {
  return Math.min(WINDOW, sum, Math.floor((sum + MAX_SKEW) / 2));
}

/** Whether doc[d, d + n) equals art[a, a + n), both within their strings: compared in place, no slice made. */
function sameAt(doc: string, d: number, art: string, a: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (doc.charCodeAt(d + i) !== art.charCodeAt(a + i)) return false;
  return true;
}
