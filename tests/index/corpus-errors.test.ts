// `index build` over a corpus with errors, to a file and to a server: refused alike, nothing
// written, exit 2, one line for each error, which says too that the index was not written; what the listing of the folders finds wrong refuses
// the build before any corpus file is read.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { freshSchema } from '../postgres/schema.js';
import { adminQuery } from '../postgres/server.js';

let site: string;
let outside: string;

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-corpus-errors-'));
  outside = mkdtempSync(path.join(tmpdir(), 'laiyuan-outside-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
  cpSync(path.join(site, 'corpus', 'cri-13-jiuquan-yijian-sixing.txt'), path.join(outside, 'jiuquan.txt'));
});

afterEach(() => {
  rmSync(site, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** A JSON Lines corpus file of three 国际在线 articles, the second line with a NUL byte in its text: an error found only by reading it. */
function nulLine(): void {
  const articles = [
    { id: 'cri-101', title: '吉林省冰雪旅游季在长白山开幕', source: '国际在线', date: '2023-12-01', text: '国际在线长春消息：12月1日，吉林省冰雪旅游季在长白山开幕。\n各地游客纷至沓来。' },
    { id: 'cri-102', title: '长春汽车出口创新高', source: '国际在线', date: '2023-12-02', text: '国际在线长春消息：今年前十一个月，长春汽车出口量同\u0000比增长三成。' },
    { id: 'cri-103', title: '延吉机场开通新航线', source: '国际在线', date: '2023-12-03', text: '国际在线延吉消息：延吉机场开通至首尔的新航线。' },
  ];
  // JSON.stringify writes the NUL escaped (\u0000), which is sound JSON: the raw byte put back
  const lines = articles.map((a) => JSON.stringify(a).replace('\\u0000', '\u0000'));
  writeFileSync(path.join(site, 'corpus', 'cri-90-jilin.jsonl'), `${lines.join('\n')}\n`);
}

const linkOut = () => symlinkSync(path.join(outside, 'jiuquan.txt'), path.join(site, 'corpus', 'zz-link.txt'));
const LINK = /^laiyuan: corpus\/zz-link\.txt: corpus of pack 'cri': is a link to .*jiuquan\.txt, outside the project folder .*: not followed; name .*jiuquan\.txt itself to read it \(named on the command line, or by corpus\.cri in the config: check the path\)$/u;
const NUL = /^laiyuan: corpus\/cri-90-jilin\.jsonl:2:\d+: holds a NUL byte/u;
/** The end of an error line: the index named, and whether one was there and kept. */
const NOT_WRITTEN = /; archive\.lyx not written$/u;
const LEFT = /; archive\.lyx not written \(left as it was\)$/u;

describe('index build over a corpus with errors', { timeout: 180000 }, () => {
  it('a link out of the project: refused before any corpus file is read (the NUL line, found by reading, is not reached), nothing written, exit 2', () => {
    nulLine();
    linkOut();
    for (const concurrency of ['1', '2']) {
      const r = laiyuan(['index', 'build', 'corpus', '-o', 'archive.lyx', '--concurrency', concurrency], { cwd: site });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      // there was no archive.lyx to leave as it was
      expect(lines[0].replace(NOT_WRITTEN, '')).toMatch(LINK);
      expect(lines[0]).toMatch(NOT_WRITTEN);
      expect(readdirSync(site).filter((f) => f.includes('archive.lyx'))).toEqual([]);
    }
  });

  it('update the same: the link alone named, the index left as it was', () => {
    expect(laiyuan(['index', 'build', 'corpus', '-o', 'archive.lyx'], { cwd: site }).code).toBe(0);
    const before = readFileSync(path.join(site, 'archive.lyx'));
    nulLine();
    linkOut();
    const r = laiyuan(['index', 'update', 'archive.lyx', 'corpus'], { cwd: site });
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].replace(LEFT, '')).toMatch(LINK);
    expect(lines[0]).toMatch(LEFT);
    expect(readFileSync(path.join(site, 'archive.lyx')).equals(before)).toBe(true);
  });

  it('a corpus file with a NUL line, the listing sound: each error read is named, nothing written, exit 2', () => {
    nulLine();
    const r = laiyuan(['index', 'build', 'corpus', '-o', 'archive.lyx'], { cwd: site });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(NUL)]);
    expect(r.stderr.trimEnd()).toMatch(NOT_WRITTEN);
    expect(readdirSync(site).filter((f) => f.includes('archive.lyx'))).toEqual([]);
  });

  it('to a server, as to a file: refused before the server is written, "(left as it was)" only when there was an index, none made where there was none', async () => {
    const s = freshSchema();
    nulLine();
    const refused = laiyuan(['index', 'build', 'corpus', '--index', s.url], { cwd: site });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    // there was no index in the schema to leave as it was
    expect(refused.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(NUL)]);
    expect(refused.stderr.trimEnd().endsWith(`; ${s.url} not written`)).toBe(true);
    const tables = await adminQuery(s.server, `select count(*)::int as n from information_schema.tables where table_schema = '${s.schema}'`);
    expect(tables.rows[0]).toEqual({ n: 0 });
    rmSync(path.join(site, 'corpus', 'cri-90-jilin.jsonl'));
    expect(laiyuan(['index', 'build', 'corpus', '--index', s.url], { cwd: site }).stdout).toMatch(/^indexed 15 articles from 15 files into \S+: [\d,]+ fingerprints, generation 1, /u);
    nulLine();
    linkOut();
    const again = laiyuan(['index', 'build', 'corpus', '--index', s.url], { cwd: site });
    expect(again.code).toBe(2);
    const line = again.stderr.trimEnd();
    expect(line.split('\n')).toHaveLength(1);
    expect(line.endsWith(`; ${s.url} not written (left as it was)`)).toBe(true);
    expect(line.slice(0, line.lastIndexOf(';'))).toMatch(LINK);
    const stats = JSON.parse(laiyuan(['index', 'stats', s.url, '--format', 'json'], { cwd: site }).stdout) as Record<string, unknown>;
    expect(stats).toMatchObject({ articles: 15, generation: 1 });
  });
});
