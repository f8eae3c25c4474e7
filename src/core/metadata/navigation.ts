import type { Span } from '../shared/types.js';
import type { Scan } from './scan.js';
import { SOURCE_WORDS, matchAt, wordsRegex } from './words.js';

/** What parts site navigation and breadcrumbs: 首页 > 资讯 > 正文, 要闻 | 视频 | 原创. */
const NAVIGATION = '|｜>＞›»';
/** The marks of NAVIGATION that part a column tag from a headline too (专访｜…); the rest are a breadcrumb's arrows. */
const BARS = '|｜';
/** Dots, slashes and spaces some sites part a menu with (首页　新闻　国际, 首页 · 新闻, 首页 / 新闻 / 正文): a headline's too, so alone they need a home or 正文 item. */
const SOFT = '·•・/／';
/** A menu's first item or a breadcrumb's: the site's front page. */
const HOME = new Set(['首页', '主页', '网站首页', '返回首页', '本站首页']);
/** A breadcrumb's last item: the page itself. */
const PAGE = new Set(['正文', '正文内容', '详情']);
/** Longest item of navigation that needs no home or 正文 item, in non-space units: a longer one is a headline (专访｜王毅谈…). */
const MAX_ITEM = 12;
/** Longest item of a menu parted by NAVIGATION, in visible characters: a column's full name (中华人民共和国驻外使领馆动态) is 14. */
const MAX_BAR_ITEM = 24;
/** Longest item of a menu parted only by dots, slashes or spaces. */
const MAX_SOFT_ITEM = 12;
/** Fewest items of a menu with an item over MAX_ITEM that needs no home or 正文 item: a column tag before a headline (专访｜…) makes two. */
const MIN_BAR_ITEMS = 4;
/** Fewest items of a menu parted only by dots, slashes or spaces. */
const MIN_SOFT_ITEMS = 3;
/** Marks of prose or of header fields: a menu with a long item holds none (but the colon of 当前位置：). */
const PROSE = '。！？!?，,；;：:“”"';
const LABEL_END = '位置';
/** What stands before a credit that closes a headline on its line: a space, an opening bracket. */
const CREDIT_LEAD = ' \t\u3000（(【[';
const SOURCE = wordsRegex(SOURCE_WORDS);

/** Items parted one way: how many, the first and the last, whether one was too long. */
interface Items {
  count: number;
  first: string;
  last: string;
  long: boolean;
  item: string;
  /** Visible characters of `item`. */
  size: number;
}

const none = (): Items => ({ count: 0, first: '', last: '', long: false, item: '', size: 0 });

/** A line read so far, both ways its items may be parted, and the two bounds of an item parted by NAVIGATION. */
interface Reading {
  bars: Items;
  soft: Items;
  /** Marks of NAVIGATION seen, in the key text (short navigation's count); whether one was an arrow. */
  parts: number;
  /** Whether a mark of NAVIGATION stood in the text (a menu's). */
  parted: boolean;
  arrows: boolean;
  /** Non-space units of the item being read, as the key text holds them, soft marks included. */
  units: number;
  /** Still short navigation: every item within MAX_ITEM, no 。, no credit after a bar. */
  short: boolean;
  /** Still a menu with long items: no prose mark (but 位置：), no item too long both ways. */
  menu: boolean;
}

/**
 * Whether a line is site navigation, a menu or a breadcrumb: items parted by NAVIGATION, each
 * within MAX_ITEM (要闻 | 视频 | 原创, 首页 > 资讯 > 正文); or, with no prose mark, items up to 24
 * characters with a home item first, a 正文 item last or four items at least (首页 | 国内 |
 * 中华人民共和国驻外使领馆动态 | 视频, 您的位置：首页 > 吉林频道 > 长春市政府新闻发布会实录专栏 > 正文);
 * or items parted by dots, slashes or wide spaces with a home or 正文 item (首页　新闻　国际, 首页 ·
 * 新闻 · 国际, 首页 / 新闻 / 正文). Never a sentence (PM2.5>75时…。), a column-tagged headline
 * (专访｜王毅谈中欧关系：合作大于竞争: two items, one long, no home), nor one that carries its credit
 * (中欧班列 | 第1000列　来源：CRI: a bar, not an arrow, before a credit after a space or a bracket).
 * One pass, stopped where neither reading holds: a page saved as one line of megabytes is read a
 * few dozen characters.
 */
