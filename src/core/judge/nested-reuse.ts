import type { HeldReuse } from './same-text.js';
import { covered, merged, overlap, SAME_SPANS } from './same-text.js';

/**
 * The reuses, less each one a fuller reuse of the document accounts for: an article sharing a
 * paragraph with the article the document reprints (or excerpts more of) is not reused a second
 * time where the document holds that paragraph inside the fuller reuse. A reuse is left out when
 * every document character of its passages lies within the passages of another reuse of the same
 * pack, it covers less than 80 % of that reuse's characters (SAME_SPANS), both articles are of one
 * origin (whose content, which 来源), the document is not dated before the fuller one's article
 * (`predates`: that article cannot be where it took the text; the other, older, can), and the fuller
 * one's article holds each of its passages word
 * for word (punctuation and spaces aside). Two reuses over nearly the same characters (a document
 * taking only the paragraph two articles share) both stay, as do excerpts of two articles (their
 * passages lie elsewhere in the document, as does a paragraph of one set into an edited copy of
 * the other: the copy's passages part around it), a sentence of one pasted into a reprint of the
 * other (the reprint's passage spans it, but its article does not hold it), and the publisher's
 * own article carried on another outlet's page (two origins: which one was copied is the question).
 * Within a pack only: each pack's findings are those its archive gives, whatever other packs are
 * checked beside it.
 */
export function withoutNested(reuses: readonly HeldReuse[], predates: (outer: HeldReuse) => boolean): HeldReuse[] {
  if (reuses.length < 2) return [...reuses];
  const spans = reuses.map((r) => merged(r.passages.map((p) => p.doc)));
  const sizes = spans.map(covered);
  const within = (i: number, j: number) => j !== i && sizes[i] < SAME_SPANS * sizes[j] && overlap(spans[i], spans[j]) === sizes[i];
  const nested = (i: number) => reuses.some((outer, j) => within(i, j) && sameOrigin(reuses[i], outer) && !predates(outer) && heldBy(reuses[i], outer));
  return reuses.filter((_, i) => !nested(i));
}

function sameOrigin(a: HeldReuse, b: HeldReuse): boolean {
  return a.article.origin.kind === b.article.origin.kind && a.article.origin.source === b.article.origin.source;
}

/**
 * Whether `outer`'s article holds each passage `inner` takes from its own, letters and digits alike:
 * the middle half of it, as a passage's ends may reach into the pages' layout (a date line, a 来源
 * line) where two articles sharing a paragraph differ.
 */
function heldBy(inner: HeldReuse, outer: HeldReuse): boolean {
  const text = lettersOf(outer.article.doc.text);
  const own = inner.article.doc.text;
  return inner.passages.every((p) => text.includes(middleHalf(lettersOf(own.slice(p.source.start, p.source.end)))));
}

function middleHalf(text: string): string {
  return text.slice(Math.floor(text.length / 4), Math.ceil((3 * text.length) / 4));
}

function lettersOf(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}
