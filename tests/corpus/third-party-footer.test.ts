// A 澎湃 reprint in 国际在线's archive that has no 来源 line under its headline but says whose it
// is in its footer (本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP) was read as 国际在线's own
// article: clause 3 keeps third-party content out of the publisher's own, and such a statement
// marks it as clearly as a 来源 line does.
import { describe, expect, it } from 'vitest';
import { articleOf, criPack } from '../helpers/corpus.js';
import { textDoc } from '../helpers/docs.js';

const HEAD = '上海今天入梅 比常年偏早8天\n2024-06-10 14:45:21　责编：沈佳\n\n';
const BODY = [
  '　　上海中心气象台6月10日上午宣布，上海今天正式入梅，比常年偏早8天，比去年偏早5天。气象部门预计，今年梅雨期长度约25天，梅雨量在350至400毫米，较常年偏多。',
  '　　上海市气候中心首席服务官杨涵洧介绍，近期西北太平洋副热带高压明显增强并提前北抬，来自南方的暖湿气流与北方冷空气在长江中下游地区交汇，形成了稳定的梅雨锋。',
].join('\n');

describe('a footer that says whose the article is', () => {
  it.each([
    ['the download-the-app line', '(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)\n责任编辑：柴敏懿\n澎湃新闻报料：4009-20-4009   澎湃新闻，未经授权不得转载'],
    ['本文来自 alone', '本文来自澎湃新闻'],
    ['文章来自, in traditional characters', '（文章來自澎湃新聞）'],
    ['本文来源：', '本文来源：澎湃新闻'],
    ['来源丨', '来源丨澎湃新闻'],
  ])('%s: a reprint from 澎湃新闻', async (_why, footer) => {
    const a = articleOf(textDoc(`${HEAD}${BODY}\n${footer}\n`, 'corpus/page.txt'), await criPack());
    expect(a.origin).toMatchObject({ kind: 'third-party', source: '澎湃新闻' });
  });

  it.each([
    ['a reader’s letter', '本文来自一位读者的来信，经作者同意刊发。'],
    ['the publisher', '本文来自国际在线'],
  ])('%s: the publisher’s own', async (_why, footer) => {
    const a = articleOf(textDoc(`${HEAD}${BODY}\n${footer}\n`, 'corpus/page.txt'), await criPack());
    expect(a.origin).toMatchObject({ kind: 'own', source: '国际在线' });
  });
});
