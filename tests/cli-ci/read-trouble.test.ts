// A read that fails said `cannot read the pack file x.yaml (ENOTDIR)`: a code to look up. Each now
// says in words what went wrong and what to do, in one line, exit 2: pack, notice, config,
// baseline, index, file list alike. Run as root, chmod 000 denies nothing, so permission denied is
// tested as nobody then; a path under a file (ENOTDIR) fails for anyone. What to do besides
// making the file readable is said for what the file is: 'leave it out' of a pack, 'run without
// --index' of an index given so; a config under a file is not said to be "not found".
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { openToAll, worldReadableInstall, type Install } from '../helpers/world-readable.js';
import { readTrouble } from '../../src/io/read-trouble.js';
import { writeTrouble } from '../../src/io/write-trouble.js';

let site: string;
let install: Install | undefined;

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-read-trouble-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
  writeFileSync(path.join(site, '稿件.txt'), '来源：国际在线\n');
});

afterEach(() => rmSync(site, { recursive: true, force: true }));
afterAll(() => install?.remove());

const run = (args: string[]) => laiyuan(args, { cwd: site });
const AS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

/** The site's files made `0o000`, as a user they deny will find them: root reads any file, so nobody then, from a copy of the CLI nobody can reach. */
function denied(names: string[]): void {
  if (AS_ROOT) {
    install ??= worldReadableInstall();
    openToAll(site);
  }
  for (const name of names) {
    writeFileSync(path.join(site, name), 'x\n');
    chmodSync(path.join(site, name), 0o000);
  }
}

