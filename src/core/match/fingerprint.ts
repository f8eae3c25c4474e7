/**
 * Winnowing (Schleimer, Wilkerson and Aiken 2003) over k-grams of normalised text.
 *
 * k = 8 characters: eight consecutive Chinese characters almost never coincide by chance
 * between unrelated news texts, while names and officials' titles (three to seven
 * characters) stay below it; at k ≤ 5 common words and names collide across unrelated
 * articles. Window w = 4: every shared run of w + k − 1 = 11 characters yields at least one
 * shared fingerprint, far below the shortest excerpt that counts (about 50), while keeping
 * roughly 2/(w+1) = 40% of positions.
 */
import { entryOf, tableOf, type U32Table } from './u32-table.js';

export interface Fingerprints {
  hashes: Uint32Array;
  /** Start of each fingerprint's k-gram in the normalised text. */
  positions: Uint32Array;
}

const BASE = 0x01000193;

/** Hash of every k-gram, rolling: hashes[i] covers text[i, i + k). */
export function kgramHashes(text: string, k: number): Uint32Array {
  return hashesInto(text, k, new Uint32Array(Math.max(0, text.length - k + 1)));
}

/** kgramHashes written into `out` (of text.length - k + 1 hashes at least; none if the text is shorter than k). */
function hashesInto(text: string, k: number, out: Uint32Array): Uint32Array {
  const count = text.length - k + 1;
  if (count <= 0) return out.subarray(0, 0);
  const power = powerOf(k);
  let h = firstHash(text, k);
  out[0] = mix(h);
  for (let i = 1; i < count; i++) {
    h = rolled(h, text, i, k, power);
    out[i] = mix(h);
  }
  return out.subarray(0, count);
}

/** BASE^(k − 1), what the character leaving a k-gram counts for. */
function powerOf(k: number): number {
  let power = 1;
  for (let i = 1; i < k; i++) power = Math.imul(power, BASE);
  return power;
}

/** The hash of text[0, k) before its mix. */
function firstHash(text: string, k: number): number {
  let h = 0;
  for (let i = 0; i < k; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return h;
}

/** The hash of text[i, i + k) before its mix, from `h`, that of text[i − 1, i − 1 + k). */
function rolled(h: number, text: string, i: number, k: number, power: number): number {
  h = (h - Math.imul(text.charCodeAt(i - 1), power)) | 0;
  return (Math.imul(h, BASE) + text.charCodeAt(i + k - 1)) | 0;
}

const MIX_1 = 0x85ebca6b;
const MIX_2 = 0xc2b2ae35;

/** A final avalanche, so that winnowing's minimum is not biased by the last character. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, MIX_1);
  h ^= h >>> 13;
  h = Math.imul(h, MIX_2);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The inverse of an odd number modulo 2^32 (Newton's iteration, each step doubling the bits right). */
function inverseOf(a: number): number {
  let x = a;
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(a, x));
  return x;
}

const UNMIX_1 = inverseOf(MIX_1);
const UNMIX_2 = inverseOf(MIX_2);

/** The hash before mix: mix undone step by step, last first (mix is one to one on 32 bits). */
function unmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, UNMIX_2);
  h ^= (h >>> 13) ^ (h >>> 26);
  h = Math.imul(h, UNMIX_1);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The rightmost minimum of every window of `w` hashes, each selected position once. */
export function winnow(text: string, k: number, w: number): Fingerprints {
  const fps = winnowView(text, k, w);
  return { hashes: fps.hashes.slice(), positions: fps.positions.slice() };
}

/**
 * winnow, its arrays views of working ones kept between calls, not copies: good until the next
 * call here, for a caller that reads them at once (an index build, which copies every hash it
 * keeps into its postings anyway).
 */
export function winnowView(text: string, k: number, w: number): Fingerprints {
  const count = text.length - k + 1;
  const work = scratchFor(count);
  if (count <= w) {
    const all = hashesInto(text, k, work.all);
    return all.length === 0 ? { hashes: new Uint32Array(0), positions: new Uint32Array(0) } : pickMinimum(all);
  }
  const { all, hashes, positions } = work;
  const power = powerOf(k);
  let h = firstHash(text, k);
  let n = 0;
  // the window's rightmost minimum: a hash at most it takes its place; once it leaves the window
  // the window is searched again (w hashes), which a random hash makes rare (one window in w or so)
  let min = 0;
  let last = -1;
  for (let i = 0; i < count; i++) {
    if (i > 0) h = rolled(h, text, i, k, power);
    const hash = mix(h);
    all[i] = hash;
    if (hash <= all[min]) min = i;
    else if (min <= i - w) {
      min = i - w + 1;
      for (let j = min + 1; j <= i; j++) if (all[j] <= all[min]) min = j;
    }
    if (i >= w - 1 && min !== last) {
      last = min;
      hashes[n] = all[min];
      positions[n++] = min;
    }
  }
  return { hashes: hashes.subarray(0, n), positions: positions.subarray(0, n) };
}

