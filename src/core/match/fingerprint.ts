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
  let power = 1;
  for (let i = 1; i < k; i++) power = Math.imul(power, BASE);
  let h = 0;
  for (let i = 0; i < k; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  out[0] = mix(h);
  for (let i = 1; i < count; i++) {
    h = (h - Math.imul(text.charCodeAt(i - 1), power)) | 0;
    h = (Math.imul(h, BASE) + text.charCodeAt(i + k - 1)) | 0;
    out[i] = mix(h);
  }
  return out.subarray(0, count);
}

/** A final avalanche, so that winnowing's minimum is not biased by the last character. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The rightmost minimum of every window of `w` hashes, each selected position once. */
export function winnow(text: string, k: number, w: number): Fingerprints {
  const work = scratchFor(text.length - k + 1);
  const all = hashesInto(text, k, work.all);
  if (all.length === 0) return { hashes: new Uint32Array(0), positions: new Uint32Array(0) };
  if (all.length <= w) return pickMinimum(all);
  const { hashes, positions, deque } = work;
  let n = 0;
  // monotone deque of positions with increasing hashes
  let head = 0;
  let tail = 0;
  let last = -1;
  for (let i = 0; i < all.length; i++) {
    while (tail > head && all[deque[tail - 1]] >= all[i]) tail--;
    deque[tail++] = i;
    if (deque[head] <= i - w) head++;
    if (i >= w - 1 && deque[head] !== last) {
      last = deque[head];
      hashes[n] = all[last];
      positions[n++] = last;
    }
  }
  return { hashes: hashes.slice(0, n), positions: positions.slice(0, n) };
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
  deque: Int32Array;
}

/** Texts up to this many k-grams are winnowed in arrays kept from one call to the next (an index build winnows every article). */
const KEPT_SCRATCH = 1 << 16;
let kept: Scratch | undefined;

function scratchFor(count: number): Scratch {
  if (kept && kept.all.length >= count) return kept;
  // grown by doubling (at least 4,096), so that a run of ever longer texts makes few arrays
  const size = Math.max(count, 4096, Math.min(KEPT_SCRATCH, 2 * (kept?.all.length ?? 0)));
  const made = { all: new Uint32Array(size), hashes: new Uint32Array(size), positions: new Uint32Array(size), deque: new Int32Array(size) };
  if (size <= KEPT_SCRATCH) kept = made;
  return made;
}

function pickMinimum(all: Uint32Array): Fingerprints {
  let best = 0;
  for (let i = 1; i < all.length; i++) if (all[i] <= all[best]) best = i;
  return { hashes: Uint32Array.of(all[best]), positions: Uint32Array.of(best) };
}
