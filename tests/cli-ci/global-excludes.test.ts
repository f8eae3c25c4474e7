// check leaves out what git's own exclude file (core.excludesFile, by default ~/.config/git/ignore)
// leaves out, as git does; --no-gitignore checks it. The home folder is the test's, never the user's.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesWithFindings, initRepo, laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, type Workspace } from './workspace.js';

let ws: Workspace;
let home = '';
let env: Record<string, string> = {};

beforeAll(() => {
  ws = makeWorkspace({ content: { 'content/news/a-none.txt': REPRINTS.none } });
  initRepo(ws.dir);
  // a personal draft, never committed: git ignores no file it tracks
  ws.write('content/news/草稿/b-crlf.txt', reprint(REPRINTS.noneCrlf));
  home = mkdtempSync(path.join(tmpdir(), 'laiyuan-home-'));
  mkdirSync(path.join(home, '.config', 'git'), { recursive: true });
  writeFileSync(path.join(home, '.config', 'git', 'ignore'), '# 个人草稿不发布\n草稿/\n');
  env = { HOME: home, XDG_CONFIG_HOME: '', GIT_CONFIG_NOSYSTEM: '1' };
});

afterAll(() => {
  rmSync(ws.dir, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

describe("git's own exclude file", () => {
  it('check leaves out the drafts ~/.config/git/ignore names', () => {
    const run = laiyuan(ws.dir, ['check', 'content', '--format', 'json'], { env });
    expect(run.status, run.stderr).toBe(1);
    expect(filesWithFindings(parseJson(run))).toEqual(['content/news/a-none.txt']);
  });

  it('--no-gitignore checks them too', () => {
    const run = laiyuan(ws.dir, ['check', 'content', '--no-gitignore', '--format', 'json'], { env });
    expect(filesWithFindings(parseJson(run))).toEqual(['content/news/a-none.txt', 'content/news/草稿/b-crlf.txt']);
  });
});
