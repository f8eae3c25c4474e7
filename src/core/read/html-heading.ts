import type { Document } from './types.js';

/** Elements holding a page's headline: <title> in its head, <h1> in its body. */
const HEADINGS = ['title', 'h1'];

/**
 * Whether the text at `offset` of an HTML page is its headline, in the <title> of its head or an
 * <h1> of its body: the markup between it and the visible text before it opens such an element
 * and does not close it. The two may be worded differently (多地气温骤降超10℃_国际在线 over
 * 寒潮来了！中央气象台发布寒潮橙色预警), and either may ask or exclaim: neither is the body.
 */
export function inHeadlineElement(doc: Pick<Document, 'format' | 'raw' | 'text'>, offset: number): boolean {
  if (doc.format !== 'html') return false;
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
