// A compilation may credit each of its parts: a 来源 line heading each (## 一 / 来源：新华网 / …), or a
// bracketed credit closing each (……。 / （来源：国际在线）). Such a credit is the credit of its part,
// and of no other: swapped between two parts it is wrong for both, and a wrong one under part 2
// says nothing of part 1.
import type { SourceClaim } from '../metadata/types.js';
import type { Subject } from './rule.js';
import { isOpen } from '../metadata/chars.js';
import { inField, isCitation } from './attribution.js';

interface Start {
  at: number;
  subject: Subject;
}

/**
 * The part each credit heads or closes, where the document credits at least two of its parts so:
 * a credit line heads the part whose text comes next, a bracketed one closes the part whose text
 * came last, with no other credit between them. Undefined where fewer than two parts are credited
 * each (one credit for the whole page is the page's, judged as before).
 */
export function creditedParts(claims: readonly SourceClaim[], subject: Subject, others: readonly Subject[]): ReadonlyMap<SourceClaim, Subject> | undefined {
  const starts: Start[] = [subject, ...others]
    .flatMap((s) => (s.reuse ? s.reuse.passages.map((p) => ({ at: p.doc.start, subject: s })) : []))
    .sort((a, b) => a.at - b.at);
  if (new Set(starts.map((s) => s.subject)).size < 2) return undefined;
  const credits = claims.filter((c) => !inField(c) && !isCitation(c)).sort((a, b) => a.line.span.start - b.line.span.start);
  const ties = new Map<SourceClaim, Subject>();
  credits.forEach((credit, i) => {
    const closes = isOpen(credit.line.value.trimStart()[0] ?? '');
    // a part's passage may start at a credit line, where its article prints the same credit
    const { start } = credit.line.span;
    const part = closes ? lastBefore(starts, start) : firstAfter(starts, start);
    if (!part) return;
    const between = closes ? credits[i - 1]?.line.span.start ?? -1 : credits[i + 1]?.line.span.start ?? Infinity;
    if (closes ? between <= part.at : between > part.at) ties.set(credit, part.subject);
  });
  return new Set(ties.values()).size >= 2 ? ties : undefined;
}

function firstAfter(starts: readonly Start[], at: number): Start | undefined {
  return starts.find((s) => s.at >= at);
}

function lastBefore(starts: readonly Start[], at: number): Start | undefined {
  for (let i = starts.length - 1; i >= 0; i--) if (starts[i].at < at) return starts[i];
  return undefined;
}
