import { describe, expect, it } from 'vitest';
import pc from 'picocolors';
import stringWidth from 'string-width';
import { cellWidth, PLAIN, wrapCells } from '../../src/formats/cells.js';
import { diffChars } from '../../src/formats/diff.js';
import { markPassage, type Mark } from '../../src/formats/passage-marks.js';
import { passageLines } from '../../src/formats/pretty-passage.js';
import { formatPretty } from '../../src/formats/pretty.js';
import {
  BROKEN_FILE, CHANGED_DOC, JILIN_FILE, JILIN_SOURCE, REPRINT_FILE, sampleOptions, sampleResults,
} from './sample-results.js';

const ANSI = /\u001b\[[0-9;]*m/g;
const HARVEST_SOURCE = '农业农村部最新调度显示，截至10月28日，全国秋粮已收获九成以上，进度快于去年同期。今年秋粮播种面积稳中有增，玉米、大豆单产提升行动在重点县整建制推进，带动大面积单产水平明显提高。各地抢抓晴好天气，组织农机跨区作业，减少机收损失。农业农村部派出多个工作组分赴主产省份，指导做好烘干晾晒和收储衔接，确保颗粒归仓。专家表示，在夏粮增产的基础上，秋粮丰收在望，全年粮食产量有望再创历史新高，为稳定物价、保障民生提供坚实支撑。';

/** The words of a side that are marked the same, punctuation and spaces left out. */
function sameWords(marks: readonly Mark[]): string {
  return marks.filter((m) => m.kind === 'same').map((m) => m.char).join('').replace(/[\p{P}\s]/gu, '');
}
const WIDTHS = [60, 80, 120, 200];

/** A passage's rows, the document's and the source's, whether side by side or one under the other. */
function columnRows(lines: readonly string[]): { doc: string[]; source: string[] } {
  const body = lines.slice(1).map((l) => l.replace(ANSI, ''));
  if (body[0].includes(' │ ')) {
    const rows = body.slice(1).filter((l) => l.includes(' │ ')).map((l) => l.split(' │ '));
    return { doc: rows.map((r) => r[0]), source: rows.map((r) => r[1]) };
  }
  const at = body.findIndex((l) => l.startsWith('原文 '));
  const indented = (l: string) => l.startsWith('  ');
  return { doc: body.slice(1, at).filter(indented), source: body.slice(at + 1).filter(indented) };
}
const passageAt = { line: 3, column: 1, endLine: 4, endColumn: 160, sourceLine: 3, sourceColumn: 1, sourceEndLine: 16, sourceEndColumn: 79 };

function plain(width = 80, evidence = false, results = sampleResults()): string[] {
  return formatPretty(results, sampleOptions(false, { width, evidence })).split('\n');
}

/** At every width 50-200, plain and colour: each side's rows hold its text, each token whole on one row, no row starting with a closing mark or unit. */
function expectWholeOnRows(
  passage: Parameters<typeof passageLines>[0],
  lines: Record<'doc' | 'source', { text: string }[]>,
  tokens: Record<'doc' | 'source', string[]>,
  whole = true,
): void {
  for (let width = 50; width <= 200; width++) {
    for (const color of [false, true]) {
      const out = passageLines(passage, 0, 1, { width, color, c: pc.createColors(color) });
      for (const l of out) expect(cellWidth(l), `width ${width}`).toBeLessThanOrEqual(width);
      const columns = columnRows(out);
      for (const side of ['doc', 'source'] as const) {
        const rows = columns[side].map((r) => r.replace(/[〔〕]/gu, '').trim()).filter((r) => r !== '');
        const joined = rows.join('');
        const text = lines[side].map((l) => l.text).join('').replace(/\s/gu, '');
        if (whole) expect(joined.replace(/\s/gu, '')).toBe(text);
        else expect(text.startsWith(joined.replace(/\s/gu, '').replace(/…$/u, '')), `width ${width}`).toBe(true);
        for (const token of tokens[side]) {
          const count = (text: string) => text.split(token).length - 1;
          expect(count(joined), `${token} at ${width}`).toBeGreaterThan(0);
          expect(rows.reduce((n, r) => n + count(r), 0), `${token} split at width ${width}: ${rows.join(' | ')}`).toBe(count(joined));
        }
        for (const row of rows) expect(row, `width ${width}`).not.toMatch(/^[℃℉‰％%，。、：；！？」』）》〕】”’]/u);
      }
    }
  }
}

/** Cell offset of `needle` in `line`. */
function cellsBefore(line: string, needle: string): number {
  const at = line.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  return cellWidth(line.slice(0, at));
}

describe('cellWidth', () => {
  it('counts East Asian wide and fullwidth characters as 2 cells', () => {
    expect(cellWidth('来源：国际在线')).toBe(14);
    expect(cellWidth('来源:CRI')).toBe(8);
    expect(cellWidth('〔北〕')).toBe(6);
    expect(cellWidth('𠀀')).toBe(2);
  });

  it('counts narrow, ambiguous, combining characters and colour codes as they print', () => {
    expect(cellWidth('“来源”')).toBe(6);
    expect(cellWidth('e\u0301')).toBe(1);
    expect(cellWidth('\u001b[31merror\u001b[39m')).toBe(5);
  });

  it('gives string-width\'s width for every character it measures without it, and for texts mixing them with others', () => {
    const measured = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((c) => PLAIN.test(c));
    expect(measured.length).toBeGreaterThan(27_000);
    for (const char of measured) expect(cellWidth(char), `U+${char.codePointAt(0)?.toString(16)}`).toBe(stringWidth(char));
    for (const text of ['✔ no problems (1 file checked)', '“国际在线”专稿——记者…·', '来源：国际在线\u0301', '✔\ufe0f 通过', '〔北〕\u302a']) expect(cellWidth(text), text).toBe(stringWidth(text));
  });
});

describe('wrapCells', () => {
  const remedy = '处理：取得国广国际在线网络(北京)有限公司的书面授权并在 laiyuan.yaml 的 licences 中登记，或删除所用内容。授权有效期 2024-01-01 至 2026-12-31。';

  it('keeps lines within the width and never starts one with closing punctuation', () => {
    for (const width of [20, 33, 60]) {
      const lines = wrapCells(remedy, width);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) {
        expect(cellWidth(line)).toBeLessThanOrEqual(width);
        expect(line).not.toMatch(/^[，。、：；）」]/);
      }
      expect(lines.join('').replace(/ /g, '')).toBe(remedy.replace(/ /g, ''));
    }
  });

  it('splits neither an ASCII word nor a date that fits on a line', () => {
    const lines = wrapCells(remedy, 20);
    expect(lines.some((l) => l.includes('laiyuan.yaml'))).toBe(true);
    expect(lines.some((l) => l.includes('2024-01-01'))).toBe(true);
    expect(lines.some((l) => l.includes('2026-12-31'))).toBe(true);
  });

  it('never starts a line with a unit that follows a number (℃ ％ ‰)', () => {
    const note = '处理：本文称“华北东部降温幅度可达14℃以上，最低气温-12.5℃”，原文为“降温8至12℃”；另将“占65％”改为“占62％”，“增长3‰”改为“增长5‰”，请改回原文或删除所用内容。';
    for (let width = 10; width <= 60; width++) {
      const lines = wrapCells(note, width);
      for (const line of lines) expect(line, `width ${width}: ${lines.join(' | ')}`).not.toMatch(/^[℃％‰]/u);
      expect(lines.join('')).toBe(note);
    }
  });

  it('splits no full-width time, number, date, range or code across lines (１１：０６：２９, ３．５％, ２０２４年１２月０６日, 6～8℃, ＰＮ０５４)', () => {
    const note = '处理：本文称“中央气象台２０２４年１２月０６日 １１：０６：２９发布，最低气温－１２．５℃，白天6～8℃，约占６５．５％”，原文为“１１：０８：２９发布”，“２０２３／１２／１４”，值班预报员ＰＮ０５４，3月1日起执行，截至２０２４年底全省2003年以来粮食产量达新高，请改回原文或删除所用内容。';
    const tokens = ['１１：０６：２９', '１１：０８：２９', '－１２．５℃', '６５．５％', '２０２３／１２／１４', 'ＰＮ０５４', '２０２４年１２月０６日', '6～8℃', '3月1日', '２０２４年', '2003年'];
    for (let width = 24; width <= 60; width++) {
      const lines = wrapCells(note, width);
      for (const token of tokens) expect(lines.some((l) => l.includes(token)), `${token} at ${width}: ${lines.join(' | ')}`).toBe(true);
      expect(lines.join('').replace(/ /g, '')).toBe(note.replace(/ /g, ''));
    }
  });

  it('fills a line of 汉字 to exactly the width, two cells each', () => {
    const lines = wrapCells('汉'.repeat(100), 60);
    expect(lines.map((l) => [...l].length)).toEqual([30, 30, 30, 10]);
  });
});

