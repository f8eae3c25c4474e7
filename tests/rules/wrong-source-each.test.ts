// A reprint may credit a source more than once: under the headline and again at the foot, or in an
// HTML page's <title> and <h1>. Each credit line is published, so each that names the wrong source is
// its own wrong-source finding at its own line, as nonstandard-attribution reports each misworded
// credit: a foot 来源：新华社 under a right 来源：国际在线 credits 国际在线's own content to 新华社.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/judge/types.js';
import { LICENCE, check, checkRule, lines, paragraphs, type Case } from './harness.js';

const RULE = 'wrong-source';
const LICENSED: Case = { licences: [LICENCE] };
const BANLIE = await paragraphs('cri-01-zhongou-banlie-changchun');
const SIXING = await paragraphs('cri-13-jiuquan-yijian-sixing');
const JILIN = await paragraphs('cri-page-jilin-2022-03-04');
const HUAXUE = await paragraphs('cri-04-changbaishan-huaxue-jie');
const HEADLINE = '中欧班列（长春）年内开行突破400列';
const HEAD = '2024-11-21 09:45　来源：国际在线';
const BODY = BANLIE.slice(0, -1);
const LAST = BANLIE[BANLIE.length - 1];

const rows = (findings: readonly Finding[]) => findings.map((f) => [f.ruleId, f.severity, f.line, f.attribution.claimed]);

describe('each credit naming the wrong source is reported at its own line', () => {
  it('来源：新华社 at the foot under a right 来源：国际在线 at the top', async () => {
    const text = lines(HEADLINE, HEAD, '', ...BANLIE, '', '来源：新华社', '责任编辑：孙悦');
    const findings = await check(text, LICENSED);
    expect(rows(findings)).toEqual([[RULE, 'error', BANLIE.length + 5, '来源：新华社']]);
    expect(findings[0].message).toBe('注明的来源是「新华社」，但所用内容出自国际在线，应注明「来源:国际在线」');
    expect(findings[0].remedy).toMatch(/^把「来源：新华社」改为「来源:国际在线」/u);
  });

  it('（来源：新华社） closing the last paragraph under a right credit at the top', async () => {
    const text = lines(HEADLINE, HEAD, '', ...BODY, `${LAST}（来源：新华社）`);
    expect(rows(await check(text, LICENSED))).toEqual([[RULE, 'error', BODY.length + 4, '（来源：新华社）']]);
  });

  it('two wrong credits, top and foot: two findings, each at its line', async () => {
    const text = lines(HEADLINE, '2024-11-21 09:45　来源：新华网', '', ...BANLIE, '', '来源：新华社');
    expect(rows(await check(text, LICENSED))).toEqual([
      [RULE, 'error', 2, '来源：新华网'],
      [RULE, 'error', BANLIE.length + 5, '来源：新华社'],
    ]);
  });

  it('an HTML page whose <title> and <h1> both say （来源：新华社）: both reported', async () => {
    const head = `${HEADLINE}（来源：新华社）`;
    const page = [
      '<!DOCTYPE html>',
      `<html lang="zh-CN"><head><meta charset="utf-8"><title>${head}</title></head>`,
      `<body><div class="article"><h1>${head}</h1>`,
      '<p>2024-11-21 09:45</p>',
      ...BANLIE.map((p) => `<p>${p}</p>`),
      '</div></body></html>',
    ].join('\n');
    expect(rows(await check(page, { ...LICENSED, path: 'content/licensed/banlie.html' }))).toEqual([
      [RULE, 'error', 2, '（来源：新华社）'],
      [RULE, 'error', 3, '（来源：新华社）'],
    ]);
  });

  it('国际在线 reprinted from 吉林日报, credited 国际在线 at the top and 吉林日报 at the foot: the 国际在线 line is a warning', async () => {
    const text = lines('吉林省领导赴京与国家部委会谈', '来源：国际在线', '', ...JILIN, '（原载吉林日报）', '来源：吉林日报');
    const findings = await checkRule(RULE, text);
    expect(rows(findings)).toEqual([[RULE, 'warning', 2, '来源：国际在线']]);
    expect(findings[0].attribution.expected).toBe('来源:吉林日报');
  });
});

