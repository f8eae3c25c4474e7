import path from 'node:path';
import { execFileSync } from './exec-file.js';

/** The date (YYYY-MM-DD) of the last commit that touched a file, or undefined outside git. */
export function lastCommitDate(file: string): string | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', path.basename(file)], {
      cwd: path.dirname(file),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10000,
    }).trim();
    return /^\d{4}-\d{2}-\d{2}$/u.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
