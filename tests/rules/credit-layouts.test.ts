// Credits laid out as pages lay them out, found in a by-hand trial: after a 原标题 on its line
// (原标题：…　来源：CRI), with a dash or a ratio sign for its colon (来源——国际在线, 来源∶国际在线),
// in HTML across <dt>/<dd> or a <br>, with a date in its brackets at the foot, in a Markdown table
// row, and a stock 转载自互联网 disclaimer as the page's only credit. Each is read as the credit it
// is (or, for 互联网, as none): one finding, a fix where it stands, and a fixed page that passes.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/fix/edits.js';
import { LICENCE, check, lines, paragraphs, type Case } from './harness.js';

const LICENSED: Case = { licences: [LICENCE] };
const HTML: Case = { licences: [LICENCE], path: 'content/licensed/hanchao.html' };
const MARKDOWN: Case = { licences: [LICENCE], path: 'content/licensed/hanchao.md' };
const HANCHAO = await paragraphs('cri-07-hanchao-chengse-yujing');
const HEADLINE = '寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上';
const ORIGINAL = '原标题：中央气象台发布寒潮橙色预警　多地气温将下降10℃以上';

/** The one finding's rule ids, and the text its fix makes. */
async function fixedBy(text: string, c: Case): Promise<{ rules: string[]; fixed: string }> {
  const findings = await check(text, c);
  return { rules: findings.map((f) => f.ruleId), fixed: applyEdits(text, findings.flatMap((f) => f.fix ?? [])) };
}

describe('a credit after a 原标题 on its line', () => {
  it('原标题：…　来源：CRI is the credit: reworded where it stands, no second credit, and the fixed page passes', async () => {
    const text = lines(`# ${HEADLINE}`, '', `${ORIGINAL}　来源：CRI`, '', ...HANCHAO);
    const { rules, fixed } = await fixedBy(text, MARKDOWN);
    expect(rules).toEqual(['nonstandard-attribution']);
    expect(fixed).toBe(text.replace('来源：CRI', '来源:国际在线'));
    expect(await check(fixed, MARKDOWN)).toEqual([]);
  });

  it('in brackets, （原标题：…　来源：国际在线）: nothing to report', async () => {
    expect(await check(lines(HEADLINE, `（${ORIGINAL}　来源：国际在线）`, '', ...HANCHAO), LICENSED)).toEqual([]);
  });
});

describe('a dash or a ratio sign for the colon', () => {
  it.each([['来源——国际在线'], ['来源—国际在线'], ['来源∶国际在线']])('%s under the headline: rewritten in place, no second credit', async (credit) => {
    const text = lines(HEADLINE, credit, '', ...HANCHAO);
    const { rules, fixed } = await fixedBy(text, LICENSED);
    expect(rules).toEqual(['nonstandard-attribution']);
    expect(fixed).toBe(text.replace(credit, '来源:国际在线'));
    expect(await check(fixed, LICENSED)).toEqual([]);
  });
});

describe('an HTML credit whose label and name the page parts with a tag', () => {
  const page = (info: string) =>
    ['<html><head><title>寒潮橙色预警</title></head><body>', `<h1>${HEADLINE}</h1>`, info, ...HANCHAO.map((p) => `<p>${p}</p>`), '</body></html>', ''].join('\n');

  it('<dt>来源</dt><dd>新华网</dd> is the page’s credit: wrong-source 「新华网」, not “no source at all”', async () => {
    const findings = await check(page('<dl class="info"><dt>来源</dt><dd>新华网</dd><dt>日期</dt><dd>2024-01-04</dd></dl>'), HTML);
    expect(findings.map((f) => [f.ruleId, f.attribution?.claimed])).toEqual([['wrong-source', '来源 新华网']]);
  });

  it('来源：<br>国际在线 is the required credit: nothing to report', async () => {
    expect(await check(page('<div class="info">2024-01-04 10:00<br>来源：<br><a href="https://news.cri.cn/">国际在线</a></div>'), HTML)).toEqual([]);
  });

  it('<dt>来源：</dt> <dd>CRI</dd> is rewritten where it stands, its tags kept, and the fixed page passes', async () => {
    const html = page('<dl class="info">\n  <dt>来源：</dt>\n  <dd>CRI</dd>\n</dl>');
    const { rules, fixed } = await fixedBy(html, HTML);
    expect(rules).toEqual(['nonstandard-attribution']);
    expect(fixed).toBe(html.replace('<dt>来源：</dt>\n  <dd>CRI</dd>', '<dt>来源:</dt>\n  <dd>国际在线</dd>'));
    expect(await check(fixed, HTML)).toEqual([]);
  });
});

describe('a foot credit with a date, moved under the headline by --fix', () => {
  const last = HANCHAO[HANCHAO.length - 1];

  it('（来源：CRI 2024-01-04） closing the last paragraph: moved with its date, brackets and all, no bare date left', async () => {
    const text = lines(HEADLINE, '', ...HANCHAO.slice(0, -1), `${last}（来源：CRI 2024-01-04）`);
    const { rules, fixed } = await fixedBy(text, LICENSED);
    expect(rules).toEqual(['nonstandard-attribution']);
    expect(fixed).toBe(lines(HEADLINE, '来源:国际在线 2024-01-04', '', ...HANCHAO));
    expect(await check(fixed, LICENSED)).toEqual([]);
  });

  it('转载自：国际在线 2024-01-04 on a line of its own at the foot: the whole line moves', async () => {
    const text = lines(HEADLINE, '', ...HANCHAO, '', '转载自：国际在线 2024-01-04');
    const { fixed } = await fixedBy(text, LICENSED);
    expect(fixed).toBe(lines(HEADLINE, '来源:国际在线 2024-01-04', '', ...HANCHAO));
    expect(await check(fixed, LICENSED)).toEqual([]);
  });
});

describe('a credit in a Markdown table row', () => {
  it('| 来源 | 国际在线 | at the foot is quoted as the file writes it, its cells’ bar kept', async () => {
    const text = lines(`# ${HEADLINE}`, '', ...HANCHAO.flatMap((p) => [p, '']), '| 来源 | 国际在线 |', '|---|---|', '| 责编 | 赵磊 |', '');
    const findings = await check(text, MARKDOWN);
    expect(findings.map((f) => f.ruleId)).toEqual(['nonstandard-attribution']);
    expect(findings[0].message).toContain('「来源 | 国际在线」');
    expect(text).toContain('来源 | 国际在线');
  });
});

describe('a stock disclaimer as the page’s only credit', () => {
  it.each([
    ['（本文转载自互联网，版权归原作者所有）', '（版权归原作者所有）'],
    ['本文来源于网络，如有侵权请联系删除。', '如有侵权请联系删除。'],
  ])('%s names no outlet: missing-attribution, fixed under the headline, the disclaimer’s credit deleted (%s kept)', async (disclaimer, kept) => {
    const text = lines(HEADLINE, '', ...HANCHAO, '', disclaimer);
    const { rules, fixed } = await fixedBy(text, LICENSED);
    expect(rules).toEqual(['missing-attribution']);
    expect(fixed).toBe(lines(HEADLINE, '来源:国际在线', '', ...HANCHAO, '', kept));
    expect(await check(fixed, LICENSED)).toEqual([]);
  });
});
