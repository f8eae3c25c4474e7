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
  const maxI = dLimit - anchor - d;
  const maxJ = aLimit - anchor - a;
  for (let k = 0; k < STEPS; k++) {
    const i = STEP_I[k];
    const j = STEP_J[k];
    if (i > maxI || j > maxJ || doc.charCodeAt(d + i) !== art.charCodeAt(a + j)) continue;
    if (sameAt(doc, d + i, art, a + j, anchor)) return [d + i, a + j];
  }
  return undefined;
}

function extendLeft(from: Run, doc: string, art: string): Run[] {
  const out: Run[] = [];
  let first = from;
  for (;;) {
    const k = leftAnchor(doc, art, first.ds - END_ANCHOR, first.as - END_ANCHOR);
    if (k < 0) return out;
    const de = first.ds - STEP_I[k];
    const ae = first.as - STEP_J[k];
    let ds = de;
    let as = ae;
    while (ds > 0 && as > 0 && doc.charCodeAt(ds - 1) === art.charCodeAt(as - 1)) {
      ds--;
      as--;
    }
    first = { ds, de, as, ae };
    out.unshift(first);
  }
}

/** The first step k at which doc[d − i, +END_ANCHOR) equals art[a − j, +END_ANCHOR), i and j the step's (STEP_I, STEP_J), or −1. */
function leftAnchor(doc: string, art: string, d: number, a: number): number {
  for (let k = 0; k < STEPS; k++) {
    const i = STEP_I[k];
    const j = STEP_J[k];
    if (i > d || j > a || doc.charCodeAt(d - i) !== art.charCodeAt(a - j)) continue;
    if (sameAt(doc, d - i, art, a - j, END_ANCHOR)) return k;
  }
  return -1;
}

/**
 * The steps (i in the document, j in the article) an anchor is looked for at, in the order tried:
 * by distance i + j, then i; each within WINDOW, and within MAX_SKEW of the other.
 */
const STEP_I: number[] = [];
const STEP_J: number[] = [];
for (let sum = 0; sum <= 2 * WINDOW; sum++) {
  for (let i = Math.max(0, sum - WINDOW, Math.ceil((sum - MAX_SKEW) / 2)); i <= Math.min(WINDOW, sum, Math.floor((sum + MAX_SKEW) / 2)); i++) STEP_I.push(i), STEP_J.push(sum - i);
}
const STEPS = STEP_I.length;

/** Whether doc[d, d + n) equals art[a, a + n), both within their strings: compared in place, no slice made. */
function sameAt(doc: string, d: number, art: string, a: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (doc.charCodeAt(d + i) !== art.charCodeAt(a + i)) return false;
  return true;
}
