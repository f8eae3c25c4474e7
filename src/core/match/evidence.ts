// Whether an article's seeds, as the postings show them before its text is read, can make a
// finding that is not a 洗稿: most articles a document shares three fingerprints with share
// scattered phrases of the same topic (names, places, stock words), and fetching, preparing and
// aligning each of them was most of a check's work.

/** Doc-side distance (normalised characters) within which two seeds can stand in one passage, as align.ts chains runs. */
const MAX_GAP = 80;
/** How far two seeds of one passage may stand off each other's diagonal (a word inserted or dropped), as align.ts allows. */
const SLACK = 10;
/** Seeds looked back at for a predecessor: bounds the work on an article that shares thousands. */
const LOOKBACK = 64;
/**
 * Seeds in one passage that make it worth aligning: three seed runs of ten characters can chain
 * to the 30 characters from which measure.ts keeps a chain, and a real passage leaves more (an
 * exact stretch of L characters holds at least ⌊(L − k + 1) / w⌋ shared fingerprints, 10 for 50).
 */
const PASSAGE_SEEDS = 3;
/**
 * Doc-side distance from which two seeds on one diagonal are enough: a paragraph with one
 * character in every 8–10 changed keeps one seed per stretch, and where the others of its chain
 * are common fingerprints (stock phrases, not at hand here) two were all it showed, while
 * measure.ts, with the common ones, found it (改编). Closer, the two 8-character fingerprints
 * overlap in one name or title (长春国际陆港发展有限公司).
 */
const PAIR_APART = 8;

/**
 * Whether seed pairs (document position, article position), in document order, hold a passage
 * (PASSAGE_SEEDS seeds going forward on both sides on about one diagonal, with gaps align.ts
 * bridges, or two PAIR_APART apart) or `minSentences` separate places of two seeds at least (sentences of a 摘编, each
 * taken whole, leave two fingerprints from 15 characters on).
 */
export function evidenced(pairs: ReadonlyArray<readonly [number, number]>, minSentences: number): boolean {
  if (pairs.length < 2) return false;
  const chain = new Int32Array(pairs.length);
  const root = new Int32Array(pairs.length);
  const places = new Set<number>();
  for (let i = 0; i < pairs.length; i++) {
    const [p, q] = pairs[i];
    chain[i] = 1;
    root[i] = i;
    for (let j = i - 1; j >= 0 && j >= i - LOOKBACK && p - pairs[j][0] <= MAX_GAP; j--) {
      const [pj, qj] = pairs[j];
      if (pj >= p || qj >= q || Math.abs(q - p - (qj - pj)) > SLACK) continue;
      if (p - pj >= PAIR_APART) return true;
      if (chain[j] + 1 <= chain[i]) continue;
      chain[i] = chain[j] + 1;
      root[i] = root[j];
    }
    if (chain[i] >= PASSAGE_SEEDS) return true;
    if (chain[i] === 2) places.add(root[i]);
    if (places.size >= minSentences) return true;
  }
  return false;
}
