// Errors found in a by-hand trial: each is one line that says what to do, with exit code 2.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, REPRINTS, ROOT, type Workspace } from './workspace.js';

let ws: Workspace;
let elsewhere: string;

beforeAll(() => {
  ws = makeWorkspace({ content: { 'content/长白山滑雪节.txt': REPRINTS.none, 'content/寒潮预警.txt': REPRINTS.alias } });
  elsewhere = mkdtempSync(path.join(tmpdir(), 'laiyuan-elsewhere-'));
});

afterAll(() => {
  rmSync(ws.dir, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

describe('messages that say what to do', () => {
  it('check of a path that is not there: check the path', () => {
    const run = laiyuan(ws.dir, ['check', '没有这个文件夹', '--format', 'json']);
    expect(run.status).toBe(2);
    expect(parseJson(run).errors).toEqual([{ file: '没有这个文件夹', line: null, column: null, message: 'no such file or directory: check the path, or pass an existing file or folder' }]);
  });

  it('-c naming a folder: give -c the config file itself', () => {
    const run = laiyuan(ws.dir, ['check', 'content', '-c', 'content']);
    expect([run.status, run.stderr]).toEqual([2, 'laiyuan: content: is a folder, not a config file: give -c the config file itself (a laiyuan.yaml), or leave -c out to use the laiyuan.yaml found upwards\n']);
  });

  it('match --corpus naming a path that is not there: names the option, and the path as given', () => {
    const run = laiyuan(ws.dir, ['match', 'content', '--corpus', '旧稿库']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("laiyuan: 旧稿库: corpus of pack 'cri': no such file or directory (check --corpus 旧稿库)\n");
  });

  it('inspect of a folder: says inspect reads one file', () => {
    const run = laiyuan(ws.dir, ['inspect', 'content']);
    expect([run.status, run.stderr]).toEqual([2, 'laiyuan: content: is a folder: inspect reads one file (or - for standard input); name a file in it, or run laiyuan check content for the whole folder\n']);
  });

  it('--date of a day that does not exist says so', () => {
    const run = laiyuan(ws.dir, ['check', 'content', '--date', '2024-02-30']);
    expect([run.status, run.stderr]).toEqual([2, 'laiyuan: --date 2024-02-30: there is no such day (2024-02 has 29 days); give a date that exists, as YYYY-MM-DD\n']);
    const month = laiyuan(ws.dir, ['check', 'content', '--date', '2024-13-01']);
    expect([month.status, month.stderr]).toEqual([2, 'laiyuan: --date 2024-13-01: there is no month 13; give a date that exists, as YYYY-MM-DD\n']);
  });
});

describe('--fix-dry-run of a path named absolute outside the working folder', () => {
  it('heads the diff as git does: a/<path> without a doubled slash', () => {
    // the demo's 来源：CRI is rewritten; a dry run writes nothing
    const file = path.join(ROOT, 'fixtures/demo/content/licensed/2024-04-lishu-moshi-heitudi.md');
    const run = laiyuan(elsewhere, ['check', file, '-c', path.join(ROOT, 'fixtures/demo/laiyuan.yaml'), '--fix-dry-run']);
    const name = file.replace(/^\/+/u, '');
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([`--- a/${name}`, `+++ b/${name}`]);
  });
});
