// An HTML page reads its headline twice: the <title> in its head, the <h1> in its body. A credit
// on the line under the <h1> stands before the body begins, as it does on a page with no <title>,
// also when the headline asks or exclaims (its ？ or ！ is no sentence of the body).
import { describe, expect, it } from 'vitest';
import { LICENCE, check, checkRule, itReportsNothing, paragraphs, type Case } from './harness.js';

const RULE = 'nonstandard-attribution';
const HTML: Case = { licences: [LICENCE], path: 'content/licensed/hanchao.html' };
const HANCHAO = await paragraphs('cri-07-hanchao-chengse-yujing');
const HEADLINE = '寒潮来袭！中央气象台发布寒潮橙色预警';
const ASKING = '寒潮为何来得这么猛？中央气象台发布寒潮橙色预警';
/** A <title> worded otherwise than the <h1>, as CMSes write it for search engines. */
const OTHER_TITLE = '多地气温骤降超10℃ 寒潮橙色预警发布_国际在线';
/** A <title> past a headline's length, that exclaims: no more the body than a short one. */
const LONG_TITLE = '寒潮来袭！中央气象台发布寒潮橙色预警 我国中东部大部地区将先后出现大风降温天气_国际在线_中国国际广播电台';

interface Page {
  title?: string;
  h1?: string;
  /** The <h1> as the page writes it, in place of <h1>{h1}</h1>. */
  heading?: string;
  /** The credit's markup, on the line under the <h1>. */
  credit: string;
  /** Paragraphs between the <h1> and the credit (markup as it stands when it starts with <). */
  before?: string[];
  /** Markup after the article, before the footer: a sidebar. */
  aside?: string;
}

/** A reprint page as a CMS writes it: head with <title> and <meta>, site navigation, <h1>, credit, paragraphs. */
function page(p: Page): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head><meta charset="utf-8">' + (p.title === undefined ? '' : `<title>${p.title}</title>`) + '<meta name="keywords" content="寒潮,橙色预警"></head>',
    '<body><nav><a href="/">首页</a> &gt; <a href="/gn/">国内</a></nav>',
    '<div class="article">' + (p.heading ?? (p.h1 === undefined ? '' : `<h1>${p.h1}</h1>`)),
    ...(p.before ?? []).map((t) => (t.startsWith('<') ? t : `<p>${t}</p>`)),
    p.credit,
    ...HANCHAO.map((t) => `<p>${t}</p>`),
    '</div>' + (p.aside ?? '') + '<div class="footer">示例新闻网 版权所有</div></body>',
    '</html>',
  ].join('\n');
}

describe('a credit under the <h1> of a page with a <title> stands before the body', () => {
  it('来源：国际在线网 there gets the form warning, and its fix leaves a clean page', async () => {
    const text = page({ title: HEADLINE, h1: HEADLINE, credit: '<p>来源：国际在线网</p>' });
    const found = await checkRule(RULE, text, HTML);
    expect(found.map((f) => f.message)).toEqual(['来源写作「来源：国际在线网」，国际在线要求的写法是「来源:国际在线」']);
    const [edit] = found[0].fix ?? [];
    expect(edit).toBeDefined();
    const fixed = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    expect(fixed).toBe(page({ title: HEADLINE, h1: HEADLINE, credit: '<p>来源:国际在线</p>' }));
    // before: 「来源:国际在线」在第 6 行，已在正文开始之后 — --fix turned a form warning into a position warning
    expect(await check(fixed, HTML)).toEqual([]);
  });

  it('under an exclaiming <h1> worded otherwise than the <title>, its fix leaves a clean page', async () => {
    const text = page({ title: OTHER_TITLE, h1: HEADLINE, credit: '<p>来源：国际在线网</p>' });
    const [found] = await checkRule(RULE, text, HTML);
    const [edit] = found.fix ?? [];
    const fixed = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    // before: 「来源:国际在线」在第 6 行，已在正文开始之后 — the <h1> was read as the body's first line
    expect(await check(fixed, HTML)).toEqual([]);
  });

  it.each([
    ['the same headline', HEADLINE],
    ['a <title> worded otherwise', OTHER_TITLE],
  ])('a credit after the first paragraph is still after the body began (%s)', async (_, title) => {
    const text = page({ title, h1: HEADLINE, credit: '<p>来源:国际在线</p>', before: [HANCHAO[0]] });
    const found = await checkRule(RULE, text, HTML);
    expect(found.map((f) => f.message)).toEqual(['「来源:国际在线」在第 7 行，已在正文开始之后；规则包 cri 约定来源标在文章开头（标题下方、正文之前）；声明第3条要求注明「来源:国际在线」，没有规定位置']);
  });

  it('a first paragraph that exclaims, on a page with no <h1>, is the body all the same', async () => {
    const text = page({ title: OTHER_TITLE, credit: '<p>来源:国际在线</p>', before: ['寒潮来了！各地注意防寒保暖'] });
    const found = await checkRule(RULE, text, HTML);
    expect(found.map((f) => f.message)).toEqual(['「来源:国际在线」在第 7 行，已在正文开始之后；规则包 cri 约定来源标在文章开头（标题下方、正文之前）；声明第3条要求注明「来源:国际在线」，没有规定位置']);
  });
});

