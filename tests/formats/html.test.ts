import { describe, expect, it } from 'vitest';
import type { CheckResults, Finding } from '../../src/core/judge/types.js';
import { formatHtml } from '../../src/formats/html.js';
import { formatMarkdown } from '../../src/formats/markdown.js';
import { CHANGED_DOC, JILIN_FILE, REPRINT_FILE, sampleOptions, sampleResults } from './sample-results.js';

const FACTS = { checkedAt: '2024-03-05T08:30:00.000Z', sha256: { [REPRINT_FILE]: 'a'.repeat(64), 'fixtures/corpus/cri/cri-06-zhongguo-dongmeng-bolanhui.txt': 'b'.repeat(64) } };

function html(results: CheckResults = sampleResults()): string {
  return formatHtml(results, { ...sampleOptions(), report: FACTS });
}

/** 10,000 findings over 2,500 documents, each reusing one of 40 articles with two long passages. */
function many(): CheckResults {
  const base = sampleResults();
  const reprint = base.findings[1];
  const long = CHANGED_DOC.repeat(12);
  const findings: Finding[] = [];
  for (let i = 0; i < 10_000; i++) {
    const f = structuredClone(reprint);
    f.file = `news/2024/${String(Math.floor(i / 4)).padStart(5, '0')}.md`;
    f.line = 3 + (i % 4);
    if (f.source) f.source = { ...f.source, articleId: `cri-${i % 40}`, title: `第${i % 40}篇 ${f.source.title}` };
    if (f.reuse) f.reuse.passages = f.reuse.passages.map((p) => ({ ...p, line: f.line, text: long, sourceText: long.replace('隆重', '') }));
    findings.push(f);
  }
  return { ...base, findings, errors: [], summary: { filesChecked: 3000, filesWithFindings: 2500, errors: 10_000, warnings: 0, infos: 0 } };
}

describe('html formatter', () => {
  it('is one self-contained file: no external script, stylesheet, font or image', () => {
    const out = html();
    expect(out.startsWith('<!doctype html>')).toBe(true);
    expect(out).toContain('<html lang="zh-CN">');
    expect(out).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(|@font-face|<img/iu);
  });

  it('counts what the results count, and sums up per source article and per document', () => {
    const out = html();
    for (const [key, n] of [['files-checked', 5], ['files-with-findings', 2], ['findings', 5], ['errors', 3], ['warnings', 1], ['infos', 1], ['unreadable', 1]] as const) {
      expect(out).toContain(`<td data-count="${key}">${n}</td>`);
    }
    const byArticle = out.slice(out.indexOf('class="by-article"'), out.indexOf('</table>', out.indexOf('class="by-article"')));
    expect(byArticle.match(/<tr>/gu)).toHaveLength(1 + 2);
    expect(byArticle).toContain('《第20届中国—东盟博览会在南宁开幕 签约项目总额创历届新高》');
    const byDocument = out.slice(out.indexOf('class="by-document"'), out.indexOf('</table>', out.indexOf('class="by-document"')));
    expect(byDocument).toContain(REPRINT_FILE);
    expect(byDocument).toContain(JILIN_FILE);
  });

  it('shows each reuse with both passages side by side, the differences marked', () => {
    const out = html();
    expect(out).toContain('南宁<ins>隆重</ins>开幕');
    expect(out).toContain('率队赴<del>北</del>京');
    expect(out.match(/class="pair"/gu)?.length).toBe(3);
  });

  it('quotes the clause and gives dates, who published first, addresses and both files\' SHA-256', () => {
    const out = html();
    expect(out).toContain('第2条：「凡本网注明“来源:国际在线”的所有信息内容,未经书面授权,任何单位及个人不得转载、摘编、复制或利用其他方式使用。」');
    expect(out).toContain('2023-09-18');
    expect(out).toContain('2023-09-17 18:30:51');
    expect(out).toContain('原文早 1 天发布');
    expect(out).toContain('href="https://www.example-news.cn/2023/09/18/dongbohui.html"');
    expect(out).toContain(`<code>${'a'.repeat(64)}</code>`);
    expect(out).toContain(`<code>${'b'.repeat(64)}</code>`);
    expect(out).toContain('2024-03-05T08:30:00.000Z');
    expect(out).toContain('laiyuan 0.1.0');
  });

  it('escapes what the documents say', () => {
    const results = sampleResults();
    results.findings[0].message = '来源写作「<script>alert(1)</script>」';
    const out = html(results);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out.match(/<script>/gu)).toHaveLength(1);
  });

  it('stays a file a browser opens with 10,000 findings: passages capped, sections collapsed', () => {
    const started = performance.now();
    const out = html(many());
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(out.length).toBeLessThan(20_000_000);
    expect(out).not.toContain('<details class="doc" id="doc-1" open>');
    expect(out.match(/class="pair"/gu)?.length).toBeLessThanOrEqual(1500);
    expect(out.match(/<article class="finding"/gu)).toHaveLength(10_000);
    expect(out).toContain('段落对照从略');
  });

  it('gives each cited clause in full once, and each finding its words with a link to it', () => {
    const results = many();
    const clause3 = '“国际在线”自有版权信息(包括但不限于“国际在线专稿”、“国际在线消息”、“国际在线XX消息”“国际在线报道”“国际在线XX报道”等信息内容,但明确标注为第三方版权的内容除外)均由国广国际在线网络(北京)有限公司统一管理和销售。';
    for (const f of results.findings) f.clause = { number: 3, text: clause3, quote: '均由国广国际在线网络(北京)有限公司统一管理和销售' };
    const out = html(results);
    expect(out.split(clause3)).toHaveLength(2);
    expect(out.match(/<a href="#clause-cri-3">条款全文<\/a>/gu)).toHaveLength(10_000);
    expect(out).toContain('<dt id="clause-cri-3">第3条（cri）</dt>');
  });
});

