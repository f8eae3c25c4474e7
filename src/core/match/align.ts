import { spend } from '../shared/budget.js';

/** An exact match between document and article, in normalised coordinates, end exclusive. */
export interface Run {
  ds: number;
  de: number;
  as: number;
  ae: number;
}

/** A chain of runs in the same order on both sides: one reused passage. */
export interface Chain {
  runs: Run[];
  matched: number;
}

/**
 * Gaps a chain may bridge between two runs, in normalised characters: a changed word or a
 * reworded sentence. A longer gap starts a new passage, and so does a lopsided one (text on
 * one side only: an inserted or dropped sentence), which is also what keeps a short quotation
 * from being chained to a name or figure that both texts happen to mention nearby.
 */
const MAX_GAP = 80;
const SLACK = 10;
/** How far back the chaining looks for a predecessor; bounds the quadratic step. */
const LOOKBACK = 400;

/**
 * Extends verified seed pairs of k equal characters, flat (docPos, artPos, …), to maximal exact
 * runs. Seeds out of order are sorted in place.
 */
export function seedRuns(doc: string, art: string, seeds: Uint32Array, k: number): Run[] {
  // the index gives them in this order: checked in one pass, sorted only when they are not
  if (!inOrder(seeds)) sortPairs(seeds);
  const table = diagonalTable(seeds.length / 2);
  const { keys, ends, stamps } = table;
  const stamp = diagonalStamp;
  const mask = keys.length - 1;
  const runs: Run[] = [];
  for (let i = 0; i < seeds.length; i += 2) {
    const p = seeds[i];
    const q = seeds[i + 1];
    // the diagonal's slot: its last run ends past p, the seed lies in it
    const diagonal = q - p;
    let slot = Math.imul(diagonal, 0x9e3779b1) >>> table.shift;
    while (stamps[slot] === stamp && keys[slot] !== diagonal) slot = (slot + 1) & mask;
    if (stamps[slot] === stamp && ends[slot] > p) continue;
    // the seed's k characters verified by the extension to the right itself: equal there, it
    // reaches p + k at least (a check of them first compared each twice)
    let de = p;
    let ae = q;
    while (de < doc.length && ae < art.length && doc.charCodeAt(de) === art.charCodeAt(ae)) {
      de++;
      ae++;
    }
    if (de - p < k) continue;
    let ds = p;
    let as = q;
    while (ds > 0 && as > 0 && doc.charCodeAt(ds - 1) === art.charCodeAt(as - 1)) {
      ds--;
      as--;
    }
    stamps[slot] = stamp;
    keys[slot] = diagonal;
    ends[slot] = de;
    spend(de - ds);
    runs.push({ ds, de, as, ae });
  }
  return runs;
}

/**
 * Where the last run found on each diagonal ends, for the call of seedRuns under way: an
 * open-addressed table by diagonal whose slots count only where stamped with diagonalStamp, so
 * nothing is cleared between calls (a Map per call, for the candidates with many seeds, and a
 * search of the runs so far for the others, cost more). Its room follows the seeds (a diagonal
 * each at most), not the texts' lengths. A diagonal's next run starts at or past the end of its
 * last one (a seed before it is skipped), so its last run ends furthest.
 */
const diagonals = { keys: new Int32Array(1024), ends: new Uint32Array(1024), stamps: new Uint32Array(1024), shift: Math.clz32(1023) };
let diagonalStamp = 0;

/** diagonals, with room for `seeds` diagonals (at most half full), and a stamp no slot holds yet. */
function diagonalTable(seeds: number): typeof diagonals {
  if (diagonals.keys.length < 2 * seeds) {
    let size = diagonals.keys.length;
    while (size < 2 * seeds) size *= 2;
    Object.assign(diagonals, { keys: new Int32Array(size), ends: new Uint32Array(size), stamps: new Uint32Array(size), shift: Math.clz32(size - 1) });
    diagonalStamp = 0;
  }
  if (diagonalStamp === 0xffffffff) {
    diagonals.stamps.fill(0);
    diagonalStamp = 0;
  }
  diagonalStamp++;
  return diagonals;
}

function inOrder(seeds: Uint32Array): boolean {
  for (let i = 2; i < seeds.length; i += 2) {
    const p = seeds[i - 2];
    if (p > seeds[i] || (p === seeds[i] && seeds[i - 1] > seeds[i + 1])) return false;
  }
  return true;
}

/** Flat pairs sorted in place by document position, then article position. */
function sortPairs(seeds: Uint32Array): void {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < seeds.length; i += 2) pairs.push([seeds[i], seeds[i + 1]]);
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  pairs.forEach(([p, q], n) => ((seeds[2 * n] = p), (seeds[2 * n + 1] = q)));
}

/**
 * Chains runs into passages: repeatedly the heaviest chain of runs that go forward on both
 * sides with small gaps, until what is left is shorter than `minMatched`. Runs overlapping
 * a chosen passage on either side are dropped (repeated phrases, off-diagonal echoes).
 */
export function chainRuns(runs: Run[], minMatched: number): Chain[] {
  // a chain's weight is at most the length of its runs (each adds its length less any overlap):
  // runs shorter than minMatched in all make no chain, and most candidates stop here
  let total = 0;
  for (const r of runs) total += r.de - r.ds;
  if (total < minMatched) return [];
  // never changed in place (each round filters a new array): runs already in this order are not copied
  let left = byStart(runs) ? runs : [...runs].sort((x, y) => x.ds - y.ds || y.de - x.de);
  const chains: Chain[] = [];
  while (left.length > 0) {
    const chain = heaviestChain(left, minMatched);
    if (!chain) break;
    chains.push(chain);
    spend(left.length);
    const first = chain.runs[0];
    const last = chain.runs[chain.runs.length - 1];
    left = left.filter((r) => !chain.runs.includes(r) && !overlaps(r, first, last));
  }
  return mergeNeighbours(chains.sort((x, y) => x.runs[0].ds - y.runs[0].ds));
}

