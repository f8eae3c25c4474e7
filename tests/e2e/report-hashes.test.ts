// The SHA-256 in the evidence report is of the bytes that were checked, taken when they were read:
// a document read from standard input has one, the archive's file has the one of the bytes compared,
// and a check answered from the cache still states the document's.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';
import { laiyuan } from './cli.js';
import { HEADER_BYTES } from '../../src/core/match/archive-format.js';
import { freshSchema } from '../postgres/schema.js';

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const DONGMENG = readFileSync(path.join(ROOT, 'fixtures/corpus/cri/cri-06-zhongguo-dongmeng-bolanhui.txt'), 'utf8');
const story = DONGMENG.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/来源|责编|^\d{4}-/.test(l));
const ARCHIVE = JSON.stringify({ id: 'cri-20230917-004', title: story[0], date: '2023-09-17', url: 'https://news.cri.cn/20230917/dongmeng.html', text: DONGMENG }) + '\n';
const COPY = ['---', 'title: 东盟博览会开幕 签约额创新高', 'date: 2023-09-20', '---', '', `# ${story[0]}`, '', '来源：示例新闻网', '', ...story.slice(1).map((l) => `${l}\n`)].join('\n');

let site = '';
beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-hashes-'));
  mkdirSync(path.join(site, 'corpus'));
  mkdirSync(path.join(site, 'content'));
  writeFileSync(path.join(site, 'laiyuan.yaml'), 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n');
  writeFileSync(path.join(site, 'corpus/cri-archive.jsonl'), ARCHIVE);
  writeFileSync(path.join(site, 'content/dongmeng.md'), COPY);
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

function hashesIn(html: string): string[] {
  return [...new Set([...html.matchAll(/<code>([0-9a-f]{64})<\/code>/gu)].map((m) => m[1]))];
}

describe('the SHA-256 in the HTML report', () => {
  it('is of the bytes read from standard input, which no later read could give', () => {
    const text = COPY.replace('签约额创新高', '签约总额创新高');
    const run = laiyuan(['check', '-', '--stdin-filename', 'content/pasted.md', '--format', 'html'], { cwd: site, input: text });
    expect(run.code).toBe(1);
    const hashes = hashesIn(run.stdout);
    expect(hashes).toContain(sha(Buffer.from(text, 'utf8')));
    expect(hashes).toContain(sha(ARCHIVE));
  });

  it('names the archive index compared against: its file, its header\'s SHA-256, size and time', () => {
    expect(laiyuan(['index', 'build', 'corpus', '-o', 'archive.lyx'], { cwd: site }).code).toBe(0);
    const run = laiyuan(['check', 'content', '--index', 'archive.lyx', '--format', 'html'], { cwd: site });
    expect(run.code).toBe(1);
    const index = readFileSync(path.join(site, 'archive.lyx'));
    const row = /<dt>比对的存档索引<\/dt><dd>([^]*?)<\/dd>/u.exec(run.stdout)?.[1] ?? '';
    expect(row).toContain('archive.lyx（cri）');
    expect(row).toContain(`<code>${sha(index.subarray(0, HEADER_BYTES))}</code>`);
    expect(row).toContain(`${index.length} 字节`);
    // the Markdown report (a pull request's comment) names it too, by file and header hash
    const markdown = laiyuan(['check', 'content', '--index', 'archive.lyx', '--format', 'markdown'], { cwd: site });
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toContain(`\n比对的存档索引：\`archive.lyx\`（cri，文件头 SHA-256 \`${sha(index.subarray(0, HEADER_BYTES))}\`）\n`);
    rmSync(path.join(site, 'archive.lyx'));
  });

  it('names an index on a server by its URL, generation and last write, in the HTML and the Markdown report', { timeout: 120000 }, () => {
    const s = freshSchema();
    expect(laiyuan(['index', 'build', 'corpus', '--index', s.url], { cwd: site }).code).toBe(0);
    const html = laiyuan(['check', 'content', '--index', s.url, '--format', 'html'], { cwd: site });
    expect(html.code).toBe(1);
    const row = /<dt>比对的存档索引<\/dt><dd>([^]*?)<\/dd>/u.exec(html.stdout)?.[1] ?? '';
    expect(row).toMatch(new RegExp(`^postgres://\\S+schema=${s.schema}（cri）；服务器索引，第 1 代，更新于 \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z$`, 'u'));
    const markdown = laiyuan(['check', 'content', '--index', s.url, '--format', 'markdown'], { cwd: site });
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toMatch(new RegExp(`\\n比对的存档索引：\`postgres://\\S+schema=${s.schema}\`（cri，服务器索引，第 1 代，更新于 \\d{4}-[\\d:.T-]+Z）\\n`, 'u'));
  });

  it('names the document\'s and the archive file\'s hashes, also when the check comes from the cache', () => {
    for (let i = 0; i < 2; i++) {
      const run = laiyuan(['check', 'content', '--format', 'html', '--cache'], { cwd: site });
      expect(run.code).toBe(1);
      expect(hashesIn(run.stdout)).toEqual([sha(COPY), sha(ARCHIVE)]);
    }
  });
});
