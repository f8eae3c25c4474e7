// --fix never loses a file: killed at any moment each file is as it was or fully fixed, with its
// mode; a temporary file a kill leaves is removed by the next run, and an interrupted run (SIGINT,
// SIGTERM) removes its own before it ends; files with nothing to fix are
// never written; the cache survives damage and two runs at once.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, type Workspace } from './workspace.js';

const FILES = 40;
const TEMP = /\.laiyuan\.tmp$/;
let ws: Workspace;
let fixed: Buffer;
let original: Buffer;

beforeAll(() => {
  ws = makeWorkspace({ licence: true });
  // the licence covers every folder of the workspace, so that a fixed file has nothing left
  ws.write('laiyuan.yaml', readFileSync(ws.at('laiyuan.yaml'), 'utf8').replace("paths: ['content/**']", "paths: ['**']"));
  original = reprint(REPRINTS.none);
  for (let i = 0; i < FILES; i++) ws.write(`content/f${i}.txt`, original);
  // what a complete --fix makes of the file, from a run nobody interrupts
  ws.write('reference/f.txt', original);
  expect(laiyuan(ws.dir, ['check', 'reference', '--fix']).status).toBe(0);
  fixed = ws.read('reference/f.txt');
  expect(fixed.equals(original)).toBe(false);
});

afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

/** A seeded sequence, so that a failure can be replayed. */
function moments(seed: number, n: number, longest: number): number[] {
  let a = seed;
  return Array.from({ length: n }, () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return Math.floor((a / 2147483648) * longest);
  });
}

/** A --fix run sent `signal` after `ms`; how it ended. */
function runKilledAfter(cwd: string, ms: number, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'check', 'content', '--fix'], { cwd, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    const timer = setTimeout(() => child.kill(signal), ms);
    child.on('exit', (code, ended) => {
      clearTimeout(timer);
      resolve({ code, signal: ended });
    });
  });
}

describe('a --fix run killed at any moment', () => {
  it('leaves each file as it was or fully fixed, its mode kept; the next run cleans up and finishes the job', async () => {
    const started = Date.now();
    const full = laiyuan(ws.dir, ['check', 'content', '--fix-dry-run']);
    const longest = Math.max(500, (Date.now() - started) * 1.3);
    const seen = { original: 0, fixed: 0 };
    for (const [i, ms] of moments(11, 20, longest).entries()) {
      const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-kill-'));
      for (const part of ['laiyuan.yaml', 'corpus', 'content']) cpSync(path.join(ws.dir, part), path.join(dir, part), { recursive: true });
      for (let f = 0; f < FILES; f++) chmodSync(path.join(dir, `content/f${f}.txt`), 0o640);
      await runKilledAfter(dir, ms, i % 5 === 4 ? 'SIGTERM' : 'SIGKILL');
      for (const name of readdirSync(path.join(dir, 'content'))) {
        if (TEMP.test(name)) continue;
        const bytes = readFileSync(path.join(dir, 'content', name));
        const state = bytes.equals(original) ? 'original' : bytes.equals(fixed) ? 'fixed' : `damaged (${bytes.length} bytes)`;
        expect(state, `${name} after a kill at ${ms} ms`).toMatch(/^(original|fixed)$/);
        seen[state as 'original' | 'fixed']++;
        expect(statSync(path.join(dir, 'content', name)).mode & 0o777).toBe(0o640);
      }
      // a temporary file from the kill, if any, is gone after the next run, which fixes the rest
      const next = laiyuan(dir, ['check', 'content', '--fix']);
      expect(next.status, next.stderr).toBe(0);
      expect(readdirSync(path.join(dir, 'content')).filter((n) => TEMP.test(n))).toEqual([]);
      for (let f = 0; f < FILES; f++) expect(readFileSync(path.join(dir, `content/f${f}.txt`)).equals(fixed)).toBe(true);
      rmSync(dir, { recursive: true, force: true });
    }
    expect(seen.original + seen.fixed).toBe(20 * FILES);
    expect(full.status).toBe(1);
    expect(seen.original).toBeGreaterThan(0);
  }, 600_000);

  it('SIGINT or SIGTERM at any moment: each file original or fully fixed, and no temporary file left even before the next run', async () => {
    const started = Date.now();
    laiyuan(ws.dir, ['check', 'content', '--fix-dry-run']);
    const longest = Math.max(500, (Date.now() - started) * 1.3);
    const seen = { original: 0, fixed: 0 };
    for (const [i, ms] of moments(23, 20, longest).entries()) {
      const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-interrupt-'));
      for (const part of ['laiyuan.yaml', 'corpus', 'content']) cpSync(path.join(ws.dir, part), path.join(dir, part), { recursive: true });
      const signal = i % 2 === 0 ? 'SIGINT' : 'SIGTERM';
      const ended = await runKilledAfter(dir, ms, signal);
      const names = readdirSync(path.join(dir, 'content'));
      expect(names.filter((n) => TEMP.test(n)), `temporary files after ${signal} at ${ms} ms`).toEqual([]);
      for (const name of names) {
        const bytes = readFileSync(path.join(dir, 'content', name));
        const state = bytes.equals(original) ? 'original' : bytes.equals(fixed) ? 'fixed' : `damaged (${bytes.length} bytes)`;
        expect(state, `${name} after ${signal} at ${ms} ms`).toMatch(/^(original|fixed)$/);
        seen[state as 'original' | 'fixed']++;
      }
      // interrupted, the run ends by its signal, as it would have without laiyuan's clean-up; or it had finished
      if (ended.signal !== null) expect(ended.signal).toBe(signal);
      else expect(ended.code).toBe(0);
      const next = laiyuan(dir, ['check', 'content', '--fix']);
      expect(next.status, next.stderr).toBe(0);
      for (let f = 0; f < FILES; f++) expect(readFileSync(path.join(dir, `content/f${f}.txt`)).equals(fixed)).toBe(true);
      rmSync(dir, { recursive: true, force: true });
    }
    expect(seen.original + seen.fixed).toBe(20 * FILES);
    expect(seen.original).toBeGreaterThan(0);
  }, 600_000);

  it('a stale temporary file of a dead process is removed; one of a live process is left alone', () => {
    const dir = path.join(ws.dir, 'stale');
    cpSync(path.join(ws.dir, 'reference'), dir, { recursive: true });
    writeFileSync(path.join(dir, '.f.txt.999999999.0123456789ab.laiyuan.tmp'), 'half a fix');
    writeFileSync(path.join(dir, `.f.txt.${process.pid}.0123456789ab.laiyuan.tmp`), 'a fix being written');
    writeFileSync(path.join(dir, '.notes.tmp'), 'not laiyuan’s');
    laiyuan(ws.dir, ['check', 'stale', '--fix']);
    expect(readdirSync(dir).sort()).toEqual([`.f.txt.${process.pid}.0123456789ab.laiyuan.tmp`, '.notes.tmp', 'f.txt']);
  });
});

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('files with nothing to fix', () => {
  it('are never written by --fix-dry-run nor --fix: same bytes, same mtime and ctime', () => {
    const dir = path.join(ws.dir, 'nothing');
    ws.write('nothing/exact.txt', reprint(REPRINTS.exact));
    ws.write('nothing/wrong.html', reprint(REPRINTS.wrongHtml));
    ws.write('nothing/fixed.txt', fixed);
    const snapshot = () => readdirSync(dir).map((n) => {
      const s = statSync(path.join(dir, n));
      return `${n} ${sha(path.join(dir, n))} ${s.mtimeMs} ${s.ctimeMs}`;
    });
    const before = snapshot();
    expect(laiyuan(ws.dir, ['check', 'nothing', '--fix-dry-run']).stdout).toBe('');
    expect(laiyuan(ws.dir, ['check', 'nothing', '--fix']).stderr).toContain('nothing to fix');
    expect(snapshot()).toEqual(before);
  });
});

