import type { Document } from '../read/types.js';
import type { Span } from '../shared/types.js';
import { documentLines } from '../shared/lines.js';
import { oncePer } from '../shared/once-per.js';
import { isHeaderPrefix } from './header.js';
import { scanOf, type Scan } from './scan.js';

/** Site navigation and breadcrumbs: 首页 > 资讯 > 正文, 要闻 | 视频 | 原创 (never a sentence: PM2.5>75时…。 is prose). */
const NAVIGATION = /[|｜>＞›»]/u;
/** An editor's note a page prints above its headline: 编者按：…, 【编者按】. */
const EDITOR_NOTE = /^[\s【〔[（(]*(?:编者按|编者的话)/u;

/** The headline's line: the first line with text that does not stand above a headline. Found once per document. */
export const headlineSpan: (doc: Pick<Document, 'text'>) => Span | undefined = oncePer((doc) => {
  const scan = scanOf(doc.text);
  let first: Span | undefined;
  for (const span of documentLines(doc)) {
    if (doc.text.slice(span.start, span.end).trim() === '') continue;
    first ??= span;
    if (!standsAboveHeadline(scan, span)) return span;
  }
  return first;
});

/**
 * Whether a line is one a page prints above its headline, never the headline: site navigation,
 * header matter alone (【字号 大 中 小】, 分享到：, a date), an editor's note (编者按：…).
 */
export function standsAboveHeadline(scan: Scan, line: Span): boolean {
  const text = scan.text.slice(line.start, line.end);
  return (NAVIGATION.test(text) && !text.includes('。')) || EDITOR_NOTE.test(text.trim()) || isHeaderPrefix(scan, line.start, line.end);
}