function runDenied(args: string[]): { code: number | null; stderr: string } {
  if (!install) return run(args);
  const r = spawnSync(process.execPath, [install.main, ...args], { cwd: site, encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1' }, uid: NOBODY, gid: NOBODY });
  return { code: r.status, stderr: r.stderr };
}

const IN_THE_WAY = '稿件.txt is a file, not a folder; check the path';

/** One line, exit 2, and no bare error code in it. */
function oneLine(r: { code: number | null; stderr: string }, line: string): void {
  expect([r.code, r.stderr]).toEqual([2, `laiyuan: ${line}\n`]);
  expect(r.stderr).not.toMatch(/\bE[A-Z]{3,}\b/u);
}

describe('a read that fails is said in words', { timeout: 120000 }, () => {
  it('a pack file under a file: the file in the way is named', () => {
    writeFileSync(path.join(site, 'c.yaml'), 'packs: [稿件.txt/xinhua.yaml]\n');
    oneLine(run(['check', 'content', '-c', 'c.yaml']), `c.yaml:1:9: cannot read the pack file 稿件.txt/xinhua.yaml: ${IN_THE_WAY} (packs[0])`);
  });

  it('a notice file under a file: the same words', () => {
    writeFileSync(path.join(site, 'c.yaml'), 'packs: [稿件.txt/xinhua.txt]\n');
    oneLine(run(['check', 'content', '-c', 'c.yaml']), `c.yaml:1:9: cannot read the notice: ${IN_THE_WAY} (packs[0])`);
  });

  it('--baseline under a file: what went wrong, then record a new one', () => {
    oneLine(run(['check', 'content', '--baseline', '稿件.txt/baseline.json']), `稿件.txt/baseline.json: cannot read the baseline: ${IN_THE_WAY}, or record a new baseline with --write-baseline 稿件.txt/baseline.json`);
  });

  it('--index under a file, and one not there', () => {
    oneLine(run(['check', 'content', '--index', '稿件.txt/archive.lyx']), `cannot read the index 稿件.txt/archive.lyx: ${IN_THE_WAY}`);
    oneLine(run(['check', 'content', '--index', 'archive.lyx']), "cannot read the index archive.lyx: no such file; build it with 'laiyuan index build corpus -o archive.lyx'");
  });

  it('--file-list under a file', () => {
    oneLine(run(['check', '--file-list', '稿件.txt/list.txt']), `--file-list 稿件.txt/list.txt: cannot read: ${IN_THE_WAY}.`);
  });

  it('a path under a file given to -c: the file in the way is named, not "config file not found"', () => {
    const words = '稿件.txt is a file, not a folder; check the path given to -c, or leave -c out to use the laiyuan.yaml found upwards';
    oneLine(run(['check', 'content', '-c', '稿件.txt/laiyuan.yaml']), `稿件.txt/laiyuan.yaml: cannot read the config file: ${words}`);
    oneLine(run(['config', '-c', '稿件.txt/配置/laiyuan.yaml']), `稿件.txt/配置/laiyuan.yaml: cannot read the config file: ${words}`);
    oneLine(run(['check', 'content', '-c', '没有/laiyuan.yaml']), '没有/laiyuan.yaml: config file not found: check the path given to -c, or leave -c out to use the laiyuan.yaml found upwards');
  });

  it('permission denied: a pack, a notice, a baseline, an index, a file list, each with what to do for what it is', () => {
    denied(['xinhua.yaml', 'xinhua.txt', 'baseline.json', 'archive.lyx', 'list.txt']);
    const words = 'permission denied; make it readable (chmod +r)';
    writeFileSync(path.join(site, 'c.yaml'), 'packs: [xinhua.yaml]\n');
    oneLine(runDenied(['check', 'content', '-c', 'c.yaml']), `c.yaml:1:9: cannot read the pack file xinhua.yaml: ${words}, or leave it out (packs[0])`);
    writeFileSync(path.join(site, 'c.yaml'), 'packs: [xinhua.txt]\n');
    oneLine(runDenied(['check', 'content', '-c', 'c.yaml']), `c.yaml:1:9: cannot read the notice: ${words}, or leave it out (packs[0])`);
    oneLine(runDenied(['check', 'content', '--baseline', 'baseline.json']), `baseline.json: cannot read the baseline: ${words}, or run without --baseline, or record a new baseline with --write-baseline baseline.json`);
    oneLine(runDenied(['check', 'content', '--index', 'archive.lyx']), `cannot read the index archive.lyx: ${words}, or run without --index`);
    oneLine(runDenied(['match', 'content', '--index', 'archive.lyx']), `cannot read the index archive.lyx: ${words}, or run without --index`);
    // named by the config: the line says where, and running without --index would change nothing
    writeFileSync(path.join(site, 'c.yaml'), 'packs: [cri]\nindex:\n  cri: archive.lyx\n');
    oneLine(runDenied(['check', 'content', '-c', 'c.yaml']), `cannot read the index archive.lyx: ${words}; index.cri in c.yaml names it`);
    for (const args of [['index', 'stats', 'archive.lyx'], ['index', 'update', 'archive.lyx', 'corpus']]) oneLine(runDenied(args), `cannot read the index archive.lyx: ${words}`);
    oneLine(runDenied(['check', '--file-list', 'list.txt']), '--file-list list.txt: cannot read: permission denied. Make it readable (chmod +r), or name the files to check as arguments instead.');
  });
});

describe('readTrouble', () => {
  const failure = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}, open '/srv/报道/x.txt'`), { code, path: '/srv/报道/x.txt' });
  it('says each cause in words, with what to do', () => {
    expect(readTrouble(failure('EACCES', 'permission denied'), '/srv/报道/x.txt')).toBe('permission denied; make it readable (chmod +r), or leave it out');
    expect(readTrouble(failure('EACCES', 'permission denied'), '/srv/报道/x.txt', 'run without --baseline')).toBe('permission denied; make it readable (chmod +r), or run without --baseline');
    expect(readTrouble(failure('EPERM', 'operation not permitted'), '/srv/报道/x.txt', '')).toBe('permission denied; make it readable (chmod +r)');
    expect(readTrouble(failure('EMFILE', 'too many open files'), '/srv/报道/x.txt')).toBe('too many files are open; lower --concurrency, or raise the limit (ulimit -n), then try again');
    expect(readTrouble(failure('EIO', 'i/o error'), '/srv/报道/x.txt')).toBe('the disk reported an input/output error; check the disk, or give a path on another');
    expect(readTrouble(failure('EISDIR', 'illegal operation on a directory'), '/srv/报道/x.txt')).toBe('it is a folder, not a file; name a file in it');
    expect(readTrouble(failure('ESTALE', 'stale file handle'), '/srv/报道/x.txt')).toBe('stale file handle; check the path and that the file is readable');
  });

  it('shares its words with writes where the cause reads the same', () => {
    expect(readTrouble(failure('ENAMETOOLONG', 'name too long'), '/srv/报道/x.txt')).toBe(writeTrouble('/srv/报道', failure('ENAMETOOLONG', 'name too long')));
  });
});