/**
 * Hashes looked for by winnowedAmong, by the k-gram hash before its mix: entry i for the i-th;
 * `tops` marks the top bits any of them has, a first test that turns away most k-grams in one read.
 */
export interface Wanted {
  table: U32Table;
  tops: Uint8Array;
}

const TOP_SHIFT = 18;

/** The hashes (distinct) that winnowedAmong is to look for. */
export function wantedHashes(hashes: Uint32Array): Wanted {
  const raw = hashes.map(unmix);
  const tops = new Uint8Array(1 << (32 - TOP_SHIFT));
  for (const h of raw) tops[h >>> TOP_SHIFT] = 1;
  return { table: tableOf(raw), tops };
}

/**
 * The fingerprints of winnow(text, k, w) whose hash is one of `wanted`, in position order
 * (`visit` told each one's entry and position), without winnowing the whole text: each k-gram's
 * hash is looked for as it is rolled, before its mix (mix is one to one, so the same k-grams are
 * found), and only one found is checked for being what winnow keeps. A check asks this of each
 * article it aligns with, for the document's few common hashes.
 */
export function winnowedAmong(text: string, k: number, w: number, wanted: Wanted, visit: (entry: number, position: number) => void): void {
  const count = text.length - k + 1;
  if (count <= 0) return;
  const work = scratchFor(count);
  const raw = work.all.subarray(0, count);
  // the k-grams whose top bits a wanted hash has, noted as the hashes are rolled
  const { table, tops } = wanted;
  const noted = work.positions;
  let n = 0;
  const power = powerOf(k);
  let h = firstHash(text, k);
  for (let i = 0; i < count; i++) {
    if (i > 0) h = rolled(h, text, i, k, power);
    raw[i] = h;
    if (tops[h >>> TOP_SHIFT] !== 0) noted[n++] = i;
  }
  for (let j = 0; j < n; j++) {
    const i = noted[j];
    const entry = entryOf(table, raw[i]);
    if (entry >= 0 && winnowKeeps(raw, i, w)) visit(entry, i);
  }
}

/**
 * Whether winnow keeps position i (of the hashes before their mix, `raw`): the rightmost minimum
 * of a window of w hashes (of all of them, when there are w or fewer). Such a window starts at s
 * with left ≤ s and s + w − 1 ≤ right, where from left to i no hash is smaller and up to right
 * past i every hash is larger.
 */
function winnowKeeps(raw: Uint32Array, i: number, w: number): boolean {
  const h = mix(raw[i]);
  const n = raw.length;
  if (n <= w) {
    for (let j = 0; j < n; j++) if (mix(raw[j]) < h || (j > i && mix(raw[j]) === h)) return false;
    return true;
  }
  let left = i;
  while (left > 0 && i - left < w - 1 && mix(raw[left - 1]) >= h) left--;
  let right = i;
  while (right + 1 < n && right - i < w - 1 && mix(raw[right + 1]) > h) right++;
  return left <= Math.min(right - w + 1, n - w);
}

/** The last text winnowed by `winnowOnce`, with its fingerprints (never written to by their users). */
let last: { text: string; k: number; w: number; fps: Fingerprints } | undefined;

/**
 * winnow, the result for the last text asked kept: a document being checked is walked several
 * times (its lookup, shared positions, seeds), each with the same fingerprints.
 */
export function winnowOnce(text: string, k: number, w: number): Fingerprints {
  if (last?.text !== text || last.k !== k || last.w !== w) last = { text, k, w, fps: winnow(text, k, w) };
  return last.fps;
}

interface Scratch {
  all: Uint32Array;
  hashes: Uint32Array;
  positions: Uint32Array;
}

/** Texts up to this many k-grams are winnowed in arrays kept from one call to the next (an index build winnows every article). */
const KEPT_SCRATCH = 1 << 16;
let kept: Scratch | undefined;

function scratchFor(count: number): Scratch {
  if (kept && kept.all.length >= count) return kept;
  // grown by doubling (at least 4,096), so that a run of ever longer texts makes few arrays
  const size = Math.max(count, 4096, Math.min(KEPT_SCRATCH, 2 * (kept?.all.length ?? 0)));
  const made = { all: new Uint32Array(size), hashes: new Uint32Array(size), positions: new Uint32Array(size) };
  if (size <= KEPT_SCRATCH) kept = made;
  return made;
}

function pickMinimum(all: Uint32Array): Fingerprints {
  let best = 0;
  for (let i = 1; i < all.length; i++) if (all[i] <= all[best]) best = i;
  return { hashes: Uint32Array.of(all[best]), positions: Uint32Array.of(best) };
}
