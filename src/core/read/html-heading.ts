import type { Document } from './types.js';
import { inHeadlineMarkup } from './stored-heading.js';

/**
 * Whether the text at `offset` of an HTML page is its headline: in its <title> or an <h1>, as the
 * parser read them (Document.headings), however many lines they take and whatever markup they
 * hold. The two may be worded differently (多地气温骤降超10℃_国际在线 over 寒潮来了！中央气象台发布
 * 寒潮橙色预警), and either may ask or exclaim: neither is the body.
 */
export function inHeadline(doc: Pick<Document, 'format' | 'raw' | 'text' | 'headings'>, offset: number): boolean {
  if (doc.format !== 'html') return false;
  if (!doc.headings) return inHeadlineMarkup(doc, offset);
  return doc.headings.some((s) => s.start <= offset && offset < s.end);
}
