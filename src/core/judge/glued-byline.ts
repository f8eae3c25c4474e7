import type { Document } from '../read/types.js';
import type { Pack } from '../config/types.js';
import type { SourceClaim } from '../metadata/types.js';
import { keyText } from '../shared/keytext.js';
import { visibleText } from '../read/text-builder.js';
import { isOpen, isSpace } from '../metadata/chars.js';
import { outletLike } from '../metadata/outlets.js';
import { inField } from './attribution.js';
import { AUTHOR_WORDS, CREDIT_BYLINE_WORDS, EDITOR_WORDS, matchAt, wordsRegex } from '../metadata/words.js';

/** Words that start a byline glued to the publisher's name: 国际在线编译张三, 国际在线实习生李想. */
const BYLINE = wordsRegex([...AUTHOR_WORDS, ...EDITOR_WORDS, ...CREDIT_BYLINE_WORDS, '摄影', '摄像']);
/** How far past the name a byline word is looked for: 国际在线实习 is read up to 记者, a stop word. */
const MAX_WORD = 6;

/** The publisher's name and aliases in key text, longest first, made once a pack. */
const namesOf = new WeakMap<Pack, readonly string[]>();

function publisherNames(pack: Pack): readonly string[] {
  let names = namesOf.get(pack);
  if (!names) {
    names = [pack.publisher.name, ...pack.publisher.aliases].map(keyText).sort((a, b) => b.length - a.length);
    namesOf.set(pack, names);
  }
  return names;
}

/**
 * A credit as a pack reads it: one whose name runs into a byline with no separator, as in
 * 来源：国际在线编译张三 or （来源：CRI实习生李想）, credits the publisher's name or alias it
 * starts with, the byline left out of it and of its line (and the brackets it shares with that
 * byline), so --fix rewrites the credit alone. Only the pack knows where its names end: a longer
 * name (国际在线网, an alias) is taken whole, and one whose rest reads as an outlet's (国际在线编译网)
 * is not cut.
 */
export function withoutGluedByline(doc: Document, claim: SourceClaim, pack: Pack): SourceClaim {
  const { span } = claim;
  if (inField(claim)) return claim;
  const written = doc.text.slice(span.start, span.end);
  if (written !== claim.value) return claim;
  const key = keyText(doc.text.slice(span.start, Math.min(doc.text.length, span.end + MAX_WORD)));
  const name = publisherNames(pack).find((n) => key.startsWith(n));
  if (name === undefined || name.length >= written.length) return claim;
  if (matchAt(BYLINE, key, name.length) < 0 || outletLike(key.slice(name.length, written.length))) return claim;
  const end = span.start + name.length;
  let start = claim.line.span.start;
  if (isOpen(doc.text[start])) while (start < span.start && (isOpen(doc.text[start]) || isSpace(doc.text[start]))) start++;
  const line = { start, end };
  return {
    ...claim,
    value: doc.text.slice(span.start, end),
    span: { start: span.start, end },
    line: { value: visibleText(doc.raw, doc.text, line), span: line },
  };
}
