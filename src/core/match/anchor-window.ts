/**
 * A quick test that lets extend.ts skip an anchor search that cannot succeed. An anchor (4 or 5
 * characters, the same on both sides) at step (i, j) begins with the same two characters at
 * document position d ± i and article position a ± j. So when no bigram of the document's side
 * of the window equals one of the article's at a step allowed (|i − j| ≤ maxSkew), no step
 * holds an anchor and the search would find none. Bigrams are told apart by a 12-bit hash:
 * two different bigrams in one slot only send the search on to the full walk, never the other
 * way, so whatever this says no to, the walk would have said no to as well.
 */
const SLOT_BITS = 12;
const SLOTS = 1 << SLOT_BITS;
/** Per slot, the call that last wrote it (older entries are stale) and the article steps j whose bigram falls in it. */
const stampOf = new Uint32Array(SLOTS);
const stepsOf = new Uint32Array(SLOTS);
let stamp = 0;

/** Steps j (as bits, j < 32) within `maxSkew` of each document step i up to `window`. */
export function nearSteps(window: number, maxSkew: number): Uint32Array {
  const near = new Uint32Array(window + 1);
  for (let i = 0; i <= window; i++) for (let j = Math.max(0, i - maxSkew); j <= Math.min(window, i + maxSkew); j++) near[i] |= 1 << j;
  return near;
}

/**
 * Whether some step (i ≤ iMax, j ≤ jMax, j among near[i]) has the same bigram at doc[d + dir·i]
 * and art[a + dir·j] (dir 1: looking forward, −1: back). Both sides' bigrams must lie within
 * their strings: the caller's limits keep a whole anchor inside.
 */
export function mayAnchor(doc: string, d: number, iMax: number, art: string, a: number, jMax: number, dir: 1 | -1, near: Uint32Array): boolean {
  if (iMax < 0 || jMax < 0) return false;
  if (stamp === 0xffffffff) stampOf.fill(0), (stamp = 0);
  stamp++;
  for (let j = 0, p = a; j <= jMax; j++, p += dir) {
    const s = slotOf(art.charCodeAt(p), art.charCodeAt(p + 1));
    if (stampOf[s] !== stamp) (stampOf[s] = stamp), (stepsOf[s] = 0);
    stepsOf[s] |= 1 << j;
  }
  for (let i = 0, p = d; i <= iMax; i++, p += dir) {
    const s = slotOf(doc.charCodeAt(p), doc.charCodeAt(p + 1));
    if (stampOf[s] === stamp && (stepsOf[s] & near[i]) !== 0) return true;
  }
  return false;
}

function slotOf(c0: number, c1: number): number {
  return Math.imul((c0 << 16) | c1, 0x9e3779b1) >>> (32 - SLOT_BITS);
}
