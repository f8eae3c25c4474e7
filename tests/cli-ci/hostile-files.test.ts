// Files that fight back: a 200 MB file (skipped as too big without being read), a 10 MB article on
// one line (checked to the end under a raised limit), a file that vanishes between the listing
// and the reading (an error, the run goes on), and a file rewritten while it is read (the result
// is that of one version or the other, never a crash).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, truncateSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/io/check-files.js';
import type { CheckOptions, FileCheck } from '../../src/io/file-check.js';
import { discoverFiles } from '../../src/io/discover.js';
import { loadProject } from '../../src/io/project.js';
import { readDocuments } from '../../src/io/read-file.js';
import { RULES } from '../../src/rules/index.js';
import { laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, type Workspace } from './workspace.js';

const MB = 1024 * 1024;
let ws: Workspace;

beforeAll(() => {
  ws = makeWorkspace({ content: { 'content/a-none.txt': REPRINTS.none, 'content/b-crlf.txt': REPRINTS.noneCrlf } });
});

afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

async function project() {
  const loaded = await loadProject({ cwd: ws.dir, rules: RULES });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.value.project;
}

const OPTIONS = (): CheckOptions => ({ cwd: ws.dir, version: 'test', date: '2023-01-01' });

describe('a file a few bytes over the limit', () => {
  it('is said in bytes, its size and the limit, not as "5 MB, over the 5 MB limit"', () => {
    ws.write('dump/全站一行导出.txt', '');
    truncateSync(ws.at('dump/全站一行导出.txt'), 5 * MB + 97);
    const run = laiyuan(ws.dir, ['check', 'dump/全站一行导出.txt', 'content/a-none.txt', '--format', 'json']);
    expect(run.stderr).toContain(`laiyuan: note: dump/全站一行导出.txt: is ${5 * MB + 97} bytes, over the 5 MB (${5 * MB} bytes) limit: not read;`);
    rmSync(ws.at('dump/全站一行导出.txt'));
  });
});

describe('a 200 MB file', () => {
  beforeAll(() => {
    ws.write('dump/archive-2023.txt', '');
    truncateSync(ws.at('dump/archive-2023.txt'), 200 * MB);
  });

  it('is skipped as too big with its size and the limit, and the articles beside it are checked', () => {
    const run = laiyuan(ws.dir, ['check', 'content', 'dump', '--format', 'json']);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('laiyuan: note: dump/archive-2023.txt: is 200 MB, over the 5 MB limit: not read; raise --max-file-size to check it, or leave it out');
    const results = parseJson(run);
    expect(results.summary.filesChecked).toBe(2);
    expect(new Set(results.findings.map((f) => f.file))).toEqual(new Set(['content/a-none.txt', 'content/b-crlf.txt']));
  });

  it('is not read into memory: the peak of the process grows by far less than the file', async () => {
    const before = process.resourceUsage().maxRSS;
    const outcome = await readDocuments(ws.at('dump/archive-2023.txt'), { displayPath: 'dump/archive-2023.txt', maxBytes: 5 * MB });
    expect(outcome).toMatchObject({ ok: false, skipped: 'too-big' });
    // maxRSS is in kB: 200 MB read would lift it by 200,000
    expect(process.resourceUsage().maxRSS - before).toBeLessThan(50_000);
  });
});

