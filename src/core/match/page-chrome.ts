import type { Document } from '../read/types.js';
import type { Run } from './align.js';
import type { IndexedArticle } from './corpus-index.js';
import type { MatchedDoc } from './matched-sides.js';
import { isChromeLine, MAX_CHROME_LINE } from '../metadata/page-chrome.js';
import { originalSpan, type NormText } from '../normalize/index.js';

/**
 * Whether every piece is page chrome on both sides (isChromeLine): a site footer two pages of one
 * site share (本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP, 报料热线：4009-20-4009，未经授权不得转载)
 * is no text of the article, however long, and no 摘编 of it. Read around the pieces only, a line
 * no further than MAX_CHROME_LINE units: a page saved as one line of megabytes is not read whole.
 */
export function chromeOnly(pieces: readonly Run[], doc: MatchedDoc, target: IndexedArticle): boolean {
  return pieces.length > 0 && pieces.every((p) => inChrome(doc.doc, doc.norm, p.ds, p.de) && inChrome(target.article.doc, target.norm, p.as, p.ae));
}

/** Whether the original text of normalised [start, end) lies on chrome lines only (blank lines between them aside). */
function inChrome(document: Document, norm: NormText, start: number, end: number): boolean {
  const { text } = document;
  const span = originalSpan(norm, start, end);
  let from = span.start;
  while (from > 0 && !isBreak(text[from - 1])) if (span.start - --from > MAX_CHROME_LINE) return false;
  while (from < span.end) {
    let to = from;
    while (to < text.length && !isBreak(text[to])) if (++to - from > MAX_CHROME_LINE) return false;
    if (text.slice(from, to).trim() !== '' && !isChromeLine(text.slice(from, to))) return false;
    from = to + 1;
  }
  return true;
}

function isBreak(c: string): boolean {
  return c === '\n' || c === '\r';
}
