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
});
