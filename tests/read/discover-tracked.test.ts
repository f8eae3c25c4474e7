// git ignores no file it tracks: a 稿件 committed before the .gitignore rule that matches it, or
// added with `git add -f`, is listed by `git ls-files`, and laiyuan checks it as git sees it; the
// untracked files the rules match stay left out, and .laiyuanignore still leaves out what it names.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { discoverFiles } from '../../src/io/discover.js';
import { withWaitingGit } from '../helpers/waiting-git.js';

let repo = '';

const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: '编辑部', GIT_AUTHOR_EMAIL: 'bianji@example.cn', GIT_COMMITTER_NAME: '编辑部', GIT_COMMITTER_EMAIL: 'bianji@example.cn' };

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd: repo, encoding: 'utf8', env: GIT_ENV });
}

function write(name: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
  writeFileSync(path.join(repo, name), text);
}

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'laiyuan-tracked-'));
  git('init', '-q');
  write('content/吉林新闻.txt', '长春国际陆港中欧班列年内开行突破400列\n来源：国际在线\n');
  // committed before the rule that now matches it
  write('content/旧稿.bak.md', '# 查干湖冬捕开幕（旧稿）\n');
  write('content/存档/已审稿.md', '# 长白山国际滑雪节开幕\n');
  git('add', '.');
  git('commit', '-q', '-m', '首批稿件');
  write('.gitignore', '*.bak.md\n存档/\n');
  // added over the rule
  write('content/存档/终审稿.md', '# 春季招聘会在京开幕（终审）\n');
  git('add', '-f', 'content/存档/终审稿.md');
  // untracked, matched by the rules: left out as git leaves them
  write('content/新稿.bak.md', '# 冰雪旅游季开幕（备份）\n');
  write('content/存档/未审稿.md', '# 东盟博览会开幕（未审）\n');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

async function checked(paths = ['content']): Promise<string[]> {
  return (await discoverFiles(paths, { cwd: repo, include: [], ignore: [], gitignore: true })).files;
}

/** What git sees in content/: the tracked files and the untracked ones it does not ignore. */
function gitSees(): string[] {
  const lines = `${git('ls-files', 'content')}${git('ls-files', '--others', '--exclude-standard', 'content')}`;
  return lines.split('\n').filter((l) => l !== '').sort();
}

const SEEN = ['content/吉林新闻.txt', 'content/存档/已审稿.md', 'content/存档/终审稿.md', 'content/旧稿.bak.md'];

describe('files git tracks under a .gitignore rule', () => {
  it('are checked, as `git ls-files` lists them; untracked ones the rules match are not', async () => {
    expect(gitSees()).toEqual(SEEN);
    expect(await checked()).toEqual(SEEN);
  });

  it('named outright, are checked; an untracked one the rules match is ignored', async () => {
    const found = await discoverFiles(['content/旧稿.bak.md', 'content/新稿.bak.md'], { cwd: repo, include: [], ignore: [], gitignore: true });
    expect(found.files).toEqual(['content/旧稿.bak.md']);
    expect(found.ignored).toEqual(['content/新稿.bak.md']);
  });

  it('.laiyuanignore still leaves them out', async () => {
    write('content/.laiyuanignore', '旧稿.bak.md\n');
    try {
      expect(await checked()).toEqual(SEEN.filter((f) => f !== 'content/旧稿.bak.md'));
    } finally {
      rmSync(path.join(repo, 'content/.laiyuanignore'));
    }
  });

  it('where git cannot be run, the rules hold as before', async () => {
    vi.stubEnv('PATH', '');
    expect(await checked()).toEqual(['content/吉林新闻.txt']);
  });

  it('are asked of git without holding up the run: other work goes on while `git ls-files` lists them', async () => {
    const { value, heard } = await withWaitingGit('ls-files', () => checked());
    expect(value).toEqual(SEEN);
    // before: git was run with execFileSync, nothing else in the process ran until it was done
    expect(heard).toBe('answered');
  }, 20_000);
});
