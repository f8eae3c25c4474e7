// A compilation may credit each of its parts: a 来源 line heading each (## 一 / 来源：新华网 / …), or a
// bracketed credit closing each (……。 / （来源：国际在线）). Such a credit is the credit of its part,
// and of no other: swapped between two parts it is wrong for both, and a wrong one under part 2
// says nothing of part 1.
import type { SourceClaim } from '../metadata/types.js';
import type { Subject } from './rule.js';
import { isOpen } from '../metadata/chars.js';
import { inField, isCitation } from './attribution.js';

interface Piece {
  start: number;
  end: number;
  subject: Subject;
}

/**
 * The part each credit heads or closes, where the document credits at least two of its parts so:
 * a credit line heads the text from it to the next credit, a bracketed one closes the text from the
 * credit before it; the part is the article whose passages cover most of that text (a stock phrase
 * of another article met inside a part does not take the part's credit). Undefined where fewer than
 * two parts are credited each (one credit for the whole page is the page's, judged as before).
 */
export function creditedParts(claims: readonly SourceClaim[], subject: Subject, others: readonly Subject[]): ReadonlyMap<SourceClaim, Subject> | undefined {
  const pieces: Piece[] = [subject, ...others].flatMap((s) => (s.reuse ? s.reuse.passages.map((p) => ({ start: p.doc.start, end: p.doc.end, subject: s })) : []));
  if (new Set(pieces.map((p) => p.subject)).size < 2) return undefined;
  const credits = claims.filter((c) => !inField(c) && !isCitation(c)).sort((a, b) => a.line.span.start - b.line.span.start);
  const ties = new Map<SourceClaim, Subject>();
  credits.forEach((credit, i) => {
    const closes = isOpen(credit.line.value.trimStart()[0] ?? '');
    // a part's passage may start at a credit line, where its article prints the same credit
    const { start, end } = credit.line.span;
    const part = closes ? mostWithin(pieces, credits[i - 1]?.line.span.end ?? 0, end) : mostWithin(pieces, start, credits[i + 1]?.line.span.start ?? Infinity);
    if (part) ties.set(credit, part);
  });
  return new Set(ties.values()).size >= 2 ? ties : undefined;
}

/** The subject whose passages cover most of [from, to), if any covers some. */
function mostWithin(pieces: readonly Piece[], from: number, to: number): Subject | undefined {
  const covered = new Map<Subject, number>();
  for (const p of pieces) {
    const length = Math.min(p.end, to) - Math.max(p.start, from);
    if (length > 0) covered.set(p.subject, (covered.get(p.subject) ?? 0) + length);
  }
  let best: Subject | undefined;
  for (const [s, n] of covered) if (best === undefined || n > (covered.get(best) ?? 0)) best = s;
  return best;
}
