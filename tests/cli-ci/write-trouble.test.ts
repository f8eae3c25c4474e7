// A write that fails said `cannot write /proc/x/a.lyx: ENOENT`: a code to look up, and advice
// ("check its folder can be made") that fitted one cause. Each now says in words what went wrong
// and what to do, in one line, exit 2: the index file, the report, the baseline alike.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { writeTrouble } from '../../src/io/write-trouble.js';

let site: string;

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-write-trouble-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

const run = (args: string[]) => laiyuan(args, { cwd: site });
const linux = process.platform === 'linux';

/** One line, exit 2, and no bare error code in it. */
function oneLine(r: { code: number | null; stderr: string }, line: string): void {
  expect([r.code, r.stderr]).toEqual([2, `laiyuan: ${line}\n`]);
  expect(r.stderr).not.toMatch(/\bE[A-Z]{3,}\b/u);
}

describe('a write that fails is said in words', { timeout: 120000 }, () => {
  it.runIf(linux)('index build -o /proc/x/a.lyx: the folder the system will not make', () => {
    oneLine(run(['index', 'build', 'corpus', '-o', '/proc/laiyuan-x/a.lyx']), 'cannot write /proc/laiyuan-x/a.lyx: the folder /proc/laiyuan-x does not exist and the system will not make it there; give a path in a folder you can write to');
  });

  it.runIf(linux)('index build -o /proc/x.lyx: a folder that is there but takes no new files', () => {
    oneLine(run(['index', 'build', 'corpus', '-o', '/proc/国际在线稿库.lyx']), 'cannot write /proc/国际在线稿库.lyx: the folder /proc takes no new files (a system folder such as /proc or /sys); give a path in a folder you can write to');
    oneLine(run(['check', 'content', '-o', '/proc/报告.txt']), 'cannot write /proc/报告.txt: the folder /proc takes no new files (a system folder such as /proc or /sys); give a path in a folder you can write to');
  });

  it.runIf(linux)('check -o and --write-baseline under /proc: the same words', () => {
    oneLine(run(['check', 'content', '-o', '/proc/laiyuan-x/报告.txt']), 'cannot write /proc/laiyuan-x/报告.txt: the folder /proc/laiyuan-x does not exist and the system will not make it there; give a path in a folder you can write to');
    oneLine(run(['check', 'content', '--write-baseline', '/proc/laiyuan-x/baseline.json']), 'cannot write the baseline /proc/laiyuan-x/baseline.json: the folder /proc/laiyuan-x does not exist and the system will not make it there; give a path in a folder you can write to');
  });

  it.runIf(existsSync('/dev/full'))('check -o /dev/full: the disk is full', () => {
    oneLine(run(['check', 'content', '-o', '/dev/full']), 'cannot write /dev/full: the disk is full; free some space, or give a path on another disk');
  });

  it('a file where a folder of the path should be is named', () => {
    writeFileSync(path.join(site, '稿件.txt'), '来源：国际在线\n');
    oneLine(run(['check', 'content', '--write-baseline', '稿件.txt/baseline.json']), 'cannot write the baseline 稿件.txt/baseline.json: 稿件.txt is a file, not a folder; give a path whose folders are folders');
  });
});

describe('writeTrouble', () => {
  const failure = (code: string, message: string, at?: string) => Object.assign(new Error(`${code}: ${message}, open '${at ?? '/srv/报道/x.txt'}'`), { code, path: at });
  it('says each cause in words, with what to do', () => {
    expect(writeTrouble('/srv/报道', failure('EACCES', 'permission denied', '/srv/报道/.x.tmp'))).toBe('permission denied in /srv/报道; make the folder writable for you, or give a path in a folder you can write to');
    expect(writeTrouble('/srv/报道', failure('EROFS', 'read-only file system'))).toBe('the file system there is read-only; give a path on a disk that can be written');
    expect(writeTrouble('/srv/报道', failure('EDQUOT', 'disk quota exceeded'))).toBe('your disk quota is used up; free some space, or give a path on another disk');
    expect(writeTrouble('/srv/报道', failure('EISDIR', 'illegal operation on a directory'))).toBe('it is a folder; give a file path');
  });

  it('a cause it has no words of its own for: the system\'s words, never the code alone', () => {
    expect(writeTrouble('/srv/报道', failure('ESTALE', 'stale file handle'))).toBe('stale file handle; check the folder exists and is writable');
  });
});
