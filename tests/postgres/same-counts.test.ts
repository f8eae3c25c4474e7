// index update over the same corpus change says the same of an index file and of a server: the
// articles added and removed, and which files' articles are gone from the corpus or now over
// --max-file-size. The server's line said no more than its counts: "(1 added, 3 removed, …)",
// where the file's went on "; removed 2 articles of 2 files gone from the corpus".
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { demoSite } from './site.js';
import { freshSchema } from './schema.js';

let site: string;
let url: string;
const run = (args: string[]) => laiyuan(args, { cwd: site });
const corpus = (file: string) => path.join(site, 'corpus', file);

beforeAll(() => {
  site = demoSite('laiyuan-pg-same-counts-');
  url = freshSchema().url;
  expect(run(['index', 'build', '--index', url]).code).toBe(0);
  expect(run(['index', 'build', '-o', 'archive.lyx']).code).toBe(0);
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** The file and the server updated alike: what each line says after its figures, the server's rows of kept articles left out. */
function updateBoth(more: string[] = []): { file: string; server: string } {
  const file = run(['index', 'update', 'archive.lyx', 'corpus', ...more]);
  const server = run(['index', 'update', url, 'corpus', ...more]);
  expect([file.code, server.code], `${file.stderr}${server.stderr}`).toEqual([0, 0]);
  const tail = (stdout: string) => stdout.slice(0, stdout.indexOf('; ') + 2).replace(/, \d+ kept articles rewritten; $/u, '; ');
  return { file: tail(file.stdout), server: tail(server.stdout) };
}

describe('index update: a file and a server say the same change alike', { timeout: 240000 }, () => {
  it('an article edited, two gone from the corpus: the same counts, and the files gone said on both', () => {
    const edited = corpus('cri-01-zhongou-banlie-changchun.txt');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('11月20日上午', '11月21日上午'));
    rmSync(corpus('cri-13-jiuquan-yijian-sixing.txt'));
    rmSync(corpus('cri-05-lishu-moshi-heitudi.txt'));
    const { file, server } = updateBoth();
    expect(file).toBe('updated: 1 added, 3 removed (2 from 2 files gone from the corpus); ');
    expect(server).toBe(file);
  });

  it('the whole corpus at a lower limit: the archive page removed as now over --max-file-size on both', () => {
    const { file, server } = updateBoth(['--max-file-size', '5k']);
    expect(file).toBe('updated: 0 added, 1 removed (1 from 1 file now over --max-file-size 5120 bytes); ');
    expect(server).toBe(file);
  });

  it('JSON Lines records now over a lower limit, their file still read: said so on both', () => {
    const record = (id: string, title: string, text: string) => JSON.stringify({ id, title, source: '国际在线', date: '2024-12-28', text });
    const short = '国际在线消息：记者从长春市气象局获悉，受冷空气影响，本周末长春市将迎来今冬首场大范围降雪，累计降雪量可达中雪量级，局地大雪。气象部门提醒市民提前做好防寒保暖准备。';
    const long = readFileSync(corpus('cri-18-chaganhu-dongbu-kaimu.txt'), 'utf8');
    writeFileSync(corpus('稿库.jsonl'), `${record('cri-2024-0', '长春本周末迎今冬首场降雪', short)}\n${record('cri-2024-1', '查干湖冬捕开幕', long)}\n`);
    expect(updateBoth().file).toBe('updated: 2 added, 0 removed; ');
    // before: 1 removed with no word why, the file still in the corpus
    const { file, server } = updateBoth(['--max-file-size', '2k']);
    expect(file).toMatch(/^updated: 0 added, \d+ removed \(\d+ from \d+ files now over --max-file-size 2048 bytes, 1 record now over --max-file-size 2048 bytes\); $/u);
    expect(server).toBe(file);
  });
});
