// The evidence a rights holder takes away: JSON with both passages' words, dates, addresses and
// JSON Lines records named by id; the terminal's --evidence view of the same check.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResults } from '../../src/core/judge/types.js';
import { cellWidth } from '../../src/formats/cells.js';
import { ROOT } from '../helpers/corpus.js';
import { laiyuan } from './cli.js';

const CORPUS = path.join(ROOT, 'fixtures/corpus/cri');

/** A corpus page from its headline on: headline, the header line (date, 来源, 责编), the story. */
function page(file: string): string[] {
  const lines = readFileSync(path.join(CORPUS, file), 'utf8').split('\n');
  return lines.slice(lines.findIndex((l, i) => i > 0 && l.trim() !== '')).map((l) => l.trim()).filter((l) => l !== '');
}

const HANCHAO = page('cri-07-hanchao-chengse-yujing.txt');
const YANGSHAN = page('cri-12-yangshan-gang-jizhuangxiang.txt');
const LISHU = page('cri-05-lishu-moshi-heitudi.txt');

function record(id: string, lines: string[], date: string, url: string): string {
  return JSON.stringify({ id, title: lines[0], source: '国际在线', date, url, text: lines.join('\n') });
}

let site = '';

beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-evidence-'));
  mkdirSync(path.join(site, 'corpus'));
  mkdirSync(path.join(site, 'content'));
  writeFileSync(path.join(site, 'laiyuan.yaml'), 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n');
  writeFileSync(path.join(site, 'corpus/cri-archive.jsonl'), [
    record('cri-20230105-012', YANGSHAN, '2023-01-05 12:33:18', 'https://news.cri.cn/20230105/yangshan.html'),
    record('cri-20230508-005', LISHU, '2023-05-08 10:15:26', 'https://news.cri.cn/20230508/lishu.html'),
    record('cri-20231214-007', HANCHAO, '2023-12-14 11:06:29', 'https://news.cri.cn/20231214/hanchao.html'),
  ].join('\n') + '\n');
  const story = HANCHAO.slice(2).join('\n\n').replace('中央气象台继续发布', '中央气象台当天继续发布');
  writeFileSync(path.join(site, 'content/hanchao.md'), [
    '---', 'title: 寒潮来袭 多地气温将下降10℃以上', 'date: 2024-01-05', 'url: https://www.example-news.cn/2024/01/05/hanchao.html', '---', '',
    `# ${HANCHAO[0]}`, '', '发布时间：2024-01-05 09:12', '', '来源：新华网', '', story, '', '责任编辑：孙悦', '',
  ].join('\n'));
  writeFileSync(path.join(site, 'content/feed.jsonl'), [
    JSON.stringify({ id: 'site-0001', title: '长春今冬首场降雪', date: '2024-01-08', text: '长春市今天迎来今冬首场降雪，市政部门连夜清雪，保障市民出行。' }),
    JSON.stringify({ id: 'site-0002', title: YANGSHAN[0], date: '2024-01-06', url: 'https://www.example-news.cn/2024/01/06/port.html', text: YANGSHAN.slice(2).join('\n') }),
  ].join('\n') + '\n');
});

afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('check --format json carries the evidence', () => {
  let results: CheckResults;
  beforeAll(() => {
    const run = laiyuan(['check', 'content', '--format', 'json'], { cwd: site });
    expect(run.code).toBe(1);
    results = JSON.parse(run.stdout) as CheckResults;
  });

  it('gives both passages\' words, coverage and similarity', () => {
    const reuse = results.findings.find((f) => f.file === 'content/hanchao.md' && f.ruleId === 'unauthorized-reuse');
    expect(reuse?.reuse?.coverage).toBeGreaterThan(0.9);
    const passages = reuse?.reuse?.passages ?? [];
    expect(passages.map((p) => p.text).join('')).toContain('中央气象台当天继续发布寒潮橙色预警');
    expect(passages.map((p) => p.sourceText).join('')).toContain('12月14日，中央气象台继续发布寒潮橙色预警');
    expect(reuse?.reuse?.docCoverage).toBeGreaterThan(0.5);
  });

  it('names the article by its record id, with its line, date and address', () => {
    const reuse = results.findings.find((f) => f.file === 'content/hanchao.md' && f.ruleId === 'unauthorized-reuse');
    expect(reuse?.source).toEqual({
      articleId: 'cri-20231214-007', title: HANCHAO[0], file: 'corpus/cri-archive.jsonl', url: 'https://news.cri.cn/20231214/hanchao.html',
      date: '2023-12-14 11:06:29', origin: '国际在线', record: 3, alsoIn: [],
    });
  });

  it('gives the document\'s own date and address, from front matter and from JSON Lines fields', () => {
    const page = results.findings.find((f) => f.file === 'content/hanchao.md');
    expect(page?.document).toEqual({ id: null, title: '寒潮来袭 多地气温将下降10℃以上', date: '2024-01-05', url: 'https://www.example-news.cn/2024/01/05/hanchao.html', record: null });
    const fed = results.findings.find((f) => f.file === 'content/feed.jsonl');
    expect(fed?.document).toEqual({ id: 'site-0002', title: YANGSHAN[0], date: '2024-01-06', url: 'https://www.example-news.cn/2024/01/06/port.html', record: 2 });
    expect(fed?.source).toMatchObject({ articleId: 'cri-20230105-012', record: 1 });
  });
});

