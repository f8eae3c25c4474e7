// CMS pastes carry zero-width characters (U+200B, U+2060, U+FEFF inside a line) into header lines,
// where the reader sees 来源：国际在线 whole: the credit and the date are read as they show, and a
// finding points at the column the file holds them at, each zero-width character a column.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/fix/edits.js';
import { LICENCE, check, lines, paragraphs, type Case } from './harness.js';

const LICENSED: Case = { licences: [LICENCE] };
const LISHU = await paragraphs('cri-05-lishu-moshi-heitudi');
const HEADLINE = '“梨树模式”推广面积超过3000万亩';
const credited = (line: string) => lines(HEADLINE, line, '', ...LISHU);

describe('a header line with zero-width characters in it', () => {
  it.each([
    ['after the colon (U+200B)', '来源：\u200b国际在线'],
    ['inside 来源 (U+200B)', '来\u200b源：国际在线'],
    ['inside the name (U+2060)', '来源：国际\u2060在线'],
    ['inside 来源 after the date (U+FEFF inside the line)', '2024-04-28 10:15　来\ufeff源：国际在线'],
    ['in the brackets of a credit (U+200C, U+200D)', '（\u200c来源：国际在线\u200d）'],
  ])('the required credit %s is read: no finding', async (_name, line) => {
    expect(await check(credited(line), LICENSED)).toEqual([]);
  });

  it('a misworded credit among them: its words as they show, at the column the file holds it, its date read', async () => {
    const header = '2024-04-28\u200b 10:15　来\u200b源：CRI';
    const text = credited(header);
    const findings = await check(text, LICENSED);
    expect(findings.map((f) => f.ruleId)).toEqual(['nonstandard-attribution']);
    const [f] = findings;
    expect(f.attribution.claimed).toBe('来源：CRI');
    expect(f.message).toBe('来源写作「来源：CRI」，国际在线要求的写法是「来源:国际在线」');
    // 2024-04-28 is columns 1–10, the U+200B column 11: 来 stands at column 19, CRI ends it at 25
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([2, 19, 2, 26]);
    expect(f.document?.date).toBe('2024-04-28T10:15');
    const fixed = applyEdits(text, f.fix ?? []);
    expect(fixed).toBe(credited('2024-04-28\u200b 10:15　来源:国际在线'));
    expect(await check(fixed, LICENSED)).toEqual([]);
  });

  it('a date line with one after its date: the date is the document\'s', async () => {
    const [f] = await check(lines(HEADLINE, '发布时间：2024-04-28\u200b 10:15', '来源：CRI', '', ...LISHU), LICENSED);
    expect(f.document?.date).toBe('2024-04-28T10:15');
  });
});
