// Credit forms a by-hand trial found unread: a label the page parts from its name with a <br> or a
// </dt><dd> written 来源/ or spaced with the presentation colon (来 源︰, U+FE30); a Markdown table whose
// 来源 column credits the page (| 来源 | 编辑 | over | 国际在线 | 张三 |); and a traditional reprint
// converted with OpenCC's Taiwan phrases, which names 国际在线 國際線上.
import OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { applyEdits, inTraditional } from '../../src/core/fix/index.js';
import { LICENCE, check, checkRule, lines, paragraphs, positionOf, type Case } from './harness.js';

const HTML: Case = { licences: [LICENCE], path: 'content/licensed/banlie.html' };
const MARKDOWN: Case = { licences: [LICENCE], path: 'content/licensed/banlie.md' };
const TEXT: Case = { licences: [LICENCE], path: 'content/licensed/banlie.txt' };
const BANLIE = await paragraphs('cri-01-zhongou-banlie-changchun');
const HEADLINE = '中欧班列（长春）年内开行突破400列 “长满欧”通道运量创新高';
const twp = OpenCC.Converter({ from: 'cn', to: 'twp' });

/** The reprint as a page: headline, `head` under it (line 3), the article's paragraphs. */
function page(head: string): string {
  return [`<html><head><title>${HEADLINE}</title></head><body>`, `<h1>${HEADLINE}</h1>`, head, ...BANLIE.map((p) => `<p>${p}</p>`), '</body></html>', ''].join('\n');
}

const where = (f: { range?: { line: number; column: number } } | undefined) => f?.range && [f.range.line, f.range.column];

describe('a label parted from its name by a tag', () => {
  it.each([
    ['来源/<br>', '<p>来源/<br>CRI</p>', '<p>来源:<br>国际在线</p>', 4],
    ['a spaced label with ︰ in a <dt>', '<dl><dt>来 源︰</dt><dd>国际在线</dd></dl>', '<dl><dt>来源:</dt><dd>国际在线</dd></dl>', 9],
    ['︰ in a <dt>', '<dl><dt>来源︰</dt><dd>CRI</dd></dl>', '<dl><dt>来源:</dt><dd>国际在线</dd></dl>', 9],
  ])('%s: nonstandard-attribution at the label, --fix rewrites label and name, the tags kept', async (_why, head, fixedHead, column) => {
    const html = page(head);
    const [f] = await check(html, HTML);
    expect([f.ruleId, f.line, f.column]).toEqual(['nonstandard-attribution', 3, column]);
    const fixed = applyEdits(html, f.fix ?? []);
    expect(fixed).toBe(page(fixedHead));
    expect(await check(fixed, HTML)).toEqual([]);
  });

  it('another outlet so written is wrong-source at the label', async () => {
    const heads = [
      ['<p>来源/<br>新华社</p>', 4, '来源/新华社'],
      ['<dl><dt>来&nbsp;&nbsp;源︰</dt><dd>新华社</dd></dl>', 9, '来源︰新华社'],
    ] as const;
    for (const [head, column, claimed] of heads) {
      const findings = await check(page(head), HTML);
      expect(findings.map((f) => [f.ruleId, f.line, f.column, f.attribution.claimed])).toEqual([['wrong-source', 3, column, claimed]]);
    }
  });
});

describe('a Markdown table whose 来源 column credits the page', () => {
  const table = (name: string) => ['| 来源 | 编辑 |', '|---|---|', `| ${name} | 张三 |`];
  const top = (name: string) => lines(`# ${HEADLINE}`, '', ...table(name), '', ...BANLIE.flatMap((p) => [p, '']));
  const foot = (name: string) => lines(`# ${HEADLINE}`, '', ...BANLIE.flatMap((p) => [p, '']), ...table(name), '');

  it('under the headline, 国际在线 under 来源 is 来源：国际在线: no finding', async () => {
    expect(await check(top('国际在线'), MARKDOWN)).toEqual([]);
  });

  it('a wrong outlet in the cell is wrong-source at the cell, at the top or the foot', async () => {
    for (const text of [top('新华社'), foot('新华社')]) {
      const [f, ...rest] = await check(text, MARKDOWN);
      const at = positionOf(text, '新华社 | 张三');
      expect([f.ruleId, f.line, f.column, f.attribution.claimed, rest]).toEqual(['wrong-source', at.line, at.column, '来源：新华社', []]);
    }
  });

  it('CRI in the cell: --fix writes 国际在线 in the cell alone, the table kept', async () => {
    const text = top('CRI');
    const [f] = await checkRule('nonstandard-attribution', text, MARKDOWN);
    expect(where(f.fix?.[0])).toEqual([5, 3]);
    const fixed = applyEdits(text, f.fix ?? []);
    expect(fixed).toBe(top('国际在线'));
    expect(await check(fixed, MARKDOWN)).toEqual([]);
  });

  it('a table of figures with a 来源 column credits no page, of one row or more', async () => {
    const head = ['| 月份 | 列数 | 来源 |', '|---|---|---|', '| 1-10月 | 356 | 长春海关 |'];
    for (const figures of [head, [...head, '| 11月 | 44 | 长春海关 |']]) {
      const text = lines(`# ${HEADLINE}`, '', '来源：国际在线', '', ...BANLIE.flatMap((p) => [p, '']), ...figures, '');
      expect(await check(text, MARKDOWN)).toEqual([]);
    }
  });
});

describe('a traditional reprint in Taiwan phrases: 國際線上 is 国际在线', () => {
  const reprint = (credit: string) => twp(lines(HEADLINE, credit, '', ...BANLIE));

  it.each([['来源：国际在线', '來源：國際線上'], ['来源：国际在线网', '來源：國際線上網']])('%s converted reads %s: nonstandard, --fix writes 來源:國際在線', async (credit, converted) => {
    const text = reprint(credit);
    expect(text.split('\n')[1]).toBe(converted);
    const findings = await check(text, TEXT);
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.attribution.claimed])).toEqual([['nonstandard-attribution', 2, 1, converted]]);
    const fixed = applyEdits(text, inTraditional(findings[0].fix ?? []));
    expect(fixed.split('\n')[1]).toBe('來源:國際在線');
    expect(await check(fixed, TEXT)).toEqual([]);
  });

  it('線上 is read so in the publisher’s name only: 來源：中青線上 is still another outlet', async () => {
    expect((await checkRule('wrong-source', reprint('来源：中青在线'), TEXT)).map((f) => f.attribution.claimed)).toEqual(['來源：中青線上']);
  });
});