export function isNavigation(scan: Scan, line: Span): boolean {
  const r: Reading = { bars: none(), soft: none(), parts: 0, parted: false, arrows: false, units: 0, short: true, menu: true };
  for (let i = line.start; i < line.end && (r.short || r.menu); i++) {
    readShort(r, scan.key, i);
    readMenu(r, scan.text[i]);
  }
  if (r.short && r.parts > 0) return true;
  if (!r.menu) return false;
  close(r.bars, MAX_BAR_ITEM);
  close(r.soft, MAX_SOFT_ITEM);
  return (r.parted && isBarMenu(r.bars)) || isSoftMenu(r.soft);
}

/** Reads the key text's unit at `i` for short navigation: items within MAX_ITEM. */
function readShort(r: Reading, key: string, i: number): void {
  const k = key[i];
  if (k === '。') r.short = false;
  else if (NAVIGATION.includes(k)) {
    r.parts++;
    r.units = 0;
    r.arrows ||= !BARS.includes(k);
  } else if (r.parts > 0 && !r.arrows && isCreditAt(key, i)) r.short = false;
  else if (/\S/u.test(k) && ++r.units > MAX_ITEM) r.short = false;
}

/** Reads the text's unit `c` for a menu: items within MAX_BAR_ITEM, or within MAX_SOFT_ITEM parted softly. */
function readMenu(r: Reading, c: string): void {
  if (!r.menu) return;
  const { bars, soft } = r;
  if (PROSE.includes(c)) {
    if ((c !== '：' && c !== ':') || r.parted || bars.count > 0 || !bars.item.endsWith(LABEL_END)) r.menu = false;
    else [r.bars, r.soft] = [none(), none()];
  } else if (NAVIGATION.includes(c)) {
    r.parted = true;
    close(bars, MAX_BAR_ITEM);
    close(soft, MAX_SOFT_ITEM);
  } else if (SOFT.includes(c) || /\s/u.test(c)) close(soft, MAX_SOFT_ITEM);
  else {
    add(bars, c, MAX_BAR_ITEM);
    add(soft, c, MAX_SOFT_ITEM);
    if (bars.long && soft.long) r.menu = false;
  }
}

/** Whether a credit (来源：, 转载自) starts at `i`, after a space or an opening bracket. */
function isCreditAt(key: string, i: number): boolean {
  return CREDIT_LEAD.includes(key[i - 1]) && matchAt(SOURCE, key, i) > 0;
}

function add(items: Items, c: string, most: number): void {
  // a surrogate pair's second half is no character of its own
  if ((c.charCodeAt(0) & 0xfc00) === 0xdc00) return;
  if (items.size < most) items.item += c;
  if (++items.size > most) items.long = true;
}

function close(items: Items, most: number): void {
  if (items.item === '') return;
  if (items.count === 0) items.first = items.item;
  items.last = items.item;
  items.count++;
  if (items.size > most) items.long = true;
  [items.item, items.size] = ['', 0];
}

function marked(items: Items): boolean {
  return HOME.has(items.first) || PAGE.has(items.last);
}

function isBarMenu(items: Items): boolean {
  return !items.long && items.count >= 2 && (marked(items) || items.count >= MIN_BAR_ITEMS);
}

function isSoftMenu(items: Items): boolean {
  return !items.long && items.count >= MIN_SOFT_ITEMS && marked(items);
}
