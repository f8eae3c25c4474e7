/**
 * What one document sentence can still reach with any unit of the article, read once from the share
 * matrix, so that paraphraseHits passes over a document unit that reaches the minimum score with no
 * article unit without scoring it against each (nearly every unit of nearly every reworded
 * candidate: on the 10k bench 148 of 450k document sentences get as far as a pair's bound).
 *
 * shared[d · width + a] is what sentence d of the document shares with sentence a of the article,
 * and a unit shares at most what its sentences share one by one and the bigram that joins a pair
 * (paraphraseHits' own bound). A document unit of size z meets an article unit of size s only if
 * 2 · common ≥ m · (z + s) (m the minimum score; for a pair, common its bound), that is
 * 2 · common − m · s ≥ m · z. So with, over every article sentence a (a unit or not: more is safe),
 * - single[d] = max 2 · shared[d, a] − m · size(a)                                (a alone)
 * - across[d] = max 2 · (shared[d, a] + shared[d, a + 1] + 1) − m · size(a, a + 1)   (a and a + 1)
 * - down[d]   = max 2 · (shared[d, a] + shared[d + 1, a] + 1) − m · size(a)          (d and d + 1 with a)
 * sentence d alone pairs with nothing when max(single[d], across[d]) < m · z, and d with d + 1
 * (a pair is never paired with a pair) when down[d] < m · z. paraphraseHits' own test is a quotient,
 * 2 · common / (z + s) < m: a unit is passed over only when short of m · z by SLACK, far more than
 * the rounding of either (sizes and counts are integers well below 2^31).
 */
export interface RowReach {
  single: Float64Array;
  across: Float64Array;
  down: Float64Array;
}

const SLACK = 1e-6;

/** Sizes, in bigrams, of each article sentence and of each with the next. */
interface ColumnSizes {
  spans: ReadonlyArray<readonly [number, number]>;
}

let kept: RowReach = { single: new Float64Array(64), across: new Float64Array(64), down: new Float64Array(64) };
let alone = new Float64Array(64);
let withNext = new Float64Array(64);

/** The reach of each row of the share matrix (rows × the article's sentences), scored at `minScore`, in arrays kept from one call to the next. */
export function rowReach(shared: Uint32Array, rows: number, theirs: ColumnSizes, minScore: number): RowReach {
  const { spans } = theirs;
  const width = spans.length;
  if (kept.single.length < rows) kept = { single: new Float64Array(2 * rows), across: new Float64Array(2 * rows), down: new Float64Array(2 * rows) };
  if (alone.length < width) (alone = new Float64Array(2 * width)), (withNext = new Float64Array(2 * width));
  for (let a = 0; a < width; a++) {
    alone[a] = minScore * (spans[a][1] - spans[a][0] - 1);
    withNext[a] = a + 1 < width ? minScore * (spans[a + 1][1] - spans[a][0] - 1) : 0;
  }
  const { single, across, down } = kept;
  // the last column and the last row written apart: no test of either per cell
  const last = width - 1;
  for (let d = 0; d < rows; d++) {
    const row = d * width;
    let s = -Infinity;
    let x = -Infinity;
    let y = -Infinity;
    if (d + 1 < rows) {
      const next = row + width;
      for (let a = 0; a < last; a++) {
        const here = shared[row + a];
        s = Math.max(s, 2 * here - alone[a]);
        x = Math.max(x, 2 * (here + shared[row + a + 1] + 1) - withNext[a]);
        y = Math.max(y, 2 * (here + shared[next + a] + 1) - alone[a]);
      }
      if (last >= 0) {
        s = Math.max(s, 2 * shared[row + last] - alone[last]);
        y = Math.max(y, 2 * (shared[row + last] + shared[next + last] + 1) - alone[last]);
      }
    } else {
      for (let a = 0; a < last; a++) {
        s = Math.max(s, 2 * shared[row + a] - alone[a]);
        x = Math.max(x, 2 * (shared[row + a] + shared[row + a + 1] + 1) - withNext[a]);
      }
      if (last >= 0) s = Math.max(s, 2 * shared[row + last] - alone[last]);
    }
    single[d] = s;
    across[d] = x;
    down[d] = y;
  }
  return kept;
}

/** Whether the document unit of `size` bigrams that starts at sentence `first` (with the next when `pair`) pairs with no unit of the article. */
export function outOfReach(rows: RowReach, first: number, pair: boolean, size: number, minScore: number): boolean {
  const best = pair ? rows.down[first] : Math.max(rows.single[first], rows.across[first]);
  return best < minScore * size - SLACK;
}
