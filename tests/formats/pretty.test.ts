import { describe, expect, it } from 'vitest';
import { cellWidth, wrapCells } from '../../src/formats/cells.js';
import { diffChars } from '../../src/formats/diff.js';
import { formatPretty } from '../../src/formats/pretty.js';
import { markPassage } from '../../src/formats/pretty-passage.js';
import {
  BROKEN_FILE, CHANGED_DOC, JILIN_FILE, JILIN_SOURCE, REPRINT_FILE, sampleOptions, sampleResults,
} from './sample-results.js';

const ANSI = /\u001b\[[0-9;]*m/g;

function plain(results = sampleResults()): string[] {
  return formatPretty(results, sampleOptions(false)).split('\n');
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
});

describe('wrapCells', () => {
  const remedy = '处理：取得国广国际在线网络(北京)有限公司的书面授权并在 laiyuan.yaml 的 licences 中登记，或删除所用内容。';

  it('keeps lines within the width and never starts one with closing punctuation', () => {
    const lines = wrapCells(remedy, 20);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(cellWidth(line)).toBeLessThanOrEqual(22);
      expect(line).not.toMatch(/^[，。、：；）」]/);
    }
    expect(lines.join('').replace(/ /g, '')).toBe(remedy.replace(/ /g, ''));
  });

  it('does not split an ASCII word that fits on a line', () => {
    expect(wrapCells(remedy, 20).some((l) => l.includes('laiyuan.yaml'))).toBe(true);
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

describe('pretty formatter without colour', () => {
  it('has no ANSI codes and a header per file', () => {
    const out = formatPretty(sampleResults(), sampleOptions(false));
    expect(out).not.toMatch(ANSI);
    const lines = out.split('\n');
    expect(lines[0]).toBe(REPRINT_FILE);
    expect(lines).toContain(JILIN_FILE);
  });

  it('aligns position, severity, message and rule id columns in cells', () => {
    const lines = plain();
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

  it('puts carets under exactly the changed characters', () => {
    const lines = plain();
    const row = lines.findIndex((l) => l.includes('宁隆重开幕'));
    const carets = lines[row + 1];
    expect(carets.trim()).toMatch(/^[~^]+$/);
    expect(cellWidth(carets)).toBe(cellWidth(lines[row]));
    const start = cellsBefore(lines[row], '隆重');
    expect(carets.indexOf('^')).toBe(start);
    expect(carets.slice(start)).toMatch(/^\^{4}~/);
    expect(carets.match(/\^/g)).toHaveLength(4);
  });

  it('marks a changed comma under its two cells, and removed source text with 〔〕', () => {
    const lines = plain();
    const row = lines.findIndex((l) => l.includes('重要指示精神，2月28日'));
    expect(lines[row + 1].slice(cellsBefore(lines[row], '，2月'), cellsBefore(lines[row], '，2月') + 3)).toBe('^^~');
    const joined = lines.map((l) => l.trim()).join('');
    expect(joined).toContain('重要指示精神〔,〕2月28日');
    expect(joined).toContain('率队赴〔北〕京分别与');
    expect(joined).toContain('中国科学院〔、中国农业发展银行、国家开发银行〕等9个');
  });

  it('names the source article and where the passage stands in it', () => {
    const out = plain().join('\n');
    expect(out).toContain('来源文章 第20届中国—东盟博览会在南宁开幕 签约项目总额创历届新高 (fixtures/corpus/cri/cri-06-zhongguo-dongmeng-bolanhui.txt:6:3)');
    expect(out).toContain('来源文章 深入对接创新资源 持续开展务实合作 为吉林振兴发展培育新优势注入新动能 (fixtures/seed/cri-page-jilin-2022-03-04.txt:8:3)');
    expect(out).toContain(`复用段落 1/1  3:3–3:${sampleResults().findings[2].endColumn}  相似度 0.88`);
  });

  it('shows the clause, wrapped and cut, the attribution and the remedy', () => {
    const lines = plain();
    const out = lines.map((l) => l.trim()).join('');
    expect(out).toContain('第2条：「凡本网注明“来源:国际在线”的所有信息内容,未经书面授权,任何单位及个人不得转载、摘编、复制或利用其他方式使用。」');
    const clause3 = lines.filter((l) => l.includes('第3条：「“国际在线”自有版权信息'));
    expect(clause3).toHaveLength(3);
    const start = lines.indexOf(clause3[0]);
    expect(lines[start + 2].endsWith('…')).toBe(true);
    for (const line of lines.slice(start, start + 3)) expect(cellWidth(line.trim())).toBeLessThanOrEqual(74);
    expect(out).toContain('来源标注：现注明 「来源：新华网」，应注明 「来源:国际在线」');
    expect(out).toContain('来源标注：现注明 （无），应注明 「来源：吉林日报」');
    expect(out).toContain('处理：在标题下方加上「来源：吉林日报」。');
  });

  it('prints the second line of a message under the first', () => {
    const lines = plain();
    const row = lines.findIndex((l) => l.endsWith('wrong-source'));
    expect(lines[row + 1].trim()).toBe('覆盖原文 87%: 近乎全文转载，请核对来源');
    expect(cellsBefore(lines[row + 1], '覆盖原文')).toBe(cellsBefore(lines[row], '注明的来源'));
  });

  it('ends with the file errors and the summary', () => {
    const lines = plain();
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-3)).toBe('✖ 5 problems (3 errors, 1 warning, 1 info)');
    expect(lines.at(-2)).toBe('✖ 1 file could not be checked');
    expect(lines).toContain(`  ✖ ${BROKEN_FILE}:3:7  ${sampleResults().errors[0].message}`);
  });

  it('says so when nothing was found', () => {
    const clean = { ...sampleResults(), findings: [], errors: [], summary: { filesChecked: 1, filesWithFindings: 0, errors: 0, warnings: 0, infos: 0 } };
    expect(formatPretty(clean, sampleOptions(false))).toBe('✔ no problems (1 file checked)\n');
  });

  it('cuts a long passage and drops differences past the cut', () => {
    const source = JILIN_SOURCE.repeat(5);
    const marks = markPassage(source.replace(/,/g, '，'), source);
    expect(marks.cut).toBe(true);
    expect(marks.doc.length).toBeLessThanOrEqual(120);
    expect(marks.source.at(-1)?.changed).toBe(false);
    expect(marks.doc.filter((m) => m.changed).map((m) => m.char).join('')).toMatch(/^，+$/);
    const results = sampleResults();
    const passage = results.findings[2].reuse?.passages[0];
    if (passage) Object.assign(passage, { text: source.replace(/,/g, '，'), sourceText: source });
    const shown = plain(results).filter((l) => l.trim() === '…');
    expect(shown).toHaveLength(2);
  });
});

describe('pretty formatter with colour', () => {
  const coloured = formatPretty(sampleResults(), sampleOptions(true));

  it('colours severities, additions and removals', () => {
    expect(coloured).toContain('\u001b[31merror');
    expect(coloured).toContain('\u001b[33mwarning');
    expect(coloured).toMatch(/\u001b\[32m\u001b\[1m隆重\u001b\[22m\u001b\[39m/);
    expect(coloured).toMatch(/\u001b\[31m\u001b\[9m北\u001b\[29m\u001b\[39m/);
  });

  it('is the plain output with colours instead of 〔〕 markers', () => {
    const withoutCodes = coloured.replace(ANSI, '');
    const plainOut = formatPretty(sampleResults(), sampleOptions(false));
    const source = (text: string) => text.replace(/\s+/g, '');
    expect(source(withoutCodes)).toBe(source(plainOut).replace(/[〔〕]/g, ''));
    const untouched = (text: string) => text.split('\n').filter((l) => !/[〔〕]/.test(l));
    expect(withoutCodes.split('\n')).toEqual(expect.arrayContaining(untouched(plainOut)));
  });
});
