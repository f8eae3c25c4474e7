// Paths that are no regular file (FIFOs, devices) wherever a path is taken, files over
// --max-file-size, and every named path checked or reported. A FIFO blocks whoever opens it
// until a writer comes, and /dev/zero never ends: each must be one line and exit 2, not a hang.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, REPRINTS, type Run, type Workspace } from './workspace.js';

let ws: Workspace;

beforeAll(() => {
  ws = makeWorkspace({ content: { 'content/a.txt': REPRINTS.none, 'content/b.txt': REPRINTS.noneCrlf } });
  for (const fifo of ['fifo.yaml', 'fifo.txt', 'fifo.lyx', 'fifo-list']) execFileSync('mkfifo', [ws.at(fifo)]);
});

afterAll(() => {
  // a FIFO nobody writes to must not be left for a later reader to block on
  execFileSync('rm', ['-rf', ws.dir]);
});

function expectOneLineError(run: Run, names: string): void {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stderr).toContain(names);
  expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
}

describe('a FIFO or a device where a file is wanted', () => {
  it.each([
    ['the config', ['check', 'content', '--config', 'fifo.yaml'], 'fifo.yaml'],
    ['--index', ['check', 'content', '--index', 'fifo.lyx'], 'fifo.lyx'],
    ['--file-list', ['check', '--file-list', 'fifo-list'], 'fifo-list'],
    ['--baseline', ['check', 'content', '--baseline', 'fifo.yaml'], 'fifo.yaml'],
  ])('%s: one line naming it, exit 2', (_what, args, names) => {
    const run = laiyuan(ws.dir, args);
    expectOneLineError(run, names);
    expect(run.stderr).toMatch(/FIFO/);
  });

  it('a pack: the config line that names it, exit 2', () => {
    ws.write('pack-fifo.yaml', 'packs: [./fifo.yaml]\n');
    const run = laiyuan(ws.dir, ['check', 'content', '--config', 'pack-fifo.yaml']);
    expectOneLineError(run, 'pack-fifo.yaml:1:');
    expect(run.stderr).toMatch(/fifo\.yaml.*FIFO/);
  });

  it.each([
    ['a FIFO', 'fifo.txt', /FIFO/],
    ['/dev/zero', '/dev/zero', /device/],
  ])('%s named to check: an error for it, the other files still checked, exit 2', (_what, given, why) => {
    const run = laiyuan(ws.dir, ['check', given, 'content', '--format', 'json']);
    expect(run.status, run.stderr).toBe(2);
    const results = parseJson(run);
    expect(results.errors).toHaveLength(1);
    expect(results.errors[0].message).toMatch(why);
    expect(new Set(results.findings.map((f) => f.file))).toEqual(new Set(['content/a.txt', 'content/b.txt']));
  });

  it('named from a folder deep in the site: shown as named, not as a climb out of it', () => {
    const deep = ws.at('草稿/国内/2024/03');
    ws.write('草稿/a.txt', ws.read('content/a.txt'));
    ws.write('草稿/国内/2024/03/c.txt', ws.read('content/a.txt'));
    // absolute outside the working folder: absolute; relative: relative; absolute inside it: relative
    const run = laiyuan(deep, ['check', '/dev/zero', ws.at('content/b.txt'), '../../../a.txt', `${deep}/c.txt`, '--format', 'json']);
    expect(run.status, run.stderr).toBe(2);
    const results = parseJson(run);
    expect(results.errors.map((e) => e.file)).toEqual(['/dev/zero']);
    expect([...new Set(results.findings.map((f) => f.file))].sort()).toEqual(['../../../a.txt', ws.at('content/b.txt'), 'c.txt'].sort());
    const pretty = laiyuan(deep, ['check', '/dev/zero', ws.at('content')]);
    expect(pretty.stdout).toContain('/dev/zero is a device');
    expect(pretty.stdout).toContain(`${ws.at('content')}/a.txt`);
    expect(pretty.stdout).not.toContain('../');
  });

  it('named absolute through a link to the working folder ($PWD of a linked folder): named relative, as inside it', () => {
    // the shell's $PWD is the path through the link; the process's working folder the real one
    const holder = mkdtempSync(path.join(tmpdir(), 'laiyuan-lnk-'));
    const lnk = path.join(holder, '试稿');
    symlinkSync(ws.dir, lnk);
    try {
      const run = laiyuan(ws.dir, ['check', `${lnk}/content`, '--format', 'json']);
      expect(run.status, run.stderr).toBe(1);
      expect([...new Set(parseJson(run).findings.map((f) => f.file))].sort()).toEqual(['content/a.txt', 'content/b.txt']);
      const file = parseJson(laiyuan(ws.dir, ['check', `${lnk}/content/a.txt`, '--format', 'json']));
      expect([...new Set(file.findings.map((f) => f.file))]).toEqual(['content/a.txt']);
      const pretty = laiyuan(ws.dir, ['check', lnk, '--no-gitignore']);
      expect(pretty.stdout).toContain('content/a.txt');
      expect(pretty.stdout).not.toContain(holder);
      expect(pretty.stdout).not.toContain('../');
    } finally {
      rmSync(holder, { recursive: true, force: true });
    }
  });

  it('/dev/zero in a corpus: an error naming it, the rest of the corpus used', () => {
    ws.write('zero-corpus.yaml', 'packs: [cri]\ncorpus:\n  cri: [/dev/zero, corpus/]\n');
    const run = laiyuan(ws.dir, ['check', 'content', '--config', 'zero-corpus.yaml', '--format', 'json']);
    expect(run.status, run.stderr).toBe(2);
    const results = parseJson(run);
    expect(results.errors.map((e) => e.message)).toEqual([expect.stringMatching(/device/)]);
    expect(results.errors[0].file).toMatch(/dev\/zero$/);
    expect(results.findings.some((f) => f.ruleId === 'missing-attribution' || f.file === 'content/a.txt')).toBe(true);
  });
});

