// The commit dates of many undated files of a work tree come from one git walking history once
// (io/git-walk.ts), each what `git log -1 -- <file>` gives: after a rename, a file edited and not
// committed, an untracked file (none), a Chinese name with spaces, a second commit touching only
// some files, a side branch merged whose change to a file was undone on it (git follows the line
// where the file is unchanged), a merge that kept the other side's version, and a merge that
// resolved a conflict. A check run over them gives the findings file-by-file dates give.
import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastCommitDate, type CommitDate } from '../../src/io/git.js';
import { laiyuan, licenceUntil, makeWorkspace, parseJson, UNDATED_REPRINT, type Workspace } from './workspace.js';

const ARTICLE = UNDATED_REPRINT;

// the licence ends between the commits: a file's date decides whether it is out of scope
const LICENCE = licenceUntil('2024-03-15');

const FILES = ['content/一.txt', 'content/二.txt', 'content/三.txt', 'content/四.txt', 'content/滑雪 专题/长白山 滑雪节.txt', 'content/改名.txt', 'content/未提交.txt', 'content/未跟踪.txt', 'content/撤回.txt', 'content/保留.txt', 'content/冲突.txt'];

let ws: Workspace;
let countingGit: string;
const path0 = process.env.PATH;

/** git run in `dir` at 07:00 Beijing time on `day` of 2024 (MM-DD). */
function gitIn(dir: string, day: string, ...args: string[]): string {
  const when = `2024-${day}T07:00:00+08:00`;
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } });
}

function git(day: string, ...args: string[]): string {
  return gitIn(ws.dir, day, ...args);
}

/** A repository in `dir` with an editor's identity, everything in it committed on `day`. */
function commitAll(dir: string, day: string): void {
  gitIn(dir, day, 'init', '-q', '-b', 'main');
  gitIn(dir, day, 'config', 'user.email', 'editor@example.com');
  gitIn(dir, day, 'config', 'user.name', '编辑');
  gitIn(dir, day, 'config', 'commit.gpgsign', 'false');
  gitIn(dir, day, 'add', '.');
  gitIn(dir, day, 'commit', '-q', '-m', '初始稿件');
}

function edit(rel: string, line: string): void {
  appendFileSync(ws.at(rel), `\n（${line}）\n`);
}

beforeAll(() => {
  ws = makeWorkspace();
  writeFileSync(ws.at('laiyuan.yaml'), `${ws.read('laiyuan.yaml').toString()}${LICENCE}`);
  for (const [i, rel] of FILES.entries()) if (rel !== 'content/未跟踪.txt' && rel !== 'content/改名.txt') ws.write(rel, ARTICLE.replace('滑雪节开幕', `滑雪节开幕（${i}）`));
  ws.write('content/旧名.txt', ARTICLE.replace('滑雪节开幕', '滑雪节开幕（旧名）'));
  commitAll(ws.dir, '03-01');
  // a second commit touching only some files
  edit('content/二.txt', '责任编辑：王晓明');
  edit('content/滑雪 专题/长白山 滑雪节.txt', '责任编辑：李静');
  git('03-10', 'commit', '-q', '-am', '补充编辑');
  git('03-12', 'mv', 'content/旧名.txt', 'content/改名.txt');
  git('03-12', 'commit', '-q', '-m', '改名');
  // a side branch: 撤回 edited and the edit undone, 保留 and 冲突 edited
  git('03-14', 'checkout', '-q', '-b', 'side');
  edit('content/撤回.txt', '临时修改');
  edit('content/保留.txt', '侧枝修改');
  edit('content/冲突.txt', '侧枝修改');
  git('03-14', 'commit', '-q', '-am', '侧枝修改');
  git('03-20', 'checkout', '-q', 'HEAD~1', '--', 'content/撤回.txt');
  git('03-20', 'commit', '-q', '-am', '撤回修改');
  git('03-21', 'checkout', '-q', 'main');
  edit('content/冲突.txt', '主干修改');
  edit('content/三.txt', '主干修改');
  git('03-22', 'commit', '-q', '-am', '主干修改');
  // merged: 保留 keeps main's version, 冲突 is resolved by hand
  git('03-25', 'merge', '-q', '--no-commit', '--no-ff', 'side', '-X', 'ours');
  git('03-25', 'checkout', '-q', 'main', '--', 'content/保留.txt');
  writeFileSync(ws.at('content/冲突.txt'), ARTICLE.replace('滑雪节开幕', '滑雪节开幕（合并）'));
  git('03-25', 'add', '.');
  git('03-25', 'commit', '-q', '-m', '合并侧枝');
  edit('content/未提交.txt', '尚未提交');
  ws.write('content/未跟踪.txt', ARTICLE);
  // a git that notes each time it is started, in the file named by GIT_CALLS
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  countingGit = mkdtempSync(path.join(tmpdir(), 'laiyuan-counting-git-'));
  writeFileSync(path.join(countingGit, 'git'), `#!/bin/sh\necho "$*" >> "$GIT_CALLS"\nexec ${real} "$@"\n`);
  chmodSync(path.join(countingGit, 'git'), 0o755);
});

