// git is asked without blocking the thread: the commit date of an undated document (asked by the
// thread checking it, a worker's among them) and the files --changed-since lists. Run through a git
// that takes its time, as on a large repository or a network disk, the thread's timers fire
// meanwhile; the answers are git's as before, in a repository, outside one, and with no git on PATH.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lastCommitDate } from '../../src/io/git.js';
import { changedSince } from '../../src/io/git-changed.js';
import { initRepo, makeWorkspace, type Workspace } from './workspace.js';

const UNDATED = '长白山国际滑雪节开幕 冰雪运动带火东北冬季旅游\n来源：国际在线\n\n12月9日，第十一届长白山国际滑雪节在吉林省长白山保护开发区池北区开幕。来自全国各地的600多名滑雪爱好者从海拔1800多米的雪道顶端依次滑下，拉开了新雪季的大幕。\n';

let ws: Workspace;
let slowGit: string;
let noGit: string;
let outside: string;
let countingGit: string;
const path0 = process.env.PATH;

beforeAll(() => {
  ws = makeWorkspace();
  ws.write('content/滑雪节.txt', UNDATED);
  ws.write('content/冰雪节.txt', UNDATED.replace('滑雪节', '冰雪节'));
  initRepo(ws.dir);
  // a git that answers as git does, half a second late
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  slowGit = mkdtempSync(path.join(tmpdir(), 'laiyuan-slow-git-'));
  writeFileSync(path.join(slowGit, 'git'), `#!/bin/sh\nsleep 0.5\nexec ${real} "$@"\n`);
  chmodSync(path.join(slowGit, 'git'), 0o755);
  noGit = mkdtempSync(path.join(tmpdir(), 'laiyuan-no-git-'));
  // a git that notes each time it is started, in the file named by GIT_CALLS
  countingGit = mkdtempSync(path.join(tmpdir(), 'laiyuan-counting-git-'));
  writeFileSync(path.join(countingGit, 'git'), `#!/bin/sh\necho "$*" >> "$GIT_CALLS"\nexec ${real} "$@"\n`);
  chmodSync(path.join(countingGit, 'git'), 0o755);
  outside = mkdtempSync(path.join(tmpdir(), 'laiyuan-no-repo-'));
  writeFileSync(path.join(outside, '滑雪节.txt'), UNDATED);
});

afterEach(() => {
  process.env.PATH = path0;
});

afterAll(() => {
  for (const dir of [ws.dir, slowGit, noGit, outside, countingGit]) rmSync(dir, { recursive: true, force: true });
});

/**
 * `work`'s answer, and the longest the thread was held up before it came: the longest stretch
 * between two firings of a 10 ms timer (git holding the thread: each of its calls, half a second).
 */
async function ticking<T>(work: () => Promise<T> | T): Promise<{ answer: T; heldUp: number }> {
  let last = performance.now();
  let heldUp = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    heldUp = Math.max(heldUp, now - last);
    last = now;
  }, 10);
  try {
    const answer = await work();
    heldUp = Math.max(heldUp, performance.now() - last);
    return { answer, heldUp };
  } finally {
    clearInterval(timer);
  }
}

describe('the commit date of an undated document', () => {
  it('is found while the thread goes on', async () => {
    process.env.PATH = `${slowGit}${path.delimiter}${path0 ?? ''}`;
    const { answer, heldUp } = await ticking(() => lastCommitDate(ws.at('content/滑雪节.txt')));
    expect(answer).toEqual({ date: '2024-03-01' });
    expect(heldUp).toBeLessThan(250);
  });

  it('is none outside a repository, and none with no git on PATH', async () => {
    expect(await lastCommitDate(path.join(outside, '滑雪节.txt'))).toEqual({ none: true });
    process.env.PATH = noGit;
    expect(await lastCommitDate(ws.at('content/滑雪节.txt'))).toEqual({ none: true });
  });

  it('starts no git for a file outside any work tree, and git for one inside', async () => {
    const calls = path.join(countingGit, 'calls.log');
    writeFileSync(calls, '');
    process.env.PATH = `${countingGit}${path.delimiter}${path0 ?? ''}`;
    process.env.GIT_CALLS = calls;
    try {
      expect(await lastCommitDate(path.join(outside, '滑雪节.txt'))).toEqual({ none: true });
      expect(readFileSync(calls, 'utf8')).toBe('');
      expect(await lastCommitDate(ws.at('content/冰雪节.txt'))).toEqual({ date: '2024-03-01' });
      expect(readFileSync(calls, 'utf8')).toContain('log -1 --format=%cs -- 冰雪节.txt');
    } finally {
      delete process.env.GIT_CALLS;
    }
  });
});

describe('the files changed since a ref', () => {
  it('are listed while the thread goes on: the edited file and the new one, not the untouched', async () => {
    ws.write('content/滑雪节.txt', `${UNDATED}（编辑：王晓明）\n`);
    ws.write('content/新稿.txt', UNDATED.replace('开幕', '闭幕'));
    process.env.PATH = `${slowGit}${path.delimiter}${path0 ?? ''}`;
    const files = ['content/冰雪节.txt', 'content/新稿.txt', 'content/滑雪节.txt'];
    const { answer, heldUp } = await ticking(() => changedSince('base', files, ws.dir));
    expect(answer).toEqual({ ok: true, files: ['content/新稿.txt', 'content/滑雪节.txt'] });
    expect(heldUp).toBeLessThan(250);
  });

  it('outside a repository, and with no git on PATH: one message each', async () => {
    expect(await changedSince('base', ['滑雪节.txt'], outside)).toEqual({ ok: false, message: '--changed-since: 滑雪节.txt is not inside a git repository; check files of a git checkout, or leave out --changed-since' });
    process.env.PATH = noGit;
    expect(await changedSince('base', ['content/冰雪节.txt'], ws.dir)).toEqual({ ok: false, message: '--changed-since needs git, which was not found on PATH' });
  });
});
