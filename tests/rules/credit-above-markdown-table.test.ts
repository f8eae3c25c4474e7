// A Markdown page that opens with a table (a data brief: 日期 | 车次 | 终点 over --- | --- | ---): the table
// is body text, not a navigation bar, and --fix writes a missing credit above it, never under its
// header row, where the line would break the table.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/fix/edits.js';
import { documentOf, LICENCE, check, lines, paragraphs, type Case } from './harness.js';

const MARKDOWN: Case = { licences: [LICENCE], path: 'content/licensed/hanchao.md' };
const HANCHAO = await paragraphs('cri-07-hanchao-chengse-yujing');
const TABLE = ['日期 | 最低气温 | 降温幅度', '--- | --- | ---', '1月4日 | -12℃ | 10℃', '1月5日 | -15℃ | 12℃'];

describe('a Markdown page opening with a table, its credit missing', () => {
  it.each([
    ['without outer pipes', TABLE],
    ['with outer pipes', TABLE.map((row) => `| ${row} |`)],
  ])('%s: --fix writes the credit above the table, which stays whole', async (_why, rows) => {
    const text = lines(...rows, '', ...HANCHAO.flatMap((p) => [p, '']));
    const findings = await check(text, MARKDOWN);
    expect(findings.map((f) => f.ruleId)).toEqual(['missing-attribution']);
    const fixed = applyEdits(text, findings[0].fix ?? []);
    expect(fixed).toBe(lines('来源:国际在线', '', ...rows, '', ...HANCHAO.flatMap((p) => [p, ''])));
    expect(await check(fixed, MARKDOWN)).toEqual([]);
  });

  it('its rows read without their pipes, as body text', () => {
    const doc = documentOf(lines(...TABLE, '', ...HANCHAO), 'content/licensed/hanchao.md');
    expect(doc.text.split('\n').slice(0, 4).join('\n')).not.toContain('|');
  });
});
