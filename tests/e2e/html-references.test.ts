// An HTML page written with numeric character references (&#26469;&#28304;, as some CMSes export
// every Chinese character) reads as the same page written in UTF-8: the same credits, findings and
// lines; columns count the file's characters, so a finding inside a reference points at its '&'.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from './cli.js';
import { checkContent, withoutColumns } from './written-forms.js';

const TITLE = '上海前十月社会消费品零售总额同比增长5.2%';
const STORY = [
  '上海市商务委员会12月1日发布消息，今年前十个月全市社会消费品零售总额同比增长5.2%，其中网上零售额增长明显，餐饮收入保持两位数增长。',
  '业内人士表示，随着一系列促消费政策落地见效，首发经济和夜间消费持续升温，年末消费市场有望保持平稳增长态势。',
  '据介绍，上海将继续举办“五五购物节”等品牌活动，推动商圈改造提升，并加快建设国际消费中心城市。',
];
const page = (lines: string[], date: string) =>
  [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8">',
    `<title>${TITLE}</title>`,
    `<meta name="pubdate" content="${date}">`,
    '</head><body>',
    `<h1>${TITLE}</h1>`,
    ...lines.map((l) => `<p>${l}</p>`),
    '</body></html>',
  ].join('\n') + '\n';
const CORPUS = page(['来源：澎湃新闻', ...STORY, '（本文系第三方版权内容，非国际在线）'], '2026-12-01');
// reprinted with the outlet's credit but no line of the notice's required form
const CONTENT = page(['来源：澎湃新闻', ...STORY], '2026-12-02');
const BARE = page(STORY, '2026-12-02');

/** Every character beyond ASCII as a numeric reference, decimal or hexadecimal by turns. */
let turn = 0;
const referenced = (html: string) =>
  html.replace(/[^\x00-\x7f]/gu, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return turn++ % 2 === 0 ? `&#${code};` : `&#x${code.toString(16)};`;
  });

