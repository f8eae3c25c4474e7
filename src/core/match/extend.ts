import type { Chain, Run } from './align.js';
import { mayAnchor, nearSteps } from './anchor-window.js';

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
  const given = chain.runs;
  const runs: Run[] = [];
  extendLeft(given[0], doc, art, runs);
  runs.push(given[0]);
  for (let i = 1; i < given.length; i++) {
    extendRight(given[i - 1], doc, art, given[i].ds, given[i].as, INNER_ANCHOR, runs);
    runs.push(given[i]);
  }
  extendRight(runs[runs.length - 1], doc, art, doc.length, art.length, END_ANCHOR, runs);
  let matched = 0;
  for (const r of runs) matched += r.de - r.ds;
  return { runs, matched };
}

/**
 * Whether extendChain would leave the chain from `first` to `last` where it stands on the
 * article's side: no anchor before `first`, none after `last` (runs found between them move
 * neither end).
 */
export function endsStay(first: Run, last: Run, doc: string, art: string): boolean {
  return leftAnchor(doc, art, first.ds - END_ANCHOR, first.as - END_ANCHOR) < 0 && nextAnchor(doc, art, last.de, last.ae, doc.length, art.length, END_ANCHOR) < 0;
}

/** Appends to `out` the runs found after `from`, in order, up to the limits. */
function extendRight(from: Run, doc: string, art: string, dLimit: number, aLimit: number, anchor: number, out: Run[]): void {
  let last = from;
  for (;;) {
    const k = nextAnchor(doc, art, last.de, last.ae, dLimit, aLimit, anchor);
    if (k < 0) return;
    const ds = last.de + STEP_I[k];
    const as = last.ae + STEP_J[k];
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

/** The first step k at which doc[d + i, +anchor) equals art[a + j, +anchor), both before their limits, or −1. */
function nextAnchor(doc: string, art: string, d: number, a: number, dLimit: number, aLimit: number, anchor: number): number {
  const maxI = dLimit - anchor - d;
  const maxJ = aLimit - anchor - a;
  if (!mayAnchor(doc, d, Math.min(WINDOW, maxI), art, a, Math.min(WINDOW, maxJ), 1, NEAR)) return -1;
  for (let k = 0; k < STEPS; k++) {
    const i = STEP_I[k];
    const j = STEP_J[k];
    if (i > maxI || j > maxJ || doc.charCodeAt(d + i) !== art.charCodeAt(a + j)) continue;
    if (sameAt(doc, d + i, art, a + j, anchor)) return k;
  }
  return -1;
}

/** Appends to `out` the runs found before `from`, in order (the nearest last). */
function extendLeft(from: Run, doc: string, art: string, out: Run[]): void {
  const at = out.length;
  let first = from;
  for (;;) {
    const k = leftAnchor(doc, art, first.ds - END_ANCHOR, first.as - END_ANCHOR);
    if (k < 0) break;
    const de = first.ds - STEP_I[k];
    const ae = first.as - STEP_J[k];
    let ds = de;
    let as = ae;
    while (ds > 0 && as > 0 && doc.charCodeAt(ds - 1) === art.charCodeAt(as - 1)) {
      ds--;
      as--;
    }
    first = { ds, de, as, ae };
    out.push(first);
  }
  // found nearest first
  for (let i = at, j = out.length - 1; i < j; i++, j--) {
    const run = out[i];
    out[i] = out[j];
    out[j] = run;
  }
}

/** The first step k at which doc[d − i, +END_ANCHOR) equals art[a − j, +END_ANCHOR), i and j the step's (STEP_I, STEP_J), or −1. */
function leftAnchor(doc: string, art: string, d: number, a: number): number {
  if (!mayAnchor(doc, d, Math.min(WINDOW, d), art, a, Math.min(WINDOW, a), -1, NEAR)) return -1;
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
const NEAR = nearSteps(WINDOW, MAX_SKEW);

/** Whether doc[d, d + n) equals art[a, a + n), both within their strings: compared in place, no slice made. */
function sameAt(doc: string, d: number, art: string, a: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (doc.charCodeAt(d + i) !== art.charCodeAt(a + i)) return false;
  return true;
}
