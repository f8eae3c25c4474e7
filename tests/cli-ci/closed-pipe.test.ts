// `laiyuan check … | head`: the reader closes the pipe while the run still writes. The run must neither
// print a stack trace nor die of the write error: it ends with the exit code of its findings.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { CLI, laiyuan, makeWorkspace, REPRINTS, ROOT } from './workspace.js';

interface HeadRun {
  code: number | null;
  stderr: string;
  /** What the reader took before it closed the pipe. */
  head: Buffer;
}

/** The run with its output read as `| head -c <bytes>` reads it (0: the reading end closed before the first byte). */
function checkReadByHead(cwd: string, args: string[], bytes = 0): Promise<HeadRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'check', ...args], { cwd, env: { ...process.env, NO_COLOR: '1', LAIYUAN_DEBUG: '' } });
    let stderr = '';
    let head = Buffer.alloc(0);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    if (bytes === 0) child.stdout.destroy();
    else {
      child.stdout.on('data', (chunk: Buffer) => {
        head = Buffer.concat([head, chunk]).subarray(0, bytes);
        if (head.length === bytes) child.stdout.destroy();
      });
    }
    child.on('close', (code) => resolve({ code, stderr, head }));
  });
}

const DEMO = path.join(ROOT, 'fixtures/demo');

describe('output to a reader that stops reading', () => {
  it.each([['json'], ['pretty'], ['sarif']])('--format %s: no stack trace, exit 1 for the demo\'s findings', async (format) => {
    const run = await checkReadByHead(DEMO, ['.', '--format', format, '--evidence']);
    expect(run.stderr).not.toMatch(/EPIPE|\n\s+at .*:\d+:\d+/);
    expect(run.code).toBe(1);
  });

  // 120 reprints: a report of most of a megabyte, far more than a pipe holds, so the run is mid-report when the reader goes
  const names = Object.values(REPRINTS);
  const ws = makeWorkspace({ content: Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`content/${String(i).padStart(3, '0')}-${names[i % names.length]}`, names[i % names.length]])) });
  afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

  it.each([['json'], ['sarif']])('--format %s read by head -c 100: the report\'s first 100 bytes, then a clean end, exit 1', async (format) => {
    const whole = laiyuan(ws.dir, ['check', 'content', '--format', format]);
    expect(whole.status).toBe(1);
    expect(Buffer.byteLength(whole.stdout)).toBeGreaterThan(512 * 1024);
    const run = await checkReadByHead(ws.dir, ['content', '--format', format], 100);
    expect(run.head.toString('utf8')).toBe(Buffer.from(whole.stdout).subarray(0, 100).toString('utf8'));
    expect(run.stderr).not.toMatch(/EPIPE|\n\s+at .*:\d+:\d+/);
    expect(run.stderr).toBe(whole.stderr);
    expect(run.code).toBe(1);
  });
});