function site(write: (html: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-references-'));
  mkdirSync(path.join(dir, 'corpus'));
  mkdirSync(path.join(dir, 'content'));
  writeFileSync(path.join(dir, 'laiyuan.yaml'), 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n');
  writeFileSync(path.join(dir, 'corpus/archive.html'), write(CORPUS));
  writeFileSync(path.join(dir, 'content/credited.html'), write(CONTENT));
  writeFileSync(path.join(dir, 'content/bare.html'), write(BARE));
  return dir;
}

let plain = '';
let references = '';
const files: Record<string, string> = {};
beforeAll(() => {
  plain = site((h) => h);
  references = site((h) => {
    const out = referenced(h);
    files[h] = out;
    return out;
  });
});
afterAll(() => [plain, references].forEach((dir) => rmSync(dir, { recursive: true, force: true })));


describe('an HTML page written with numeric character references', () => {
  it('gives the findings of the same page written in UTF-8, columns apart', () => {
    const [a, b] = [checkContent(plain), checkContent(references)];
    expect(a.findings.map((f) => [f.ruleId, path.basename(f.file)])).toContainEqual(['missing-attribution', 'bare.html']);
    expect(b.findings.map((f) => f.ruleId)).not.toContain('unauthorized-reuse');
    expect(withoutColumns(b.findings)).toBe(withoutColumns(a.findings));
    // the same character starts each finding: written in the plain line, a reference in the other
    for (const [i, f] of a.findings.entries()) {
      const source = path.basename(f.file) === 'bare.html' ? BARE : CONTENT;
      const plainLine = source.split('\n')[f.line - 1];
      const refLine = files[source].split('\n')[f.line - 1];
      const first = [...plainLine][f.column - 1];
      const rest = [...refLine].slice(b.findings[i].column - 1).join('');
      if (/[^\x00-\x7f]/u.test(first)) expect(rest).toMatch(new RegExp(`^&#(${first.codePointAt(0)}|x${(first.codePointAt(0) ?? 0).toString(16)});`, 'u'));
      else expect(rest.startsWith(first)).toBe(true);
    }
  });

  it('reads the 来源 of the content and of the corpus page, its column that of the reference in the file', () => {
    for (const [file, source] of [['content/credited.html', CONTENT], ['corpus/archive.html', CORPUS]]) {
      const run = laiyuan(['inspect', file], { cwd: references });
      expect(run.stdout).toMatch(/来源\s+澎湃新闻/u);
      const [, line, column] = /来源\s+澎湃新闻\s+(\d+):(\d+)/u.exec(run.stdout) ?? [];
      const written = [...files[source].split('\n')[Number(line) - 1]].slice(Number(column) - 1).join('');
      expect(written).toMatch(/^&#(28558|x6f8e);&#(28227|x6e43);/u);
    }
  });
});

// A licensed reprint of 国际在线's own page whose credit is not in the required form: the credit
// written plainly, the rest of the page (title, story) in references. Its read text holds the
// references as characters, so the offsets of a rewrite are not the file's: no fix is offered.
// Before, one was: `--fix` refused the file as "changed while it was checked: not fixed; run again"
// (it had not changed), the report said "1 problem fixable with the --fix option", and rdjson
// suggested the edit.
describe('a page written with character references, its credit not in the required form', () => {
  const OWN = page(['2026-12-01 10:00:00　来源：国际在线　责编：王敏', ...STORY], '2026-12-01');
  // the credit written plainly above the story, in either file
  const credited = (html: string) => html.replace(/<p>/u, '<p>来源：国际在线网</p>\n<p>');
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-references-fix-'));
    mkdirSync(path.join(dir, 'corpus'));
    mkdirSync(path.join(dir, 'content'));
    const licence = '  - publisher: cri\n    licensee: 示例新闻网\n    actions: [转载]\n    validFrom: 2026-01-01\n    validTo: 2027-12-31\n    paths: [content/**]\n';
    writeFileSync(path.join(dir, 'laiyuan.yaml'), `packs: [cri]\ncorpus:\n  cri: [corpus/]\nlicences:\n${licence}`);
    writeFileSync(path.join(dir, 'corpus/own.html'), OWN);
    writeFileSync(path.join(dir, 'content/plain.html'), credited(page(STORY, '2026-12-02')));
    writeFileSync(path.join(dir, 'content/references.html'), credited(referenced(page(STORY, '2026-12-02'))));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is reported as its plain twin is, with the rewrite left to the editor: no fix, no false note', () => {
    const found = checkContent(dir).findings;
    expect(found.map((f) => [path.basename(f.file), f.ruleId, f.line, f.attribution.claimed])).toEqual([
      ['plain.html', 'nonstandard-attribution', 7, '来源：国际在线网'],
      ['references.html', 'nonstandard-attribution', 7, '来源：国际在线网'],
    ]);
    expect(found[1].remedy).toMatch(/^把「来源：国际在线网」改为「来源:国际在线」/u);
    const before = readFileSync(path.join(dir, 'content/references.html'), 'utf8');
    const fix = laiyuan(['check', 'content', '--fix'], { cwd: dir });
    expect(fix.stderr).not.toContain('changed while it was checked');
    expect(fix.stderr).toBe('laiyuan: fixed 1 problem in 1 file; 1 problem left\n');
    expect(readFileSync(path.join(dir, 'content/references.html'), 'utf8')).toBe(before);
    expect(readFileSync(path.join(dir, 'content/plain.html'), 'utf8')).toContain('<p>来源:国际在线</p>');
  });

  it('offers no suggestion to reviewdog, and is not counted fixable', () => {
    const rdjson = JSON.parse(laiyuan(['check', 'content/references.html', '--format', 'rdjson'], { cwd: dir }).stdout) as { diagnostics: Array<{ suggestions?: unknown }> };
    expect(rdjson.diagnostics).toHaveLength(1);
    expect(rdjson.diagnostics[0].suggestions).toBeUndefined();
    expect(laiyuan(['check', 'content/references.html'], { cwd: dir }).stdout).not.toContain('fixable');
  });
});
