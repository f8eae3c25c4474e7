// 综合自国际在线 under a headline says the article was compiled from 国际在线: a credit naming the
// publisher, not in the form clause 3 asks for (使用时应注明“来源:国际在线”). It is nonstandard
// wording, rewritten where it stands by --fix, never a missing credit with a second line added
// above it. 来源：综合自国际在线 is one credit, told once. A foot (综合自新华社) under the right
// credit lists what a compiled report drew on, as a 转载自 line does: it is weighed only as the
// page's one credit.
import { describe, expect, it } from 'vitest';
import { applyEdits, planFixes } from '../../src/core/fix/edits.js';
import type { Finding } from '../../src/core/judge/types.js';
import { LICENCE, check, lines, paragraphs, type Case } from './harness.js';

const LICENSED: Case = { licences: [LICENCE] };
const HANCHAO = await paragraphs('cri-07-hanchao-chengse-yujing');
const HEADLINE = '寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上';
const article = (credit: string, ...foot: string[]) => lines(HEADLINE, credit, '', ...HANCHAO, ...foot);
const rows = (findings: readonly Finding[]) => findings.map((f) => [f.ruleId, f.line, f.attribution.claimed, f.message]);

describe('综合自国际在线 credits the publisher, misworded: fixed in place', () => {
  const credits = ['综合自国际在线', '（综合自国际在线）', '来源：综合自国际在线', '綜合自國際在線'];
  for (const credit of credits) {
    it(credit, async () => {
      const text = article(credit);
      const findings = await check(text, LICENSED);
      expect(rows(findings)).toEqual([['nonstandard-attribution', 2, credit, `来源写作「${credit}」，国际在线要求的写法是「来源:国际在线」`]]);
      const fixed = applyEdits(text, planFixes(findings, text.length).edits);
      expect(fixed).toBe(article('来源:国际在线'));
      expect(await check(fixed, LICENSED)).toEqual([]);
    });
  }
});

it('综合自新华社、国际在线 names the publisher beside another outlet: nonstandard, no fix', async () => {
  const findings = await check(article('综合自新华社、国际在线'), LICENSED);
  expect(rows(findings)).toEqual([['nonstandard-attribution', 2, '综合自新华社、国际在线', '来源写作「综合自新华社、国际在线」，国际在线要求的写法是「来源:国际在线」']]);
  expect(findings[0].fix).toBeUndefined();
});

it('a foot （综合自新华社） under 来源：国际在线 is no wrong source', async () => {
  expect(rows(await check(article('来源：国际在线', '（综合自新华社）'), LICENSED))).toEqual([]);
});

it('综合自新华社 as the only credit of a 国际在线 article is a wrong source', async () => {
  expect(rows(await check(article('综合自新华社'), LICENSED))).toEqual([
    ['wrong-source', 2, '综合自新华社', '注明的来源是「新华社」，但所用内容出自国际在线，应注明「来源:国际在线」'],
  ]);
});

it('综合自 in a sentence of the body is prose, not a credit', async () => {
  const text = article('来源：国际在线', '据介绍，上述数据综合自国际在线等多家媒体的报道。');
  expect(rows(await check(text, LICENSED))).toEqual([]);
});
