// Editors part two outlets' names with spaces as often as with 、 or 综合: 来源：新华社 综合 国际在线 and
// 来源：国际在线 新华社 name two outlets, as 来源：新华社综合国际在线 and 来源：国际在线综合新华社 do. A
// copy of a 国际在线 article so credited names the publisher beside another outlet: nonstandard
// wording, with no fix (which outlets to keep is the editor's), never a wrong source nor the
// required line. A byline, a date, an editor or a channel after the space is no second outlet.
// One name spaced out character by character (来源：国 际 在 线) is that name: not 「国」 read alone.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/judge/types.js';
import { applyEdits } from '../../src/core/fix/edits.js';
import { LICENCE, check, lines, paragraphs, type Case } from './harness.js';

const LICENSED: Case = { licences: [LICENCE] };
const LISHU = await paragraphs('cri-05-lishu-moshi-heitudi');
const JILIN = await paragraphs('cri-page-jilin-2022-03-04');
const HEADLINE = '“梨树模式”推广面积超过3000万亩 吉林黑土地保护性耕作见成效';
const article = (credit: string) => lines(HEADLINE, credit, '', ...LISHU);
const rows = (findings: readonly Finding[]) => findings.map((f) => [f.ruleId, f.line, f.attribution.claimed, f.message, f.fix === undefined]);
const nonstandard = (claimed: string) => [['nonstandard-attribution', 2, claimed, `来源写作「${claimed}」，国际在线要求的写法是「来源:国际在线」`, true]];

describe('two outlets parted by spaces read as the same names unspaced', () => {
  const pairs = [
    ['来源：新华社 综合 国际在线', '来源：新华社综合国际在线'],
    ['来源：国际在线 新华社', '来源：国际在线综合新华社'],
    ['来源：国际在线　人民日报', '来源：国际在线、人民日报'],
    ['来源：新华社 和 国际在线', '来源：新华社和国际在线'],
  ];
  for (const [spaced, unspaced] of pairs) {
    it(`${spaced} is nonstandard-attribution without a fix, as ${unspaced} is`, async () => {
      expect(rows(await check(article(spaced), LICENSED))).toEqual(nonstandard(spaced));
      expect(rows(await check(article(unspaced), LICENSED))).toEqual(nonstandard(unspaced));
    });
  }

  it('in the page’s date line: 2024-05-08 10:15:26 来源：国际在线 新华社 责编：冯雅君', async () => {
    const text = article('2024-05-08 10:15:26 来源：国际在线 新华社 责编：冯雅君');
    expect(rows(await check(text, LICENSED))).toEqual(nonstandard('来源：国际在线 新华社'));
  });
});

describe('what follows the name after a space is no second outlet: no finding', () => {
  const credits = [
    '来源：国际在线 记者 于小慧',
    '来源：国际在线 2024-05-08 10:15',
    '2024-05-08 10:15:26 来源：国际在线 责编：冯雅君',
    '来源：国际在线 国际频道',
    '来源：国际在线 CRI Online',
    '来源：国际在线 海报',
  ];
  for (const credit of credits) {
    it(credit, async () => {
      expect(rows(await check(article(credit), LICENSED))).toEqual([]);
    });
  }
});

it('a copy of the 吉林日报 reprint credited 来源：国际在线 吉林日报 names its origin: no wrong source', async () => {
  expect(rows(await check(lines('吉林省领导赴京与国家部委会谈', '来源：国际在线 吉林日报', '', ...JILIN)))).toEqual([]);
});

describe('one name spaced out character by character is that name, not its first character', () => {
  const fixed = (text: string, f: Finding) => applyEdits(text, f.fix ?? []);
  for (const credit of ['来源：国 际 在 线', '来源：国　际　在　线', '2024-05-08 10:15:26 来源：国 际 在 线 责编：冯雅君']) {
    it(`${credit}: 国际在线 in a nonstandard form, fixed to 来源:国际在线`, async () => {
      const text = article(credit);
      const findings = await check(text, LICENSED);
      const written = credit.replace(/^.*?(来源)/u, '$1').replace(/ 责编.*$/u, '');
      expect(findings.map((f) => [f.ruleId, f.line, f.attribution.claimed, f.fix === undefined])).toEqual([['nonstandard-attribution', 2, written, false]]);
      expect(await check(fixed(text, findings[0]), LICENSED)).toEqual([]);
      expect(fixed(text, findings[0]).split('\n')[1]).toBe(credit.replace(written, '来源:国际在线'));
    });
  }

  it('来源：新 华 社 over a 国际在线 article names 新华社: wrong source, quoted as written', async () => {
    const [f] = await check(article('来源：新 华 社'), LICENSED);
    expect([f.ruleId, f.attribution.claimed, f.message]).toEqual(['wrong-source', '来源：新 华 社', '注明的来源是「新 华 社」，但所用内容出自国际在线，应注明「来源:国际在线」']);
  });
});
