import { appendFileSync, mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesWithFindings, git, initRepo, laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, type Workspace } from './workspace.js';

describe('check --changed-since in a git repository', () => {
  let ws: Workspace;

  beforeAll(() => {
    ws = makeWorkspace({
      content: {
        'content/a-none.txt': REPRINTS.none,
        'content/b-alias.txt': REPRINTS.alias,
        'content/c-exact.txt': REPRINTS.exact,
        'content/d-accepted.txt': REPRINTS.accepted,
        'content/e-wrong.html': REPRINTS.wrongHtml,
        'content/f-crlf.txt': REPRINTS.noneCrlf,
      },
    });
    initRepo(ws.dir);
    // committed since base: a rename to a Chinese path, an edit, a deletion
    mkdirSync(ws.at('content/转载'));
    git(ws.dir, 'mv', 'content/b-alias.txt', 'content/转载/国际在线网稿件.txt');
    appendFileSync(ws.at('content/f-crlf.txt'), '（责任编辑：王晓）\r\n');
    git(ws.dir, 'rm', '-q', 'content/d-accepted.txt');
    git(ws.dir, 'commit', '-qam', '改名、补充责编、删稿');
    // not committed: an edit, a staged new file, an untracked new file
    appendFileSync(ws.at('content/a-none.txt'), '\n（实习生 赵宁 参与采写）\n');
    ws.write('content/h-staged.txt', ws.read('content/a-none.txt'));
    git(ws.dir, 'add', 'content/h-staged.txt');
    ws.write('content/g-untracked.txt', reprint(REPRINTS.zhuanzai));
  });

  afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

  it('checks the files added, modified and renamed since the ref, committed or not, and no others', () => {
    const run = laiyuan(ws.dir, ['check', '--changed-since', 'base', '--format', 'json']);
    const results = parseJson(run);
    expect(results.summary.filesChecked).toBe(5);
    expect(filesWithFindings(results)).toEqual(
      ['content/a-none.txt', 'content/f-crlf.txt', 'content/g-untracked.txt', 'content/h-staged.txt', 'content/转载/国际在线网稿件.txt'].sort(),
    );
    expect(results.errors).toEqual([]);
    expect(run.status).toBe(1);
  });

  it('gives paths relative to a subfolder it runs in, and keeps to the paths named', () => {
    const run = laiyuan(ws.at('content'), ['check', '转载', 'a-none.txt', 'c-exact.txt', '--changed-since', 'base', '--format', 'json']);
    expect(filesWithFindings(parseJson(run))).toEqual(['a-none.txt', '转载/国际在线网稿件.txt']);
  });

  it('checks nothing when nothing changed since the ref', () => {
    const run = laiyuan(ws.dir, ['check', 'content/c-exact.txt', 'content/e-wrong.html', '--changed-since', 'HEAD', '--format', 'json']);
    expect(parseJson(run).summary.filesChecked).toBe(0);
    expect(run.status).toBe(0);
  });

  it('sees a file renamed in the working tree under its new name', () => {
    renameSync(ws.at('content/e-wrong.html'), ws.at('content/e-改名.html'));
    try {
      const run = laiyuan(ws.dir, ['check', 'content', '--changed-since', 'HEAD', '--format', 'json']);
      expect(filesWithFindings(parseJson(run))).toContain('content/e-改名.html');
    } finally {
      renameSync(ws.at('content/e-改名.html'), ws.at('content/e-wrong.html'));
    }
  });

  it('stops with one line and exit code 2 on a ref git does not know', () => {
    const run = laiyuan(ws.dir, ['check', '--changed-since', 'origin/没有这个分支']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/unknown git ref 'origin\/没有这个分支'.*fetch-depth: 0/u)]);
  });

  it('refuses a ref that git would read as an option', () => {
    const run = laiyuan(ws.dir, ['check', '--changed-since=--output=/tmp/x']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^laiyuan: --changed-since: '--output=\/tmp\/x' is not a git ref/u);
  });
});

