// check run deep in a site (or from outside it) leaves out what a .gitignore between the config's
// folder and the working folder leaves out, as git does; --no-gitignore checks it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesWithFindings, initRepo, laiyuan, makeWorkspace, parseJson, REPRINTS, type Workspace } from './workspace.js';

let ws: Workspace;
let elsewhere = '';

beforeAll(() => {
  ws = makeWorkspace({ content: { 'content/news/a-none.txt': REPRINTS.none, 'content/news/drafts/b-crlf.txt': REPRINTS.noneCrlf } });
  ws.write('content/.gitignore', '# 未审稿件不发布\ndrafts/\n');
  initRepo(ws.dir);
  elsewhere = mkdtempSync(path.join(tmpdir(), 'laiyuan-elsewhere-'));
});

afterAll(() => {
  rmSync(ws.dir, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

describe('a .gitignore above the working folder, below the config', () => {
  it('check . in content/news leaves the ignored drafts out', () => {
    const run = laiyuan(ws.at('content/news'), ['check', '.', '--format', 'json']);
    expect(run.status, run.stderr).toBe(1);
    expect(filesWithFindings(parseJson(run))).toEqual(['a-none.txt']);
  });

  it('a draft named outright from there, or absolute from outside the site: not checked, a note says why, exit 2 (nothing else to check)', () => {
    const here = laiyuan(ws.at('content/news'), ['check', 'drafts/b-crlf.txt']);
    expect(here.status).toBe(2);
    expect(here.stderr).toMatch(/^laiyuan: note: drafts\/b-crlf\.txt is ignored \(by \.laiyuanignore, \.gitignore or the config's ignore globs\) and was not checked; --no-gitignore checks what \.gitignore leaves out$/m);
    const draft = ws.at('content/news/drafts/b-crlf.txt');
    const outside = laiyuan(elsewhere, ['check', draft]);
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain(`laiyuan: note: ${draft} is ignored`);
  });

  it('--no-gitignore checks the drafts too', () => {
    const run = laiyuan(ws.at('content/news'), ['check', '.', '--no-gitignore', '--format', 'json']);
    expect(filesWithFindings(parseJson(run))).toEqual(['a-none.txt', 'drafts/b-crlf.txt']);
  });
});
