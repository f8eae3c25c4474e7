// A headline credit (标题　来源：国际在线) under lines a page prints above its headline: a breadcrumb,
// a navigation bar, a font-size switch, an editor's note (found in a by-hand trial of 0f9b1ae: the
// credit was not read, so a licensed copy got missing-attribution and --fix wrote a second credit),
// and a font-size switch before the date and credit on their line.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/fix/edits.js';
import { LICENCE, check, lines, paragraphs, type Case } from './harness.js';

const LICENSED: Case = { licences: [LICENCE] };
const HANCHAO = await paragraphs('cri-07-hanchao-chengse-yujing');
const HEADLINE = '寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上';

const PAGES: Array<[name: string, head: (credit: string) => string[]]> = [
  ['a breadcrumb above the headline', (c) => ['首页 > 新闻', `${HEADLINE}\u3000${c}`]],
  ['a navigation bar above the headline, a reporter after the credit', (c) => ['首页 | 国际 | 国内 | 财经', `${HEADLINE}\u3000${c}\u3000记者 李雪`]],
  ['a bar, a breadcrumb and a font-size switch above the headline', (c) => ['首页 | 国际 | 国内 | 财经', '当前位置：首页 > 国际 > 正文', '【字号 大 中 小】', `${HEADLINE} ${c}`]],
  ['an editor\'s note above the headline', (c) => ['编者按：入冬以来最强寒潮来袭，本网推出系列报道，敬请关注。', `${HEADLINE}\u3000${c}`]],
  ['a font-size switch before the date and credit', (c) => [HEADLINE, `【字号 大 中 小】 2024-01-04 ${c}`]],
  ['an editor\'s note under the headline, above the date and credit', (c) => [HEADLINE, '编者按：入冬以来最强寒潮来袭，本网推出系列报道，敬请关注。', `2024-01-04 10:00 ${c}`]],
  ['【编者按】 over its paragraph under the headline', (c) => [HEADLINE, '【编者按】', '入冬以来最强寒潮来袭，本网推出系列报道，敬请关注。', `2024-01-04 10:00 ${c}`]],
  ['a short column-tagged headline carrying its credit under a breadcrumb', (c) => ['首页 > 新闻 > 正文', `寒潮 | 橙色预警发布\u3000${c}`]],
];

describe('a credit in the page head under lines printed above the headline', () => {
  it.each(PAGES)('%s, in the required form: read, nothing to report, nothing to fix', async (_name, head) => {
    expect(await check(lines(...head('来源：国际在线'), '', ...HANCHAO), LICENSED)).toEqual([]);
  });

  it.each(PAGES)('%s, as 来源：CRI: reworded where it stands, no second credit', async (_name, head) => {
    const text = lines(...head('来源：CRI'), '', ...HANCHAO);
    const findings = await check(text, LICENSED);
    expect(findings.map((f) => [f.ruleId, f.attribution.claimed])).toEqual([['nonstandard-attribution', '来源：CRI']]);
    const fixed = applyEdits(text, findings[0].fix ?? []);
    expect(fixed).toBe(lines(...head('来源:国际在线'), '', ...HANCHAO));
    expect(await check(fixed, LICENSED)).toEqual([]);
  });
});

describe('words, a space and 来源 under the headline are still prose', () => {
  it('a caption line under a breadcrumb and the headline: no credit read, one inserted under the headline', async () => {
    const text = lines('首页 > 新闻', HEADLINE, '气象部门人员一早赶到观测场 来源：现场', '', ...HANCHAO);
    const findings = await check(text, LICENSED);
    expect(findings.map((f) => f.ruleId)).toEqual(['missing-attribution']);
    expect(applyEdits(text, findings[0].fix ?? [])).toBe(lines('首页 > 新闻', HEADLINE, '来源:国际在线', '气象部门人员一早赶到观测场 来源：现场', '', ...HANCHAO));
  });
});
