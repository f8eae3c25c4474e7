import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, filesWithFindings, git, initRepo, laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, ROOT, type Workspace } from './workspace.js';

let ws: Workspace;

beforeAll(() => {
  ws = makeWorkspace({
    licence: true,
    content: {
      'content/a-none.txt': REPRINTS.none,
      'content/c-exact.txt': REPRINTS.exact,
      'content/e-wrong.html': REPRINTS.wrongHtml,
      'content/专稿/b-alias.txt': REPRINTS.alias,
    },
  });
});

afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

describe('check --file-list', () => {
  it('checks exactly the listed paths of a file (BOM, CRLF, blank lines and spaces tolerated), not the whole folder', () => {
    ws.write('list.txt', '\uFEFFcontent/a-none.txt\r\n\r\n  content/专稿/b-alias.txt  \r\n');
    const results = parseJson(laiyuan(ws.dir, ['check', '--file-list', 'list.txt', '--format', 'json']));
    expect(results.summary.filesChecked).toBe(2);
    expect(filesWithFindings(results)).toEqual(['content/a-none.txt', 'content/专稿/b-alias.txt']);
  });

  it('reads the list from standard input with -, newline- or NUL-separated (git diff -z)', () => {
    for (const input of ['content/e-wrong.html\ncontent/a-none.txt\n', 'content/e-wrong.html\0content/a-none.txt\0']) {
      const results = parseJson(laiyuan(ws.dir, ['check', '--file-list', '-', '--format', 'json'], { input }));
      expect(results.summary.filesChecked).toBe(2);
      expect(filesWithFindings(results)).toEqual(['content/a-none.txt', 'content/e-wrong.html']);
    }
  });

  it('adds the paths named on the command line to the list', () => {
    ws.write('one.txt', 'content/a-none.txt\n');
    const results = parseJson(laiyuan(ws.dir, ['check', 'content/专稿', '--file-list', 'one.txt', '--format', 'json']));
    expect(filesWithFindings(results)).toEqual(['content/a-none.txt', 'content/专稿/b-alias.txt']);
  });

  it('checks nothing for an empty list (a commit that touched no article) and passes', () => {
    const run = laiyuan(ws.dir, ['check', '--file-list', '-', '--format', 'json'], { input: '\n' });
    expect(parseJson(run).summary.filesChecked).toBe(0);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^laiyuan: note: no files to check: the --file-list names no article/u);
  });

  it('stops with one line and exit code 2 when the list cannot be read', () => {
    const run = laiyuan(ws.dir, ['check', '--file-list', '没有这个清单.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^laiyuan: --file-list 没有这个清单.txt: cannot read: no such file or directory/u)]);
  });

  it('refuses to read both the list and an article from standard input', () => {
    const run = laiyuan(ws.dir, ['check', '-', '--file-list', '-'], { input: 'content/a-none.txt\n' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/both want standard input/u);
  });
});

describe('check - (an article on standard input)', () => {
  it('reports it under --stdin-filename, whose path decides which licence covers it', () => {
    const input = reprint(REPRINTS.none);
    const licensed = parseJson(laiyuan(ws.dir, ['check', '-', '--stdin-filename', 'content/长白山.txt', '--format', 'json'], { input }));
    expect(licensed.findings.map((f) => [f.ruleId, f.file])).toEqual([['missing-attribution', 'content/长白山.txt']]);
    const elsewhere = parseJson(laiyuan(ws.dir, ['check', '-', '--stdin-filename', 'drafts/长白山.txt', '--format', 'json'], { input }));
    expect(elsewhere.findings.map((f) => [f.ruleId, f.file])).toEqual([['unauthorized-reuse', 'drafts/长白山.txt']]);
  });

  it('reads HTML by the extension of --stdin-filename, with the same findings and positions as the file on disk', () => {
    const onDisk = parseJson(laiyuan(ws.dir, ['check', 'content/e-wrong.html', '--format', 'json']));
    const piped = parseJson(laiyuan(ws.dir, ['check', '-', '--stdin-filename', 'content/e-wrong.html', '--format', 'json'], { input: reprint(REPRINTS.wrongHtml) }));
    expect(onDisk.findings.length).toBeGreaterThan(0);
    expect(piped.findings).toEqual(onDisk.findings);
  });

  it('names it <stdin> without --stdin-filename, and checks it beside the files named', () => {
    const results = parseJson(laiyuan(ws.dir, ['check', '-', 'content/a-none.txt', '--format', 'json'], { input: reprint(REPRINTS.alias) }));
    expect(results.summary.filesChecked).toBe(2);
    expect(filesWithFindings(results)).toEqual(['<stdin>', 'content/a-none.txt']);
  });
});

/** The `git diff … | laiyuan check --file-list -` line a document gives, laiyuan run as the built CLI. */
function documentedRecipe(doc: string): string {
  const command = /git diff [^`\n]*?--file-list -/u.exec(readFileSync(path.join(ROOT, doc), 'utf8'))?.[0];
  if (command === undefined) throw new Error(`${doc} gives no --file-list recipe`);
  return command.replace(/(?:npx )?laiyuan check/u, `"${process.execPath}" "${CLI}" check`);
}

describe('the --file-list recipe of README and docs/ci.md', () => {
  it('passes a commit that deletes an article and checks the ones it adds', () => {
    const repo = makeWorkspace({ licence: true, content: { 'content/c-exact.txt': REPRINTS.exact, 'content/old.txt': REPRINTS.alias } });
    try {
      initRepo(repo.dir);
      git(repo.dir, 'rm', '-q', 'content/old.txt');
      repo.write('content/a-none.txt', reprint(REPRINTS.none));
      git(repo.dir, 'add', '.');
      git(repo.dir, 'commit', '-q', '-m', '删旧稿，加新稿');
      for (const doc of ['README.md', 'docs/ci.md']) {
        const recipe = documentedRecipe(doc).replace('origin/main', 'HEAD~1');
        const run = spawnSync('sh', ['-c', `${recipe} --format json`], { cwd: repo.dir, encoding: 'utf8' });
        expect([doc, run.status, run.stderr]).toEqual([doc, 1, '']);
        expect(filesWithFindings(parseJson(run))).toEqual(['content/a-none.txt']);
      }
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });
});
