// Credits in HTML tables. A table of figures an editor adds to a faithful 国际在线 reprint names where
// its figures come from in a row of its own (<tr><td>来源：</td><td>长春海关</td></tr>): like a 出处
// line, it is weighed only as the page's one credit, not as a second, wrong one. A table in the
// page's head or foot that credits the page (<td>来源：</td><td>CRI</td>) is the page's credit, and
// --fix rewrites it cell by cell. A name a page splits over inline elements with nothing between
// (<span>国际</span><span>在线</span>) reads whole, as a browser shows it.
import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../../src/core/read/index.js';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { applyEdits } from '../../src/core/fix/edits.js';
import { LICENCE, check, checkRule, paragraphs, type Case } from './harness.js';

const HTML: Case = { licences: [LICENCE], path: 'content/licensed/banlie.html' };
const BANLIE = await paragraphs('cri-01-zhongou-banlie-changchun');
const HEADLINE = '中欧班列（长春）年内开行突破400列 “长满欧”通道运量创新高';
const HEAD = '<div class="info">2024-11-21 09:45　来源：国际在线　责编：张萌</div>';
const FIGURES = ['<tr><th>月份</th><th>中欧班列（列）</th><th>货值（亿元）</th></tr>', '<tr><td>1-10月</td><td>356</td><td>156</td></tr>'];

/** The reprint as a page: headline, `head` under it, the article's paragraphs with `inBody` after the third, `foot` under them. */
function page(head: string, inBody: string[] = [], foot: string[] = []): string {
  const body = BANLIE.map((p) => `<p>${p}</p>`);
  body.splice(3, 0, ...inBody);
  return [`<html><head><title>${HEADLINE}</title></head><body>`, `<h1>${HEADLINE}</h1>`, head, ...body, ...foot, '</body></html>', ''].join('\n');
}

const table = (...rows: string[]) => ['<table class="data">', ...rows, '</table>'];
const wrongSource = async (html: string) => (await checkRule('wrong-source', html, HTML)).map((f) => f.attribution.claimed);

describe('a 来源 row in a table of figures in the body', () => {
  it('under a right 来源：国际在线: no finding, <td>来源：</td><td>长春海关</td>', async () => {
    expect(await check(page(HEAD, table(...FIGURES, '<tr><td>来源：</td><td>长春海关</td><td></td></tr>')), HTML)).toEqual([]);
  });

  it('in one cell across the row (<td colspan="3">来源：长春海关</td>): no finding', async () => {
    expect(await check(page(HEAD, table(...FIGURES, '<tr><td colspan="3">来源：长春海关</td></tr>')), HTML)).toEqual([]);
  });

  it('in a table nested in a table that lays out the whole page, its head credit a row of it: no finding', async () => {
    const html = page(`<table width="760"><tr><td>2024-11-21 09:45 来源：国际在线 责编：张萌</td></tr><tr><td>`, table(...FIGURES, '<tr><td>来源：</td><td>长春海关</td></tr>'), ['</td></tr></table>']);
    expect(await check(html, HTML)).toEqual([]);
  });

  it('as the page’s only credit, it is the credit judged', async () => {
    expect(await wrongSource(page('<div class="info">2024-11-21 09:45</div>', table(...FIGURES, '<tr><td>来源：</td><td>长春海关</td></tr>')))).toEqual(['来源：长春海关']);
  });

  it('a wrong credit in a table of the page’s head or foot is still reported beside it', async () => {
    const figures = table(...FIGURES, '<tr><td>来源：</td><td>长春海关</td></tr>');
    const headTable = '<table class="info"><tr><td>2024-11-21 09:45</td></tr><tr><td>来源：</td><td>新华社</td></tr></table>';
    expect(await wrongSource(page(headTable, figures, ['<p>来源：国际在线</p>']))).toEqual(['来源：新华社']);
    const footTable = ['<table class="info"><tr><td>来源：</td><td>新华社</td></tr><tr><td>责编：</td><td>张萌</td></tr></table>'];
    expect(await wrongSource(page(HEAD, figures, footTable))).toEqual(['来源：新华社']);
  });
});

