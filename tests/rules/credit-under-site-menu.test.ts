// A site's menu or breadcrumb above the headline with an item over 12 characters (a column's full
// name), or parted by wide spaces, dots or slashes: a by-hand trial found it read as the headline
// (the long-item forms since 737be35), so the credit right under the real headline got a placement
// warning and --fix wrote 来源:国际在线 above the headline, above a Markdown `# ` heading too, and the
// re-check passed; the title was the menu where no credit stood under the headline.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/fix/edits.js';
import { titleOf } from '../../src/core/judge/article-origin.js';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { LICENCE, check, documentOf, lines, paragraphs, type Case } from './harness.js';

const LICENSED: Case = { licences: [LICENCE] };
const MARKDOWN: Case = { ...LICENSED, path: 'content/licensed/article.md' };
const HANCHAO = await paragraphs('cri-07-hanchao-chengse-yujing');
/** A headline that exclaims: were it not the headline, its ！ would open the body. */
const HEADLINE = '寒潮来袭！中央气象台发布寒潮橙色预警 多地气温将下降10℃以上';

const MENUS: Array<[string, string]> = [
  ['a bar with a column’s full name', '首页 | 国内 | 国际 | 中华人民共和国驻外使领馆动态 | 视频'],
  ['a breadcrumb with a long column', '首页 > 吉林频道 > 市州新闻 > 长春市政府新闻发布会实录专栏 > 正文'],
  ['a labelled breadcrumb with a long column', '您的位置：首页 > 吉林频道 > 长春市政府新闻发布会实录专栏 > 正文'],
  ['a bar of four columns, one long, no home', '国内 | 国际 | 中华人民共和国驻外使领馆动态 | 视频'],
  ['a menu parted by wide spaces', '首页\u3000新闻\u3000国际\u3000财经\u3000体育\u3000娱乐'],
  ['a menu parted by dots', '首页 · 新闻 · 国际 · 财经 · 体育'],
  ['a breadcrumb parted by slashes', '首页 / 新闻 / 国际 / 正文'],
];

describe('a menu or breadcrumb above the headline is not the headline', () => {
  it.each(MENUS)('%s, 来源：CRI under the headline: reworded where it stands, no place warning', async (_why, menu) => {
    const text = lines(menu, HEADLINE, '2024-12-14 来源：CRI', '', ...HANCHAO);
    const findings = await check(text, LICENSED);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['nonstandard-attribution', 3]]);
    const fixed = applyEdits(text, findings[0].fix ?? []);
    expect(fixed).toBe(lines(menu, HEADLINE, '2024-12-14 来源:国际在线', '', ...HANCHAO));
    expect(await check(fixed, LICENSED)).toEqual([]);
  });

  it.each(MENUS)('%s, no credit: the credit goes under the headline, the title is the headline', async (_why, menu) => {
    const text = lines(menu, HEADLINE, '', ...HANCHAO);
    const findings = await check(text, LICENSED);
    expect(findings.map((f) => f.ruleId)).toEqual(['missing-attribution']);
    expect(findings[0].document?.title).toBe(HEADLINE);
    expect(applyEdits(text, findings[0].fix ?? [])).toBe(lines(menu, HEADLINE, '来源:国际在线', '', ...HANCHAO));
  });

  it.each(MENUS)('%s over a Markdown heading, no credit: the credit goes under the heading, never above it', async (_why, menu) => {
    const text = lines(menu, '', `# ${HEADLINE}`, '', ...HANCHAO.flatMap((p) => [p, '']));
    const findings = await check(text, MARKDOWN);
    expect(findings.map((f) => f.ruleId)).toEqual(['missing-attribution']);
    const fixed = applyEdits(text, findings[0].fix ?? []);
    expect(fixed).toBe(lines(menu, '', `# ${HEADLINE}`, '来源:国际在线', '', ...HANCHAO.flatMap((p) => [p, ''])));
    expect(await check(fixed, MARKDOWN)).toEqual([]);
  });

  it.each(MENUS)('%s over a Markdown heading, 来源：CRI under it: no place warning', async (_why, menu) => {
    const text = lines(menu, '', `# ${HEADLINE}`, '', '2024-12-14 来源：CRI', '', ...HANCHAO.flatMap((p) => [p, '']));
    const findings = await check(text, MARKDOWN);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['nonstandard-attribution', 5]]);
    expect(findings[0].message).not.toContain('正文开始之后');
  });
});

describe('headlines with bars, dots or slashes are still headlines', () => {
  it.each([
    ['a column tag and a bar', `专访｜${HEADLINE}`],
    ['a column tag, a bar and slashes', '一图读懂 | 2024年春运 / 铁路 / 民航'],
    ['a name with a dot', '匈牙利汉学家包洛格·奥托：翻译是对另一种生活方式的理解'],
    ['two parts parted by a wide space', '寒潮来袭\u3000中央气象台发布寒潮橙色预警'],
  ])('%s', (_why, headline) => {
    const doc = documentOf(lines(headline, '', ...HANCHAO));
    expect(titleOf(doc, extractMetadata(doc))).toBe(headline);
  });
});
