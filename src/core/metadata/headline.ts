import type { Document } from '../read/types.js';
import type { Span } from '../shared/types.js';
import { splitLines } from '../shared/lines.js';

/** Site navigation and breadcrumbs: 首页 > 资讯 > 正文, 要闻 | 视频 | 原创. */
const NAVIGATION = /[|｜>＞›»]/u;

/** The headline's line: the first line with text that is not site navigation. */
export function headlineSpan(doc: Pick<Document, 'text'>): Span | undefined {
  let first: Span | undefined;
  for (const span of splitLines(doc.text)) {
    const line = doc.text.slice(span.start, span.end).trim();
    if (line === '') continue;
    first ??= span;
    if (!NAVIGATION.test(line)) return span;
  }
  return first;
}
