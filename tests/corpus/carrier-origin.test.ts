// An archive page credited 来源：国际在线 转自新华社 (or 来源：国际在线（转载自新华社）, 来源：国际在线转载自新华社)
// says 国际在线 carried a 新华社 story: clause 4 (凡本网注明“来源:XXX(非国际在线)”的作品,均转载自其它媒体)
// marks such a work as another outlet's, and clause 3 leaves content clearly marked as a third party's
// out of 国际在线's own. It was read as 国际在线's own (the glued form as an outlet named
// 国际在线转载自新华社): a copy crediting 来源：新华社 was told to credit 来源:国际在线 and to get a licence.
import { describe, expect, it } from 'vitest';
import { checkAgainst, originOfPage, type WrittenPage } from '../rules/written-corpus.js';

const PARAGRAPHS = [
  '新华社酒泉9月15日电（记者 杨沐阳）9月15日10时22分，我国在酒泉卫星发射中心使用长征二号丁运载火箭，以“一箭四星”方式成功将试验二十一号A星、B星、C星、D星发射升空，卫星顺利进入预定轨道。',
  '据介绍，四颗卫星主要用于开展新型对地观测、空间环境探测和星间通信等技术试验。其中，A星和B星将组成编队，在距离地面约500公里的轨道上“结伴飞行”，验证多星协同成像技术。',
  'C星搭载了一台新研制的小型化高光谱相机，可以在一次成像中获取上百个光谱波段的信息；D星则将开展激光星间链路通信试验。',
];
const HEADLINE = '我国成功发射一箭四星 试验卫星顺利进入预定轨道';
const page = (credit: string): WrittenPage => ({ id: 'sixing', headline: HEADLINE, head: `2022-09-15 13:47:58${credit}责编:李娜`, paragraphs: PARAGRAPHS });
const originOf = (credit: string) => originOfPage(page(credit));

describe('an archive page crediting 国际在线 as the carrier of another outlet’s story is that outlet’s', () => {
  for (const credit of ['来源:国际在线 转自新华社', '来源:国际在线（转载自新华社）', '来源:国际在线转载自新华社', '来源:国际在线 摘自新华社']) {
    it(credit, async () => {
      expect(await originOf(credit)).toMatchObject({ kind: 'third-party', source: '新华社' });
    });
  }

  // the 转自 part after a comma or a semicolon was read as no credit: the page was 国际在线's own
  for (const credit of ['来源：国际在线，转自新华社', '来源：国际在线；转自新华社', '来源：国际在线, 转自新华社']) {
    it(credit, async () => {
      expect(await originOf(` ${credit} `)).toMatchObject({ kind: 'third-party', source: '新华社' });
    });
  }

  it('（来源：国际在线 转自新华社） closing the story’s last paragraph', async () => {
    expect(await originOfPage({ ...page(''), paragraphs: [...PARAGRAPHS.slice(0, -1), `${PARAGRAPHS[2]}（来源：国际在线 转自新华社）`] })).toMatchObject({ kind: 'third-party', source: '新华社' });
  });

  // a bar between the two, as many pages print it: closing a paragraph, the credit was read as none
  for (const bar of ['｜', ' | ']) {
    it(`来源：国际在线${bar}转自新华社 under the headline`, async () => {
      expect(await originOf(` 来源：国际在线${bar}转自新华社 `)).toMatchObject({ kind: 'third-party', source: '新华社' });
    });
    it(`（来源：国际在线${bar}转自新华社） closing the story’s last paragraph`, async () => {
      expect(await originOfPage({ ...page(''), paragraphs: [...PARAGRAPHS.slice(0, -1), `${PARAGRAPHS[2]}（来源：国际在线${bar}转自新华社）`] })).toMatchObject({ kind: 'third-party', source: '新华社' });
    });
  }

  for (const credit of ['来源:国际在线', '来源:国际在线（本文转载自互联网，版权归原作者所有）']) {
    it(`${credit}: the publisher's own, as before`, async () => {
      expect(await originOf(credit)).toMatchObject({ kind: 'own', source: '国际在线' });
    });
  }
});

describe('a verbatim copy of such a page', () => {
  const copy = (credit: string) => [HEADLINE, credit, '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join('\n');
  const rows = async (credit: string) => (await checkAgainst([page('来源:国际在线 转自新华社')], copy(credit), [], 'content/news/sixing.txt')).map((f) => [f.ruleId, f.attribution.expected]);

  it('credited 来源：新华社, outside any licence: no finding (was wrong-source asking 来源:国际在线, and unauthorized-reuse)', async () => {
    expect(await rows('来源：新华社')).toEqual([]);
  });

  it('credited 来源：国际在线 转自新华社, outside any licence: no finding', async () => {
    expect(await rows('来源：国际在线 转自新华社')).toEqual([]);
  });

  it('credited 来源：国际在线，转自新华社 (after a comma): no finding', async () => {
    expect(await rows('来源：国际在线，转自新华社')).toEqual([]);
  });

  for (const credit of ['来源：国际在线｜转自新华社', '来源：国际在线 | 转自新华社']) {
    it(`credited ${credit} (a bar before the 转自): no finding`, async () => {
      expect(await rows(credit)).toEqual([]);
    });
    it(`closing the last paragraph as （${credit}）: no finding`, async () => {
      const text = [HEADLINE, '', ...PARAGRAPHS.slice(0, -1).flatMap((p) => [p, '']), `${PARAGRAPHS[2]}（${credit}）`].join('\n');
      const found = await checkAgainst([page(` ${credit} `)], text, [], 'content/news/sixing.txt');
      expect(found.map((f) => [f.ruleId, f.attribution.expected])).toEqual([]);
    });
  }

  it('credited 来源：国际在线 alone: wrong-source asking the original source, 来源:新华社', async () => {
    expect(await rows('来源：国际在线')).toEqual([['wrong-source', '来源:新华社']]);
  });
});

// Clause 4 disclaims what 国际在线 carries from other media; the rights in it are the original
// outlet's, so a wrong credit on it is a warning whatever outlet it names: 新浪网 is no near name of
// 新华网 (it is reported, not taken as 新华网), and is told as 人民网 is.
describe('a 新华网 story 国际在线 carried, credited to another outlet', () => {
  const xinhua: WrittenPage = { ...page('来源:新华网'), id: 'sixing-xhw' };
  const copy = (credit: string) => [HEADLINE, credit, '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join('\n');
  for (const outlet of ['新浪网', '人民网']) {
    it(`来源：${outlet}: wrong-source, a warning asking 来源:新华网`, async () => {
      const found = await checkAgainst([xinhua], copy(`来源：${outlet}`), [], 'content/news/sixing.txt');
      expect(found.map((f) => [f.ruleId, f.severity, f.attribution.claimed, f.attribution.expected])).toEqual([['wrong-source', 'warning', `来源：${outlet}`, '来源:新华网']]);
    });
  }
});