describe('markdown formatter', () => {
  const out = formatMarkdown(sampleResults(), { ...sampleOptions(), report: FACTS });

  it('sums up the run, per document and per source article, for a pull-request comment', () => {
    expect(out).toContain('**5 个问题**（3 个错误，1 个警告，1 个提示），涉及 2 / 5 个文件；1 个文件无法读取。');
    expect(out).toContain('### 按文档');
    expect(out).toContain('### 按来源文章');
    expect(out).toContain('| 《第20届中国—东盟博览会在南宁开幕 签约项目总额创历届新高》 | 国际在线 | 2023-09-17 18:30:51 | 1 | 87% |');
    expect(out).toContain(`\`${REPRINT_FILE}:7\``);
  });

  it('counts a document\'s warnings and infos in their own columns', () => {
    const lines = out.split('\n');
    expect(lines).toContain('| 文档 | 日期 | 错误 | 警告 | 提示 | 规则 | 复用的来源文章 |');
    const row = lines.find((l) => l.startsWith(`| \`${JILIN_FILE}\``))?.split(' | ');
    expect(row?.slice(2, 5)).toEqual(['1', '1', '1']);
  });

  it('keeps every table row on one line with its cells', () => {
    const rows = out.split('\n').filter((l) => l.startsWith('|'));
    const widths = new Set(rows.map((r) => r.replace(/\\\|/gu, '').split('|').length));
    expect(rows.length).toBeGreaterThan(8);
    expect(widths.size).toBeLessThanOrEqual(3);
    expect(out).toContain('覆盖原文 87%: 近乎全文转载，请核对来源');
  });

  it('stays under GitHub\'s comment limit with 10,000 findings', () => {
    const big = formatMarkdown(many(), sampleOptions());
    expect(big.length).toBeLessThan(65_536);
    expect(big).toContain('另有 9940 个问题未列出');
  });
});

describe('under --quiet, the HTML and Markdown summaries say what it left out, as pretty does', () => {
  // a run of reprints whose only warnings --quiet hid: never "没有发现问题" over them
  const clean = { ...sampleResults(), findings: [], errors: [], summary: { filesChecked: 2, filesWithFindings: 0, errors: 0, warnings: 0, infos: 0 } };

  it('markdown: beside the counts, and in place of "no problems"', () => {
    const some = formatMarkdown(sampleResults(), { ...sampleOptions(), report: FACTS, hidden: { warnings: 3, infos: 0 } });
    expect(some).toContain('**5 个问题**（3 个错误，1 个警告，1 个提示），涉及 2 / 5 个文件；1 个文件无法读取；另有 3 个警告因 --quiet 未列出。');
    const none = formatMarkdown(clean, { ...sampleOptions(), report: FACTS, hidden: { warnings: 1, infos: 2 } });
    expect(none).toContain('✅ 没有发现错误（检查了 2 个文件；另有 1 个警告和 2 个提示因 --quiet 未列出）。');
    expect(none).not.toContain('没有发现问题');
  });

  it('html: under the counts, and in place of "no problems"', () => {
    const some = formatHtml(sampleResults(), { ...sampleOptions(), report: FACTS, hidden: { warnings: 3, infos: 0 } });
    expect(some).toMatch(/<\/table><p class="note">另有 3 个警告因 --quiet 未列出（计数不含这些）。<\/p>/u);
    const none = formatHtml(clean, { ...sampleOptions(), report: FACTS, hidden: { warnings: 1, infos: 0 } });
    expect(none).toContain('<p class="note">没有发现错误（另有 1 个警告因 --quiet 未列出）。</p>');
    expect(none).not.toContain('没有发现问题');
  });

  it('without --quiet, or with nothing hidden, they read as before', () => {
    expect(formatMarkdown(clean, { ...sampleOptions(), report: FACTS })).toContain('✅ 没有发现问题（检查了 2 个文件）。');
    expect(formatHtml(clean, { ...sampleOptions(), report: FACTS })).not.toContain('--quiet');
  });
});
