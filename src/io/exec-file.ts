// child_process.execFileSync, with node:child_process loaded on the first call (some milliseconds
// of a run's start-up): a run that asks git nothing, such as a warm --cache run, never loads it.
import type { execFileSync as ExecFileSync } from 'node:child_process';

export const execFileSync: typeof ExecFileSync = ((...args: Parameters<typeof ExecFileSync>) =>
  process.getBuiltinModule('node:child_process').execFileSync(...args)) as typeof ExecFileSync;
