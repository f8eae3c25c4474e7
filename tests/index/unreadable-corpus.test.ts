// A corpus folder that cannot be read (permission denied) refused an index build or update in two
// lines: one for the folder, and one for the .laiyuanignore in it, which could not be read either
// for the same reason. It is now one line, the folder's (or, for a file named in such a folder, the
// file's). Root reads any folder: the CLI runs as nobody then, from a copy nobody can reach.
// `check` with such a folder as a pack's corpus said only that the corpus holds no articles,
// hiding why: it now says the folder cannot be read, in the same line. `match` printed that line
// and also "no reuse found" under each article, as if it had compared them: the line alone now.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { openToAll, worldReadableInstall, type Install } from '../helpers/world-readable.js';

const NOBODY = 65534;
const AS_ROOT = process.getuid?.() === 0;
const ARTICLE =
  '成都天府国际机场旅客吞吐量突破四千万人次\n2024-12-20 16:00:00来源:国际在线责编:何平\n国际在线成都消息：截至12月20日，成都天府国际机场今年旅客吞吐量突破四千万人次，同比增长两成。\n机场新开通了飞往欧洲和中东的多条国际航线，国际旅客数量增长明显。\n';
const REPRINT =
  '# 天府国际机场年旅客吞吐量破四千万\n\n截至12月20日，成都天府国际机场今年旅客吞吐量突破四千万人次，同比增长两成。机场新开通了飞往欧洲和中东的多条国际航线，国际旅客数量增长明显。\n';
const OLD = [
  '重庆至昆明高铁重庆段开始铺轨\n2023-08-01 09:30:00来源:国际在线责编:李娜\n国际在线重庆消息：8月1日，重庆至昆明高速铁路重庆段开始铺设轨道，全线预计两年后通车。\n',
  '西安咸阳国际机场三期扩建工程完成过半\n2023-09-12 14:00:00来源:国际在线责编:王强\n国际在线西安消息：西安咸阳国际机场三期扩建工程已完成总工程量的一半以上，新航站楼主体结构封顶。\n',
  '长江干线港口货物吞吐量同比增长\n2023-10-08 10:15:00来源:国际在线责编:张华\n国际在线武汉消息：今年前三季度，长江干线港口完成货物吞吐量同比增长百分之六，集装箱运输增长明显。\n',
];
const DENIED = "cannot read: permission denied. Make it readable or leave it out. (named on the command line, or by corpus.cri in the config: check the path)";

let site: string;
let install: Install | undefined;

beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-unreadable-corpus-'));
  writeFileSync(path.join(site, 'laiyuan.yaml'), 'packs:\n  - cri\n');
  mkdirSync(path.join(site, '稿库'));
  writeFileSync(path.join(site, '稿库', 'cri-41-tianfu-jichang.txt'), ARTICLE);
  expect(laiyuan(['index', 'build', '稿库', '-o', 'archive.lyx'], { cwd: site }).code).toBe(0);
  mkdirSync(path.join(site, '转载'));
  writeFileSync(path.join(site, '转载', '2024-12-21-tianfu-jichang.md'), REPRINT);
  writeFileSync(path.join(site, 'check.yaml'), 'packs:\n  - cri\ncorpus:\n  cri: [稿库/]\n');
  mkdirSync(path.join(site, '旧稿'));
  OLD.forEach((text, i) => writeFileSync(path.join(site, '旧稿', `cri-2023-${i + 1}.txt`), text));
  expect(laiyuan(['index', 'build', '旧稿', '-o', 'old.lyx'], { cwd: site }).code).toBe(0);
  openToAll(site);
  // the index is written beside itself, in the site's folder
  chmodSync(site, 0o777);
  chmodSync(path.join(site, '稿库'), 0o000);
  // listed but not entered: its names can be read, none of its files
  chmodSync(path.join(site, '旧稿'), 0o444);
  install = AS_ROOT ? worldReadableInstall() : undefined;
});

afterAll(() => {
  chmodSync(path.join(site, '稿库'), 0o755);
  chmodSync(path.join(site, '旧稿'), 0o755);
  rmSync(site, { recursive: true, force: true });
  install?.remove();
});

function asUser(args: string[]) {
  const main = install?.main ?? path.resolve('dist/cli/main.js');
  const r = spawnSync(process.execPath, [main, ...args], { cwd: site, encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1' }, ...(AS_ROOT ? { uid: NOBODY, gid: NOBODY } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a corpus folder that cannot be read', { timeout: 120000 }, () => {
  it.each([
    ['index build', ['index', 'build', '稿库', '-o', 'new.lyx'], '稿库', 'new.lyx not written'],
    ['index update', ['index', 'update', 'archive.lyx', '稿库'], '稿库', 'archive.lyx not written (left as it was)'],
  ])('%s: refused in one line naming the folder, not its .laiyuanignore too', (_, args, named, tail) => {
    const r = asUser(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`laiyuan: ${named}: corpus of pack 'cri': ${DENIED}; ${tail}\n`);
  });

  it('check with it as the pack\'s corpus: one line saying it cannot be read, not only that the corpus holds no articles', () => {
    const r = asUser(['check', '转载', '-c', 'check.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`laiyuan: 稿库: corpus of pack 'cri': ${DENIED.replace('named on the command line, or by corpus.cri in the config', 'named by corpus.cri in check.yaml')}\n`);
  });

  it.each([
    ['given as --corpus', ['match', '转载', '--corpus', '稿库'], 'given with --corpus 稿库'],
    ['as the pack\'s corpus in the config', ['match', '转载', '-c', 'check.yaml'], 'named by corpus.cri in check.yaml'],
  ])('match with it %s: the one line, exit 2, not "no reuse found" under the article', (_, args, hint) => {
    const r = asUser(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`laiyuan: 稿库: corpus of pack 'cri': ${DENIED.replace('named on the command line, or by corpus.cri in the config', hint)}\n`);
  });

  it.each([
    ['index build', ['index', 'build', '旧稿', '-o', 'new.lyx'], 'new.lyx not written'],
    ['index update', ['index', 'update', 'old.lyx', '旧稿'], 'old.lyx not written (left as it was)'],
  ])('%s: a folder that can be listed but not entered is refused in one line naming it, not one a file', (_, args, tail) => {
    const r = asUser(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`laiyuan: 旧稿: corpus of pack 'cri': ${DENIED}; ${tail}\n`);
  });

  it('a file named in it: one line, the file\'s', () => {
    const r = asUser(['index', 'build', '稿库/cri-41-tianfu-jichang.txt', '-o', 'new.lyx']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^laiyuan: \S*稿库\/cri-41-tianfu-jichang\.txt: .*permission denied.*; new\.lyx not written$/u);
  });
});