describe('diffChars', () => {
  it('finds inserted, removed and changed characters', () => {
    const ops = diffChars(CHANGED_DOC, CHANGED_DOC.replace('隆重', ''));
    expect(ops.filter((o) => o.kind !== 'same')).toEqual([{ kind: 'added', text: '隆重' }]);
    const jilin = diffChars('率队赴京，分别', '率队赴北京,分别');
    expect(jilin.filter((o) => o.kind === 'removed').map((o) => o.text)).toEqual(['北', ',']);
    expect(jilin.filter((o) => o.kind === 'added').map((o) => o.text)).toEqual(['，']);
  });

  it('rebuilds both sides, and stays bounded on long passages', () => {
    const source = JILIN_SOURCE.repeat(40);
    const doc = source.replace(/,/g, '，').replace(/北京/g, '京');
    const started = performance.now();
    const ops = diffChars(doc, source);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(ops.filter((o) => o.kind !== 'removed').map((o) => o.text).join('')).toBe(doc);
    expect(ops.filter((o) => o.kind !== 'added').map((o) => o.text).join('')).toBe(source);
  });
});

describe('markPassage', () => {
  it('cuts a long passage and drops differences past the cut', () => {
    const source = JILIN_SOURCE.repeat(5);
    const marks = markPassage([{ text: source.replace(/北京/g, '首都'), header: false }], [{ text: source, header: false }], 120);
    expect(marks.cut).toBe(true);
    expect(marks.cutSides).toEqual({ doc: true, source: true });
    expect(marks.doc.length).toBeLessThanOrEqual(120);
    expect(marks.doc.filter((m) => m.kind === 'changed').map((m) => m.char).join('')).toMatch(/^(首都)+$/);
    expect(marks.source.filter((m) => m.kind === 'changed').map((m) => m.char).join('')).toMatch(/^(北京)+$/);
    expect(sameWords(marks.doc)).toBe(sameWords(marks.source));
  });

  it('cuts both sides at one place of their alignment, marking a change that the cut runs through', () => {
    // the document rewords 「专家表示，在…的基础上」 from its 156th character: the cut at 160 falls inside it
    const doc = HARVEST_SOURCE.replace('专家表示，在夏粮增产的基础上', '业内人士认为，继夏粮增产之后');
    const marks = markPassage([{ text: doc, header: false }], [{ text: HARVEST_SOURCE, header: false }], 160);
    expect(marks.cut).toBe(true);
    expect(marks.doc.map((m) => m.char).join('')).toMatch(/确保颗粒归仓。业内人士认$/);
    expect(marks.doc.filter((m) => m.kind === 'changed').map((m) => m.char).join('')).toBe('业内人士认');
    // before: the source ran on to its end, 「专家表示，在夏粮增产…坚实支撑。」 unmarked beside the document's cut
    expect(marks.source.map((m) => m.char).join('')).toMatch(/确保颗粒归仓。专家表示，在$/);
    expect(marks.source.filter((m) => m.kind === 'changed').map((m) => m.char).join('')).toBe('专家表示，在');
    expect(sameWords(marks.doc)).toBe(sameWords(marks.source));
    expect(marks.cutSides).toEqual({ doc: true, source: true });
  });

  it('shows all of a short side when the other is cut, and all of both when neither is', () => {
    const doc = HARVEST_SOURCE.replace('农机跨区作业', '农机作业');
    const whole = markPassage([{ text: doc, header: false }], [{ text: HARVEST_SOURCE, header: false }], 400);
    expect(whole.cut).toBe(false);
    expect(whole.doc.map((m) => m.char).join('')).toBe(doc);
    expect(whole.source.filter((m) => m.kind === 'changed').map((m) => m.char).join('')).toBe('跨区');
    // the source runs on 95 characters past the document's 207: cut at 283 (⌈210 × 1.25⌉ + 20), the words it adds marked
    const extra = '据介绍，今年各地还因地制宜推广秸秆还田、深松整地等措施，为明年春播打下基础。与此同时，农业社会化服务组织数量进一步增加，托管服务面积持续扩大，小农户与现代农业发展有机衔接的路子越走越宽。';
    const longer = markPassage([{ text: doc, header: false }], [{ text: HARVEST_SOURCE + extra, header: false }], 210);
    expect(longer.cutSides).toEqual({ doc: false, source: true });
    expect(longer.doc.map((m) => m.char).join('')).toBe(doc);
    expect(longer.source).toHaveLength(283);
    expect(longer.source.filter((m) => m.kind === 'changed').map((m) => m.char).join('')).toMatch(/^跨区据介绍，今年各地.+托管服务面积持续扩大，小农户$/);
    expect(sameWords(longer.doc)).toBe(sameWords(longer.source));
  });

  it('marks changed words only: traditional script, full width, punctuation and spaces are the same text', () => {
    const source = '12月14日，中央气象台继续发布寒潮橙色预警。受强冷空气影响，我国中东部大部地区将先后出现大风降温天气，气温下降10℃以上。';
    const traditional = '12月14日, 中央氣象臺繼續發佈寒潮橙色預警. 受強冷空氣影響, 我國中東部大部地區將先後出現大風降溫天氣，氣溫下降１０℃以上。';
    const same = markPassage([{ text: traditional, header: false }], [{ text: source, header: false }]);
    expect(same.doc.filter((m) => m.kind === 'changed')).toEqual([]);
    expect(same.source.filter((m) => m.kind === 'changed')).toEqual([]);
    const edited = markPassage([{ text: traditional.replace('繼續', '').replace('１０', '８'), header: false }], [{ text: source, header: false }]);
    expect(edited.source.filter((m) => m.kind === 'changed').map((m) => m.char).join('')).toBe('继续10');
    expect(edited.doc.filter((m) => m.kind === 'changed').map((m) => m.char).join('')).toBe('８');
  });

  it('never compares page-header lines: dates, 来源 and 责编 differ between any two pages', () => {
    const title = '寒潮来袭 中央气象台发布寒潮橙色预警';
    const body = '12月14日，中央气象台继续发布寒潮橙色预警。受强冷空气影响，我国中东部大部地区将先后出现大风降温天气。';
    const marks = markPassage(
      [{ text: title, header: false }, { text: '发布时间：2024-01-05 09:12', header: true }, { text: body.replace('继续', ''), header: false }],
      [{ text: title, header: false }, { text: '2023-12-14 11:06:29 来源:国际在线 责编:赵磊', header: true }, { text: body, header: false }],
    );
    expect(marks.doc.filter((m) => m.kind === 'changed')).toEqual([]);
    expect(marks.source.filter((m) => m.kind === 'changed').map((m) => m.char).join('')).toBe('继续');
    expect(marks.source.filter((m) => m.kind === 'header').map((m) => m.char).join('').trim()).toBe('2023-12-14 11:06:29 来源:国际在线 责编:赵磊');
    expect(marks.doc.map((m) => m.char).join('')).toBe(`${title} 发布时间：2024-01-05 09:12 ${body.replace('继续', '')}`);
  });
});

