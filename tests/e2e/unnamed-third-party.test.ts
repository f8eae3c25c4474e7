// An archive page that 国际在线 marks as third-party content (第三方版权, 非国际在线) but that names no
// 来源 is not 国际在线's own (clause 3): reusing it is no unauthorized reuse, and the credit it
// owes is to its original outlet (clause 4), which the page does not name. Before, such a page
// was taken for 国际在线's own: every reuse was unauthorized-reuse "转载了国际在线的文章", and a
// credit to 新华社 was wrong-source "应注明「来源:国际在线」".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckResults, Finding } from '../../src/core/judge/types.js';
import { useFiles } from '../helpers/site.js';

const TITLE = '哈尔滨冰雪大世界开园 首日接待游客超四万人次';
const STORY = [
  '12月17日，第二十六届哈尔滨冰雪大世界正式开园迎客。本届冰雪大世界园区面积达一百万平方米，总用冰量和用雪量均创历史新高，首日接待游客超过四万人次。',
  '据介绍，今年园区以“冰雪同梦 亚洲同心”为主题，设置了亚冬之光、冰雪童话、欢乐冰雪等多个主题区域，推出超级冰滑梯、冰上摩天轮等游乐项目一百余项。',
  '哈尔滨市文化广电和旅游局相关负责人表示，今冬哈尔滨将围绕第九届亚冬会举办系列冰雪文旅活动，预计接待游客人次同比增长两成以上，冰雪旅游收入有望再创新高。',
];
const RAIL = [
  '3月1日，随着最后一组长钢轨在四川简阳段精准落位，成渝中线高铁全线铺轨完成，标志着这条设计时速三百五十公里的高速铁路进入联调联试阶段。',
  '成渝中线高铁全长二百九十二公里，建成后成都至重庆最快五十分钟可达，将进一步推动成渝地区双城经济圈建设，方便沿线群众出行。',
];
const TEA = [
  '5月中旬，福建安溪县的春茶进入采摘高峰期。在感德镇的茶园里，茶农们正忙着采摘新叶，加工厂里机器轰鸣，空气中弥漫着浓郁的茶香。',
  '安溪县农业农村局负责人介绍，今年全县茶园面积稳定在六十万亩左右，预计春茶产量同比增长百分之八，优质茶比例进一步提高。',
];

const PORT = [
  '记者从深圳市交通运输局获悉，今年前5个月深圳港完成集装箱吞吐量一千二百六十万标准箱，同比增长百分之十一，创历史同期新高。',
  '据介绍，深圳港今年新开通国际班轮航线十二条，其中包括多条通往东南亚和中东的航线，外贸集装箱吞吐量增速明显高于内贸。',
];

const body = (paragraphs: string[]) => paragraphs.map((p) => `　　${p}\n`).join('\n');
const reprint = (credit: string) => ['哈尔滨冰雪大世界开园迎客', ...(credit ? [credit] : []), '', ...STORY, ''].join('\n');

const { run, dir } = useFiles('laiyuan-unnamed-third-party-', () => ({
  'laiyuan.yaml': 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n',
  // marked on a short line of its own, and in a short bracket on the header line
  'corpus/cri-2024-1218-bingxue.txt': `${TITLE}\n2024-12-18 09:30:12　责编：刘洋\n本文为第三方版权内容\n\n${body(STORY)}`,
  'corpus/cri-2024-0301-gaotie.txt': `成渝中线高铁全线铺轨完成\n2024-03-01 08:00:00（非国际在线）　责编：赵磊\n\n${body(RAIL)}`,
  'corpus/cri-2024-0520-chaye.txt': `福建安溪春茶开采 茶农喜迎丰收季\n2024-05-20 10:15:00　来源：国际在线　责编：王敏\n\n${body(TEA)}`,
  // the original outlet named after the mark, on its line: 第三方版权 来源：澎湃新闻
  'corpus/cri-2024-0611-gangkou.txt': `深圳港集装箱吞吐量创同期新高\n2024-06-11 15:20:00　责编：陈晨\n第三方版权 来源：澎湃新闻\n\n${body(PORT)}`,
  'content/port-none.txt': ['深圳港吞吐量创新高', '', ...PORT, ''].join('\n'),
  'content/port-cri.txt': ['深圳港吞吐量创新高', '来源：国际在线', '', ...PORT, ''].join('\n'),
  'content/port-paper.txt': ['深圳港吞吐量创新高', '来源：澎湃新闻', '', ...PORT, ''].join('\n'),
  // the document credits the same way, after a third-party mark of its own
  'content/port-marked.txt': ['深圳港吞吐量创新高', '第三方版权 来源：澎湃新闻', '', ...PORT, ''].join('\n'),
  'content/port-bracket.md': ['# 深圳港吞吐量创新高', '', '2024-06-12 08:00（非国际在线，来源：澎湃新闻）', '', ...PORT.flatMap((p) => [p, ''])].join('\n'),
  'content/port-marked.html': `<html><body><h1>深圳港吞吐量创新高</h1><p>第三方版权　来源：<a href="https://www.thepaper.cn/">澎湃新闻</a></p>${PORT.map((p) => `<p>${p}</p>`).join('')}</body></html>\n`,
  'content/port-marked-xinhua.txt': ['深圳港吞吐量创新高', '第三方版权 来源：新华社', '', ...PORT, ''].join('\n'),
  // an own article reused under a cited report, then a credit: the credit is what the rules judge
  'content/tea-marked.txt': ['据《卫报》报道，福建安溪春茶进入采摘高峰期。', '第三方版权 来源：澎湃新闻', '', ...TEA, ''].join('\n'),
  'content/tea-credited.txt': ['据《卫报》报道，福建安溪春茶进入采摘高峰期。', '来源：澎湃新闻', '', ...TEA, ''].join('\n'),
  'content/none.txt': reprint(''),
  'content/cri.txt': reprint('来源：国际在线'),
  'content/xinhua.txt': reprint('来源：新华社'),
  'content/rail.md': ['---', 'title: 成渝中线高铁铺轨完成', 'date: 2024-03-02', '---', '', '# 成渝中线高铁铺轨完成', '', ...RAIL.flatMap((p) => [p, ''])].join('\n'),
  'content/records.jsonl': `${JSON.stringify({ id: 'n-1', title: '冰雪大世界开园', content: STORY.join('\n') })}\n`,
}));

