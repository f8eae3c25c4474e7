// A commentary may quote a sentence of another outlet's article and say whose it is in its own
// words (国际在线曾报道说：“……”): the quotation is attributed where it stands, and the page's 来源 is
// the credit of the rest, its own text. Such a reuse is no ground to call that credit wrong.
import type { Document } from '../read/types.js';
import type { Pack } from '../config/types.js';
import type { Origin } from '../metadata/types.js';
import type { HeldReuse } from './same-text.js';
import { keyText } from '../shared/keytext.js';
import { mapped } from '../shared/mapped.js';

/** Most share of the document's text the quotations may make up: past it the page is not mostly its own. */
const QUOTED_SHARE = 0.25;
/** How far before a passage (in its sentence) or after it the words naming its source may stand. */
const BEFORE = 40;
const AFTER = 20;
/** What ends a sentence, or a paragraph: a name beyond it is another sentence's. */
const SENTENCE_END = /[。！？!?；;\n]/u;
/** What may close a quotation before the words that attribute it: ……新高。”（国际在线） */
const CLOSING = /^[\s\u3000。！？!?，,、”’」』》）)\]】]*/u;

/**
 * Whether a reuse is short quotations inside a text mostly the document's own, each attributed in
 * its sentence to the publisher (by its name or an alias) or, for content the publisher reprinted,
 * to the original outlet: 国际在线曾报道说：“……”, ……”国际在线报道称, ……。”（国际在线）.
 */
export function attributedQuotation(document: Document, reuse: HeldReuse | undefined, origin: Origin, pack: Pack): boolean {
  if (!reuse || reuse.kind === 'reprint' || reuse.passages.length === 0 || reuse.docCoverage > QUOTED_SHARE) return false;
  const named = [pack.publisher.name, ...pack.publisher.aliases];
  if (origin.kind === 'third-party' && origin.source !== '') named.push(origin.source);
  const names = mapped(named, (n) => keyText(n).replace(/\s+/gu, '')).filter((n) => n.length >= 2);
  const { text } = document;
  return reuse.passages.every(({ doc }) => {
    const before = lastSentence(text.slice(Math.max(0, doc.start - BEFORE), doc.start));
    const after = firstSentence(text.slice(doc.end, doc.end + AFTER));
    return names.some((name) => before.includes(name) || after.includes(name));
  });
}

/** The words of a window's last sentence, up to the passage it runs into. */
function lastSentence(window: string): string {
  let start = window.length;
  while (start > 0 && !SENTENCE_END.test(window[start - 1])) start--;
  return keyText(window.slice(start)).replace(/\s+/gu, '');
}

/** The words after a passage up to the end of their sentence, past what closes the quotation. */
function firstSentence(window: string): string {
  const rest = window.slice(CLOSING.exec(window)?.[0].length ?? 0);
  const end = rest.search(SENTENCE_END);
  return keyText(end < 0 ? rest : rest.slice(0, end)).replace(/\s+/gu, '');
}