afterAll(() => {
  process.env.PATH = path0;
  for (const dir of [ws.dir, countingGit]) rmSync(dir, { recursive: true, force: true });
});

/** What `git log -1 --format=%cs -- <file>` says of each file, asked in its folder. */
function perFile(): CommitDate[] {
  return FILES.map((rel) => {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', path.basename(rel)], { cwd: path.dirname(ws.at(rel)), encoding: 'utf8' }).trim();
    return out === '' ? { none: true } : { date: out };
  });
}

describe('the commit dates of many files of a work tree', () => {
  it('are those git log -1 gives each file, asked of one git', async () => {
    const expected = perFile();
    // the cases as meant: the rename's date, the last commit of an edited file, none untracked,
    // the line where 撤回 is unchanged (not its side branch's undoing), the merge that resolved 冲突
    expect(expected.map((d) => ('date' in d ? d.date : '-'))).toEqual(['2024-03-01', '2024-03-10', '2024-03-22', '2024-03-01', '2024-03-10', '2024-03-12', '2024-03-01', '-', '2024-03-01', '2024-03-01', '2024-03-25']);
    const calls = path.join(countingGit, 'calls.log');
    writeFileSync(calls, '');
    process.env.PATH = `${countingGit}${path.delimiter}${path0 ?? ''}`;
    process.env.GIT_CALLS = calls;
    try {
      expect(await Promise.all(FILES.map((rel) => lastCommitDate(ws.at(rel))))).toEqual(expected);
      expect(readFileSync(calls, 'utf8').trim().split('\n')).toHaveLength(1);
    } finally {
      delete process.env.GIT_CALLS;
      process.env.PATH = path0;
    }
  });

  it('in a shallow clone, are those git log -1 gives there (its last commit has all its files)', async () => {
    const shallow = mkdtempSync(path.join(tmpdir(), 'laiyuan-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '2', `file://${ws.dir}`, shallow]);
      const expected = FILES.map((rel) => {
        const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', rel], { cwd: shallow, encoding: 'utf8' }).trim();
        return out === '' ? { none: true } : { date: out };
      });
      // the clone's last commit on main (03-22) has every file git knows of before the merge
      expect(expected.map((d) => ('date' in d ? d.date : '-'))).toEqual([...Array<string>(7).fill('2024-03-22'), '-', '2024-03-22', '2024-03-22', '2024-03-25']);
      expect(await Promise.all(FILES.map((rel) => lastCommitDate(path.join(shallow, rel))))).toEqual(expected);
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });

  it('date the check as file-by-file dates do: out of the licence after 2024-03-15, else in it', () => {
    const run = laiyuan(ws.dir, ['check', 'content', '--format', 'json']);
    const outOfScope = parseJson(run)
      .findings.filter((f) => f.ruleId === 'out-of-scope')
      .map((f) => f.file)
      .sort();
    // 未跟踪 is dated today, also past the licence
    expect(outOfScope).toEqual(['content/三.txt', 'content/冲突.txt', 'content/未跟踪.txt']);
  });

  it('kept by --cache, are asked again of one git, the findings the same', () => {
    const calls = path.join(countingGit, 'cache-calls.log');
    const env = { PATH: `${countingGit}${path.delimiter}${path0 ?? ''}`, GIT_CALLS: calls };
    const first = laiyuan(ws.dir, ['check', 'content', '--format', 'json', '--cache'], { env });
    writeFileSync(calls, '');
    const warm = laiyuan(ws.dir, ['check', 'content', '--format', 'json', '--cache'], { env });
    expect(warm.stdout).toBe(first.stdout);
    expect(parseJson(warm).findings.filter((f) => f.ruleId === 'out-of-scope')).toHaveLength(3);
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual([expect.stringMatching(/^log --pretty=raw /u)]);
  });

  it.each(['1', '2'])('kept by --cache for files edited since, are asked once: the check of the edited files is given the dates the cache asked (--concurrency %s)', (threads) => {
    const calls = path.join(countingGit, 'edited-calls.log');
    const env = { PATH: `${countingGit}${path.delimiter}${path0 ?? ''}`, GIT_CALLS: calls };
    const edited = ['content/一.txt', 'content/三.txt', 'content/滑雪 专题/长白山 滑雪节.txt'];
    laiyuan(ws.dir, ['check', 'content', '--format', 'json', '--cache'], { env });
    const before = edited.map((rel) => ws.read(rel));
    try {
      for (const rel of edited) edit(rel, '编辑：赵丽');
      writeFileSync(calls, '');
      const warm = laiyuan(ws.dir, ['check', 'content', '--format', 'json', '--cache', '--concurrency', threads], { env });
      // the edits are not committed: the dates, and the findings, are as before
      expect(parseJson(warm).findings.filter((f) => f.ruleId === 'out-of-scope').map((f) => f.file).sort()).toEqual(['content/三.txt', 'content/冲突.txt', 'content/未跟踪.txt']);
      expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual([expect.stringMatching(/^log --pretty=raw /u)]);
    } finally {
      for (const [i, rel] of edited.entries()) writeFileSync(ws.at(rel), before[i]);
    }
  });
});

describe('the commit dates of files whose names read as pathspecs', () => {
  // 滑雪节[1] and 滑雪节? as globs match 滑雪节1 and 滑雪节2, 长白山* matches 长白山, and a leading
  // colon is pathspec magic (:长白山 reads as 长白山): those three were edited on 03-20, the files
  // so named were not. A name with a newline is kept whole in the walk's NUL-separated output.
  const ODD = ['content/滑雪节[1].txt', 'content/滑雪节?.txt', 'content/长白山*.txt', 'content/:长白山.txt', 'content/长白山\n滑雪节.txt'];
  const PLAIN = ['content/滑雪节1.txt', 'content/滑雪节2.txt', 'content/长白山.txt'];
  let odd: Workspace;

  beforeAll(() => {
    odd = makeWorkspace();
    for (const [i, rel] of [...ODD, ...PLAIN].entries()) odd.write(rel, ARTICLE.replace('滑雪节开幕', `滑雪节开幕（${i}）`));
    commitAll(odd.dir, '03-01');
    for (const rel of PLAIN) appendFileSync(odd.at(rel), '\n（责任编辑：王晓明）\n');
    gitIn(odd.dir, '03-20', 'commit', '-q', '-am', '补充编辑');
  });

  afterAll(() => rmSync(odd.dir, { recursive: true, force: true }));

  it('are each its own file\'s, asked of one git with the others', async () => {
    const calls = path.join(countingGit, 'odd-calls.log');
    writeFileSync(calls, '');
    process.env.PATH = `${countingGit}${path.delimiter}${path0 ?? ''}`;
    process.env.GIT_CALLS = calls;
    try {
      const dates = await Promise.all([...ODD, ...PLAIN].map((rel) => lastCommitDate(odd.at(rel))));
      expect(dates).toEqual([...ODD.map(() => ({ date: '2024-03-01' })), ...PLAIN.map(() => ({ date: '2024-03-20' }))]);
      expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual([expect.stringMatching(/^log --pretty=raw /u)]);
    } finally {
      delete process.env.GIT_CALLS;
      process.env.PATH = path0;
    }
  });

  it('asked alone, are each its own file\'s too', async () => {
    for (const rel of ODD) expect(await lastCommitDate(odd.at(rel))).toEqual({ date: '2024-03-01' });
  });
});
