import type { Document } from './types.js';

/** Elements holding a page's headline: <title> in its head, <h1> in its body. */
const HEADINGS = ['title', 'h1'];

/**
 * Whether the text at `offset` of an HTML page stored without its headings is its headline: the
 * markup between it and the visible text before it opens a <title> or <h1> and does not close it.
 * Only for an article of an index file or server written before Document.headings was recorded
 * (its format version stays 3): what those records were read with, and no parse on loading them,
 * which would load htmlparser2 into a check of plain text. It misreads a headline's second line
 * (<h1>…<br>…</h1>) and a tag named in a comment; `laiyuan index build` records the headings.
 */
export function inHeadlineMarkup(doc: Pick<Document, 'raw' | 'text'>, offset: number): boolean {
  let start = offset;
  while (start > 0 && /\s/u.test(doc.text[start - 1])) start--;
  const markup = doc.raw.slice(start, offset).toLowerCase();
  return HEADINGS.some((name) => {
    const open = lastStartTag(markup, name);
    return open >= 0 && !markup.includes(`</${name}`, open);
  });
}

/** Where the last start tag <name …> of the markup begins, or -1. */
function lastStartTag(markup: string, name: string): number {
  for (let at = markup.lastIndexOf(`<${name}`); at >= 0; at = at === 0 ? -1 : markup.lastIndexOf(`<${name}`, at - 1)) {
    if (/[\s/>]/u.test(markup[at + name.length + 1] ?? '')) return at;
  }
  return -1;
}