describe('pretty formatter, compact (the default)', () => {
  it('prints one row per finding, grouped by file, and a summary', () => {
    const lines = plain(200);
    const results = sampleResults();
    expect(lines[0]).toBe(REPRINT_FILE);
    expect(lines).toContain(JILIN_FILE);
    for (const f of results.findings) {
      const row = lines.find((l) => l.includes(`${f.line}:${f.column}  ${f.severity}`));
      expect(row, f.ruleId).toBeDefined();
      expect(row).toContain(f.message.split('\n')[0]);
      expect(row?.endsWith(f.ruleId)).toBe(true);
    }
    expect(lines.some((l) => /复用段落|第\d条|处理：/.test(l))).toBe(false);
    expect(lines).toContain('✖ 5 problems (3 errors, 1 warning, 1 info) in 2 files of 5');
    expect(lines).toContain('  2 problems fixable with the --fix option');
  });

  it('does not count fixable the findings of standard input, which --fix does not write', () => {
    const results = sampleResults();
    const fixed = results.findings.filter((f) => f.fix && f.fix.length > 0);
    const stdinFile = fixed[0].file;
    const left = fixed.filter((f) => f.file !== stdinFile).length;
    const lines = formatPretty(results, { ...sampleOptions(false), stdinFile }).split('\n');
    expect(lines.filter((l) => l.includes('fixable with the --fix option'))).toEqual(left > 0 ? [`  ${left} problem${left === 1 ? '' : 's'} fixable with the --fix option`] : []);
  });

  it('aligns position, severity, message and rule id columns in cells', () => {
    const lines = plain(200);
    const results = sampleResults();
    for (const file of [REPRINT_FILE, JILIN_FILE]) {
      const findings = results.findings.filter((f) => f.file === file);
      const rows = findings.map((f) => lines.find((l) => l.endsWith(`  ${f.ruleId}`) && l.includes(`${f.line}:${f.column}  `)) ?? '');
      const ruleCells = rows.map((row, i) => cellsBefore(row, `  ${findings[i].ruleId}`));
      const severityCells = rows.map((row, i) => cellsBefore(row, findings[i].severity));
      const positionEnds = rows.map((row, i) => cellsBefore(row, `${findings[i].line}:${findings[i].column}`) + `${findings[i].line}:${findings[i].column}`.length);
      expect(new Set(ruleCells).size).toBe(1);
      expect(new Set(severityCells).size).toBe(1);
      expect(new Set(positionEnds).size).toBe(1);
    }
    expect(lines.find((l) => l.includes('missing-attribution'))).toMatch(/^ {3}3:3 {2}error {4}所用内容/);
  });

  it('wraps a long message under itself in a narrow terminal and keeps the rule id', () => {
    const lines = plain(60);
    const start = lines.findIndex((l) => l.includes('7:3  error'));
    const message = sampleResults().findings[1].message;
    const block = lines.slice(start, lines.findIndex((l, i) => i > start && l.endsWith('unauthorized-reuse')) + 1);
    expect(block.length).toBeGreaterThan(2);
    const lead = cellsBefore(block[0], '转载了');
    for (const line of block.slice(1)) expect(line.slice(0, lead).trim()).toBe('');
    expect(block.map((l, i) => (i === 0 ? l.slice(l.indexOf('转载了')) : l.trim())).join('').replace(/\s|unauthorized-reuse/g, '')).toBe(message.replace(/\s/g, ''));
  });

  it('ends with the file errors and the summary', () => {
    const lines = plain();
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toBe('✖ 1 file could not be checked');
    expect(lines.join('\n')).toContain(`  ✖ ${BROKEN_FILE}:3:7`);
    expect(lines.join('\n')).toContain('--evidence (-v) shows the reused passages beside the source');
  });

  it('says so when nothing was found', () => {
    const clean = { ...sampleResults(), findings: [], errors: [], summary: { filesChecked: 1, filesWithFindings: 0, errors: 0, warnings: 0, infos: 0 } };
    expect(formatPretty(clean, sampleOptions(false))).toBe('✔ no problems (1 file checked)\n');
  });

  it('under --quiet, says what it left out: never "no problems" over hidden warnings', () => {
    const clean = { ...sampleResults(), findings: [], errors: [], summary: { filesChecked: 2, filesWithFindings: 0, errors: 0, warnings: 0, infos: 0 } };
    const hidden = { warnings: 1, infos: 0 };
    expect(formatPretty(clean, { ...sampleOptions(false), hidden })).toBe('✔ no errors (2 files checked; 1 warning not shown with --quiet)\n');
    expect(formatPretty(clean, { ...sampleOptions(false), hidden: { warnings: 3, infos: 2 } })).toContain('3 warnings and 2 info not shown with --quiet');
    expect(formatPretty(sampleResults(), { ...sampleOptions(false), hidden }).split('\n')).toContain('  1 warning not shown with --quiet');
  });
});

