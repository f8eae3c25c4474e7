// How a page's head is read for its title and where its body begins, on page shapes news sites print:
// a column-tagged headline carrying its credit under a breadcrumb, an editor's note under the
// headline, an HTML <title> with the site's name, a setext Markdown heading, a Markdown table.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/core/read/types.js';
import { titleOf, toArticle } from '../../src/core/judge/article-origin.js';
import { bodyStart } from '../../src/core/metadata/body.js';
import { headlineSpan } from '../../src/core/metadata/headline.js';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { formatOf, parseDocuments } from '../../src/core/read/index.js';
import { criPack } from '../helpers/corpus.js';

const BODY = [
  '11月20日上午，一列满载汽车零部件、光伏组件和日用百货的中欧班列从长春国际陆港缓缓驶出，经满洲里口岸出境，预计18天后抵达德国汉堡。',
  '长春国际陆港发展有限公司总经理助理孙立平介绍，今年以来，公司新开通了至波兰马拉舍维奇、俄罗斯莫斯科沃尔西诺的线路。',
];
const NOTE = '编者按：今年是中欧班列开行十周年。本网推出“班列十年”系列报道，记录钢铁驼队背后的故事，敬请关注。';

function read(text: string, path: string): Document {
  const { documents } = parseDocuments(text, path, formatOf(path) ?? 'text');
  return documents[0];
}

async function title(text: string, path = 'corpus/cri/page.txt'): Promise<string> {
  return toArticle(read(text, path), await criPack()).title;
}

/** The text where the body begins, its first 12 characters. */
function bodyOf(doc: Document): string | undefined {
  const at = bodyStart(doc, extractMetadata(doc));
  return at === undefined ? undefined : doc.text.slice(at, at + 12);
}

describe('a column-tagged headline carrying its credit, under a breadcrumb', () => {
  // before: a short headline after the bar read as one more navigation bar, so the breadcrumb was the title
  it.each([
    ['a bar and a full-width space', '中欧班列 | 第1000列\u3000来源：CRI', '中欧班列 | 第1000列'],
    ['a full-width bar, a space', '视频｜班列破千列 来源：CRI', '视频｜班列破千列'],
    ['a bracketed credit', '中欧班列｜第1000列（来源：CRI）', '中欧班列｜第1000列'],
    ['a longer headline', '中欧班列 | 长春国际陆港开行第1000列\u3000来源：CRI', '中欧班列 | 长春国际陆港开行第1000列'],
  ])('%s: the headline without its credit is the title', async (_why, line, expected) => {
    expect(await title(['首页 > 国际 > 正文', line, '', ...BODY].join('\n'))).toBe(expected);
  });

  it('a bar-parted navigation bar under the breadcrumb is still passed over', async () => {
    expect(await title(['首页 > 国际 > 正文', '要闻 | 视频 | 原创', '中欧班列 | 第1000列\u3000来源：CRI', '', ...BODY].join('\n'))).toBe('中欧班列 | 第1000列');
  });
});

describe('an editor\'s note under the headline belongs to the page head', () => {
  const PAGES: Array<[string, string]> = [
    ['编者按：… then the date, credit and reporter', ['中欧班列开行第1000列', NOTE, '2023-11-21 09:45 来源：国际在线\u3000记者 李雪', '', ...BODY].join('\n')],
    ['【编者按】 over its paragraph, CRLF', ['中欧班列开行第1000列', '【编者按】', NOTE.slice(4), '2023-11-21 09:45 来源：国际在线', '', ...BODY].join('\r\n')],
  ];

  it.each(PAGES)('%s: the headline is the title, not the note', async (_why, text) => {
    expect(await title(text)).toBe('中欧班列开行第1000列');
  });

  it.each(PAGES)('%s: the body begins under the credit, not at the note', (_why, text) => {
    expect(bodyOf(read(text, 'content/news/page.txt'))).toBe(BODY[0].slice(0, 12));
  });

  it('a note with no header under it: the body begins under the note', () => {
    expect(bodyOf(read(['中欧班列开行第1000列', NOTE, '', ...BODY].join('\n'), 'content/news/page.txt'))).toBe(BODY[0].slice(0, 12));
  });
});

