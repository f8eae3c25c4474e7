// An archive page 国际在线 carried from a foreign outlet credits it after 转自 by its Latin name or its
// Chinese one: 来源：国际在线 转自CNN, 转自BBC, 转自路透社. Clause 4 (凡本网注明“来源:XXX(非国际在线)”的
// 作品,均转载自其它媒体) marks such a work as the other outlet's. 转自CNN and 转自BBC were read as naming
// no outlet (the name was compared in its written case with a list kept in lower case, and a Latin name
// not on it, 转自The New York Times, read as no outlet at all): the page stayed 国际在线's own, and a copy
// crediting CNN was told to credit 国际在线. A Latin byline, platform or word after 转自 is still none.
import { describe, expect, it } from 'vitest';
import { checkAgainst, originOfPage, type WrittenPage } from '../rules/written-corpus.js';

const PARAGRAPHS = [
  '当地时间10月9日凌晨，飓风“米尔顿”在美国佛罗里达州西海岸登陆，登陆时为三级飓风，最大持续风速每小时约190公里，坦帕湾沿岸多地出现严重风暴潮。',
  '佛罗里达州州长在新闻发布会上表示，全州已有超过200万户家庭和商户停电，多条高速公路因积水和倒伏树木临时封闭，救援人员正在逐户排查受灾情况。',
  '美国国家飓风中心预计，“米尔顿”将在未来24小时内横穿佛罗里达半岛后进入大西洋，沿途仍可能带来强降雨和龙卷风，当局提醒居民不要过早返回撤离区。',
];
const HEADLINE = '飓风“米尔顿”登陆美国佛罗里达州 逾200万户停电';
const page = (credit: string): WrittenPage => ({ id: 'milton', headline: HEADLINE, head: `2024-10-10 09:42:17 ${credit} 责编:赵敏`, paragraphs: PARAGRAPHS });
const originOf = (credit: string) => originOfPage(page(credit));

describe('a 转自 part naming a foreign outlet: the page is that outlet’s', () => {
  const rows: Array<[string, string]> = [
    ['来源：国际在线 转自CNN', 'CNN'],
    ['来源：国际在线 转自BBC', 'BBC'],
    ['来源：国际在线，转自NHK', 'NHK'],
    ['来源：国际在线（转载自Reuters）', 'Reuters'],
    ['来源：国际在线 转自The New York Times', 'The New York Times'],
    ['来源：国际在线 摘录自Kyodo News', 'Kyodo News'],
    ['來源：國際在線 轉自CNN', 'CNN'],
    ['来源：国际在线 转自英国广播公司', '英国广播公司'],
  ];
  for (const [credit, source] of rows) {
    it(`${credit}: ${source}’s`, async () => {
      expect(await originOf(credit)).toMatchObject({ kind: 'third-party', source });
    });
  }

  // their Chinese names ending as outlets' do were read so already
  for (const name of ['路透社', '美联社', '法新社', '共同社', '韩联社']) {
    it(`来源：国际在线 转自${name}: ${name}’s, as before`, async () => {
      expect(await originOf(`来源：国际在线 转自${name}`)).toMatchObject({ kind: 'third-party', source: name });
    });
  }

  for (const credit of ['来源：国际在线 转自John Smith', '来源：国际在线 转自Twitter', '来源：国际在线 转自Internet', '来源：国际在线 转自本台记者', '来源：国际在线 转自微信公众号']) {
    it(`${credit}: no outlet, the page stays 国际在线’s own`, async () => {
      expect(await originOf(credit)).toMatchObject({ kind: 'own', source: '国际在线' });
    });
  }
});

describe('copies of a page 国际在线 carried from CNN', () => {
  const copy = (credit: string) => [HEADLINE, credit, '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join('\n');
  const rows = async (archived: string, credit: string) =>
    (await checkAgainst([page(archived)], copy(credit), [], 'content/news/milton.txt')).map((f) => [f.ruleId, f.attribution.expected]);

  it('credited 来源：CNN, outside any licence: no finding (was wrong-source asking 来源:国际在线, and unauthorized-reuse)', async () => {
    expect(await rows('来源：国际在线 转自CNN', '来源：CNN')).toEqual([]);
  });

  it('credited CNN by its Chinese name, 来源：美国有线电视新闻网: no finding', async () => {
    expect(await rows('来源：国际在线 转自CNN', '来源：美国有线电视新闻网')).toEqual([]);
  });

  it('credited 来源：Reuters over a page 转自路透社: no finding', async () => {
    expect(await rows('来源：国际在线 转自路透社', '来源：Reuters')).toEqual([]);
  });

  it('credited 来源：国际在线 alone: wrong-source asking the original source, 来源:CNN', async () => {
    expect(await rows('来源：国际在线 转自CNN', '来源：国际在线')).toEqual([['wrong-source', '来源:CNN']]);
  });

  it('uncredited: missing-attribution asking 来源:BBC', async () => {
    expect(await rows('来源：国际在线 转自BBC', '')).toEqual([['missing-attribution', '来源:BBC']]);
  });
});