/**
 * Joins consecutive passages that follow each other on both sides across a balanced gap of
 * up to MAX_REWORDED characters: sentences reworded too much to seed a run, but standing where
 * the reused text stood. Sentence scoring then judges the gap on its merits: where the document
 * holds text of its own there, not a rewording, it parts the passage again (scored-passage.ts).
 */
const MAX_REWORDED = 400;

function mergeNeighbours(chains: Chain[]): Chain[] {
  const out: Chain[] = [];
  for (const chain of chains) {
    const prev = out[out.length - 1];
    if (prev && balancedGap(prev.runs[prev.runs.length - 1], chain.runs[0], MAX_REWORDED)) {
      out[out.length - 1] = { runs: [...prev.runs, ...chain.runs], matched: prev.matched + chain.matched };
    } else out.push(chain);
  }
  return out;
}

function balancedGap(prev: Run, next: Run, max: number): boolean {
  const gapD = next.ds - prev.de;
  const gapA = next.as - prev.ae;
  return gapD >= 0 && gapA >= 0 && gapD <= max && gapA <= max && Math.abs(gapD - gapA) <= SLACK + Math.min(gapD, gapA) / 2;
}

function overlaps(r: Run, first: Run, last: Run): boolean {
  return (r.ds < last.de && r.de > first.ds) || (r.as < last.ae && r.ae > first.as);
}

/** Whether the runs stand by ds, then longest first, as chainRuns sorts them (a stable sort would leave them). */
function byStart(runs: readonly Run[]): boolean {
  for (let i = 1; i < runs.length; i++) if (runs[i - 1].ds > runs[i].ds || (runs[i - 1].ds === runs[i].ds && runs[i - 1].de < runs[i].de)) return false;
  return true;
}

/** The heaviest chain of the runs, unless it weighs less than `minMatched`: then undefined, no chain made (most candidates). */
function heaviestChain(runs: Run[], minMatched: number): Chain | undefined {
  if (scores.length < runs.length) {
    scores = new Float64Array(2 * runs.length);
    links = new Int32Array(2 * runs.length);
  }
  const score = scores;
  const prev = links;
  let best = 0;
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    score[i] = r.de - r.ds;
    prev[i] = -1;
    spend(Math.min(i, LOOKBACK) + 1);
    for (let j = i - 1; j >= 0 && j >= i - LOOKBACK; j--) {
      const gain = link(runs[j], r);
      if (gain > 0 && score[j] + gain > score[i]) {
        score[i] = score[j] + gain;
        prev[i] = j;
      }
    }
    if (score[i] > score[best]) best = i;
  }
  if (score[best] < minMatched) return undefined;
  const chain: Run[] = [];
  for (let i = best; i >= 0; i = prev[i]) chain.unshift(runs[i]);
  return { runs: trim(chain), matched: score[best] };
}

/** Each run's chain weight and predecessor in heaviestChain: kept between calls. */
let scores = new Float64Array(64);
let links = new Int32Array(64);

/** What `next` adds after `prev` in a chain (its length less any overlap), or 0 if it cannot follow. */
function link(prev: Run, next: Run): number {
  const gapD = next.ds - prev.de;
  const gapA = next.as - prev.ae;
  if (gapD > 0 && gapA > 0 && !balancedGap(prev, next, MAX_GAP)) return 0;
  if (gapD > MAX_GAP || gapA > MAX_GAP) return 0;
  const overlap = Math.max(0, -gapD, -gapA);
  if (next.ds <= prev.ds || next.as <= prev.as) return 0;
  return Math.max(0, next.de - next.ds - overlap);
}

/** Cuts overlapping starts so that consecutive runs follow each other on both sides. */
function trim(chain: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of chain) {
    const prev = out[out.length - 1];
    if (!prev) {
      out.push(run);
      continue;
    }
    const cut = Math.max(0, prev.de - run.ds, prev.ae - run.as);
    if (run.de - run.ds > cut) out.push({ ds: run.ds + cut, de: run.de, as: run.as + cut, ae: run.ae });
  }
  return out;
}

/**
 * The document position that corresponds to article position `a`, interpolated between runs.
 * Where one run ends and the next begins at `a` with text between them on the document's side
 * only (an inserted sentence), a sentence that starts at `a` starts at the next run (`atStart`)
 * and one that ends there ends with the first.
 */
export function docPositionOf(chain: Chain, a: number, atStart = false): number {
  const runs = chain.runs;
  if (a <= runs[0].as) return runs[0].ds - (runs[0].as - a);
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    if (a < r.ae || (a === r.ae && !atStart)) return a >= r.as ? r.ds + (a - r.as) : interpolate(runs[i - 1], r, a);
  }
  const last = runs[runs.length - 1];
  return last.de + (a - last.ae);
}

function interpolate(prev: Run, next: Run, a: number): number {
  const spanA = next.as - prev.ae;
  const spanD = next.ds - prev.de;
  return prev.de + Math.round(((a - prev.ae) * spanD) / Math.max(1, spanA));
}