function findings(args: string[]): { code: number | null; findings: Finding[] } {
  const r = run(['check', ...args, '--format', 'json']);
  return { code: r.code, findings: (JSON.parse(r.stdout) as CheckResults).findings };
}

const UNNAMED_MISSING = '所用内容是国际在线标明出自第三方、未指明哪家媒体的稿件，但全文没有注明来源，应注明原始来源';

describe('a reuse of an archive page marked third-party that names no source', () => {
  it('with no credit: missing-attribution under clause 4, no outlet made up, no unauthorized-reuse', () => {
    const { code, findings: found } = findings(['content/none.txt', 'content/rail.md', 'content/records.jsonl']);
    expect(code).toBe(1);
    expect(found.map((f) => [f.file, f.ruleId, f.severity, f.clause.number, f.source?.origin, f.attribution.expected])).toEqual([
      ['content/none.txt', 'missing-attribution', 'error', 4, '', null],
      ['content/rail.md', 'missing-attribution', 'error', 4, '', null],
      ['content/records.jsonl', 'missing-attribution', 'error', 4, '', null],
    ]);
    for (const f of found) {
      expect(f.message).toBe(UNNAMED_MISSING);
      expect(f.remedy).toMatch(/^查明这篇稿件的原始媒体，.*（不是国际在线）/u);
    }
    expect(found[2].remedy).toContain('来源字段');
  });

  it('--fix writes nothing: there is no name to write', () => {
    const before = ['content/none.txt', 'content/rail.md'].map((f) => readFileSync(path.join(dir(), f), 'utf8'));
    const r = run(['check', 'content/none.txt', 'content/rail.md', '--fix']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('missing-attribution');
    expect(['content/none.txt', 'content/rail.md'].map((f) => readFileSync(path.join(dir(), f), 'utf8'))).toEqual(before);
  });

  it('credited to 国际在线: wrong-source, a warning as for other third-party content (exit 0)', () => {
    const { code, findings: found } = findings(['content/cri.txt']);
    expect(code).toBe(0);
    expect(found.map((f) => [f.ruleId, f.severity, f.clause.number, f.line, f.source?.origin, f.attribution])).toEqual([
      ['wrong-source', 'warning', 4, 2, '', { claimed: '来源：国际在线', expected: null }],
    ]);
    expect(found[0].message).toBe('注明的来源是「国际在线」，但所用内容是国际在线标明出自第三方、未指明哪家媒体的稿件，应注明原始来源，而不是国际在线');
    expect(found[0].remedy).toMatch(/^查明这篇稿件的原始媒体，把「来源：国际在线」改为注明该媒体/u);
  });

  it('credited to another outlet (新华社): nothing to report, it cannot be told wrong', () => {
    expect(findings(['content/xinhua.txt'])).toEqual({ code: 0, findings: [] });
  });

  it('reports show the source article as unnamed third-party content, never an empty 来源', () => {
    // lines wrapped to the terminal's width joined again
    const pretty = run(['check', 'content/none.txt', '--evidence']).stdout.replace(/\n\s+/gu, '');
    expect(pretty).toContain(`来源文章《${TITLE}》（第三方稿件，未注明原始来源）`);
    expect(pretty).not.toContain('（）');
    const match = run(['match', 'content/none.txt']).stdout;
    expect(match).toContain('第三方稿件，未注明原始来源');
    expect(match).not.toMatch(/\s来源\s*$/mu);
    expect(run(['check', 'content/none.txt', '--format', 'markdown']).stdout).toContain('| 第三方稿件，未注明原始来源 |');
  });

  it('checked against a built index: the same findings as against the corpus folder', () => {
    const paths = ['content/none.txt', 'content/cri.txt', 'content/xinhua.txt', 'content/rail.md', 'content/records.jsonl'];
    const folder = findings(paths);
    expect(run(['index', 'build', '-o', 'archive.lyx']).code).toBe(0);
    const indexed = findings([...paths, '--index', 'archive.lyx']);
    expect(indexed).toEqual(folder);
    expect(folder.findings.map((f) => f.ruleId)).toEqual(['wrong-source', 'missing-attribution', 'missing-attribution', 'missing-attribution']);
  });
});

describe('a reuse of an archive page whose third-party mark line names the original outlet (第三方版权 来源：澎湃新闻)', () => {
  it('is a reprint from that outlet: its credit is asked for by name, and --fix writes it', () => {
    const { code, findings: found } = findings(['content/port-none.txt', 'content/port-cri.txt', 'content/port-paper.txt']);
    expect(code).toBe(1);
    // before: the 来源 after 第三方版权 not read, the page an unnamed outlet's
    expect(found.map((f) => [f.file, f.ruleId, f.severity, f.source?.origin, f.attribution.expected])).toEqual([
      ['content/port-cri.txt', 'wrong-source', 'warning', '澎湃新闻', '来源:澎湃新闻'],
      ['content/port-none.txt', 'missing-attribution', 'error', '澎湃新闻', '来源:澎湃新闻'],
    ]);
    expect(found[1].message).toBe('所用内容转载自澎湃新闻，但全文没有注明来源，应注明「来源:澎湃新闻」');
    expect(run(['check', 'content/port-none.txt', '--fix']).code).toBe(0);
    expect(readFileSync(path.join(dir(), 'content/port-none.txt'), 'utf8')).toBe(['深圳港吞吐量创新高', '来源:澎湃新闻', '', ...PORT, ''].join('\n'));
  });

  it('a document crediting it the same way (第三方版权 来源：澎湃新闻) is credited: the one reader of the mark line on both sides', () => {
    // before: missing-attribution 来源:澎湃新闻 for each, the document's own mark line not read as its credit
    expect(findings(['content/port-marked.txt', 'content/port-bracket.md', 'content/port-marked.html'])).toEqual({ code: 0, findings: [] });
    const { findings: found } = findings(['content/port-marked-xinhua.txt']);
    expect(found.map((f) => [f.ruleId, f.line, f.column, f.attribution])).toEqual([
      ['wrong-source', 2, 7, { claimed: '来源：新华社', expected: '来源:澎湃新闻' }],
    ]);
    expect(found[0].remedy).toMatch(/^把「来源：新华社」改为「来源:澎湃新闻」/u);
  });

  it('attribution.claimed is the credit the rule judged, not a 据…报道 before it (with or without a mark)', () => {
    // before: claimed 据《卫报》报道 (the first claim), while the message and remedy named 来源：澎湃新闻
    const { findings: found } = findings(['content/tea-marked.txt', 'content/tea-credited.txt']);
    expect(found.map((f) => [f.file, f.ruleId, f.line, f.column, f.attribution])).toEqual([
      ['content/tea-credited.txt', 'wrong-source', 2, 1, { claimed: '来源：澎湃新闻', expected: '来源:国际在线' }],
      ['content/tea-credited.txt', 'unauthorized-reuse', 4, 1, { claimed: '来源：澎湃新闻', expected: null }],
      ['content/tea-marked.txt', 'wrong-source', 2, 7, { claimed: '来源：澎湃新闻', expected: '来源:国际在线' }],
      ['content/tea-marked.txt', 'unauthorized-reuse', 4, 1, { claimed: '来源：澎湃新闻', expected: null }],
    ]);
    for (const f of found.filter((x) => x.ruleId === 'wrong-source')) expect(f.remedy).toMatch(/^把「来源：澎湃新闻」改为「来源:国际在线」/u);
  });

  it('-v shows the mark line credit on either side as a credit line: never marked as a difference', () => {
    const out = run(['check', 'content/port-marked-xinhua.txt', '-v', '--no-color']).stdout;
    // before: 第三方版权 来源：新〔华社〕 and 第三方版权 来源：〔澎湃新闻〕 marked as changed words
    expect(out).toContain('第三方版权 来源：新华社 ');
    expect(out).toContain('第三方版权 来源：澎湃新闻 ');
  });
});
