// check run deep in a site (or from outside it) leaves out what a .gitignore between the config's
// folder and the working folder leaves out, as git does; --no-gitignore checks it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesWithFindings, git, initRepo, laiyuan, makeWorkspace, parseJson, REPRINTS, type Workspace } from './workspace.js';

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

describe('a repository of its own inside the site (a nested clone, a submodule): git reads no .gitignore round it', () => {
  beforeAll(() => {
    // a partner's feed kept as a clone of its own repository: its drafts/ is no draft of ours
    const reprint = readFileSync(ws.at('content/news/a-none.txt'));
    ws.write('content/news/partner/drafts/c-feed.txt', reprint);
    ws.write('content/news/partner/old/d-feed.txt', reprint);
    ws.write('content/news/.laiyuanignore', '# 旧稿不查\nold/\n');
    initRepo(ws.at('content/news/partner'));
  });

  it('git itself does not ignore the partner\'s drafts/ (the outer content/.gitignore does not reach it)', () => {
    const partner = ws.at('content/news/partner');
    expect(() => git(partner, 'check-ignore', '-q', 'drafts/c-feed.txt')).toThrow();
    expect(() => git(ws.dir, 'check-ignore', '-q', 'content/news/drafts/b-crlf.txt')).not.toThrow();
  });

  it('check . in the nested repository checks its drafts/, and a .laiyuanignore above it still holds', () => {
    const run = laiyuan(ws.at('content/news/partner'), ['check', '.', '--format', 'json']);
    expect(run.status, run.stderr).toBe(1);
    expect(filesWithFindings(parseJson(run))).toEqual(['drafts/c-feed.txt']);
  });

  it('check . above it walks in and checks them too, while our own drafts/ stays out', () => {
    const run = laiyuan(ws.at('content/news'), ['check', '.', '--format', 'json']);
    expect(run.status, run.stderr).toBe(1);
    expect(filesWithFindings(parseJson(run))).toEqual(['a-none.txt', 'partner/drafts/c-feed.txt']);
  });
});
