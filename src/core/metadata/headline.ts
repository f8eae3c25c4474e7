import type { Document } from '../read/types.js';
import type { Span } from '../shared/types.js';
import { documentLines } from '../shared/lines.js';
import { isSiteMenu } from './site-menu.js';
import { oncePer } from '../shared/once-per.js';
import { isHeaderPrefix } from './header.js';
import { scanOf, type Scan } from './scan.js';
import { SOURCE_WORDS, matchAt, wordsRegex } from './words.js';

/** What parts site navigation and breadcrumbs: 首页 > 资讯 > 正文, 要闻 | 视频 | 原创. */
const NAVIGATION = '|｜>＞›»';
/** The marks of NAVIGATION that part a column tag from a headline too (专访｜…); the rest are a breadcrumb's arrows. */
const BARS = '|｜';
/** What stands before a credit that closes a headline on its line: a space, an opening bracket. */
const CREDIT_LEAD = ' \t\u3000（(【[';
const SOURCE = wordsRegex(SOURCE_WORDS);
/** Longest item of a navigation bar or breadcrumb, in visible characters: a longer one is a headline (专访｜王毅谈…). */
const MAX_ITEM = 12;
/** An editor's note a page prints above or under its headline: 编者按：…, 【编者按】. */
const EDITOR_NOTE = /^[\s【〔[（(]*(?:编者按|编者的话)/u;
/** An editor's note's label on a line of its own, the note in the paragraph under it: 【编者按】, 编者按：. */
const EDITOR_NOTE_LABEL = /^[\s【〔[（(]*(?:编者按|编者的话)[\s】〕\]）):：]*$/u;

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
 * a menu or breadcrumb with a long item or parted by dots or spaces (site-menu.ts), header matter
 * alone (【字号 大 中 小】, 分享到：, a date), an editor's note (编者按：…).
 */
export function standsAboveHeadline(scan: Scan, line: Span): boolean {
  if (isSiteMenu(scan.text, line)) return true;
  const text = scan.text.slice(line.start, line.end);
  return isNavigation(scan, line) || isEditorNote(text) || isHeaderPrefix(scan, line.start, line.end, true);
}

/**
 * Whether a line is site navigation: items parted by NAVIGATION, each short; never a sentence
 * (PM2.5>75时…。 is prose) nor a headline led by a column tag (专访｜王毅谈中欧关系：合作大于竞争),
 * nor one that carries its credit (中欧班列 | 第1000列　来源：CRI): a bar, not a breadcrumb's arrow,
 * before a credit after a space or a bracket.
 */
function isNavigation(scan: Scan, line: Span): boolean {
  const { key } = scan;
  let parts = 0;
  let item = 0;
  let arrows = false;
  for (let i = line.start; i < line.end; i++) {
    const c = key[i];
    if (c === '。') return false;
    if (NAVIGATION.includes(c)) {
      parts++;
      item = 0;
      arrows ||= !BARS.includes(c);
    } else if (parts > 0 && !arrows && isCreditAt(key, i)) return false;
    else if (/\S/u.test(c) && ++item > MAX_ITEM) return false;
  }
  return parts > 0;
}

/** Whether a credit (来源：, 转载自) starts at `i`, after a space or an opening bracket. */
function isCreditAt(key: string, i: number): boolean {
  return CREDIT_LEAD.includes(key[i - 1]) && matchAt(SOURCE, key, i) > 0;
}

/** Whether a line opens an editor's note (编者按：…, 【编者按】…): the page's head, never its body. */
export function isEditorNote(line: string): boolean {
  return EDITOR_NOTE.test(line);
}

/** Whether a line is an editor's note's label alone (【编者按】): the note is the paragraph under it. */
export function isEditorNoteLabel(line: string): boolean {
  return EDITOR_NOTE_LABEL.test(line);
}
