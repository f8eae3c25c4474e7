import type { Document } from '../read/types.js';
import type { Pack } from '../config/types.js';
import type { SourceClaim } from '../metadata/types.js';
import { keyText } from '../shared/keytext.js';
import { visibleText } from '../read/text-builder.js';
import { isOpen, isSpace } from '../metadata/chars.js';
import { outletLike } from '../metadata/outlets.js';
import { isFieldClaim } from './attribution.js';
import { titleFieldShown } from '../metadata/title-credit.js';
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
 * is not cut. A headline field's credit (JSON Lines `title`, front matter `title:`) is cut as the
 * text's; a source field's value (`source: 国际在线编译张三`) names the outlet alone, as the field
 * `国际在线 记者 张三` does, and keeps its line: the remedy rewrites the field whole.
 */
export function withoutGluedByline(doc: Document, claim: SourceClaim, pack: Pack): SourceClaim {
  if (isFieldClaim(claim)) return sourceFieldCut(doc, claim, pack);
  const field = claim.field === 'title' ? titleFieldShown(doc) : undefined;
  if (claim.field !== undefined && !field) return claim;
  const view: View = field ? { text: field.text, at: field.start } : { text: doc.text, at: 0 };
  const { span } = claim;
  if (view.text.slice(span.start - view.at, span.end - view.at) !== claim.value) return claim;
  const end = nameEnd(view.text, span.start - view.at, span.end - view.at, pack);
  if (end < 0) return claim;
  let start = claim.line.span.start - view.at;
  if (isOpen(view.text[start])) while (start < span.start - view.at && (isOpen(view.text[start]) || isSpace(view.text[start]))) start++;
  const line = { start: start + view.at, end: end + view.at };
  const shown = field ? view.text.slice(start, end) : visibleText(doc.raw, doc.text, line);
  return { ...claim, value: view.text.slice(span.start - view.at, end), span: { start: span.start, end: line.end }, line: { value: shown, span: line } };
}

/** Text that holds a claim, and the offset in the file where it starts: the document's text, or a headline field's words. */
interface View {
  text: string;
  at: number;
}

/** A source field's value cut to the publisher's name a byline runs into (国际在线实习生李想), its line the field as written. */
function sourceFieldCut(doc: Document, claim: SourceClaim, pack: Pack): SourceClaim {
  const written = doc.fields.source?.trim() ?? claim.value;
  const at = written.indexOf(claim.value);
  if (at < 0) return claim;
  const end = nameEnd(written, at, at + claim.value.length, pack);
  return end < 0 ? claim : { ...claim, value: written.slice(at, end) };
}

/**
 * Where the publisher's name (or alias) that a credit's name `text[start, end)` starts with ends,
 * where a byline word follows it (looked for up to MAX_WORD past `end`) and the rest reads as no
 * outlet; -1 where it is not so.
 */
function nameEnd(text: string, start: number, end: number, pack: Pack): number {
  const key = keyText(text.slice(start, Math.min(text.length, end + MAX_WORD)));
  const name = publisherNames(pack).find((n) => key.startsWith(n));
  if (name === undefined || name.length >= end - start) return -1;
  if (matchAt(BYLINE, key, name.length) < 0 || outletLike(key.slice(name.length, end - start))) return -1;
  return start + name.length;
}
