// A reprint may credit its source more than once: under the headline and again at the foot, or
// in an HTML page's <title> and its <h1>. Each visible credit line of the reused article is a
// credit the licensee publishes (clause 3: 使用时应注明“来源:国际在线”), so each misworded one is
// reported, and --fix leaves every one of them right, not only the first one read.
import { describe, expect, it } from 'vitest';
import { applyEdits, planFixes } from '../../src/core/fix/edits.js';
import type { Finding } from '../../src/core/judge/types.js';
import { LICENCE, check, lines, paragraphs, type Case } from './harness.js';

const RULE = 'nonstandard-attribution';
const LICENSED: Case = { licences: [LICENCE] };
const HTML: Case = { ...LICENSED, path: 'content/licensed/hanchao.html' };
const HANCHAO = await paragraphs('cri-07-hanchao-chengse-yujing');
const HEADLINE = '寒潮来袭 中央气象台发布寒潮橙色预警';
const BODY = HANCHAO.slice(0, -1);
const LAST = HANCHAO[HANCHAO.length - 1];

/** The text as `laiyuan check --fix` leaves it: every fix that can go in at once. */
function fixedText(text: string, findings: readonly Finding[]): string {
  return applyEdits(text, planFixes(findings, text.length).edits);
}

function claimed(findings: readonly Finding[]): (string | null)[] {
  return findings.filter((f) => f.ruleId === RULE).map((f) => f.attribution.claimed);
}

describe('a second, misworded credit of the same article', () => {
  it('（来源：CRI） closing the last paragraph under a right credit at the top: reported there, rewritten in place', async () => {
    const text = lines(HEADLINE, '2024-01-05 09:12　来源：国际在线', '', ...BODY, `${LAST}（来源：CRI）`);
    const findings = await check(text, LICENSED);
    expect(findings.map((f) => f.ruleId)).toEqual([RULE]);
    const [f] = findings;
    expect(f.attribution).toEqual({ claimed: '（来源：CRI）', expected: '来源:国际在线' });
    expect(f.line).toBe(BODY.length + 4);
    expect(f.message).toBe('来源写作「（来源：CRI）」，国际在线要求的写法是「来源:国际在线」');
    // the top already holds the credit: the foot one is mended where it stands, not moved up as a second credit there
    const fixed = fixedText(text, findings);
    expect(fixed).toBe(lines(HEADLINE, '2024-01-05 09:12　来源：国际在线', '', ...BODY, `${LAST}（来源:国际在线）`));
    expect(await check(fixed, LICENSED)).toEqual([]);
  });

  it('来源：CRI on a line of its own at the foot, under a right credit at the top', async () => {
    const text = lines(HEADLINE, '来源：国际在线', '', ...HANCHAO, '', '来源：CRI', '责任编辑：孙悦', '');
    const findings = await check(text, LICENSED);
    expect(claimed(findings)).toEqual(['来源：CRI']);
    expect(fixedText(text, findings)).toBe(lines(HEADLINE, '来源：国际在线', '', ...HANCHAO, '', '来源:国际在线', '责任编辑：孙悦', ''));
  });

  it('two misworded credits, top and foot: both reported, one --fix leaves both right', async () => {
    const text = lines(HEADLINE, '来源：国际在线网', '', ...BODY, `${LAST}（来源：CRI）`);
    const findings = await check(text, LICENSED);
    expect(claimed(findings)).toEqual(['来源：国际在线网', '（来源：CRI）']);
    const fixed = fixedText(text, findings);
    expect(fixed).toBe(lines(HEADLINE, '来源:国际在线', '', ...BODY, `${LAST}（来源:国际在线）`));
    expect(await check(fixed, LICENSED)).toEqual([]);
  });

  it('a right credit at the foot and a misworded one at the top: the top one is rewritten, no place warning for the foot', async () => {
    const text = lines(HEADLINE, '来源：CRI', '', ...HANCHAO, '', '来源:国际在线');
    const findings = await check(text, LICENSED);
    expect(claimed(findings)).toEqual(['来源：CRI']);
    const fixed = fixedText(text, findings);
    expect(fixed).toBe(lines(HEADLINE, '来源:国际在线', '', ...HANCHAO, '', '来源:国际在线'));
    expect(await check(fixed, LICENSED)).toEqual([]);
  });

  it('an HTML page whose <title> and <h1> both say （来源：CRI）: both reported and both rewritten', async () => {
    const head = (credit: string) => `${HEADLINE}（${credit}）`;
    const page = (credit: string) =>
      [
        '<!DOCTYPE html>',
        `<html lang="zh-CN"><head><meta charset="utf-8"><title>${head(credit)}</title></head>`,
        `<body><div class="article"><h1>${head(credit)}</h1>`,
        ...HANCHAO.map((p) => `<p>${p}</p>`),
        '</div></body></html>',
      ].join('\n');
    const text = page('来源：CRI');
    const findings = await check(text, HTML);
    expect(findings.map((f) => [f.ruleId, f.line, f.attribution.claimed])).toEqual([
      [RULE, 2, '（来源：CRI）'],
      [RULE, 3, '（来源：CRI）'],
    ]);
    const fixed = fixedText(text, findings);
    expect(fixed).toBe(page('来源:国际在线'));
    expect(await check(fixed, HTML)).toEqual([]);
  });

  it('据国际在线报道 in a sentence beside a right credit is a citation, not a credit line: nothing to report', async () => {
    const text = lines(HEADLINE, '来源：国际在线', '', ...BODY, `另据国际在线报道，${LAST}`);
    expect(await check(text, LICENSED)).toEqual([]);
  });
});
