/**
 * A quick test that lets extend.ts skip an anchor search that cannot succeed. An anchor of n
 * characters (4 or 5), the same on both sides at a step (i, j), holds n − 1 bigrams, at n − 1
 * consecutive places: one of them stands at a place of the document taken every n − 1 characters
 * across the window, and the article has the same bigram where the step puts it, the step's skew
 * (within `maxSkew`) from straight across. So when no sampled bigram of the document equals one
 * of the article's at a skew allowed, no step holds an anchor and the search would find none.
 * Sampling does it in 5-6 places, each against 7 of the article's, where comparing every bigram
 * of the window with the article's near it took 13 × 7 (the search runs twice for nearly every
 * run of every candidate).
 */

/**
 * Whether some step (i ≤ iMax, j ≤ jMax, |i − j| ≤ maxSkew) may hold an anchor of `anchor`
 * characters at doc[d + dir·i, +anchor) and art[a + dir·j, +anchor) (dir 1: looking forward, −1:
 * back): false only when none does. Both sides' anchors must lie within their strings: the
 * caller's limits keep them inside.
 */
export function mayAnchor(doc: string, d: number, iMax: number, art: string, a: number, jMax: number, dir: 1 | -1, anchor: number, maxSkew: number): boolean {
  if (iMax < 0 || jMax < 0) return false;
  // where the anchors may start on each side
  const xLo = dir === 1 ? d : d - iMax;
  const yLo = dir === 1 ? a : a - jMax;
  // where the bigrams they hold may start
  const pHi = xLo + iMax + anchor - 2;
  const qHi = yLo + jMax + anchor - 2;
  const across = a - d;
  for (let p = xLo; p <= pHi; p += anchor - 1) {
    const first = doc.charCodeAt(p);
    const second = doc.charCodeAt(p + 1);
    const to = Math.min(qHi, p + across + maxSkew);
    for (let q = Math.max(yLo, p + across - maxSkew); q <= to; q++) {
      if (art.charCodeAt(q) === first && art.charCodeAt(q + 1) === second) return true;
    }
  }
  return false;
}
