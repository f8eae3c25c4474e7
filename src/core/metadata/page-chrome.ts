import { keyText } from '../shared/keytext.js';
import { OPEN_BRACKETS } from './chars.js';
import { EDITOR_WORDS, OTHER_WORDS, isCompound } from './words.js';

/**
 * What only a site's furniture says, in key-text form (with RIGHTS_WORDS, CHROME_WORDS): a
 * download-the-app line (更多原创资讯请下载“澎湃新闻”APP), a tip line (报料热线：4009-20-4009), a
 * contact line (联系我们, 违法和不良信息举报电话) and a licence line (京ICP备…). A story's sentences
 * name these too, but not on a short line of their own.
 */
const FURNITURE_WORDS = [
  '请下载', '下载app', '下载客户端', '原创资讯',
  '报料',
  '联系我们', '联系电话', '客服电话', '举报电话', '举报邮箱', '不良信息举报', '投稿邮箱',
  'icp备', 'icp证', '公网安备', '新闻信息服务许可证',
];
/** A rights line's words (未经授权不得转载, 版权所有, ©): a footer's, and an editor's beside a credit too. */
const RIGHTS_WORDS = ['不得转载', '禁止转载', '转载请注明', '版权所有', '版权归', 'copyright', '©', 'all rights reserved'];
const CHROME_WORDS = [...FURNITURE_WORDS, ...RIGHTS_WORDS];
/** Longest line read as furniture, in UTF-16 units: a longer one is a paragraph. */
export const MAX_CHROME_LINE = 200;
/** Longest staff line among a footer's (责任编辑：柴敏懿, 校对：刘威): a label and a name or two. */
const MAX_STAFF_LINE = 40;
/** What opens a footer's staff line. */
const STAFF_WORDS = [...EDITOR_WORDS, ...OTHER_WORDS];

/**
 * Whether a line is a site's own furniture by what it says: a download-the-app, 报料, contact or
 * licence line (（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）), printed under every article of
 * that site. A credit on it is the site's stock words, not an editor's credit of the page it is
 * copied into; a rights line is not furniture here (来源：国际在线，转载请注明出处 is an editor's credit).
 */
export function isFurnitureLine(line: string): boolean {
  if (line.length > MAX_CHROME_LINE) return false;
  const key = keyText(line);
  return FURNITURE_WORDS.some((w) => key.includes(w));
}

/**
 * Whether a line is page chrome: a site footer's, copyright, contact, 报料 or download-the-app
 * line, recognised by what it says (CHROME_WORDS) on a line of at most MAX_CHROME_LINE units, or
 * a short staff line a footer holds between them (责任编辑：柴敏懿, 校对：刘威).
 */
export function isChromeLine(line: string): boolean {
  if (line.length > MAX_CHROME_LINE) return false;
  const key = keyText(line);
  if (CHROME_WORDS.some((w) => key.includes(w))) return true;
  const trimmed = key.trim();
  // past the brackets before its label: （责任编辑：张珺）
  let at = 0;
  while (at < trimmed.length && OPEN_BRACKETS.includes(trimmed[at])) at++;
  // 编辑部推出新栏目 is a headline, not a staff line
  return trimmed.length <= MAX_STAFF_LINE && STAFF_WORDS.some((w) => trimmed.startsWith(w, at) && !isCompound(trimmed, at + w.length));
}
