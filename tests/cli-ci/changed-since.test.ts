import { appendFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
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
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^laiyuan: --changed-since: .* is not inside a git repository$/u)]);
    rmSync(ws.dir, { recursive: true, force: true });
  });
});