// What is the headline is what the parser reads inside <title> and <h1>, not what the markup just
// before a line opens: a headline over two lines of its <h1> (主副标题), or a comment naming a tag.
describe('the headline is the text inside <title> and <h1> as the page parses', () => {
  it.each([
    ['split by <br>', `<h1>多地气温骤降超10℃<br>${HEADLINE}</h1>`],
    ['its second line a <div> in it', `<h1><span class="kicker">多地气温骤降超10℃</span><div class="sub">${HEADLINE}</div></h1>`],
    ['wrapped by the template', `<h1 class="art-title">\n  多地气温骤降超10℃\n  ${HEADLINE}\n</h1>`],
  ])('a credit under an <h1> of two lines (%s) stands before the body', async (_, heading) => {
    // before: 「来源:国际在线」在第 6 行，已在正文开始之后 — the <h1>'s second line, after markup that opens no <h1>, read as the body's first sentence
    expect((await checkRule(RULE, page({ title: OTHER_TITLE, heading, credit: '<p>来源:国际在线</p>' }), HTML)).map((f) => f.message)).toEqual([]);
  });

  it('a comment naming <title> before the first paragraph leaves it the body', async () => {
    const text = page({ title: OTHER_TITLE, h1: HEADLINE, credit: '<p>来源:国际在线</p>', before: ['<!-- 正文首段勿重复 <title> 的文字 -->', HANCHAO[0]] });
    const found = await checkRule(RULE, text, HTML);
    // before: nothing — the markup since the <h1> held a <title> and no </title>: the first paragraph read as the headline
    expect(found.map((f) => f.message)).toEqual(['「来源:国际在线」在第 8 行，已在正文开始之后；规则包 cri 约定来源标在文章开头（标题下方、正文之前）；声明第3条要求注明「来源:国际在线」，没有规定位置']);
  });
});

itReportsNothing(
  RULE,
  [
    { name: '<title> and <h1> the same headline that exclaims', text: page({ title: HEADLINE, h1: HEADLINE, credit: '<p>来源:国际在线</p>' }) },
    { name: '<title> and <h1> the same headline that asks', text: page({ title: ASKING, h1: ASKING, credit: '<p>来源：国际在线</p>' }) },
    { name: '<title> with the site suffix _国际在线', text: page({ title: `${HEADLINE}_国际在线`, h1: HEADLINE, credit: '<p>来源:国际在线</p>' }) },
    { name: '<title> with the site suffix - 新浪新闻', text: page({ title: `${ASKING} - 新浪新闻`, h1: ASKING, credit: '<p>来源:国际在线</p>' }) },
    { name: 'the credit in a <p class="source"> with the date', text: page({ title: HEADLINE, h1: HEADLINE, credit: '<p class="source"><span>2024-01-05 09:12</span> 来源:国际在线</p>' }) },
    { name: 'no <h1>: the <title> is the headline', text: page({ title: HEADLINE, credit: '<p>来源:国际在线</p>' }) },
    { name: '<title> worded otherwise, <h1> that exclaims', text: page({ title: OTHER_TITLE, h1: HEADLINE, credit: '<p>来源:国际在线</p>' }) },
    { name: '<title> worded otherwise, <h1> that asks', text: page({ title: OTHER_TITLE, h1: ASKING, credit: '<p>来源:国际在线</p>' }) },
    { name: '<title> that exclaims past a headline\'s length', text: page({ title: LONG_TITLE, h1: '中央气象台发布寒潮橙色预警', credit: '<p>来源:国际在线</p>' }) },
    { name: '<h1> with its headline on a line of its own, in a <span>', text: page({ title: OTHER_TITLE, h1: `\n  <span class="tag">【关注】</span>${ASKING}\n`, credit: '<p>来源:国际在线</p>' }) },
    { name: 'no <title>: the <h1> is the headline', text: page({ h1: HEADLINE, credit: '<p>来源:国际在线</p>' }) },
    { name: '<h1> whose headline is in a <span>', text: page({ title: OTHER_TITLE, heading: `<h1><span>${HEADLINE}</span></h1>`, credit: '<p>来源:国际在线</p>' }) },
    { name: '<H1 class=x> in capitals with attributes', text: page({ title: OTHER_TITLE, heading: `<H1 class=x data-id="20240105">${ASKING}</H1>`, credit: '<p>来源:国际在线</p>' }) },
    {
      name: 'an <h1> in a sidebar after the body',
      text: page({ title: HEADLINE, h1: HEADLINE, credit: '<p>来源:国际在线</p>', aside: '<aside class="side"><h1>热点推荐！</h1><ul><li>冰雪大世界为何一票难求？</li></ul></aside>' }),
    },
  ],
  HTML,
);
