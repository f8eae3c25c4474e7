// An archive page crediting 来源：国际在线，转自本台记者 (or 转自网络, 转自微信公众号) names no outlet
// after 转自: 本台 is 国际在线's own station, and a bare 微信公众号 is a platform, not an outlet (clause 3
// leaves out of 国际在线's own only what is clearly marked as a third party's, and no outlet could be
// named to credit). The page stays 国际在线's own, as before the 转自 part after a comma was read:
// copies credit 来源:国际在线 and need its licence. 转自央视新闻客户端 names an outlet: that page is
// 央视新闻客户端's; so does a named account, 转自微信公众号“侠客岛” (see carrier-account.test.ts).
import { describe, expect, it } from 'vitest';
import { checkAgainst, originOfPage, type WrittenPage } from '../rules/written-corpus.js';

const PARAGRAPHS = [
  '记者从市气象台获悉，受冷空气影响，本周后期全市将迎来一次明显降温过程，最低气温将降至零下五摄氏度左右，部分山区有小雪。',
  '气象专家提醒，降温期间市民应注意添衣保暖，出行注意交通安全；设施农业应提前做好防寒防冻准备，畜牧养殖户要加固圈舍。',
  '据介绍，此次降温过程结束后，全市气温将逐步回升，下周前期以晴到多云天气为主，空气质量总体良好。',
];
const HEADLINE = '冷空气来袭 本周后期全市将明显降温';
const page = (credit: string): WrittenPage => ({ id: 'jiangwen', headline: HEADLINE, head: `2021-11-03 10:15:00 ${credit} 责编:王芳`, paragraphs: PARAGRAPHS });
const originOf = (credit: string) => originOfPage(page(credit));

const NO_OUTLET = [
  '来源：国际在线，转自本台记者',
  '来源：国际在线 转自本台记者',
  '来源：国际在线，转自本网记者',
  '来源：国际在线，转自微信公众号',
  '来源：国际在线 转自微信公众号',
  '来源：国际在线，转自网络',
];

describe('a 转自 part naming no outlet: the page is 国际在线’s own', () => {
  for (const credit of NO_OUTLET) {
    it(credit, async () => {
      expect(await originOf(credit)).toMatchObject({ kind: 'own', source: '国际在线' });
    });
  }

  it('来源：国际在线，转自央视新闻客户端 names an outlet: 央视新闻客户端’s', async () => {
    expect(await originOf('来源：国际在线，转自央视新闻客户端')).toMatchObject({ kind: 'third-party', source: '央视新闻客户端' });
  });
});

describe('copies of such a page', () => {
  const copy = (credit: string) => [HEADLINE, credit, '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join('\n');
  const rows = async (archived: string, credit: string) =>
    (await checkAgainst([page(archived)], copy(credit), [], 'content/news/jiangwen.txt')).map((f) => [f.ruleId, f.attribution.expected]);

  for (const archived of ['来源：国际在线，转自本台记者', '来源：国际在线 转自微信公众号']) {
    it(`${archived}: a copy crediting 来源:国际在线 outside any licence is unauthorized-reuse, not told to credit another`, async () => {
      expect((await rows(archived, '来源:国际在线')).map(([id]) => id)).toEqual(['unauthorized-reuse']);
    });

    it(`${archived}: an uncredited copy outside any licence is unauthorized-reuse, not missing-attribution asking another`, async () => {
      expect(await rows(archived, '')).toEqual([['unauthorized-reuse', null]]);
    });
  }
});