describe('pretty formatter at 60, 80, 120 and 200 columns', () => {
  for (const width of WIDTHS) {
    for (const evidence of [false, true]) {
      for (const color of [false, true]) {
        it(`has no line wider than ${width} cells (${evidence ? 'evidence' : 'compact'}, ${color ? 'colour' : 'plain'})`, () => {
          const out = formatPretty(sampleResults(), sampleOptions(color, { width, evidence }));
          const lines = out.split('\n');
          const widest = Math.max(...lines.map(cellWidth));
          expect(widest).toBeLessThanOrEqual(width);
          // the text is there: wrapping loses no characters of a message
          const flat = out.replace(ANSI, '').replace(/\s/g, '');
          expect(flat).toContain('转载了国际在线的文章《第20届中国—东盟博览会在南宁开幕签约项目总额创历届新高》'.replace(/\s/g, ''));
        });
      }
    }
  }

  it('uses the whole width for a message: at 200 columns every row is one line', () => {
    const lines = plain(200);
    const block = lines.slice(0, lines.indexOf('无法检查的文件')).filter((l) => l !== '');
    expect(block).toEqual([REPRINT_FILE, expect.stringMatching(/^ +4:1 /), expect.stringMatching(/^ +7:3 /), JILIN_FILE, expect.stringMatching(/^ +3:3 /), expect.stringMatching(/^ +9:1 /), expect.stringMatching(/^ +10:3 /)]);
  });
});