describe('a table of the page’s foot with its widgets', () => {
  it('a wrong credit in it beside the right one at the top is still reported: 【打印】【关闭】【纠错】 is no data', async () => {
    const foot = [
      '<table class="foot"><tr><td>来源：新浪新闻</td><td>责任编辑：王丽</td></tr><tr><td colspan="2">【打印】【关闭】【纠错】</td></tr></table>',
    ];
    expect(await wrongSource(page(HEAD, [], foot))).toEqual(['来源：新浪新闻']);
    const split = ['<table class="foot">', '<tr><td>来源：</td><td>新浪新闻</td></tr>', '<tr><td>分享到：微信 微博 QQ空间</td></tr>', '<tr><td>【打印本页】【关闭窗口】【返回顶部】</td></tr>', '</table>'];
    expect(await wrongSource(page(HEAD, [], split))).toEqual(['来源：新浪新闻']);
  });
});

describe('--fix on a credit across a table row’s cells', () => {
  it('<td>来源：</td><td>CRI</td> becomes <td>来源:</td><td>国际在线</td>, every tag kept', async () => {
    const html = page('<table class="info"><tr><td>2024-11-21 09:45</td><td>来源：</td><td>CRI</td><td>责编：张萌</td></tr></table>');
    const [f] = await checkRule('nonstandard-attribution', html, HTML);
    expect(f.remedy).toMatch(/^把「来源：CRI」改为「来源:国际在线」。/u);
    const fixed = applyEdits(html, f.fix ?? []);
    expect(fixed).toBe(html.replace('<td>来源：</td><td>CRI</td>', '<td>来源:</td><td>国际在线</td>'));
    expect(await check(fixed, HTML)).toEqual([]);
  });

  it('a name linked in its cell, under a key already written so: only the name', async () => {
    const html = page('<table class="info"><tr><th>来源:</th><td><a href="https://news.cri.cn/">国际在线网</a></td></tr></table>');
    const [f] = await checkRule('nonstandard-attribution', html, HTML);
    expect(f.fix).toHaveLength(1);
    const fixed = applyEdits(html, f.fix ?? []);
    expect(fixed).toBe(html.replace('>国际在线网</a>', '>国际在线</a>'));
    expect(await check(fixed, HTML)).toEqual([]);
  });
});

describe('a credit’s name split over inline elements with nothing between', () => {
  it('来源:<span>国际</span><span>在线</span> credits 国际在线 in the required form: no finding', async () => {
    expect(await check(page('<div class="info">2024-11-21 09:45　来源:<span>国际</span><span>在线</span>　责编：张萌</div>'), HTML)).toEqual([]);
  });

  it('a credit’s own element closing after its name ends it: the next element is another field, not more name', async () => {
    const heads = [
      '<div class="info"><span class="source">来源：国际在线</span><span class="time">11月21日 09:45</span></div>',
      '<div class="info"><span class="source">来源：国际在线</span><span class="week">星期二</span></div>',
      '<div class="info"><a href="https://news.cri.cn/">来源：国际在线</a><span class="col">吉林频道</span></div>',
      '<div class="info"><span>来源：国际在线</span><span>CRI Online</span></div>',
      '<div class="info">来源：<span>国际在线</span><span>CRI Online</span></div>',
    ];
    for (const head of heads) expect(await check(page(head), HTML), head).toEqual([]);
    expect(await wrongSource(page('<div class="info"><span class="source">来源：新华网</span><span class="col">吉林频道</span></div>'))).toEqual(['来源：新华网']);
  });

  it('a name split where the credit’s element closes still reads whole: <span>来源：国际</span><span>在线</span>', async () => {
    expect(await check(page('<div class="info"><span>来源：国际</span><span>在线</span></div>'), HTML)).toEqual([]);
    expect(await check(page('<div class="info"><span>来源：</span><span>国际</span><span>在线</span></div>'), HTML)).toEqual([]);
  });

  it('reads the name whole, its spans in the file; a space between the elements still parts it', () => {
    const raw = `<h1>${HEADLINE}</h1>\n<p class="info">来源：<a href="/">新</a><b>华</b><i>社</i><span>责编：张萌</span></p>\n<p>来源：<span>国际</span> <span>在线</span></p>\n<p>${BANLIE[0]}</p>\n`;
    const [doc] = parseDocuments(raw, 'banlie.html', 'html').documents;
    const [joined, spaced] = extractMetadata(doc).sources;
    expect([joined.value, joined.line.value, spaced.value]).toEqual(['新华社', '来源：新华社', '国际']);
    expect(raw.slice(joined.span.start, joined.span.end)).toBe('新</a><b>华</b><i>社');
  });
});
