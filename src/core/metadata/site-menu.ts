import type { Span } from '../shared/types.js';

/** Bars and arrows that part a menu's or breadcrumb's items, as navigation's (headline.ts). */
const BARS = '|｜>＞›»';
/** Dots, slashes and spaces some sites part a menu with (首页　新闻　国际, 首页 · 新闻, 首页 / 新闻 / 正文): a headline's too, so alone they need a home or 正文 item. */
const SOFT = '·•・/／';
/** A menu's first item or a breadcrumb's: the site's front page. */
const HOME = new Set(['首页', '主页', '网站首页', '返回首页', '本站首页']);
/** A breadcrumb's last item: the page itself. */
const PAGE = new Set(['正文', '正文内容', '详情']);
/** Longest item of a menu parted by bars, in visible characters: a column's full name (中华人民共和国驻外使领馆动态) is 14. */
const MAX_BAR_ITEM = 24;
/** Longest item of a menu parted only by dots, slashes or spaces. */
const MAX_SOFT_ITEM = 12;
/** Fewest items of a menu parted by bars that needs no home or 正文 item: a column tag before a headline (专访｜…) makes two. */
const MIN_BAR_ITEMS = 4;
/** Fewest items of a menu parted only by dots, slashes or spaces. */
const MIN_SOFT_ITEMS = 3;
/** Marks of prose or of header fields: a menu holds none (but the colon of 当前位置：). */
const PROSE = '。！？!?，,；;：:“”"';
const LABEL_END = '位置';

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

/**
 * Whether a line is a site's menu or breadcrumb with an item too long for navigation's 12
 * characters (首页 | 国内 | 中华人民共和国驻外使领馆动态 | 视频, 首页 > 吉林频道 > 长春市政府新闻发布会实录专栏 > 正文)
 * or parted by dots, slashes or wide spaces (首页　新闻　国际　财经, 首页 · 新闻 · 国际, 首页 / 新闻 / 正文):
 * a home item first or a 正文 item last, or at least four items parted by bars. Never a column-tagged
 * headline (专访｜王毅谈…: two items, no home). One pass, stopped at a prose mark or where an item is
 * too long either way: a page saved as one line of megabytes is read a few dozen characters.
 */
export function isSiteMenu(text: string, line: Span): boolean {
  let bars = none();
  let soft = none();
  let parted = false;
  for (let i = line.start; i < line.end; i++) {
    const c = text[i];
    if (PROSE.includes(c)) {
      if ((c !== '：' && c !== ':') || parted || bars.count > 0 || !bars.item.endsWith(LABEL_END)) return false;
      [bars, soft] = [none(), none()];
    } else if (BARS.includes(c)) {
      parted = true;
      close(bars, MAX_BAR_ITEM);
      close(soft, MAX_SOFT_ITEM);
    } else if (SOFT.includes(c) || /\s/u.test(c)) close(soft, MAX_SOFT_ITEM);
    else {
      add(bars, c, MAX_BAR_ITEM);
      add(soft, c, MAX_SOFT_ITEM);
      if (bars.long && soft.long) return false;
    }
  }
  close(bars, MAX_BAR_ITEM);
  close(soft, MAX_SOFT_ITEM);
  return (parted && isBarMenu(bars)) || isSoftMenu(soft);
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
