// A by-hand trial: copies of a 国际在线北京消息 article (国际在线's own) credited under the headline
// with a typo in the credit. A label one character off from 来源 before a colon and an outlet's
// name (来原：国际在线), a stray space inside the name (国际 在线) and one wrong character in the
// name (国际在现) credit 国际在线, misworded: nonstandard-attribution, rewritten to 来源:国际在线 by
// --fix, one credit line left. Another outlet (国际商报, 环球在线, 新华网) stays wrong-source, and a
// word one character off from 来源 in a sentence or before no outlet's name credits nothing.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/judge/types.js';
import { applyEdits } from '../../src/core/fix/edits.js';
import { LICENCE, check, lines, paragraphs, type Case } from './harness.js';

const LICENSED: Case = { licences: [LICENCE] };
const ZAOLIN = await paragraphs('cri-09-zaolin-zhongcao-senlin-fugailv');
const JILIN = await paragraphs('cri-page-jilin-2022-03-04');
const HEADLINE = '我国去年完成造林种草1.2亿亩 森林覆盖率提高到24.02%';
const article = (...head: string[]) => lines(HEADLINE, ...head, '', ...ZAOLIN);
const rows = (findings: readonly Finding[]) => findings.map((f) => [f.ruleId, f.line, f.column, f.attribution.claimed, f.message]);
const nonstandard = (claimed: string) => [['nonstandard-attribution', 2, 1, claimed, `来源写作「${claimed}」，国际在线要求的写法是「来源:国际在线」`]];
const wrong = (claimed: string, named: string) => [['wrong-source', 2, 1, claimed, `注明的来源是「${named}」，但所用内容出自国际在线，应注明「来源:国际在线」`]];

/** The text once every fix of the findings is applied, and the findings of a check of it. */
async function fixed(text: string, findings: readonly Finding[]): Promise<{ text: string; findings: Finding[] }> {
  const after = applyEdits(text, findings.flatMap((f) => f.fix ?? []));
  return { text: after, findings: await check(after, LICENSED) };
}

describe('a credit of 国际在线 with a typo in it is a misworded credit, rewritten by --fix', () => {
  const credits = ['来原：国际在线', '来滩：国际在线', '来源：国际 在线', '来源：国际在 线', '来源：国际在现', '来源：国际再线'];
  for (const credit of credits) {
    it(`${credit}: nonstandard-attribution, fixed to the one line 来源:国际在线`, async () => {
      const text = article(credit);
      const findings = await check(text, LICENSED);
      expect(rows(findings)).toEqual(nonstandard(credit));
      const after = await fixed(text, findings);
      expect(after.text).toBe(article('来源:国际在线'));
      expect(after.findings).toEqual([]);
    });
  }

  it('in the page’s date line: 2024-03-12 09:18:43 来原：国际在线 责编：郑洁', async () => {
    const text = article('2024-03-12 09:18:43 来原：国际在线 责编：郑洁');
    const findings = await check(text, LICENSED);
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.attribution.claimed])).toEqual([['nonstandard-attribution', 2, 21, '来原：国际在线']]);
    expect((await fixed(text, findings)).text).toBe(article('2024-03-12 09:18:43 来源:国际在线 责编：郑洁'));
  });

  it('in brackets closing the headline: 标题（来原：国际在线）', async () => {
    const text = lines(`${HEADLINE}（来原：国际在线）`, '', ...ZAOLIN);
    const findings = await check(text, LICENSED);
    expect(findings.map((f) => [f.ruleId, f.attribution.claimed])).toEqual([['nonstandard-attribution', '（来原：国际在线）']]);
    expect((await fixed(text, findings)).findings).toEqual([]);
  });
});

describe('another outlet’s name, however near, stays wrong-source', () => {
  const credits: [string, string][] = [
    ['来源：国际商报', '国际商报'],
    ['来源：环球在线', '环球在线'],
    ['来源：新华网', '新华网'],
    // one character off, but ending as an outlet's name does: it may be another outlet, and --fix would overwrite it
    ['来源：国防在线', '国防在线'],
    ['来源：新华 网', '新华 网'],
    ['来原：新华网', '新华网'],
  ];
  for (const [credit, named] of credits) {
    it(credit, async () => {
      const findings = await check(article(credit), LICENSED);
      expect(rows(findings)).toEqual(wrong(credit, named));
      expect(findings[0].fix).toBeUndefined();
    });
  }
});

describe('a word one character off from 来源 credits nothing unless a colon and an outlet’s name follow it', () => {
  it('来原：不详 names no outlet: the copy names no source', async () => {
    const findings = await check(article('来原：不详'), LICENSED);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['missing-attribution', 4]]);
  });

  it('来原 国际在线 (no colon) is no credit', async () => {
    const findings = await check(article('来原 国际在线'), LICENSED);
    expect(findings.map((f) => f.ruleId)).toEqual(['missing-attribution']);
  });

  const sentences = [
    '植树造林为当地带来原：国际在线记者走访发现，沙地上长出了草和树。',
    '客源：携程网、去哪儿网等平台的数据显示，林区旅游人数增长三成。',
    '来宾：新华社、人民日报等媒体的记者参加了活动。',
    '未来原因：国际在线此前报道过的几项工程仍在推进。',
  ];
  for (const sentence of sentences) {
    it(`a body line 「${sentence.slice(0, 12)}…」 beside the right credit: no finding`, async () => {
      const text = lines(HEADLINE, '来源:国际在线', '', ZAOLIN[0], sentence, ...ZAOLIN.slice(1));
      expect(await check(text, LICENSED)).toEqual([]);
    });
  }
});

it('a copy of the 吉林日报 reprint credited 来源：吉林 日报 names its origin: no finding', async () => {
  expect(await check(lines('吉林省领导赴京与国家部委会谈', '来源：吉林 日报', '', ...JILIN))).toEqual([]);
});
