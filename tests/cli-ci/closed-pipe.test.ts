// `laiyuan check … | head`: the reader closes the pipe while the run still writes. The run must neither
// print a stack trace nor die of the write error: it ends with the exit code of its findings.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT } from './workspace.js';

function checkReadByHead(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'check', ...args], { cwd: path.join(ROOT, 'fixtures/demo'), env: { ...process.env, NO_COLOR: '1', LAIYUAN_DEBUG: '' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // as `| head` does once it has its lines: the reading end closed while the run still writes
    child.stdout.destroy();
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('output to a reader that stops reading', () => {
  it.each([['json'], ['pretty']])('--format %s: no stack trace, exit 1 for the demo\'s findings', async (format) => {
    const run = await checkReadByHead(['.', '--format', format, '--evidence']);
    expect(run.stderr).not.toMatch(/EPIPE|\n\s+at .*:\d+:\d+/);
    expect(run.code).toBe(1);
  });
});
