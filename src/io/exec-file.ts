// child_process.execFileSync and execFile, with node:child_process loaded on the first call (some
// milliseconds of a run's start-up): a run that asks git nothing, such as a warm --cache run, never loads it.
import type { execFileSync as ExecFileSync } from 'node:child_process';

export const execFileSync: typeof ExecFileSync = ((...args: Parameters<typeof ExecFileSync>) =>
  process.getBuiltinModule('node:child_process').execFileSync(...args)) as typeof ExecFileSync;

/**
 * What a command wrote to its standard output (UTF-8), without waiting on it: rejected, as
 * execFileSync throws, where it could not be run, failed, ran past `timeout` ms (the error then
 * `killed`) or wrote more than `maxBuffer`; the error holds what it wrote to standard error (`stderr`).
 */
export function execFile(file: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; maxBuffer?: number; timeout?: number }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = process.getBuiltinModule('node:child_process').execFile(file, args, { ...options, encoding: 'utf8' }, (error, stdout, stderr) => (error ? reject(Object.assign(error, { stderr })) : resolve(stdout)));
    // nothing to read: as stdin 'ignore'
    child.stdin?.end();
  });
}
