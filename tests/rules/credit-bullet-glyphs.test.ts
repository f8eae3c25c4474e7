// A header line whose fields a page parts with bullet glyphs where others set a bar (by-hand trial,
// defect 6): 2024-01-04 ▪ 来源：国际在线 ▪ 编辑：张三, ◆ 来源：…, ▶ 来源：…, or an emoji. The 编辑 was read,
// the 来源 not: a licensed copy so credited got a false missing-attribution, and --fix wrote a
// second credit under the headline.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/fix/edits.js';
import { LICENCE, check, lines, paragraphs, type Case } from './harness.js';

const LICENSED: Case = { licences: [LICENCE] };
const HANCHAO = await paragraphs('cri-07-hanchao-chengse-yujing');
const HEADLINE = '寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上';

const HEADER_LINES: Array<[name: string, line: string]> = [
  ['between ▪ after a date, an editor after', '2024-01-04 ▪ 来源：{} ▪ 编辑：张三'],
  ['between ◆ after a date and time', '2024-01-04 10:00 ◆ 来源：{} ◆ 责编：李四'],
  ['between ● unspaced', '2024-01-04●来源：{}●编辑：张三'],
  ['after ▶ opening the line', '▶ 来源：{}'],
  ['after ★ opening the line', '★来源：{}'],
  ['after an emoji opening the line', '📰 来源：{}'],
  ['between emoji after a date', '2024-01-04 🔥 来源：{} 🔥 编辑：张三'],
];

const page = (line: string, name: string) => lines(HEADLINE, line.replace('{}', name), '', ...HANCHAO);

describe('a credit after a bullet glyph in the header line', () => {
  it.each(HEADER_LINES)('%s, in the required form: nothing to report', async (_name, line) => {
    expect(await check(page(line, '国际在线'), LICENSED)).toEqual([]);
  });

  it.each(HEADER_LINES)('%s, as 来源：CRI: reworded where it stands, no second credit', async (_name, line) => {
    const text = page(line, 'CRI');
    const findings = await check(text, LICENSED);
    expect(findings.map((f) => f.ruleId)).toEqual(['nonstandard-attribution']);
    const fixed = applyEdits(text, findings[0].fix ?? []);
    expect(fixed.split('来源').length).toBe(text.split('来源').length);
    expect(await check(fixed, LICENSED)).toEqual([]);
  });
});
