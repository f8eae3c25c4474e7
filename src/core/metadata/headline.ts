import type { Document } from '../read/types.js';
import type { Span } from '../shared/types.js';
import { documentLines } from '../shared/lines.js';
import { oncePer } from '../shared/once-per.js';
import { isHeaderPrefix } from './header.js';
import { scanOf, type Scan } from './scan.js';

/** What parts site navigation and breadcrumbs: 首页 > 资讯 > 正文, 要闻 | 视频 | 原创. */
const NAVIGATION = '|｜>＞›»';
/** Longest item of a navigation bar or breadcrumb, in visible characters: a longer one is a headline (专访｜王毅谈…). */
const MAX_ITEM = 12;
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
  return isNavigation(text) || EDITOR_NOTE.test(text.trim()) || isHeaderPrefix(scan, line.start, line.end, true);
}

/**
 * Whether a line is site navigation: items parted by NAVIGATION, each short; never a sentence
 * (PM2.5>75时…。 is prose) nor a headline led by a column tag (专访｜王毅谈中欧关系：合作大于竞争).
 */
function isNavigation(line: string): boolean {
  let parts = 0;
  let item = 0;
  for (const c of line) {
    if (c === '。') return false;
    if (NAVIGATION.includes(c)) {
      parts++;
      item = 0;
    } else if (/\S/u.test(c) && ++item > MAX_ITEM) return false;
  }
  return parts > 0;
}
