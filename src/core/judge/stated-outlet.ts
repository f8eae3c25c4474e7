// Where an archive page says in so many words whose the story is, with no 来源 line: a head byline
// naming the reporter and, after a slash, the outlet they wrote for (石佳/中国青年报 under a 澎湃 page's
// headline), or a statement that the text is another outlet's original work (声明：此文系搜狐焦点网独家原创
// 稿件…, 本文系新京报原创). Such a page is a reprint from that outlet (clause 3's 明确标注为第三方版权), not
// the publisher's own. The publisher's name in either marks nothing.
import type { Document } from '../read/types.js';
import type { SourceClaim } from '../metadata/types.js';
import type { Span } from '../shared/types.js';
import { headlineSpan } from '../metadata/headline.js';
import { lineAt, scanOf, type Scan } from '../metadata/scan.js';
import { isHeadOutlet } from './head-outlet.js';
import { lastAtOrBefore } from '../shared/search.js';

/** How many lines under the headline a byline may stand (a date, share or font-size lines between). */
const BYLINE_LINES = 4;
/**
 * A byline of one to three reporters (记者 or 文 before them, 、 or a space between), a slash, the
 * outlet: 石佳/中国青年报, 记者 张三 李四／新京报. Read whole on its line, so prose never matches.
 */
const SLASH_BYLINE = /^[ \t\u3000]*(?:(?:记者|文)[ \t\u3000:：]*)?(\p{Script=Han}{2,4}(?:[、 \u3000]\p{Script=Han}{2,4}){0,2})[ \t\u3000]*[/／][ \t\u3000]*([\p{L}\p{N}·・-]{2,20})[ \t\u3000]*$/u;
/**
 * Words a head line puts before a slash that are a role, not a reporter: 摄影/新华社 credits a photo,
 * 编辑/人民网 an editor, 视频/央视新闻 a video; none says whose the text is.
 */
const ROLES = new Set(
  '摄影 摄像 视频 供图 配图 图片 图文 制图 绘图 插图 海报 设计 美编 编辑 责编 主编 编审 审核 审校 校对 监制 统筹 策划 出品 制作 剪辑 来源 作者 记者 撰文 采写 执笔 整理 编译 翻译 口述 通讯员 实习生'.split(' '),
);

/** A role word, or a name starting or ending with one (摄影记者, 图片编辑). */
function isRole(name: string): boolean {
  for (const role of ROLES) if (name.startsWith(role) || name.endsWith(role)) return true;
  return false;
}

/** The outlet a byline under the headline names after a slash (石佳/中国青年报), or undefined. */
export function bylineOutlet(doc: Document): SourceClaim | undefined {
  const headline = headlineSpan(doc);
  if (!headline) return undefined;
  const scan = scanOf(doc.text);
  const first = lastAtOrBefore(scan.starts, headline.start) + 1;
  for (let l = first; l < Math.min(scan.starts.length, first + BYLINE_LINES); l++) {
    const line = lineAt(scan, scan.starts[l]);
    const m = SLASH_BYLINE.exec(scan.key.slice(line.start, line.end));
    if (!m || m[1].split(/[、 \u3000]/u).some(isRole) || !isHeadOutlet(m[2])) continue;
    const start = line.start + m[0].lastIndexOf(m[2]);
    return claim(scan, { start, end: start + m[2].length }, '署名', line);
  }
  return undefined;
}

/** 此文系X独家原创稿件, 本文系X原创, 该文为X原创作品: who says the text is whose own work. */
const STATEMENT = /(?:此文|本文|该文|此稿|本稿)(?:系|为|是)([\p{L}\p{N}·・-]{2,20}?)(?:的)?(?:独家)?原创/gu;
/** What stands before such a statement: a line start, a sentence's end, a label's colon or a bracket. */
const STATEMENT_LEAD = /[\s。！？；;:：（(【〔]/u;

/** The outlet a statement in the text names as the author of the original work (此文系搜狐焦点网独家原创稿件), or undefined. */
export function statedOriginal(doc: Document): SourceClaim | undefined {
  const scan = scanOf(doc.text);
  for (const m of scan.key.matchAll(STATEMENT)) {
    if (m.index > 0 && !STATEMENT_LEAD.test(scan.key[m.index - 1])) continue;
    if (!isHeadOutlet(m[1])) continue;
    const start = m.index + m[0].indexOf(m[1], 2);
    const line = lineAt(scan, m.index);
    return claim(scan, { start, end: start + m[1].length }, '原创声明', { start: m.index, end: Math.min(line.end, m.index + m[0].length) });
  }
  return undefined;
}

function claim(scan: Scan, name: Span, form: string, line: Span): SourceClaim {
  return { value: scan.text.slice(name.start, name.end), span: name, form, line: { value: scan.text.slice(line.start, line.end).trim(), span: line } };
}
