// A copy of 国际在线's own article crediting another outlet with 转自国际在线 after it
// (来源：新华社，转自国际在线, 来源：新华社 转自国际在线, 来源：中国网，转载自国际在线) names 新华社 in its 来源
// label: clause 3 asks 来源:国际在线 of the publisher's own content, and clause 4 reads 来源:XXX as
// another outlet's work. The credit is wrong-source (an error), quoted whole, and the remedy
// replaces the whole line; no fix rewrites its 转自国际在线 part alone (that left
// 来源：新华社，来源:国际在线, which a later check told as wrong-source).
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/judge/types.js';
import { LICENCE, check, lines, paragraphs } from './harness.js';

const LISHU = await paragraphs('cri-05-lishu-moshi-heitudi');
const own = (credit: string) => lines('“梨树模式”推广面积超过3000万亩 吉林黑土地保护性耕作见成效', credit, '', ...LISHU);
const rows = (findings: readonly Finding[]) => findings.map((f) => [f.ruleId, f.severity, f.line, f.attribution.claimed]);

describe('国际在线’s own article credited to another outlet that took it from 国际在线', () => {
  const credits = ['来源：新华社，转自国际在线', '来源：新华社；转自国际在线', '来源：中国网，转载自国际在线', '来源：新华社 转自国际在线'];
  for (const credit of credits) {
    it(`${credit}: wrong-source, an error, the whole credit replaced by 来源:国际在线`, async () => {
      const findings = await check(own(credit), { licences: [LICENCE] });
      expect(rows(findings)).toEqual([['wrong-source', 'error', 2, credit]]);
      expect(findings[0].message).toBe(`注明的来源是「${credit.slice(3)}」，但所用内容出自国际在线，应注明「来源:国际在线」`);
      expect(findings[0].remedy).toMatch(new RegExp(`^把「${credit}」改为「来源:国际在线」`, 'u'));
      expect(findings[0].fix).toBeUndefined();
    });
  }

  it('来源：国际在线 转自新华社 on the same article is still the carrier’s form: nonstandard, quoted whole', async () => {
    const findings = await check(own('来源：国际在线 转自新华社'), { licences: [LICENCE] });
    expect(rows(findings)).toEqual([['nonstandard-attribution', 'warning', 2, '来源：国际在线 转自新华社']]);
  });

  // a bar before the 转自 (来源：国际在线｜转自新华社) reads the same, under the headline or closing a paragraph
  for (const credit of ['来源：国际在线｜转自新华社', '来源：国际在线 | 转自新华社']) {
    it(`${credit}: nonstandard, quoted whole`, async () => {
      const findings = await check(own(credit), { licences: [LICENCE] });
      expect(rows(findings)).toEqual([['nonstandard-attribution', 'warning', 2, credit]]);
    });
    it(`（${credit}） closing the last paragraph: nonstandard, the credit quoted, its brackets kept`, async () => {
      const text = lines('“梨树模式”推广面积超过3000万亩 吉林黑土地保护性耕作见成效', '', ...LISHU.slice(0, -1), `${LISHU[LISHU.length - 1]}（${credit}）`);
      const findings = await check(text, { licences: [LICENCE] });
      expect(findings.map((f) => [f.ruleId, f.severity, f.attribution.claimed])).toEqual([['nonstandard-attribution', 'warning', credit]]);
    });
  }
});
