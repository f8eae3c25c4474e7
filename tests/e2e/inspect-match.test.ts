import { describe, expect, it } from 'vitest';
import { SEED } from '../helpers/docs.js';
import { laiyuan } from './cli.js';

describe('laiyuan inspect', () => {
  it('prints the seed page metadata as JSON, with positions', () => {
    const run = laiyuan(['inspect', `fixtures/${SEED}`, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ encoding: 'utf-8', bom: false, eol: 'lf' });
    const doc = report.documents[0];
    expect(doc.sources[0]).toMatchObject({ value: '吉林日报', line: 4, written: '来源:吉林日报' });
    expect(doc.editors.map((e: { value: string }) => e.value)).toEqual(['冯雅君']);
    // the page separates the parts of its headline with no-break spaces, and the value keeps them
    expect(doc.originalTitle.value.replace(/\u00a0/gu, ' ')).toBe('景俊海韩俊率队与国家有关部委单位举行工作会谈 深入对接创新资源 持续开展务实合作 为吉林振兴发展培育新优势注入新动能');
    expect(doc.authors.map((a: { value: string }) => a.value)).toEqual(['黄鹭', '于小博']);
    expect(doc.dates[0].value).toBe('2022-03-04T11:59:53');
    expect(doc.dates[0]).toMatchObject({ line: 4, column: 1 });
  });

  it('finds own-content markers of the loaded packs', () => {
    const run = laiyuan(['inspect', 'fixtures/corpus/cri/cri-09-zaolin-zhongcao-senlin-fugailv.txt', '--format', 'json']);
    const markers = JSON.parse(run.stdout).documents[0].markers;
    expect(markers.length).toBeGreaterThan(0);
    expect(markers[0].value).toMatch(/^国际在线/u);
  });

  it('lists the credit after a third-party mark (第三方版权 来源：新京报) and the mark, as check reads them', () => {
    const input = '北京地铁新增三条线路开通运营\n第三方版权 来源：新京报\n\n　　记者从北京市交通委获悉，地铁新增三条线路于今日开通运营，全市轨道交通运营里程突破八百五十公里。\n';
    // before: "sources": [] and no mark
    const doc = JSON.parse(laiyuan(['inspect', '-', '--format', 'json', '--stdin-filename', 'ditie.txt'], { input }).stdout).documents[0];
    expect(doc.sources.map((s: { value: string; line: number; column: number; written: string }) => [s.value, s.line, s.column, s.written])).toEqual([['新京报', 2, 10, '来源：新京报']]);
    expect(doc.thirdParty).toEqual([{ pack: 'cri', value: '第三方版权', line: 2, column: 1, endLine: 2, endColumn: 6 }]);
    const pretty = laiyuan(['inspect', '-', '--stdin-filename', 'ditie.txt'], { input }).stdout;
    expect(pretty).toMatch(/来源 +新京报  2:10  「来源：新京报」/u);
    expect(pretty).toMatch(/第三方 +第三方版权  2:1/u);
  });

  it('reads standard input', () => {
    const run = laiyuan(['inspect', '-', '--format', 'json', '--stdin-filename', 'draft.txt'], { input: '标题\n（来源：光明日报）\n正文。' });
    expect(JSON.parse(run.stdout).documents[0].sources[0].value).toBe('光明日报');
  });

  it('names a missing file in one line and exits 2', () => {
    const run = laiyuan(['inspect', 'fixtures/nope.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('fixtures/nope.txt');
  });
});

describe('laiyuan match', () => {
  it('says which article a file reuses, how, and where, as JSON', () => {
    const run = laiyuan(['match', 'fixtures/reuse/r03-dunhuang-wrong-source.html', '--corpus', 'fixtures/corpus/cri', '--format', 'json']);
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout);
    expect(result.file).toBe('fixtures/reuse/r03-dunhuang-wrong-source.html');
    const [reuse] = result.reuses;
    expect(reuse.source).toMatchObject({ articleId: 'cri-03-dunhuang-bihua-budapeisi', origin: '国际在线', file: 'fixtures/corpus/cri/cri-03-dunhuang-bihua-budapeisi.txt' });
    expect(reuse.kind).toBe('reprint');
    expect(reuse.coverage).toBeGreaterThan(0.9);
    const p = reuse.passages[0];
    expect(p.text).toContain('当地时间9月11日晚');
    expect(p.sourceText).toContain('当地时间9月11日晚');
    expect(p.line).toBeGreaterThan(p.sourceLine);
  });

  it('shows the passages side by side for a person', () => {
    const run = laiyuan(['match', 'fixtures/reuse/r31-dongmeng-excerpt-commentary.md', '--corpus', 'fixtures/corpus/cri']);
    expect(run.stdout).toMatch(/摘编 excerpt/u);
    expect(run.stdout).toMatch(/document: /u);
    expect(run.stdout).toMatch(/source: {3}/u);
  });

  it('finds nothing in same-event news by another outlet', () => {
    const run = laiyuan(['match', 'fixtures/negatives/same-event-01-changchun-banlie.md', '--corpus', 'fixtures/corpus/cri', '--format', 'json']);
    expect(JSON.parse(run.stdout)[0].reuses).toEqual([]);
  });

  it('names a path that is not there in one line and exits 2, as check does', () => {
    const run = laiyuan(['match', 'fixtures/reuse/r03-dunhuang-wrong-source.html', 'fixtures/reuse/r99-not-there.md', '--corpus', 'fixtures/corpus/cri', '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('fixtures/reuse/r99-not-there.md');
    expect(JSON.parse(run.stdout)[0].reuses[0].source.articleId).toBe('cri-03-dunhuang-bihua-budapeisi');
  });

  it('asks for a corpus when there is none', () => {
    const run = laiyuan(['match', 'fixtures/reuse/r03-dunhuang-wrong-source.html'], { cwd: '/tmp' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--corpus/u);
    expect(run.stderr).not.toMatch(/at .*\.js/u);
  });
});
