// What a folder walk meets besides articles: a FIFO or a socket named like an article is an error
// naming it (reading it would wait for a writer forever), never passed over in silence; and a
// symbolic link in a corpus folder never leads the corpus out of the project's folder, while a
// folder outside it named outright in the config is read.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, REPRINTS, ROOT, type Workspace } from './workspace.js';

let ws: Workspace;
let outside: Workspace | undefined;
/** The archive folder outside the project. */
let archive = '';
let socket: Server;

beforeAll(async () => {
  ws = makeWorkspace({ content: { 'content/news/a-none.txt': REPRINTS.none, 'content/news/b-crlf.txt': REPRINTS.noneCrlf } });
  execFileSync('mkfifo', [ws.at('content/news/feed.md'), ws.at('content/news/upload.fifo')]);
  socket = createServer();
  await new Promise<void>((resolve) => socket.listen(ws.at('content/news/live.html'), resolve));
});

afterAll(async () => {
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  execFileSync('rm', ['-rf', ws.dir, outside?.dir ?? ws.dir]);
});

describe('a FIFO or socket inside a walked folder', () => {
  it('named like an article: an error with its path and why, the articles still checked, exit 2', () => {
    const run = laiyuan(ws.dir, ['check', 'content/news', '--format', 'json']);
    expect(run.status, run.stderr).toBe(2);
    const results = parseJson(run);
    expect(results.errors).toEqual([
      { file: 'content/news/feed.md', line: null, column: null, message: expect.stringMatching(/^is a FIFO \(named pipe\), not a regular file: not read.*leave it out/) },
      { file: 'content/news/live.html', line: null, column: null, message: expect.stringMatching(/^is a socket, not a regular file/) },
    ]);
    expect(results.summary.filesChecked).toBe(2);
    expect(new Set(results.findings.map((f) => f.file))).toEqual(new Set(['content/news/a-none.txt', 'content/news/b-crlf.txt']));
  });

  it('--no-error-on-unreadable: still listed, the exit code from the findings', () => {
    const run = laiyuan(ws.dir, ['check', 'content/news', '--format', 'json', '--no-error-on-unreadable']);
    expect(run.status, run.stderr).toBe(1);
    expect(parseJson(run).errors.map((e) => e.file)).toEqual(['content/news/feed.md', 'content/news/live.html']);
  });

  it('left out by .laiyuanignore: nothing to say', () => {
    ws.write('content/news/.laiyuanignore', 'feed.md\nlive.html\n');
    const run = laiyuan(ws.dir, ['check', 'content/news', '--format', 'json']);
    execFileSync('rm', [ws.at('content/news/.laiyuanignore')]);
    expect(run.status, run.stderr).toBe(1);
    expect(parseJson(run).errors).toEqual([]);
  });
});

describe('a corpus folder holding a link that leads outside the project', () => {
  beforeAll(() => {
    // an archive beside the project: the page of cri-02 (not in the workspace's corpus), and a reprint of it
    outside = makeWorkspace();
    archive = outside.at('archive');
    mkdirSync(archive);
    copyFileSync(path.join(ROOT, 'fixtures/corpus/cri/cri-02-rouxing-gaitaikuang-dianchi.txt'), path.join(archive, 'cri-02.txt'));
    copyFileSync(path.join(ROOT, 'fixtures/reuse/r02-gaitaikuang-frontmatter.md'), ws.at('content/gaitaikuang.md'));
    symlinkSync(archive, ws.at('corpus/linked-archive'));
  });

  it('is not followed: one error naming the link and what to do, exit 2, the rest of the corpus used', () => {
    const run = laiyuan(ws.dir, ['check', 'content', '--format', 'json']);
    expect(run.status, run.stderr).toBe(2);
    const results = parseJson(run);
    const linkErrors = results.errors.filter((e) => e.file === 'corpus/linked-archive');
    expect(linkErrors).toHaveLength(1);
    expect(linkErrors[0].message).toBe(
      `corpus of pack 'cri': is a link to ${archive}, outside the project folder ${ws.dir}: not followed; name ${archive} itself to read it (named by corpus.cri in laiyuan.yaml: check the path)`,
    );
    // the 钙钛矿 page is only in the archive outside: no reuse of it is found
    expect(results.findings.filter((f) => f.file === 'content/gaitaikuang.md').map((f) => f.ruleId)).not.toContain('unauthorized-reuse');
    expect(results.findings.some((f) => f.file === 'content/news/a-none.txt' && f.ruleId === 'unauthorized-reuse')).toBe(true);
  });

  it('named outright in the config (../archive), it is read, and so is the link to it', () => {
    const relative = path.relative(ws.dir, archive);
    ws.write('named.yaml', `packs: [cri]\ncorpus:\n  cri: [corpus/, ${relative}]\n`);
    const run = laiyuan(ws.dir, ['check', 'content/gaitaikuang.md', '--config', 'named.yaml', '--format', 'json']);
    expect(run.stderr).not.toMatch(/not followed/);
    const results = parseJson(run);
    expect(results.errors).toEqual([]);
    expect(results.findings.map((f) => f.ruleId)).toContain('unauthorized-reuse');
  });

  it('a glob is no way out: `../**` names no folder, one error, exit 2', () => {
    ws.write('glob.yaml', 'packs: [cri]\ncorpus:\n  cri: [corpus/, "../**"]\n');
    const run = laiyuan(ws.dir, ['check', 'content/gaitaikuang.md', '--config', 'glob.yaml', '--format', 'json']);
    expect(run.status, run.stderr).toBe(2);
    const results = parseJson(run);
    expect(results.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^corpus of pack 'cri': is a link to .*not followed/),
      `corpus of pack 'cri': no such file or directory (named by corpus.cri in glob.yaml: check the path)`,
    ]);
    expect(results.findings.map((f) => f.ruleId)).not.toContain('unauthorized-reuse');
  });
});
