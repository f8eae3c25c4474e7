// Where a credit stands is the pack's rule (rules/cri.yaml `attribution.position: top`), not the
// notice's: clause 3 says only 使用时应注明“来源:国际在线”. A message about the place says whose rule
// it is and cites the clause for the credit alone. Found by a by-hand trial: the warning read
// 国际在线要求来源标在文章开头, under clause 3's words.
import { describe, expect, it } from 'vitest';
import { LICENCE, check, lines, paragraphs, type Case } from './harness.js';

const LICENSED: Case = { licences: [LICENCE] };
const HANCHAO = await paragraphs('cri-07-hanchao-chengse-yujing');
const HEADLINE = '寒潮来袭 中央气象台发布寒潮橙色预警';

async function only(text: string) {
  const findings = await check(text, LICENSED);
  expect(findings.map((f) => f.ruleId)).toEqual(['nonstandard-attribution']);
  const [f] = findings;
  expect(f.clause.number).toBe(3);
  expect(f.clause.quote).toContain('使用时应注明“来源:国际在线”');
  return f;
}

describe('a credit below the body’s start: the place is the pack’s rule, the credit the notice’s', () => {
  it('in the required form at the foot', async () => {
    const f = await only(lines(HEADLINE, '', ...HANCHAO, '', '来源:国际在线'));
    expect(f.message).toBe(`「来源:国际在线」在第 ${HANCHAO.length + 4} 行，已在正文开始之后；规则包 cri 约定来源标在文章开头（标题下方、正文之前）；声明第3条要求注明「来源:国际在线」，没有规定位置`);
    expect(f.remedy).toMatch(/^把「来源:国际在线」移到标题下方、正文之前/u);
  });

  it('misworded at the foot: the wording is the notice’s (clause 3), the place the pack’s', async () => {
    const f = await only(lines(HEADLINE, '', ...HANCHAO, '', '来源：CRI'));
    expect(f.message).toBe(`来源写作「来源：CRI」，在第 ${HANCHAO.length + 4} 行，已在正文开始之后；国际在线要求写作「来源:国际在线」（第3条），规则包 cri 还约定来源标在文章开头（标题下方、正文之前）`);
  });

  it.each([
    ['in the required form', '来源:国际在线'],
    ['misworded', '（来源：CRI）'],
  ])('%s: no message gives the notice a placement', async (_form, credit) => {
    const f = await only(lines(HEADLINE, '', ...HANCHAO, '', credit));
    expect(f.message).not.toMatch(/国际在线要求(?:来源)?标在|要求写作「[^」]+」，标在/u);
  });
});
