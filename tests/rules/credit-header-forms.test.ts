// Credits as news pages print them in a header line or after the headline, found in a by-hand
// trial: after a date under another label (发布日期, 发稿时间, 稿件日期…), after a breadcrumb and
// a date, beside a note that the text was cut (有删改) or a date after the headline (in the credit's
// brackets too: 标题（来源：国际在线 2024-03-01）), and before a byline after 、. Each is read as the credit: no missing-attribution, no second credit by --fix.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/fix/edits.js';
import { LICENCE, check, lines, paragraphs, type Case } from './harness.js';

const LICENSED: Case = { licences: [LICENCE] };
const HANCHAO = await paragraphs('cri-07-hanchao-chengse-yujing');
const HEADLINE = '寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上';

const HEADER_LINES: Array<[name: string, line: string]> = [
  ['after 发布日期 and a date in 年月日', '发布日期：2024年01月04日 10:00 来源：{}'],
  ['after 发稿时间, then an editor', '发稿时间：2024-01-04 10:00　来源：{}　责编：李四'],
  ['after 更新时间', '更新时间：2024-01-04 10:00:12 来源：{}'],
  ['after 稿件日期', '稿件日期：2024-01-04 来源：{}'],
  ['after 刊发时间, a bar between', '刊发时间：2024/01/04 10:00 | 来源：{}'],
  ['after 发表日期', '发表日期:2024-01-04 来源:{}'],
  ['after a breadcrumb and a date', '首页 > 新闻 > 正文 2024-01-02 10:00 来源：{}'],
  ['after 当前位置, a breadcrumb and a date', '当前位置：首页 > 国际 > 正文　2024-01-02 10:00　来源：{}'],
  ['after a breadcrumb with full-width marks, and 发布时间', '您的位置：首页＞新闻中心＞国际新闻　发布时间：2024年01月02日　来源：{}'],
];

const HEADLINE_CREDITS: Array<[name: string, after: string]> = [
  ['with 有删改 in its brackets after a comma', '（来源：{}，有删改）'],
  ['then （有删改）', '（来源：{}）（有删改）'],
  ['with 略有删节 in its brackets', '（来源：{}；略有删节）'],
  ['past a space, then a date', ' 来源：{} 2024-01-08'],
  ['past a space, then a date and time', '\u3000来源：{}\u30002024-01-08 10:00'],
  ['with the reporter after 、', '（来源：{}、记者 张三）'],
  ['with a date in its brackets', '（来源：{} 2024-03-01）'],
  ['with a date and time in its brackets after a comma', '（来源：{}，2024年3月1日 10:00）'],
  ['with a date, then the reporter, in its brackets', '（来源：{} 2024-03-01 记者 张三）'],
  ['with a date in brackets never closed', '（来源：{}　2024-03-01'],
];

const PAGES: Array<[name: string, page: (name: string) => string]> = [
  ...HEADER_LINES.map(([name, line]): [string, (n: string) => string] => [`a header line ${name}`, (n) => lines(HEADLINE, line.replace('{}', n), '', ...HANCHAO)]),
  ...HEADLINE_CREDITS.map(([name, after]): [string, (n: string) => string] => [`a headline credit ${name}`, (n) => lines(HEADLINE + after.replace('{}', n), '', ...HANCHAO)]),
];

describe('credits in header lines and after the headline, as pages print them', () => {
  it.each(PAGES)('%s, in the required form: nothing to report', async (_name, page) => {
    expect(await check(page('国际在线'), LICENSED)).toEqual([]);
  });

  it.each(PAGES)('%s, as 来源：CRI: reworded where it stands, no second credit, and the fixed page passes', async (_name, page) => {
    const text = page('CRI');
    const findings = await check(text, LICENSED);
    expect(findings.map((f) => f.ruleId)).toEqual(['nonstandard-attribution']);
    expect(findings[0].message).toMatch(/「（?来源[:：]CRI）?」/u);
    const fixed = applyEdits(text, findings[0].fix ?? []);
    expect(fixed.split('来源').length).toBe(text.split('来源').length);
    expect(await check(fixed, LICENSED)).toEqual([]);
  });
});

describe('a foot credit before a byline after 、', () => {
  const last = HANCHAO[HANCHAO.length - 1];
  it('（来源：CRI、记者 张三） closing the last paragraph: moved up rewritten, the reporter left in its brackets', async () => {
    const text = lines(HEADLINE, '', ...HANCHAO.slice(0, -1), `${last}（来源：CRI、记者 张三）`);
    const findings = await check(text, LICENSED);
    expect(findings.map((f) => f.ruleId)).toEqual(['nonstandard-attribution']);
    expect(findings[0].message).toContain('来源写作「来源：CRI」');
    const fixed = applyEdits(text, findings[0].fix ?? []);
    expect(fixed).toBe(lines(HEADLINE, '来源:国际在线', '', ...HANCHAO.slice(0, -1), `${last}（记者 张三）`));
  });
});

describe('the date after a headline credit is the page date, however long the headline', () => {
  const LONG = `${HEADLINE} 内蒙古东北部、黑龙江、吉林等地将有大风降温和雨雪天气`;
  const page = (date: string) => lines(`${LONG} 来源：国际在线 ${date}`, '', ...HANCHAO);

  it('dated before the licence (validFrom 2024-01-01): out-of-scope names that date', async () => {
    const findings = await check(page('2023-12-28'), LICENSED);
    expect(findings.map((f) => f.ruleId)).toEqual(['out-of-scope']);
    expect(findings[0].message).toContain('2023-12-28');
  });

  it('dated inside it: nothing to report', async () => {
    expect(await check(page('2024-01-08'), LICENSED)).toEqual([]);
  });
});
