// Outputs that are not files laiyuan may replace: a pipe (a shell's >(…), a named pipe) or a
// device (/dev/null). A report is written into it; an index build refuses it. Renaming a finished
// temporary file over /dev/null, run as root in a CI container, left a regular file in its place.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, createReadStream, existsSync, lstatSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI, makeWorkspace, REPRINTS } from './workspace.js';

function fifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
}

/** Runs the CLI while another reader takes the pipe's bytes, as `>(jq …)` does. */
function runReadingPipe(args: string[], cwd: string, pipe: string): Promise<{ code: number | null; stderr: string; read: string }> {
  return new Promise((resolve) => {
    let read = '';
    createReadStream(pipe, 'utf8').on('data', (chunk) => (read += String(chunk)));
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code) => setTimeout(() => resolve({ code, stderr, read }), 50));
  });
}

describe('outputs that are pipes or devices', () => {
  it('check --output-file into a named pipe writes the report through it and leaves the pipe a pipe', async () => {
    const ws = makeWorkspace({ content: { 'content/news/changbaishan.txt': REPRINTS.none } });
    const pipe = ws.at('report.pipe');
    fifo(pipe);
    const run = await runReadingPipe(['check', 'content', '--format', 'json', '--output-file', 'report.pipe'], ws.dir, pipe);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.read) as { findings: Array<{ ruleId: string; file: string }> };
    expect(report.findings.map((f) => f.file)).toContain('content/news/changbaishan.txt');
    expect(lstatSync(pipe).isFIFO()).toBe(true);
  });

  it('index build -o a named pipe is refused in one line, exit 2, and the pipe stays a pipe', () => {
    const ws = makeWorkspace();
    const pipe = ws.at('archive.pipe');
    fifo(pipe);
    const run = spawnSync(process.execPath, [CLI, 'index', 'build', 'corpus', '-o', 'archive.pipe'], { cwd: ws.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' }, timeout: 60000 });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/archive\.pipe: it is a device or a pipe/u);
    expect(lstatSync(pipe).isFIFO()).toBe(true);
  });

  it.runIf(existsSync('/dev/full'))('a report to standard output on a full device: one line saying so, exit 2, no stack trace', () => {
    const ws = makeWorkspace({ content: { 'content/a.txt': REPRINTS.none } });
    for (const format of ['pretty', 'json']) {
      const full = openSync('/dev/full', 'w');
      const run = spawnSync(process.execPath, [CLI, 'check', 'content', '-f', format], { cwd: ws.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' }, stdio: ['ignore', full, 'pipe'], timeout: 60000 });
      closeSync(full);
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toBe('laiyuan: cannot write the report to standard output: no space left on device; free the disk or device it is sent to, or write the report to a file with -o <file>\n');
    }
  });

});
