/**
 * A quick test that lets extend.ts skip an anchor search that cannot succeed. An anchor (4 or 5
 * characters, the same on both sides) at step (i, j) begins with the same two characters at
 * document position d ± i and article position a ± j. So when no bigram of the document's side
 * of the window equals one of the article's at a step allowed (|i − j| ≤ maxSkew), no step
 * holds an anchor and the search would find none. The article's bigrams of the window are read
 * once into a small array, and each of the document's compared with the few near it: integer
 * compares, where a table of the article's bigrams by hash cost two table writes and a hash each
 * (the search runs twice for nearly every run of every candidate).
 */

/** The article's bigrams of the window being tested, as (first << 16) | second. */
const artBigrams = new Int32Array(32);

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
  const bigrams = artBigrams;
  for (let j = 0, p = a; j <= jMax; j++, p += dir) bigrams[j] = (art.charCodeAt(p) << 16) | art.charCodeAt(p + 1);
  const within = jMax >= 31 ? 0xffffffff : (1 << (jMax + 1)) - 1;
  for (let i = 0, p = d; i <= iMax; i++, p += dir) {
    const key = (doc.charCodeAt(p) << 16) | doc.charCodeAt(p + 1);
    for (let steps = near[i] & within; steps !== 0; steps &= steps - 1) {
      if (bigrams[31 - Math.clz32(steps & -steps)] === key) return true;
    }
  }
  return false;
}