describe('a 10 MB article on one line', () => {
  it('is checked to the end under a raised --max-file-size: the reprint in its middle is found at its column', () => {
    // a page of reposts with their line breaks taken out, r04 (a reprint of cri-04) standing in the middle
    const flat = (name: string) => reprint(name).toString('utf8').replace(/\r?\n/g, '');
    const filler = ['r02-gaitaikuang-frontmatter.md', 'r06-chaganhu-jilinribao.txt', 'r10-shimao-halfwidth-guangming.txt', 'r13-malasong-pangu-spacing.md'].map(flat);
    const parts: string[] = [];
    for (let size = 0, i = 0; size < 5 * MB; i++) {
      parts.push(filler[i % filler.length]);
      size += Buffer.byteLength(filler[i % filler.length]);
    }
    const half = parts.join('');
    const line = half + flat(REPRINTS.none) + half;
    expect(Buffer.byteLength(line)).toBeGreaterThan(10 * MB);
    ws.write('long/one-line.txt', line);
    const run = laiyuan(ws.dir, ['check', 'long', '--format', 'json', '--max-file-size', '12MB', '--max-file-time', '0']);
    expect(run.status, run.stderr).toBe(1);
    const results = parseJson(run);
    expect(results.summary.filesChecked).toBe(1);
    const reuse = results.findings.filter((f) => f.ruleId === 'unauthorized-reuse');
    expect(reuse).toHaveLength(1);
    expect(reuse[0]).toMatchObject({ file: 'long/one-line.txt', line: 1 });
    const start = [...half].length + 1;
    expect(reuse[0].column).toBeGreaterThanOrEqual(start);
    expect(reuse[0].column).toBeLessThan(start + 200);
  }, 180_000);
});

describe('a file that vanishes between the listing and the reading', () => {
  it('is an error naming it; the other files are still checked', async () => {
    ws.write('content/c-vanishing.txt', reprint(REPRINTS.alias));
    const found = await discoverFiles(['content'], { cwd: ws.dir, include: [], ignore: [], gitignore: false });
    expect(found.files).toContain('content/c-vanishing.txt');
    unlinkSync(ws.at('content/c-vanishing.txt'));
    const checks = await checkFiles(found.files, await project(), OPTIONS());
    const gone = checks.find((c) => c.file === 'content/c-vanishing.txt');
    expect(gone?.errors).toEqual([{ file: 'content/c-vanishing.txt', message: 'cannot read: no such file or directory. Check the path.' }]);
    expect(checks.filter((c) => c.findings.some((f) => f.ruleId === 'unauthorized-reuse')).map((c) => c.file)).toEqual(['content/a-none.txt', 'content/b-crlf.txt']);
  });
});

describe('files read without a stat of their path, as a folder\'s walk listed them (CheckOptions.walked)', () => {
  const walkedOf = async () => {
    const found = await discoverFiles(['content'], { cwd: ws.dir, include: [], ignore: [], gitignore: false });
    return { files: found.files, walked: new Set(found.files.filter((f) => !found.named.includes(f))) };
  };

  it('give the findings a read with the stat gives', async () => {
    const { files, walked } = await walkedOf();
    expect([...walked]).toEqual(files);
    const strip = (checks: FileCheck[]) => checks.map((c) => ({ ...c, documents: [] }));
    expect(strip(await checkFiles(files, await project(), { ...OPTIONS(), walked }))).toEqual(strip(await checkFiles(files, await project(), OPTIONS())));
  });

  it('one that vanished since: the same error naming it', async () => {
    ws.write('content/c-vanishing.txt', reprint(REPRINTS.alias));
    const { files, walked } = await walkedOf();
    unlinkSync(ws.at('content/c-vanishing.txt'));
    const gone = (await checkFiles(files, await project(), { ...OPTIONS(), walked })).find((c) => c.file === 'content/c-vanishing.txt');
    expect(gone?.errors).toEqual([{ file: 'content/c-vanishing.txt', message: 'cannot read: no such file or directory. Check the path.' }]);
  });

  it('one turned into a FIFO since: refused as one, not waited on', async () => {
    ws.write('content/d-feed.txt', reprint(REPRINTS.alias));
    const { files, walked } = await walkedOf();
    unlinkSync(ws.at('content/d-feed.txt'));
    execFileSync('mkfifo', [ws.at('content/d-feed.txt')]);
    try {
      const fifo = (await checkFiles(files, await project(), { ...OPTIONS(), walked })).find((c) => c.file === 'content/d-feed.txt');
      expect(fifo?.errors).toEqual([{ file: 'content/d-feed.txt', message: expect.stringMatching(/^is a FIFO \(named pipe\), not a regular file: not read/) }]);
    } finally {
      unlinkSync(ws.at('content/d-feed.txt'));
    }
  });
});

