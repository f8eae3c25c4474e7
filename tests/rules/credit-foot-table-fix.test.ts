// A Markdown reprint whose credit sits in a table at its foot (the page's fields: | 来源 | 编辑 | over
// | CRI | 张三 |). --fix rewrote the cell and left the credit there: the next run warned again that the
// credit stands after the body began (the pack asks it at the top), with nothing to fix. A row cannot
// lose a cell, so the fix now writes the required credit under the headline as well, the table kept
// (its cell rewritten where misworded): a second run has nothing to fix and nothing to report.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/fix/edits.js';
import { LICENCE, lines } from './harness.js';
import { checkAgainst, type WrittenPage } from './written-corpus.js';

const PARAGRAPHS = [
  '记者从国家铁路集团获悉，随着新版列车运行图正式实施，全国铁路将新增开行旅客列车120对，其中动车组列车98对，多条新建线路同步开通运营。',
  '新图实施后，成渝、沪昆等主要通道的运输能力进一步提升，成都至重庆最快旅行时间压缩至62分钟，贵阳至昆明间增开夜间动车组列车4对，方便旅客错峰出行。',
  '铁路部门同时优化了普速旅客列车开行方案，保留和增开公益性“慢火车”81对，继续实行低票价，服务沿线群众就医、上学、赶集等出行需求。',
];
const HEADLINE = '全国铁路实行新运行图 新增旅客列车120对';
const ARCHIVE: WrittenPage = { id: 'yunxingtu', headline: HEADLINE, head: '2024-06-15 10:05:22来源:国际在线责编:周婷', paragraphs: PARAGRAPHS };
const PATH = 'content/licensed/yunxingtu.md';
const copy = (...foot: string[]) => lines(`# ${HEADLINE}`, '', ...PARAGRAPHS.flatMap((p) => [p, '']), ...foot, '');
const check = (text: string) => checkAgainst([ARCHIVE], text, [LICENCE], PATH);

/** The text --fix writes (every finding's edits), and the findings of a second run over it. */
async function fixedTwice(text: string) {
  const findings = await check(text);
  const fixed = applyEdits(text, findings.flatMap((f) => f.fix ?? []));
  return { findings, fixed, again: await check(fixed) };
}

describe('a foot table’s credit: --fix’s result passes its own second run', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['a 来源 column, misworded', ['| 来源 | 编辑 |', '| --- | --- |', '| CRI | 张三 |'], ['| 来源 | 编辑 |', '| --- | --- |', '| 国际在线 | 张三 |']],
    ['a 来源 column, the name right', ['| 来源 | 编辑 |', '| --- | --- |', '| 国际在线 | 张三 |'], ['| 来源 | 编辑 |', '| --- | --- |', '| 国际在线 | 张三 |']],
    ['a label cell and a name cell', ['| 来源： | 国广国际在线 |', '| --- | --- |'], ['| 来源: | 国际在线 |', '| --- | --- |']],
    ['a credit in a header cell', ['| 来源：CRI | 责编：张三 |', '| --- | --- |'], ['| 来源:国际在线 | 责编：张三 |', '| --- | --- |']],
  ];
  for (const [why, foot, kept] of cases) {
    it(`${why}: the credit written under the headline, the table kept`, async () => {
      const { findings, fixed, again } = await fixedTwice(copy(...foot));
      expect(findings.map((f) => f.ruleId)).toEqual(['nonstandard-attribution']);
      expect(findings[0].remedy).toContain('在标题下方、正文之前写上「来源:国际在线」（表格中的来源保留）');
      expect(fixed).toBe(lines(`# ${HEADLINE}`, '来源:国际在线', '', ...PARAGRAPHS.flatMap((p) => [p, '']), ...kept, ''));
      expect(again).toEqual([]);
    });
  }

  it('a credit in a paragraph at the foot is still moved, as before', async () => {
    const { fixed, again } = await fixedTwice(copy('（来源：CRI）'));
    expect(fixed).toBe(lines(`# ${HEADLINE}`, '来源:国际在线', '', ...PARAGRAPHS.flatMap((p) => [p, ''])));
    expect(again).toEqual([]);
  });
});