describe('check --evidence at a terminal', () => {
  let lines: string[] = [];
  beforeAll(() => {
    const run = laiyuan(['check', 'content', '-v'], { cwd: site });
    expect(run.code).toBe(1);
    lines = run.stdout.split('\n');
  });

  it('marks the edit, and never the page headers (dates, 来源, 责编) that differ between the pages', () => {
    const flat = lines.map((l) => l.trim()).join('');
    expect(flat).toContain('中央气象台〔当天〕继续发布');
    expect(lines.filter((l) => l.includes('〔')).join('\n')).not.toMatch(/发布时间|责编|2023-12-14|来源:国际在线/u);
    expect(flat).toContain('发布时间：2024-01-05 09:12');
  });

  it('names JSON Lines records by id, says who published first, and fits 80 columns when piped', () => {
    const flat = lines.map((l) => l.trim()).join('');
    expect(flat).toContain('corpus/cri-archive.jsonl 记录 cri-20231214-007（第 3 行）');
    expect(flat).toContain('本文：日期 2024-01-05（原文早 22 天发布）');
    expect(flat).toContain('本文 记录 site-0002（第 2 行）');
    expect(flat).not.toMatch(/cri-archive\.jsonl:\d+:\d+/u);
    expect(Math.max(...lines.map(cellWidth))).toBeLessThanOrEqual(80);
  });
});

describe('match on a folder', () => {
  it('matches every document in it, the corpus left out, and names JSON Lines records by id', () => {
    const json = laiyuan(['match', '.', '--format', 'json'], { cwd: site });
    expect(json.code).toBe(0);
    const results = JSON.parse(json.stdout) as { file: string; reuses: { source: { articleId: string; record: number | null } }[] }[];
    expect(results.map((r) => r.file).sort()).toEqual(['content/feed.jsonl', 'content/feed.jsonl', 'content/hanchao.md']);
    expect(results.find((r) => r.file === 'content/hanchao.md')?.reuses[0].source).toMatchObject({ articleId: 'cri-20231214-007', record: 3 });
    const pretty = laiyuan(['match', 'content'], { cwd: site });
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).toContain('content/feed.jsonl 记录 site-0002（第 2 行）');
    expect(pretty.stdout).toContain('(corpus/cri-archive.jsonl 记录 cri-20231214-007（第 3 行）)');
    expect(pretty.stdout).toContain('source cri-20230105-012');
    expect(pretty.stdout).not.toMatch(/cri-archive\.jsonl:\d+/u);
  });

  it('gives a JSON Lines record\'s passages their line:column in the file, as its JSON does', () => {
    type Passage = { line: number; column: number; endLine: number; endColumn: number };
    const json = JSON.parse(laiyuan(['match', 'content/feed.jsonl', '--format', 'json'], { cwd: site }).stdout) as { reuses: { passages: Passage[] }[] }[];
    const passages = json.flatMap((r) => r.reuses.flatMap((u) => u.passages));
    expect(passages.length).toBeGreaterThan(0);
    const pretty = laiyuan(['match', 'content/feed.jsonl'], { cwd: site }).stdout;
    passages.forEach((p, i) => {
      expect(p.line).toBe(2);
      expect(pretty).toContain(`passage ${i + 1}  ${p.line}:${p.column}–${p.endLine}:${p.endColumn}  ⇄  source cri-20230105-012`);
    });
  });
});
