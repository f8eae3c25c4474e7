// An archive page with no 来源 line that says whose the story is: a byline under the headline naming
// the reporter and, after a slash, their outlet (石佳/中国青年报, as 澎湃 prints a reprint), or a statement
// that the text is another outlet's original work (声明：此文系搜狐焦点网独家原创稿件…). By-hand trial,
// defect 5: both were read as the publisher's own, and a copy rightly crediting that outlet got
// unauthorized-reuse. The publisher's name in either, and a slash or 原创 in prose, mark nothing.
import { describe, expect, it } from 'vitest';
import { checkAgainst, originOfPage, type WrittenPage } from '../rules/written-corpus.js';

const HEADLINE = '外卖平台骑手保障新规落地 多地试点职业伤害险';
const PARAGRAPHS = [
  '“以前送餐摔一跤，医药费全得自己掏。”在北京朝阳区跑了三年外卖的骑手小陈说，今年起平台为他缴纳了职业伤害保障，看病终于有了着落。',
  '记者了解到，目前已有七个省市开展新就业形态人员职业伤害保障试点，覆盖骑手、网约车司机等群体六百多万人，平台按单为每名骑手缴费。',
  '业内人士表示，试点扩围仍需解决跨平台接单、保费分担等问题，相关部门正在研究进一步完善的办法。',
];
const page = (head: string, paragraphs: readonly string[] = PARAGRAPHS): WrittenPage => ({ id: 'qishou', headline: HEADLINE, head, paragraphs });

describe('an archive page whose byline or statement names another outlet is that outlet’s', () => {
  const cases: Array<[name: string, source: string, head: string, paragraphs?: readonly string[]]> = [
    ['byline 石佳/中国青年报 over the date', '中国青年报', '石佳/中国青年报\n2019-09-24 09:10'],
    ['byline with 记者 and two names, a full-width slash', '新京报', '记者 王磊 李婷／新京报\n2019-09-24 09:10'],
    ['statement 声明：此文系X独家原创稿件 closing the story', '搜狐焦点网', '2012-05-11 10:20', [...PARAGRAPHS, '声明：此文系搜狐焦点网独家原创稿件或者独家披露信息，版权所有，如需转载请与搜狐焦点网联系。']],
    ['statement （本文系X原创）', '新京报', '2012-05-11 10:20', [...PARAGRAPHS, '（本文系新京报原创，转载请注明出处）']],
  ];
  it.each(cases)('%s: third-party, from %s', async (_name, source, head, paragraphs) => {
    expect(await originOfPage(page(head, paragraphs))).toMatchObject({ kind: 'third-party', source });
  });
});

describe('pages that stay the publisher’s own', () => {
  const own: Array<[name: string, head: string, paragraphs?: readonly string[]]> = [
    ['byline naming the publisher', '石佳/国际在线\n2019-09-24 09:10'],
    ['statement naming the publisher', '2012-05-11 10:20', [...PARAGRAPHS, '声明：此文系国际在线独家原创稿件，未经授权不得转载。']],
    ['a slash in prose', '2019-09-24 09:10', [...PARAGRAPHS, '骑手每单收入由平台/商家共同承担，北京青年报此前曾报道此事。']],
    ['原创 in a sentence about another work', '2012-05-11 10:20', [...PARAGRAPHS, '他说这部剧本系北京青年报原创，后被改编。']],
    // a role before the slash credits a photo, a video or an editor, not the text (regression trial)
    ['摄影/新华社 under the headline', '摄影/新华社\n2024-02-20'],
    ['视频/央视新闻', '视频/央视新闻\n2024-02-20'],
    ['供图/人民网', '2024-02-20\n供图/人民网'],
    ['编辑/人民网', '编辑/人民网\n2024-02-20'],
    ['责编/中新网', '责编/中新网\n2024-02-20'],
    ['制图/中国青年报', '制图/中国青年报\n2024-02-20'],
    ['摄影记者/新华社', '摄影记者/新华社\n2024-02-20'],
    ['摄影 张三/新华社', '摄影 张三/新华社\n2024-02-20'],
  ];
  it.each(own)('%s', async (_name, head, paragraphs) => {
    expect(await originOfPage(page(head, paragraphs))).toMatchObject({ kind: 'own', source: '国际在线' });
  });
});

describe('a copy of the 石佳/中国青年报 page, outside any licence', () => {
  const written = page('石佳/中国青年报\n2019-09-24 09:10');
  const copy = (credit: string) => ['# 外卖平台骑手保障新规落地', '', credit, '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join('\n');

  it('crediting 来源：中国青年报: no finding (was unauthorized-reuse)', async () => {
    expect(await checkAgainst([written], copy('来源：中国青年报'), [], 'content/news/qishou.md')).toEqual([]);
  });

  it('crediting 来源：国际在线: wrong-source asking 来源:中国青年报', async () => {
    const found = await checkAgainst([written], copy('来源：国际在线'), [], 'content/news/qishou.md');
    expect(found.map((f) => [f.ruleId, f.attribution.expected])).toEqual([['wrong-source', '来源:中国青年报']]);
  });
});
