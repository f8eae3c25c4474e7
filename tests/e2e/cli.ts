import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../helpers/corpus.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (dist/cli/main.js) as a user would. */
export function laiyuan(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/main.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 60000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
