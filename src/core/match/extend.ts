import type { Chain, Run } from './align.js';
import { mayAnchor } from './anchor-window.js';

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
  return joined(chain.runs, ...ends(chain.runs, doc, art), doc, art);
}

/**
 * The chain of `given` as extendChain extends it, when it spans at least `minSpan` characters of
 * the article; else undefined, told before looking between its runs (runs found there move
 * neither end). Most groups of runs sentenceHits tries, a lone 8-character run no anchor
 * extends, end there.
 */
export function extendSpanning(given: readonly Run[], doc: string, art: string, minSpan: number): Chain | undefined {
  // read by index, not destructured: each destructuring may make an iterator, a group at a time
  const found = ends(given, doc, art);
  const before = found[0];
  const after = found[1];
  const first = before.length > 0 ? before[0] : given[0];
  const last = after.length > 0 ? after[after.length - 1] : given[given.length - 1];
  return last.ae - first.as < minSpan ? undefined : joined(given, before, after, doc, art);
}

/** The runs found before and after `given` (each in order), in arrays kept between calls: read them before the next. */
function ends(given: readonly Run[], doc: string, art: string): [Run[], Run[]] {
  const before = endsFound[0];
  const after = endsFound[1];
  // most often nothing was found: emptying an empty array is a call into the runtime all the same
  if (before.length > 0) before.length = 0;
  if (after.length > 0) after.length = 0;
  extendLeft(given[0], doc, art, before);
  extendRight(given[given.length - 1], doc, art, doc.length, art.length, END_ANCHOR, after);
  return endsFound;
}

const endsFound: [Run[], Run[]] = [[], []];

/** The chain of `given` with the runs found before, between and after them. */
function joined(given: readonly Run[], before: readonly Run[], after: readonly Run[], doc: string, art: string): Chain {
  const runs = [...before, given[0]];
  for (let i = 1; i < given.length; i++) {
    extendRight(given[i - 1], doc, art, given[i].ds, given[i].as, INNER_ANCHOR, runs);
    runs.push(given[i]);
  }
  for (const run of after) runs.push(run);
  let matched = 0;
  for (const r of runs) matched += r.de - r.ds;
  return { runs, matched };
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
  if (!mayAnchor(doc, d, Math.min(WINDOW, maxI), art, a, Math.min(WINDOW, maxJ), 1, anchor, MAX_SKEW)) return -1;
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
  if (!mayAnchor(doc, d, Math.min(WINDOW, d), art, a, Math.min(WINDOW, a), -1, END_ANCHOR, MAX_SKEW)) return -1;
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
