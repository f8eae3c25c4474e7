import type { Document } from '../core/read/types.js';
import type { Span } from '../core/shared/types.js';

/** An HTML tag's name as its opening or closing tag starts: <p, </p, <section. */
const TAG_NAME = /^<\/?([A-Za-z][A-Za-z0-9-]*)/u;
/** Longest opening tag looked back for on its line: attributes (class, style) included. */
const MAX_TAG = 300;

/**
 * The HTML elements in a Markdown page around `span` that hold nothing else, outermost last
 * (<p class="source">（来源：CRI）</p>, <div>\n<p><em>来源：CRI</em></p>\n</div>): what a move of
 * the credit would leave empty. Undefined where none wraps it alone. Tags are found in `raw` where
 * the reader blanked them in `text`, so a < in the article's words is never taken for one.
 */
export function emptiedElement(doc: Document, span: Span): Span | undefined {
  let start = span.start;
  let end = span.end;
  for (;;) {
    const open = openingTagBefore(doc, skipWhite(doc.raw, start, -1));
    const close = open && closingTagAfter(doc, skipWhite(doc.raw, end, 1), open.name);
    if (!open || close === undefined) break;
    start = open.start;
    end = close;
  }
  return start === span.start ? undefined : { start, end };
}

/** The first offset from `at` (going back: the offset after the last) that is no whitespace. */
function skipWhite(raw: string, at: number, step: 1 | -1): number {
  let i = at;
  if (step < 0) while (i > 0 && /\s/u.test(raw[i - 1])) i--;
  else while (i < raw.length && /\s/u.test(raw[i])) i++;
  return i;
}

/** The opening tag ending right before `end` (<p class="source">), its start and name; not a closing, self-closed or comment tag. */
function openingTagBefore(doc: Document, end: number): { start: number; name: string } | undefined {
  if (doc.raw[end - 1] !== '>' || doc.raw[end - 2] === '/') return undefined;
  let lt = end - 1;
  while (lt > 0 && end - lt < MAX_TAG && doc.raw[lt] !== '<' && doc.raw[lt] !== '\n') lt--;
  const name = TAG_NAME.exec(doc.raw.slice(lt, end));
  if (!name || doc.raw[lt + 1] === '/' || !blanked(doc, lt, end)) return undefined;
  return { start: lt, name: name[1].toLowerCase() };
}

/** Where the closing tag of `name` that starts at `at` ends (</p>), or undefined. */
function closingTagAfter(doc: Document, at: number, name: string): number | undefined {
  const tag = TAG_NAME.exec(doc.raw.slice(at, at + name.length + 2));
  if (!tag || doc.raw[at + 1] !== '/' || tag[1].toLowerCase() !== name) return undefined;
  let gt = at + tag[0].length;
  while (gt < doc.raw.length && doc.raw[gt] === ' ') gt++;
  if (doc.raw[gt] !== '>' || !blanked(doc, at, gt + 1)) return undefined;
  return gt + 1;
}

/** Whether the reader read `raw[start, end)` as markup: nothing of it in the text. */
function blanked(doc: Document, start: number, end: number): boolean {
  return doc.text.slice(start, end).trim() === '' && doc.raw.slice(start, end) !== doc.text.slice(start, end);
}
