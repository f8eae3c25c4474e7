import type { Document } from '../read/types.js';
import type { Span } from '../shared/types.js';
import { documentLines } from '../shared/lines.js';
import { oncePer } from '../shared/once-per.js';

/** Site navigation and breadcrumbs: 首页 > 资讯 > 正文, 要闻 | 视频 | 原创. */
const NAVIGATION = /[|｜>＞›»]/u;

/** The headline's line: the first line with text that is not site navigation. Found once per document. */
export const headlineSpan: (doc: Pick<Document, 'text'>) => Span | undefined = oncePer((doc) => {
  let first: Span | undefined;
  for (const span of documentLines(doc)) {
    const line = doc.text.slice(span.start, span.end).trim();
    if (line === '') continue;
    first ??= span;
    if (!NAVIGATION.test(line)) return span;
  }
  return first;
});