describe('--max-file-size', () => {
  it('skips a bigger file with a note naming it and the limit, and checks the rest', () => {
    ws.write('big/huge.txt', '国际在线消息：'.repeat(100_000));
    const run = laiyuan(ws.dir, ['check', 'content', 'big', '--format', 'json', '--max-file-size', '1MB']);
    expect(run.stderr).toMatch(/big\/huge\.txt: is 2 MB, over the 1 MB limit: not read; raise --max-file-size/);
    const results = parseJson(run);
    expect(results.summary.filesChecked).toBe(2);
    expect(results.errors).toEqual([]);
    const raised = parseJson(laiyuan(ws.dir, ['check', 'content', 'big', '--format', 'json', '--max-file-size', '3M']));
    expect(raised.summary.filesChecked).toBe(3);
  });

  it('defaults to 5 MB, standard input included, named as --stdin-filename names it, else <stdin>', () => {
    const input = Buffer.alloc(6 * 1024 * 1024, 0x61);
    const named = laiyuan(ws.dir, ['check', '-', '--stdin-filename', 'news/x.txt'], { input });
    expect(named.stderr).toMatch(/^laiyuan: note: news\/x\.txt: is over the 5 MB limit: not read/m);
    const unnamed = laiyuan(ws.dir, ['check', '-'], { input });
    expect(unnamed.stderr).toMatch(/^laiyuan: note: <stdin>: is over the 5 MB limit: not read/m);
  });

  it('refuses a size it cannot read, in one line', () => {
    const run = laiyuan(ws.dir, ['check', 'content', '--max-file-size', '5 parsecs']);
    expectOneLineError(run, "--max-file-size takes a size such as 5MB, 500k or 1048576 (bytes), not '5 parsecs'");
  });
});

describe('every named path is checked or reported', () => {
  it('a file outside the repository named first does not take the config search, nor the folder named after it', () => {
    const outside = makeWorkspace();
    writeFileSync(outside.at('hostname'), 'build-host\n');
    for (const args of [[outside.at('hostname'), 'content'], ['content', outside.at('hostname')]]) {
      const results = parseJson(laiyuan(ws.dir, ['check', ...args, '--format', 'json']));
      expect(results.summary.filesChecked).toBe(3);
      expect(new Set(results.findings.map((f) => f.file))).toEqual(new Set(['content/a.txt', 'content/b.txt']));
    }
    execFileSync('rm', ['-rf', outside.dir]);
  });
});
