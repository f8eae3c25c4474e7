import type { HeldReuse } from './same-text.js';
import { covered, merged, overlap, SAME_SPANS } from './same-text.js';

/**
 * The reuses, less each one a fuller reuse of the document accounts for: an article sharing a
 * paragraph with the article the document reprints (or excerpts more of) is not reused a second
 * time where the document holds that paragraph inside the fuller reuse. A reuse is left out when
 * every document character of its passages lies within the passages of another reuse of the same
 * pack, and it covers less than 80 % of that reuse's characters (SAME_SPANS): two reuses over nearly
 * the same characters (a document taking only the paragraph two articles share) both stay, as do
 * excerpts of two articles (their passages lie elsewhere in the document, as does a paragraph of one
 * set into an edited copy of the other: the copy's passages part around it). Within a pack only:
 * each pack's findings are those its archive gives, whatever other packs are checked beside it.
 */
export function withoutNested(reuses: readonly HeldReuse[]): HeldReuse[] {
  if (reuses.length < 2) return [...reuses];
  const spans = reuses.map((r) => merged(r.passages.map((p) => p.doc)));
  const sizes = spans.map(covered);
  const nested = (i: number) => spans.some((s, j) => j !== i && sizes[i] < SAME_SPANS * sizes[j] && overlap(spans[i], s) === sizes[i]);
  return reuses.filter((_, i) => !nested(i));
}
