// A named WeChat account is the outlet a credit names: 来源：微信公众号“侠客岛” credits 侠客岛, and an
// archive page 国际在线 carried from it (来源：国际在线 转自微信公众号“侠客岛”) is 侠客岛's, as clause 4
// marks a work 国际在线 carried from other media (来源:XXX(非国际在线)) and asks the original source
// credited. The code already reads a platform word after an outlet's name as that outlet's channel
// (国际在线微信公众号 is 国际在线): the account's name in quotes after the platform word is the outlet
// the same way. It was read as the bare platform word, 「微信公众号」, naming no outlet: the page stayed
// 国际在线's own and copies crediting 侠客岛 were told to credit 国际在线. A bare 微信公众号 stays none.
import { describe, expect, it } from 'vitest';
import { checkAgainst, originOfPage, type WrittenPage } from '../rules/written-corpus.js';

const PARAGRAPHS = [
  '最近，一些地方把“指尖上的形式主义”当作基层减负的重点来抓：清理合并政务应用程序和工作群，不再要求基层干部每天在群里“打卡”“晒图”，考核也不再只看留痕材料有多厚。',
  '不少基层干部感慨，过去一项工作往往要在好几个平台重复填报，光是截图、写总结就占去大半天，真正走村入户、解决群众急难愁盼的时间反而被挤占了。',
  '减负不是减责任。把干部从繁琐的表格和材料中解放出来，是为了让他们把更多精力放到抓落实上，这需要上级部门在布置工作时多一分实事求是，少一分层层加码。',
];
const HEADLINE = '侠客岛：给基层减负，先从“指尖”减起';
const page = (credit: string): WrittenPage => ({ id: 'jianfu', headline: HEADLINE, head: `2024-05-21 08:36:10 ${credit} 责编:孙倩`, paragraphs: PARAGRAPHS });
const originOf = (credit: string) => originOfPage(page(credit));

describe('a credit naming a WeChat account names the account', () => {
  for (const credit of ['来源：国际在线 转自微信公众号“侠客岛”', '来源：国际在线，转自微信公众号“侠客岛”', '来源：国际在线（转载自微信公众号“侠客岛”）', '来源：微信公众号“侠客岛”', '来源：微信公众号「侠客岛」', '來源：國際在線 轉自微信公眾號「俠客島」', '来源：微信公众号"侠客岛"', '来源：国际在线 转自微信公众号"侠客岛"', '来源：微信公众号：侠客岛', '来源：国际在线 转自公众号：侠客岛']) {
    it(`${credit}: 侠客岛’s`, async () => {
      expect(await originOf(credit)).toMatchObject({ kind: 'third-party', source: '侠客岛' });
    });
  }

  it('来源：微信公众号“国际在线”: the publisher’s own account, the page its own', async () => {
    expect(await originOf('来源：微信公众号“国际在线”')).toMatchObject({ kind: 'own', source: '国际在线' });
  });

  it('来源：国际在线 转自微信公众号 (no account named): no chain, the page 国际在线’s own', async () => {
    expect(await originOf('来源：国际在线 转自微信公众号')).toMatchObject({ kind: 'own', source: '国际在线' });
  });
});

describe('copies of a page 国际在线 carried from the account 侠客岛', () => {
  const copy = (credit: string) => [HEADLINE, credit, '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join('\n');
  const rows = async (credit: string) =>
    (await checkAgainst([page('来源：国际在线 转自微信公众号“侠客岛”')], copy(credit), [], 'content/news/jianfu.txt')).map((f) => [f.ruleId, f.attribution.expected]);

  for (const credit of ['来源：侠客岛', '来源：微信公众号“侠客岛”', '来源：微信公众号"侠客岛"', '来源：微信公众号：侠客岛']) {
    it(`credited ${credit}, outside any licence: no finding (was wrong-source asking 来源:国际在线, and unauthorized-reuse)`, async () => {
      expect(await rows(credit)).toEqual([]);
    });
  }

  it('credited 来源：国际在线 alone: wrong-source asking the original source, 来源:侠客岛', async () => {
    expect(await rows('来源：国际在线')).toEqual([['wrong-source', '来源:侠客岛']]);
  });

  it('uncredited: missing-attribution asking 来源:侠客岛', async () => {
    expect(await rows('')).toEqual([['missing-attribution', '来源:侠客岛']]);
  });
});