describe('an HTML page\'s <title> with the site\'s name', () => {
  const page = (head: string, h1?: string): string =>
    `<html><head><title>${head}</title></head><body>${h1 === undefined ? '' : `<h1>${h1}</h1>`}<p>2023-11-21 09:45 来源：国际在线</p>${BODY.map((p) => `<p>${p}</p>`).join('')}</body></html>`;

  it.each([
    ['_国际在线 over the same <h1>', page('中欧班列开行第1000列_国际在线', '中欧班列开行第1000列'), '中欧班列开行第1000列'],
    ['two site names', page('中欧班列开行第1000列_国际在线_中国国际广播电台', '中欧班列开行第1000列'), '中欧班列开行第1000列'],
    ['an <h1> worded otherwise: the <h1>', page('长春班列年开行量首破千列_国际在线', '中欧班列（长春）开行第1000列'), '中欧班列（长春）开行第1000列'],
    ['no <h1>, - 新浪新闻', page('中欧班列开行第1000列 - 新浪新闻'), '中欧班列开行第1000列'],
    ['｜新华网, and a logo <h1>', page('中欧班列开行第1000列｜新华网', '国际在线'), '中欧班列开行第1000列'],
  ])('%s: the headline', async (_why, html, expected) => {
    expect(await title(html, 'corpus/cri/page.html')).toBe(expected);
  });

  it.each([
    ['no site name: a year range', page('2023-2024 中欧班列开行数据', '中欧')],
    ['a column tag before the bar, not a site after it', page('专访｜孙立平：班列越开越密')],
    ['what follows the bar names no site', page('中欧班列开行第1000列_图片', '中欧班列开行第1000列')],
  ])('%s: the <title> as written', async (_why, html) => {
    expect(await title(html, 'corpus/cri/page.html')).toBe(html.slice(html.indexOf('<title>') + 7, html.indexOf('</title>')));
  });
});

describe('a Markdown setext heading', () => {
  it('is the document\'s title field, as an ATX one is', () => {
    expect(read(['中欧班列开行第1000列', '===', '', '来源：国际在线', '', ...BODY].join('\n'), 'content/news/page.md').fields.title).toBe('中欧班列开行第1000列');
    expect(read(['# 中欧班列开行第1000列', '', ...BODY].join('\n'), 'content/news/page.md').fields.title).toBe('中欧班列开行第1000列');
  });

  it('the first level-one heading: a later one, a level-two one, a list item are not', () => {
    expect(read(['副题', '---', '', '中欧班列开行第1000列', '===', '', '第二个标题', '==='].join('\n'), 'content/news/page.md').fields.title).toBe('中欧班列开行第1000列');
    expect(read(['- 列表项', '===', '', ...BODY].join('\n'), 'content/news/page.md').fields.title).toBeUndefined();
  });

  it.each([
    ['setext', ['中欧班列开行第1000列\u3000来源：国际在线', '===']],
    ['ATX', ['# 中欧班列开行第1000列\u3000来源：国际在线']],
  ])('a %s heading carrying its credit: the title without it', (_why, head) => {
    const doc = read([...head, '', ...BODY].join('\n'), 'content/news/page.md');
    expect(titleOf(doc, extractMetadata(doc))).toBe('中欧班列开行第1000列');
  });
});

describe('a Markdown table is body content, not navigation', () => {
  const TABLE = ['日期 | 车次 | 终点', '--- | --- | ---', '11月20日 | X8001 | 汉堡', '11月21日 | X8003 | 马拉舍维奇'];

  it.each([
    ['without outer pipes', TABLE],
    ['with outer pipes', TABLE.map((row) => `| ${row} |`)],
  ])('a page opening with a table %s: its header row is the first line, its pipes no navigation bar', (_why, rows) => {
    const doc = read([...rows, '', ...BODY].join('\n'), 'content/news/page.md');
    const headline = headlineSpan(doc);
    expect(headline && doc.text.slice(headline.start, headline.end).trim()).toBe('日期   车次   终点');
    expect(doc.text).not.toContain('|');
  });

  it('pipes outside a table stay as written', () => {
    expect(read(['中欧班列 | 第1000列', '', ...BODY].join('\n'), 'content/news/page.md').text).toContain('中欧班列 | 第1000列');
  });
});
