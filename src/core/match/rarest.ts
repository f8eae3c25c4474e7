// Which of a document's common fingerprints (at more than match.maxPostings places) it still uses
// to find candidates: the same rule over a whole index, an index file and a server, so that all
// three find the same articles.

/** A fingerprint the document shares with the archive, over the cap, and how many places it stands at. */
export interface OverCap {
  hash: number;
  count: number;
}

/**
 * Whether the document needs common fingerprints: fewer than half of those it shares with the
 * archive (`present`) are at maxPostings places or fewer (`used`). An ordinary document, most of
 * its shared fingerprints rare, does not; one whose shared text is all common (a story the
 * archive holds many times over) would otherwise find nothing, silently.
 */
export function needsCommon(present: number, used: number): boolean {
  return used * 2 < present;
}

/** Postings a document may read in all: maxPostings per fingerprint it shares, as without the fallback. */
export function postingBudget(present: number, most: number): number {
  return most * present;
}

/**
 * The common fingerprints taken, rarest first (then by hash), while fewer than half of the present
 * ones are used and the postings read (`read` by the used ones, plus the taken ones') stay within
 * the budget. `over` may leave out those counted past the budget: they are never taken.
 */
export function commonTaken(present: number, used: number, read: number, over: readonly OverCap[], most: number): Set<number> {
  const taken = new Set<number>();
  if (!needsCommon(present, used)) return taken;
  const budget = postingBudget(present, most);
  const rarest = [...over].sort((x, y) => x.count - y.count || x.hash - y.hash);
  for (const { hash, count } of rarest) {
    if (!needsCommon(present, used + taken.size) || read + count > budget) break;
    taken.add(hash);
    read += count;
  }
  return taken;
}
