// Pages scraped or pasted without their spacing glue the credit to what follows it on the line: a
// date (来源：国际在线2024-11-21 09:45), or a share or report widget's words (来源：国际在线举报,
// 来源：国际在线点击：123). The name ends where the date or widget begins, as it does before 责编 or
// 作者: a right credit is no finding, and a wrong one names the outlet alone.
import { describe, expect, it } from 'vitest';
import { applyEdits, planFixes } from '../../src/core/fix/edits.js';
import type { Finding } from '../../src/core/judge/types.js';
import { LICENCE, check, lines, paragraphs, type Case } from './harness.js';

const LICENSED: Case = { licences: [LICENCE] };
const BANLIE = await paragraphs('cri-01-zhongou-banlie-changchun');
const HEADLINE = '中欧班列（长春）年内开行突破400列';
const article = (credit: string) => lines(HEADLINE, credit, '', ...BANLIE);
const rows = (findings: readonly Finding[]) => findings.map((f) => [f.ruleId, f.line, f.attribution.claimed, f.message]);

describe('a right credit glued to a date or a widget: no finding', () => {
  const glued = [
    '来源：国际在线2024-11-21 09:45',
    '来源：国际在线2024年11月21日',
    '来源：国际在线2024/11/21',
    '2024-11-21 09:45:12来源:国际在线2024-11-21',
    '来源：国际在线点击：123',
    '来源：国际在线举报',
    '来源：国际在线举报 326 分享到：',
  ];
  for (const credit of glued) {
    it(credit, async () => {
      expect(rows(await check(article(credit), LICENSED))).toEqual([]);
    });
  }
});

it('a misworded credit glued to a date: nonstandard-attribution on the credit alone, fixed and parted from the date', async () => {
  const text = article('来源：CRI2024-11-21 09:45');
  const findings = await check(text, LICENSED);
  expect(rows(findings)).toEqual([['nonstandard-attribution', 2, '来源：CRI', '来源写作「来源：CRI」，国际在线要求的写法是「来源:国际在线」']]);
  const fixed = applyEdits(text, planFixes(findings, text.length).edits);
  expect(fixed).toBe(article('来源:国际在线 2024-11-21 09:45'));
  expect(await check(fixed, LICENSED)).toEqual([]);
});

describe('a misworded credit glued to a date or a widget: the fix parts them with a space', () => {
  const cases = [
    ['来源：国际在线网2024-11-21', '来源:国际在线 2024-11-21'],
    ['来源：CRI2024年11月21日 09:45', '来源:国际在线 2024年11月21日 09:45'],
    ['【来源：CRI】2024-11-21', '来源:国际在线 2024-11-21'],
    ['来源：国际在线APP举报 分享到：', '来源:国际在线 举报 分享到：'],
    ['来源：CRI 2024-11-21', '来源:国际在线 2024-11-21'],
  ];
  for (const [credit, written] of cases) {
    it(`${credit} → ${written}`, async () => {
      const text = article(credit);
      const findings = await check(text, LICENSED);
      expect(findings.map((f) => f.ruleId)).toEqual(['nonstandard-attribution']);
      const fixed = applyEdits(text, planFixes(findings, text.length).edits);
      expect(fixed).toBe(article(written));
      expect(await check(fixed, LICENSED)).toEqual([]);
    });
  }
});

it('a wrong credit glued to a date names the outlet alone', async () => {
  const findings = await check(article('来源：新华网2024-11-21 09:45'), LICENSED);
  expect(rows(findings)).toEqual([['wrong-source', 2, '来源：新华网', '注明的来源是「新华网」，但所用内容出自国际在线，应注明「来源:国际在线」']]);
});
