// A compilation may credit each of its parts: a 来源 line heading each (## 一 / 来源：新华网 / …), or a
// bracketed credit closing each (……。 / （来源：国际在线）). Such a credit is the credit of its part,
// and of no other: swapped between two parts it is wrong for both, and a wrong one under part 2
// says nothing of part 1. A part that reuses nothing (the site's own text between reprinted ones)
// may be credited too, to the site: that credit is its part's, not judged against the others'.
import type { SourceClaim } from '../metadata/types.js';
import type { Subject } from './rule.js';
import { isOpen } from '../metadata/chars.js';
import { isChromeLine } from '../metadata/page-chrome.js';
import { inField, isCitation } from './attribution.js';

/** Fewest characters of a paragraph that makes a part reusing nothing one: a credit over less heads no text. */
const MIN_OWN_PART = 30;

/** The part of a document that reuses no article: the site's own text, crediting whom it will. */
const OWN_PART = null;
const SENTENCE_ENDS = /[。！？]/u;

interface Piece {
  start: number;
  end: number;
  subject: Subject;
}

/**
 * The part each credit heads or closes, where the document credits at least two of its parts so:
 * a credit line heads the text from it to the next credit, a bracketed one closes the text from the
 * credit before it; the part is the article whose passages cover most of that text (a stock phrase
 * of another article met inside a part does not take the part's credit), or OWN_PART where none
 * covers any of it and it holds text of its own (MIN_OWN_PART). Undefined where fewer than two parts
 * are credited each (one credit for the whole page is the page's, judged as before).
 */
export function creditedParts(
  text: string,
  claims: readonly SourceClaim[],
  subject: Subject,
  others: readonly Subject[],
): ReadonlyMap<SourceClaim, Subject | null> | undefined {
  const pieces: Piece[] = [subject, ...others].flatMap((s) => (s.reuse ? s.reuse.passages.map((p) => ({ start: p.doc.start, end: p.doc.end, subject: s })) : []));
  if (pieces.length === 0) return undefined;
  const credits = claims.filter((c) => !inField(c) && !isCitation(c)).sort((a, b) => a.line.span.start - b.line.span.start);
  if (credits.length < 2) return undefined;
  const ties = new Map<SourceClaim, Subject | null>();
  credits.forEach((credit, i) => {
    const closes = isOpen(credit.line.value.trimStart()[0] ?? '');
    // a part's passage may start at a credit line, where its article prints the same credit
    const { start, end } = credit.line.span;
    const from = closes ? (credits[i - 1]?.line.span.end ?? 0) : start;
    const to = closes ? end : (credits[i + 1]?.line.span.start ?? text.length);
    const part = mostWithin(pieces, from, to);
    if (part) ties.set(credit, part);
    else if (ownText(text, closes ? from : end, closes ? start : to)) ties.set(credit, OWN_PART);
  });
  return new Set(ties.values()).size >= 2 ? ties : undefined;
}

/**
 * Whether [from, to) holds a paragraph of the site's own: a line of at least MIN_OWN_PART
 * characters with a sentence's end in it, not page chrome (责任编辑：王丽, a rights line). A page's
 * foot widgets (【打印】【关闭】【纠错】) are no part, nor is a bare credit at the page's end.
 */
function ownText(text: string, from: number, to: number): boolean {
  for (let start = from; start < to; ) {
    const br = text.indexOf('\n', start);
    const end = br < 0 || br > to ? to : br;
    const line = text.slice(start, end).trim();
    if (line.length >= MIN_OWN_PART && SENTENCE_ENDS.test(line) && !isChromeLine(line)) return true;
    start = end + 1;
  }
  return false;
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

/**
 * Whether the page's own text, what none of the articles it reuses covers, is more of it than any
 * one of them: the page's credit is then that text's, as a compilation's credit is the part's that
 * covers most of what it heads (see creditedParts), and a part it took from an article needs that
 * article's credit beside it. Not for a reprint (the page carries the article whole, and a page's
 * navigation and footer would count as its own text), nor where only an own-content marker ties the
 * page to the publisher.
 */
export function mostlyOwnText(subject: Subject, others: readonly Subject[]): boolean {
  if (!subject.reuse || subject.reuse.kind === 'reprint') return false;
  // summed in a loop, not an array of shares: one of 0 and doubles changed its elements kind (a deopt)
  let sum = 0;
  let most = 0;
  for (const s of [subject, ...others]) {
    const share = s.reuse?.docCoverage ?? 0;
    sum += share;
    most = Math.max(most, share);
  }
  return 1 - sum > most;
}