describe('the cache', () => {
  const cacheFile = () => path.join(ws.dir, '.laiyuan-cache', 'results.bin');
  const reference = () => parseJson(laiyuan(ws.dir, ['check', 'reference', 'nothing', '--format', 'json']));
  type Stored = { entries: Record<string, { hash: string }> };
  // results format 4 and on: the CRC-32 of the serialised results, then them; damage under a valid checksum reaches the shape checks
  const decode = (bytes: Buffer) => deserialize(bytes.subarray(4)) as Stored;
  const encode = (value: unknown) => {
    const payload = serialize(value);
    const sum = Buffer.alloc(4);
    sum.writeUInt32LE(crc32(payload), 0);
    return Buffer.concat([sum, payload]);
  };
  const wrongShape = (bytes: Buffer) => {
    const stored = decode(bytes);
    const entries = Object.fromEntries(Object.entries(stored.entries).map(([k, e]) => [k, { hash: e.hash, check: { file: 7, findings: 'x' } }]));
    return encode({ ...stored, entries });
  };

  it.each([
    ['truncated', (bytes: Buffer) => bytes.subarray(0, bytes.length / 2)],
    ['random bytes', () => Buffer.from('ÿ\u0000\u0001{["'.repeat(50))],
    ['entries of the wrong shape', wrongShape],
    ['an array', () => encode([1, 2, 3])],
    ['JSON', (bytes: Buffer) => Buffer.from(JSON.stringify(decode(bytes)))],
  ])('damaged (%s) is a miss, never a crash', (_what, damage) => {
    const expected = reference();
    expect(laiyuan(ws.dir, ['check', 'reference', 'nothing', '--cache', '--format', 'json']).status).toBe(expected.summary.errors > 0 ? 1 : 0);
    writeFileSync(cacheFile(), damage(readFileSync(cacheFile())));
    const run = laiyuan(ws.dir, ['check', 'reference', 'nothing', '--cache', '--format', 'json']);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(parseJson(run).findings).toEqual(expected.findings);
    expect(Object.keys(decode(readFileSync(cacheFile())).entries).length).toBeGreaterThan(0);
  });

  it('is shared by two runs at once: both answer alike and the cache stays whole', async () => {
    rmSync(path.join(ws.dir, '.laiyuan-cache'), { recursive: true, force: true });
    const once = () =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, [CLI, 'check', 'content', 'nothing', '--cache', '--format', 'json'], { cwd: ws.dir, env: { ...process.env, NO_COLOR: '1' } });
        let out = '';
        // decoded as a stream: a chunk may end inside a character
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (d: string) => (out += d));
        child.on('exit', () => resolve(out));
      });
    const [a, b] = await Promise.all([once(), once()]);
    expect(JSON.parse(a).findings).toEqual(JSON.parse(b).findings);
    expect(JSON.parse(a).findings.length).toBeGreaterThan(0);
    decode(readFileSync(cacheFile()));
  });
});