describe('a file rewritten while it is read', () => {
  const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  /** Rewrites `file` with one version, then the other, as fast as it can: by rename (as editors save) or in place. */
  function rewriter(file: string, versions: [string, string], how: 'rename' | 'in-place'): ChildProcess {
    const script = `
      const fs = require('node:fs');
      const [file, a, b, how] = process.argv.slice(1);
      const versions = [fs.readFileSync(a), fs.readFileSync(b)];
      for (let i = 0; ; i++) {
        if (how === 'rename') { fs.writeFileSync(file + '.next', versions[i % 2]); fs.renameSync(file + '.next', file); }
        else fs.writeFileSync(file, versions[i % 2]);
      }`;
    return spawn(process.execPath, ['-e', script, file, ...versions, how], { stdio: 'ignore' });
  }

  async function checkedWhileRewritten(how: 'rename' | 'in-place'): Promise<{ checks: FileCheck[]; versions: Map<string, FileCheck> }> {
    const p = await project();
    // the same article twice: without attribution (r04), and credited to 国际在线 as the notice asks (r08 of cri-05)
    const a = ws.at('versions/a.txt');
    const b = ws.at('versions/b.txt');
    ws.write('versions/a.txt', reprint(REPRINTS.none));
    ws.write('versions/b.txt', reprint(REPRINTS.exact));
    const versions = new Map<string, FileCheck>();
    for (const [name, file] of [['a', a], ['b', b]] as const) {
      const [check] = await checkFiles([path.relative(ws.dir, file)], p, OPTIONS());
      versions.set(sha(readFileSync(file)), { ...check, file: name });
    }
    ws.write('live/news.txt', readFileSync(a));
    const child = rewriter(ws.at('live/news.txt'), [a, b], how);
    try {
      // the checks start once the rewriting has, and go on until both versions were seen (or 300 checks)
      while (!readFileSync(ws.at('live/news.txt')).equals(readFileSync(b))) await new Promise((resolve) => setTimeout(resolve, 5));
      const checks: FileCheck[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < 300 && (i < 40 || seen.size < 2); i++) {
        const [check] = await checkFiles(['live/news.txt'], p, OPTIONS());
        checks.push(check);
        if (versions.has(check.sha256 ?? '')) seen.add(check.sha256 ?? '');
      }
      return { checks, versions };
    } finally {
      child.kill('SIGKILL');
    }
  }

  it('replaced by rename: every result is that of one version or the other', async () => {
    const { checks, versions } = await checkedWhileRewritten('rename');
    const kinds = new Set<string>();
    for (const check of checks) {
      expect(check.errors).toEqual([]);
      const version = versions.get(check.sha256 ?? '');
      expect(version, `a check of bytes that are neither version (${check.sha256})`).toBeDefined();
      kinds.add(version!.file);
      expect(check.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual(version!.findings.map((f) => [f.ruleId, f.line, f.column]));
    }
    expect([...kinds].sort()).toEqual(['a', 'b']);
  });

  it('rewritten in place: a half-written read is checked as the bytes it got, never a crash', async () => {
    const { checks, versions } = await checkedWhileRewritten('in-place');
    for (const check of checks) {
      expect(check.errors).toEqual([]);
      const version = versions.get(check.sha256 ?? '');
      // a whole version gives that version's findings; a torn read (a shorter text) is checked as it is
      if (version) expect(check.findings.map((f) => f.ruleId)).toEqual(version.findings.map((f) => f.ruleId));
      else for (const f of check.findings) expect(f.line).toBeLessThanOrEqual((check.documents[0]?.text ?? '').split('\n').length + 1);
    }
  });
});
