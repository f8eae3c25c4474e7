// A folder the kernel will not make (under /proc: it answers ENOENT though /proc is there) made
// Node 20's recursive mkdir retry forever at full CPU: --cache-location /proc/x never ended. Each
// place that makes a folder now makes it one level at a time and says it could not.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/io/make-folder.js';
import { laiyuan, makeWorkspace, REPRINTS, type Workspace } from './workspace.js';

const linux = process.platform === 'linux';
let ws: Workspace;

beforeAll(() => {
  ws = makeWorkspace({ content: { 'content/长白山滑雪节.txt': REPRINTS.none } });
});

afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

describe.runIf(linux)('a folder the system will not make ends the run or its cache, never hangs', () => {
  it('--cache-location /proc/…: a note, and the check goes on', { timeout: 90_000 }, () => {
    const run = laiyuan(ws.dir, ['check', 'content/长白山滑雪节.txt', '--cache-location', '/proc/laiyuan-cache']);
    expect(run.status).not.toBeNull();
    expect(run.stderr).toContain('laiyuan: note: cannot write the cache at /proc/laiyuan-cache: the folder cannot be made there;');
    expect(run.stderr).toContain('the run goes on without it');
  });

  it('-o /proc/…/report.txt: one line naming the file, exit 2', { timeout: 90_000 }, () => {
    const run = laiyuan(ws.dir, ['check', 'content/长白山滑雪节.txt', '-o', '/proc/laiyuan-out/report.txt']);
    expect([run.status, run.stderr.trim().split('\n').length]).toEqual([2, 1]);
    expect(run.stderr).toMatch(/^laiyuan: cannot write \/proc\/laiyuan-out\/report\.txt: /u);
  });
});

describe.runIf(linux)('report files: their missing folders are made, as ESLint makes them, but none at the top of the file system', () => {
  it('-o /<missing>/…: refused before the run, one line, no folder made at / (run as root, it was made)', { timeout: 90_000 }, () => {
    const top = `/laiyuan-reprots-${process.pid}`;
    try {
      for (const option of ['-o', '--output-json']) {
        const run = laiyuan(ws.dir, ['check', 'content/长白山滑雪节.txt', option, `${top}/ci/laiyuan.json`, '--format', 'json']);
        expect([run.status, run.stderr.trim().split('\n').length, run.stdout]).toEqual([2, 1, '']);
        expect(run.stderr.trim()).toBe(`laiyuan: cannot write ${top}/ci/laiyuan.json (${option}): the folder ${top} does not exist, and laiyuan makes no folder at the top of the file system; make it first, or give a path in a folder that exists`);
        expect(() => statSync(top)).toThrow();
      }
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  });

  it('-o reports/2024/…: the missing folders are made', { timeout: 90_000 }, () => {
    const run = laiyuan(ws.dir, ['check', 'content/长白山滑雪节.txt', '-o', 'reports/2024/laiyuan.json', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(statSync(path.join(ws.dir, 'reports/2024/laiyuan.json')).isFile()).toBe(true);
  });
});

describe('makeFolder', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'laiyuan-make-folder-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('makes the missing folders above and below, and leaves an existing one be', async () => {
    const deep = path.join(root, '报道', '2024', '03');
    await makeFolder(deep);
    await makeFolder(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
  });

  it('stops at a file standing where a folder should be', async () => {
    writeFileSync(path.join(root, '稿件.txt'), '来源：国际在线\n');
    await expect(makeFolder(path.join(root, '稿件.txt', '缓存'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});