describe('no finding', () => {
  it('a right credit at the top and 另据新华社报道 in a sentence: a citation, no credit line', async () => {
    const text = lines(HEADLINE, HEAD, '', ...BODY, `另据新华社报道，${LAST}`);
    expect(await checkRule(RULE, text, LICENSED)).toEqual([]);
  });

  it('right credits at the top and the foot', async () => {
    const text = lines(HEADLINE, HEAD, '', ...BANLIE, '', '来源：国际在线');
    expect(await checkRule(RULE, text, LICENSED)).toEqual([]);
  });

  it('a compilation of a 国际在线 article and a 新华社 one crediting each: 来源：国际在线 at the top, 来源：新华社 at the foot', async () => {
    const compilation = (foot: string) => lines('本周要闻', HEAD, '', ...BANLIE.slice(0, 3), ...SIXING.slice(0, 3), '', foot);
    expect(await checkRule(RULE, compilation('来源：新华社'), LICENSED)).toEqual([]);
    // a foot credit naming neither part is wrong for both
    const found = await checkRule(RULE, compilation('来源：人民日报'), LICENSED);
    expect(found.map((f) => [f.source?.articleId, f.line, f.attribution.claimed])).toEqual([
      ['cri-01-zhongou-banlie-changchun', 11, '来源：人民日报'],
      ['cri-13-jiuquan-yijian-sixing', 11, '来源：人民日报'],
    ]);
  });
});

it('a <meta name="source"> and the 来源 line naming the same outlet are one credit: one finding, at the <meta>', async () => {
  const page = [
    '<!DOCTYPE html>',
    `<html lang="zh-CN"><head><meta charset="utf-8"><meta name="source" content="新华网"><title>${HEADLINE}</title></head>`,
    `<body><div class="article"><h1>${HEADLINE}</h1>`,
    '<p>2024-11-21 09:45 来源：新华网</p>',
    ...BANLIE.map((p) => `<p>${p}</p>`),
    '</div></body></html>',
  ].join('\n');
  expect(rows(await checkRule(RULE, page, { ...LICENSED, path: 'content/licensed/banlie.html' }))).toEqual([[RULE, 'error', 2, '新华网']]);
});

describe('a compilation of two 国际在线 articles under one wrong credit', () => {
  const TITLES = ['《中欧班列（长春）年内开行突破400列 “长满欧”通道运量创新高》', '《长白山国际滑雪节开幕 冰雪运动带火东北冬季旅游》'];
  const compilation = (head: string) => lines('本周要闻汇编', head, '', ...BANLIE.slice(0, 3), '', ...HUAXUE.slice(0, 3));

  it('来源：新华网 over both: two findings at its line, each message naming its own article', async () => {
    const found = await checkRule(RULE, compilation('2024-11-21 09:45　来源：新华网'), LICENSED);
    expect(found.map((f) => [f.line, f.message]).sort()).toEqual(
      TITLES.map((t) => [2, `注明的来源是「新华网」，但所用内容出自国际在线，应注明「来源:国际在线」（所用文章${t}）`]).sort(),
    );
  });

  it('no credit at all: each missing-attribution message names its article', async () => {
    const found = await checkRule('missing-attribution', compilation('2024-11-21 09:45'), LICENSED);
    expect(found.map((f) => f.message).sort()).toEqual(TITLES.map((t) => `授权使用国际在线的内容，但全文没有注明来源，应注明「来源:国际在线」（所用文章${t}）`).sort());
  });

  it('unlicensed: unauthorized-reuse names its article already, once', async () => {
    const found = await checkRule('unauthorized-reuse', compilation('2024-11-21 09:45　来源：国际在线'), { path: 'content/free/weekly.txt' });
    expect(found).toHaveLength(2);
    const times = (f: Finding) => TITLES.map((t) => f.message.split(t).length - 1).sort();
    for (const f of found) expect(times(f)).toEqual([0, 1]);
  });
});