describe('pretty formatter with --evidence', () => {
  it('explains the marks once, at the top', () => {
    const lines = plain(80, true);
    expect(lines[0]).toMatch(/^图例：〔 〕= 两边不同的文字/);
    expect(lines.filter((l) => l.startsWith('图例'))).toHaveLength(1);
  });

  it('marks each difference once, inside 〔〕, with no caret or tilde lines', () => {
    const out = plain(80, true);
    expect(out.some((l) => /^\s*[~^]+\s*$/.test(l))).toBe(false);
    const joined = out.map((l) => l.trim()).join('');
    expect(joined).toContain('南宁〔隆重〕开幕');
    // the comma changed width only: not a difference; the 、 between two dropped names is part of the drop
    expect(joined).toContain('重要指示精神,2月28日');
    expect(joined).toContain('率队赴〔北〕京');
    expect(joined).toContain('中国科学院、〔中国农业发展银行、国家开发银行〕等9个');
  });

  it('puts the passages side by side at 200 columns and one under the other at 80', () => {
    const wide = plain(200, true);
    const row = wide.find((l) => l.includes('南宁〔隆重〕开幕'));
    expect(row).toContain(' │ ');
    expect(row?.split(' │ ')[1]).toContain('广西南宁开幕');
    expect(wide.find((l) => l.includes('本文 7:3–') && l.includes('原文 6:3–'))).toBeDefined();
    const narrow = plain(80, true);
    expect(narrow.some((l) => l.includes(' │ '))).toBe(false);
    const docLabel = narrow.findIndex((l) => l.trim().startsWith('本文 7:3–'));
    const sourceLabel = narrow.findIndex((l, i) => i > docLabel && l.trim().startsWith('原文 6:3–'));
    expect(sourceLabel).toBeGreaterThan(docLabel + 1);
  });

  it('names the source article with its date and address, the clause, the reuse and the remedy', () => {
    const out = plain(200, true).join('').replace(/\s/g, '');
    const has = (text: string) => expect(out).toContain(text.replace(/\s/g, ''));
    has('来源文章《第20届中国—东盟博览会在南宁开幕 签约项目总额创历届新高》（国际在线）fixtures/corpus/cri/cri-06-zhongguo-dongmeng-bolanhui.txt · 发布于 2023-09-17 18:30:51 · http://news.cri.cn/20230917/');
    has('第2条：「凡本网注明“来源:国际在线”的所有信息内容,未经书面授权,任何单位及个人不得转载、摘编、复制或利用其他方式使用。」');
    has('复用：转载，覆盖原文 87%，相似度 0.96，共 2 段');
    has('处理：在标题下方加上「来源：吉林日报」。');
  });

  it('cuts both columns where they correspond, marking a change the cut runs through and the cut itself', () => {
    const doc = HARVEST_SOURCE.replace('专家表示，在夏粮增产的基础上', '业内人士认为，继夏粮增产之后');
    const passage = { line: 5, column: 1, endLine: 5, endColumn: 210, sourceLine: 7, sourceColumn: 3, sourceEndLine: 7, sourceEndColumn: 212, similarity: 0.93, text: doc, sourceText: HARVEST_SOURCE };
    const narrow = passageLines(passage, 0, 1, { width: 80, color: false, c: pc.createColors(false) });
    const flat = narrow.join('').replace(/\s/g, '');
    expect(flat).toContain('确保颗粒归仓。〔业内人士认〕…原文7:3–212');
    // the column's … then the note, which begins with one
    expect(flat).toContain('确保颗粒归仓。〔专家表示，在〕……（只显示开头');
    const wide = passageLines(passage, 0, 1, { width: 200, color: false, c: pc.createColors(false) });
    const rows = wide.filter((l) => l.includes(' │ '));
    expect(rows.map((l) => l.split(' │ ')[0]).join('').replace(/\s/g, '')).toMatch(/确保颗粒归仓。〔业内人士认〕…$/);
    expect(rows.map((l) => l.split(' │ ')[1]).join('').replace(/\s/g, '')).toMatch(/确保颗粒归仓。〔专家表示，在〕…$/);
    expect([...narrow, ...wide].join('\n')).not.toContain('秋粮丰收在望');
    const coloured = passageLines(passage, 0, 1, { width: 200, color: true, c: pc.createColors(true) }).join('\n');
    expect(coloured).toMatch(/\u001b\[32m\u001b\[1m业内人士认\u001b\[22m\u001b\[39m/);
    expect(coloured).toMatch(/\u001b\[31m\u001b\[4m专家表示，在\u001b\[24m\u001b\[39m/);
  });

  it('breaks passage rows as Chinese text is broken: no row starts with 。、，」 nor ends with 「（, nothing lost', () => {
    const doc = HARVEST_SOURCE.replace('专家表示', '“专家”表示');
    const passage = { line: 5, column: 1, endLine: 5, endColumn: 210, sourceLine: 7, sourceColumn: 3, sourceEndLine: 7, sourceEndColumn: 212, similarity: 0.97, text: doc, sourceText: HARVEST_SOURCE };
    for (let width = 50; width <= 200; width++) {
      const lines = passageLines(passage, 0, 1, { width, color: false, c: pc.createColors(false) });
      const body = lines.slice(1, -1).filter((l) => !/^(本文|原文) /u.test(l.trim()));
      const cells = body.flatMap((l) => (l.includes(' │ ') ? l.split(' │ ') : [l])).map((l) => l.trim()).filter((l) => l !== '' && !/^(本文|原文) /u.test(l));
      for (const row of cells) {
        expect(row, `width ${width}`).not.toMatch(/^[，。、：；！？」』）》〕】”’]/u);
        expect(row, `width ${width}`).not.toMatch(/[「『（《〔【“‘]$/u);
      }
      for (const l of lines) expect(cellWidth(l)).toBeLessThanOrEqual(width);
    }
    const narrow = passageLines(passage, 0, 1, { width: 80, color: false, c: pc.createColors(false) });
    expect(narrow.join('').replace(/\s/gu, '')).toContain('农业农村部最新调度显示，截至10月28日，全国秋粮已收获九成以上，进度快于去年同期。');
  });

  it('keeps times, dates, temperatures, percentages and staff codes whole on a row, no unit starting one, at every width', () => {
    const body = '1月5日06:00，中央气象台发布寒潮蓝色预警：受强冷空气影响，5日至7日华北、黄淮等地气温将下降6～8℃，局地可达14℃以上，0℃线将南压至江南南部。预计7日早晨北京最低气温-12.5℃，较常年同期偏低3.5℃；降温区域约占国土面积的65%，比2023-12-14那次寒潮高出8.5%（值班预报员NN7379）。';
    const docBody = body.replace('06:00', '06:30').replace('65%', '62%');
    const lines = {
      doc: [{ text: '发布时间：2024-01-05 14:30 编辑：PN054', header: true }, { text: docBody, header: false }],
      source: [{ text: '2024-01-05 11:06:29 来源:中国天气网 责编:NN7379', header: true }, { text: body, header: false }],
    };
    const passage = { ...passageAt, similarity: 0.98, text: docBody, sourceText: body, lines };
    const tokens = {
      doc: ['2024-01-05', '14:30', 'PN054', '06:30', '1月5日', '6～8℃', '14℃', '0℃', '-12.5℃', '3.5℃', '62%', '2023-12-14', '8.5%', 'NN7379'],
      source: ['2024-01-05', '11:06:29', 'NN7379', '06:00', '1月5日', '6～8℃', '14℃', '0℃', '-12.5℃', '3.5℃', '65%', '2023-12-14', '8.5%'],
    };
    expectWholeOnRows(passage, lines, tokens);
  });

  it('keeps full-width times, dates, numbers and codes whole on a row, as their half-width forms are, at every width', () => {
    // a reprint typed in full-width forms, as many CMS exports of Chinese news are
    const body = '07：30起停运，值班预报员ＮＮ７３７９：２０２４年１２月０６日 １１：０６：２９预警，－１２．５℃，白天6～8℃，偏低３．５℃；面积占６５．５％，比２０２３／１２／１４高出８．５％，１，２００万人受影响。';
    const docBody = body.replace('３．５℃', '３．８℃').replace('07：30', '08：30');
    const lines = {
      doc: [{ text: '发布时间：２０２４－１２－０６ １４：３０ 编辑：ＰＮ０５４', header: true }, { text: docBody, header: false }],
      source: [{ text: '２０２４－１２－０６ １１：０６：２９ 来源：中国天气网', header: true }, { text: body, header: false }],
    };
    const passage = { ...passageAt, similarity: 0.98, text: docBody, sourceText: body, lines };
    const shared = ['２０２４年１２月０６日', '－１２．５℃', '6～8℃', '６５．５％', '２０２３／１２／１４', '８．５％', '１，２００', 'ＮＮ７３７９'];
    const tokens = {
      doc: [...shared, 'ＰＮ０５４', '２０２４－１２－０６', '１４：３０', '３．８℃', '08：30'],
      source: [...shared, '２０２４－１２－０６', '１１：０６：２９', '３．５℃', '07：30'],
    };
    // the shown sides end short of the text's end; what they show is tested
    expectWholeOnRows(passage, lines, tokens, false);
  });

  it('breaks a run of letters and digits longer than a row where the row is full', () => {
    const address = 'http://www.nmc.cn/publish/alarm/20240105060000_NMC_cold_wave_blue_warning_detail_for_north_china_huanghuai_jianghuai.html';
    const text = `中央气象台1月5日06:00发布寒潮蓝色预警，详情见${address}。`;
    const passage = { ...passageAt, similarity: 1, text, sourceText: text };
    for (let width = 50; width <= 90; width++) {
      const out = passageLines(passage, 0, 1, { width, color: false, c: pc.createColors(false) });
      const rows = columnRows(out).doc.map((r) => r.trim());
      expect(rows.join('')).toBe(text);
      // the address begins where the text before it ends, the row filled: it is not moved to a row of its own
      const at = text.indexOf(address);
      let before = 0;
      const start = rows.findIndex((r) => (before += r.length) > at);
      const filled = rows[start].startsWith(address.slice(0, 10)) ? rows[start - 1] : rows[start];
      expect(cellWidth(`  ${filled}`), `width ${width}: ${rows.join(' | ')}`).toBe(width);
    }
  });

  it('shows the passages of one reuse once per file', () => {
    const results = sampleResults();
    const [wrong, reprint] = results.findings;
    wrong.reuse = structuredClone(reprint.reuse);
    const lines = plain(120, true, results);
    expect(lines.filter((l) => l.includes('南宁〔隆重〕开幕'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('复用段落见上'))).toHaveLength(1);
  });

  it('never prints the same words as what is claimed and what should be', () => {
    const results = sampleResults();
    const placed = { ...results.findings[3], message: '「来源:国际在线」在第 17 行，已在正文开始之后；规则包 cri 约定来源标在文章开头（标题下方、正文之前）；声明第3条要求注明「来源:国际在线」，没有规定位置', attribution: { claimed: '来源:国际在线', expected: '来源:国际在线' } };
    const out = formatPretty({ ...results, findings: [placed] }, sampleOptions(false, { width: 120, evidence: true }));
    expect(out).not.toMatch(/现注明|应注明 「来源:国际在线」/u);
    expect(out).toContain('约定来源标在文章开头');
  });
});

describe('pretty formatter with colour', () => {
  const coloured = formatPretty(sampleResults(), sampleOptions(true, { width: 200, evidence: true }));

  it('colours severities, additions and removals', () => {
    expect(coloured).toContain('\u001b[31merror');
    expect(coloured).toContain('\u001b[33mwarning');
    expect(coloured).toMatch(/\u001b\[32m\u001b\[1m隆重\u001b\[22m\u001b\[39m/);
    expect(coloured).toMatch(/\u001b\[31m\u001b\[4m北\u001b\[24m\u001b\[39m/);
  });

  it('has the plain output\'s words, with colours instead of 〔〕 markers', () => {
    const withoutCodes = formatPretty(sampleResults(), sampleOptions(true, { width: 80, evidence: true })).replace(ANSI, '');
    const plainOut = formatPretty(sampleResults(), sampleOptions(false, { width: 80, evidence: true }));
    // past the legend (its own block: it wraps, and its words differ with colour)
    const words = (text: string) => text.slice(text.indexOf('\n\n')).replace(/\s|│/g, '');
    expect(withoutCodes).toMatch(/^图例/);
    expect(words(withoutCodes)).toBe(words(plainOut).replace(/[〔〕]/g, ''));
  });
});
