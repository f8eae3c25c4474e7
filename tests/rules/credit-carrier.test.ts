// A copy of 国际在线's reprint of a 吉林日报 article may credit both: 国际在线 where it was taken from,
// 吉林日报 whose it is. Clause 4 (凡本网注明“来源:XXX(非国际在线)”的作品,均转载自其它媒体) asks that
// such a work be credited to the other outlet; a credit line that names 吉林日报 as the origin does,
// whatever it says of 国际在线 beside it: no wrong-source. A line naming 国际在线 alone, or another
// outlet as the origin, still is one. The 转载自 part reads the same in brackets or after a space
// (来源：国际在线（转载自新华社）, 来源：国际在线 转自新华社): on 国际在线's own article both give the text
// to another outlet, which clause 4 is how the notice marks a work it did not write: not the
// 来源:国际在线 clause 3 asks for, so nonstandard, quoted whole, with no fix (which outlet to keep
// is the editor's to say, as for 来源：国际在线、新华社). Glued (来源：国际在线转载自新华社) or parted by an
// excerpt's 摘自 or a bar, the credit reads the same; a wrong carrier and source (来源：人民网转自新华网)
// are one wrong credit, quoted whole.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/judge/types.js';
import { LICENCE, check, lines, paragraphs } from './harness.js';

const JILIN = await paragraphs('cri-page-jilin-2022-03-04');
const LISHU = await paragraphs('cri-05-lishu-moshi-heitudi');
const HEADLINE = '深入对接创新资源 持续开展务实合作 为吉林振兴发展培育新优势注入新动能';
const copy = (credit: string) => lines(HEADLINE, credit, '', ...JILIN);
const rows = (findings: readonly Finding[]) => findings.map((f) => [f.ruleId, f.line, f.attribution.claimed]);

describe('a credit naming 国际在线 as the carrier and 吉林日报 as the origin: no finding', () => {
  const credits = [
    '国际在线转载自吉林日报',
    '来源：国际在线转载自吉林日报',
    '来源：国际在线（转载自吉林日报）',
    '来源：国际在线【转自吉林日报】',
    '来源：国际在线 转自吉林日报',
    '2022-03-05 09:00　来源：国际在线（转载自吉林日报）　责编：冯雅君',
    // an excerpt's 摘自 says the same, and a bar may part the two (these were wrong-source)
    '来源：国际在线 摘自吉林日报',
    '来源：国际在线 | 转自吉林日报',
    '来源：国际在线 编译自吉林日报',
  ];
  for (const credit of credits) {
    it(credit, async () => {
      expect(rows(await check(copy(credit)))).toEqual([]);
    });
  }
});

describe('still a wrong source', () => {
  it('来源：国际在线 alone', async () => {
    expect(rows(await check(copy('来源：国际在线')))).toEqual([['wrong-source', 2, '来源：国际在线']]);
  });

  // the whole credit is quoted and replaced: rewriting 来源：国际在线 alone would leave （转载自新华社） behind
  it('来源：国际在线（转载自新华社）: the origin it names is not 吉林日报', async () => {
    const [finding] = await check(copy('来源：国际在线（转载自新华社）'));
    expect(rows([finding])).toEqual([['wrong-source', 2, '来源：国际在线（转载自新华社）']]);
    expect(finding.remedy).toBe('把「来源：国际在线（转载自新华社）」改为「来源:吉林日报」。');
  });

  it('来源：国际在线 转自新华社: the same credit after a space, the same finding', async () => {
    expect(rows(await check(copy('来源：国际在线 转自新华社')))).toEqual([['wrong-source', 2, '来源：国际在线 转自新华社']]);
  });

  it('来源：国际在线 with 转载自吉林日报 on a line of its own further down: two credits, the first wrong', async () => {
    const text = lines(HEADLINE, '来源：国际在线', '', ...JILIN, '转载自吉林日报');
    expect(rows(await check(text))).toEqual([['wrong-source', 2, '来源：国际在线']]);
  });
});

describe('国际在线’s own article credited to 国际在线 as carrier of another outlet’s text', () => {
  const own = (credit: string) => lines('“梨树模式”推广面积超过3000万亩 吉林黑土地保护性耕作见成效', credit, '', ...LISHU);
  const carried = ['来源：国际在线（转载自新华社）', '来源：国际在线 转自新华社', '2024-05-08 10:15:26　来源：国际在线（转载自人民日报）　责编：冯雅君'];
  // glued, 国际在线转载自新华社 was read as one outlet's name: wrong-source, 「来源:国际在线」 asked in its place
  const glued = ['来源：国际在线转载自新华社', '来源：国际在线转自新华社', '来源：国际在线摘自新华社'];
  for (const credit of [...carried, ...glued]) {
    it(`${credit}: nonstandard, the whole credit quoted, no fix`, async () => {
      const findings = await check(own(credit), { licences: [LICENCE] });
      const whole = credit.replace(/^.*?(来源)/u, '$1').replace(/　责编.*$/u, '');
      expect(rows(findings)).toEqual([['nonstandard-attribution', 2, whole]]);
      expect(findings[0].message).toBe(`来源写作「${whole}」，国际在线要求的写法是「来源:国际在线」`);
      expect(findings[0].fix).toBeUndefined();
    });
  }

  for (const credit of ['来源：人民网转自新华网', '来源：人民网 转自新华网']) {
    it(`${credit}: wrong-source, both names quoted, the whole credit to be replaced`, async () => {
      const findings = await check(own(credit), { licences: [LICENCE] });
      expect(rows(findings)).toEqual([['wrong-source', 2, credit]]);
      const name = credit.slice(3);
      expect(findings[0].message).toBe(`注明的来源是「${name}」，但所用内容出自国际在线，应注明「来源:国际在线」`);
      expect(findings[0].remedy).toMatch(new RegExp(`^把「${credit}」改为「来源:国际在线」`, 'u'));
    });
  }

  it('a stock 转载自互联网 after a right 来源：国际在线 names no outlet: no finding', async () => {
    expect(await check(own('来源：国际在线　（本文转载自互联网，版权归原作者所有）'), { licences: [LICENCE] })).toEqual([]);
  });
});