describe('check --changed-since outside a git repository', () => {
  it('stops with one line and exit code 2', () => {
    const ws = makeWorkspace({ content: { 'content/a.txt': REPRINTS.none } });
    const run = laiyuan(ws.dir, ['check', '--changed-since', 'main']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual(['laiyuan: --changed-since: content/a.txt is not inside a git repository; check files of a git checkout, or leave out --changed-since']);
    rmSync(ws.dir, { recursive: true, force: true });
  });
});

describe('check --changed-since with a repository inside another', () => {
  let ws: Workspace;

  beforeAll(() => {
    ws = makeWorkspace({ content: { 'content/a-none.txt': REPRINTS.none, 'content/c-exact.txt': REPRINTS.exact } });
    initRepo(ws.dir);
    // a repository of its own in a folder of the site, kept in it as a submodule is (a gitlink),
    // found after content/a-none.txt: its files must be compared in it, not in the outer one
    const inner = ws.at('content/合作稿');
    ws.write('content/合作稿/b-alias.txt', reprint(REPRINTS.alias));
    ws.write('content/合作稿/f-crlf.txt', reprint(REPRINTS.noneCrlf));
    initRepo(inner);
    git(ws.dir, 'add', 'content/合作稿');
    git(ws.dir, 'commit', '-qm', '收录合作稿子库');
    appendFileSync(ws.at('content/a-none.txt'), '\n（实习生 赵宁 参与采写）\n');
    appendFileSync(path.join(inner, 'b-alias.txt'), '\n（责任编辑：王晓）\n');
    git(inner, 'commit', '-qam', '补充责编');
  });

  afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

  it('compares each file in the innermost repository it lies in, whichever was asked first', () => {
    const run = laiyuan(ws.dir, ['check', 'content', '--changed-since', 'base', '--format', 'json']);
    expect(run.stderr).toBe('');
    const results = parseJson(run);
    expect(filesWithFindings(results)).toEqual(['content/a-none.txt', 'content/合作稿/b-alias.txt']);
    expect(results.summary.filesChecked).toBe(2);
  });
});

describe('check --changed-since where there is no commit to compare with', () => {
  it('in a repository with no commits yet: one line saying so and what to do, exit 2', () => {
    const ws = makeWorkspace({ content: { 'content/a-none.txt': REPRINTS.none } });
    try {
      git(ws.dir, 'init', '-q', '-b', 'main');
      const root = realpathSync(ws.dir);
      for (const ref of ['HEAD', 'main', 'origin/main']) {
        const run = laiyuan(ws.dir, ['check', '--changed-since', ref]);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(
          `laiyuan: --changed-since: the repository ${root} has no commits yet, so there is nothing to compare with '${ref}'; commit the files first, or leave out --changed-since to check them all\n`,
        );
      }
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });

  it('on a branch with no commits yet (git checkout --orphan) in a repository with some: one line naming the branch, exit 2', () => {
    const ws = makeWorkspace({ content: { 'content/a-none.txt': REPRINTS.none } });
    try {
      initRepo(ws.dir);
      git(ws.dir, 'checkout', '-q', '--orphan', '转载稿');
      const run = laiyuan(ws.dir, ['check', '--changed-since', 'HEAD~1']);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        `laiyuan: --changed-since: the branch '转载稿' checked out in ${realpathSync(ws.dir)} has no commits yet, so 'HEAD~1' names none; commit first, or compare with another branch, e.g. main\n`,
      );
      // a branch that has commits is still compared with
      expect(laiyuan(ws.dir, ['check', '--changed-since', 'main', '--format', 'json']).status).toBe(0);
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });
});

describe('check --changed-since run from outside the repository of the files checked', () => {
  let ws: Workspace;
  let other: Workspace;
  let outside: string;

  beforeAll(() => {
    ws = makeWorkspace({ content: { 'content/a-none.txt': REPRINTS.none, 'content/c-exact.txt': REPRINTS.exact } });
    initRepo(ws.dir);
    appendFileSync(ws.at('content/a-none.txt'), '\n（实习生 赵宁 参与采写）\n');
    // a second repository, where nothing changed since its own base
    other = makeWorkspace({ content: { 'content/b-alias.txt': REPRINTS.alias } });
    initRepo(other.dir);
    outside = mkdtempSync(path.join(tmpdir(), 'laiyuan-ci-outside-'));
  });

  afterAll(() => {
    for (const dir of [ws.dir, other.dir, outside]) rmSync(dir, { recursive: true, force: true });
  });

  const from = (dir: string) => path.relative(outside, dir);

  it('asks git in the folder of the files, not in the working folder', () => {
    const run = laiyuan(outside, ['check', `${from(ws.dir)}/content`, '--changed-since', 'HEAD', '-c', `${from(ws.dir)}/laiyuan.yaml`, '--format', 'json']);
    expect(run.stderr).toBe('');
    const results = parseJson(run);
    expect(results.summary.filesChecked).toBe(1);
    expect(filesWithFindings(results)).toEqual([`${from(ws.dir)}/content/a-none.txt`]);
  });

  it('each file against the repository it lies in', () => {
    appendFileSync(other.at('content/b-alias.txt'), '\n（责任编辑：王晓）\n');
    const run = laiyuan(outside, ['check', `${from(ws.dir)}/content`, `${from(other.dir)}/content`, '--changed-since', 'base', '-c', `${from(ws.dir)}/laiyuan.yaml`, '--format', 'json']);
    expect(filesWithFindings(parseJson(run))).toEqual([`${from(ws.dir)}/content/a-none.txt`, `${from(other.dir)}/content/b-alias.txt`].sort());
  });

  it('a file checked outside any repository: one line naming it, exit 2', () => {
    writeFileSync(path.join(outside, '转载稿.txt'), reprint(REPRINTS.none));
    const run = laiyuan(outside, ['check', `${from(ws.dir)}/content`, '转载稿.txt', '--changed-since', 'HEAD', '-c', `${from(ws.dir)}/laiyuan.yaml`]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('laiyuan: --changed-since: 转载稿.txt is not inside a git repository; check files of a git checkout, or leave out --changed-since\n');
  });
});
