// index update on a server over an index an earlier laiyuan wrote (pushed from its file, or built
// by it), whose HTML pages' records lack the headings this one records: the pages read again are
// written in this version's form, the same articles. An index file's update counts them apart
// (a6496a3): "(2 added, 2 removed, 3 rewritten for this version)"; the server's said "(5 added,
// 5 removed, …)" of the same change. Both now count the same inputs alike.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { editCorpus, forgetOlder, olderIndex, siteWithPages } from '../helpers/older-index.js';
import { freshSchema } from './schema.js';

let site: string;
const run = (args: string[]) => laiyuan(args, { cwd: site });
const edit = (file: string, from: string, to: string) => editCorpus(site, file, from, to);

beforeEach(() => {
  site = siteWithPages('laiyuan-pg-older-records-');
});

afterEach(() => {
  forgetOlder();
  rmSync(site, { recursive: true, force: true });
});

/** The index an earlier laiyuan wrote, as a file (archive.lyx) and pushed to a server: the server's URL. */
async function olderIndexes(): Promise<string> {
  await olderIndex(site, path.join(site, 'archive.lyx'));
  const { url } = freshSchema();
  const pushed = run(['index', 'push', 'archive.lyx', '--to', url]);
  expect(pushed.code, pushed.stderr).toBe(0);
  return url;
}

/** What an update's line ends with: its counts, a server's rows of kept articles apart. */
function counts(stdout: string): string {
  return /^updated: ([^;]*); /u.exec(stdout)?.[1].replace(/, \d+ kept articles rewritten$/u, '') ?? stdout;
}

/** The file and the server updated over the same corpus. */
function updateBoth(url: string) {
  const file = run(['index', 'update', 'archive.lyx', 'corpus']);
  const server = run(['index', 'update', url, 'corpus']);
  expect([file.code, server.code], `${file.stderr}${server.stderr}`).toEqual([0, 0]);
  return { file, server };
}

describe('index update on a server over an index of older records', { timeout: 240000 }, () => {
  it('two pages edited: the server counts as the file does, "(2 added, 2 removed, 3 rewritten for this version)"', async () => {
    const url = await olderIndexes();
    edit('cri-01-zhongou-banlie-changchun.txt', '11月20日上午', '11月21日上午');
    edit('cri-13-jiuquan-yijian-sixing.txt', '酒泉卫星发射中心', '酒泉卫星发射场');
    const { file, server } = updateBoth(url);
    expect(counts(file.stdout)).toBe('2 added, 2 removed, 3 rewritten for this version');
    expect(server.stdout).toMatch(/^updated: 2 added, 2 removed, 3 rewritten for this version, \d+ kept articles rewritten; 18 articles from 18 files into \S+: [\d,]+ fingerprints, generation 2, [\d.]+ s\n$/u);
  });

  it('an HTML page edited as well is added and removed on both, and an update after it finds nothing to rewrite', async () => {
    const url = await olderIndexes();
    edit('网页/r45-chunyun-meta-source.html', '为期40天的2024年春运', '为期四十天的2024年春运');
    edit('cri-01-zhongou-banlie-changchun.txt', '11月20日上午', '11月21日上午');
    const { file, server } = updateBoth(url);
    expect([counts(file.stdout), counts(server.stdout)]).toEqual(['2 added, 2 removed, 2 rewritten for this version', '2 added, 2 removed, 2 rewritten for this version']);
    const again = run(['index', 'update', url, 'corpus']);
    expect(counts(again.stdout)).toBe('0 added, 0 removed');
  });
});
