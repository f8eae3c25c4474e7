import path from 'node:path';
import { errorCode } from './error-code.js';
import { execFile } from './exec-file.js';
import { GitTops } from './git-top.js';

/**
 * Why git gave no commit date of a file that may well have one: the repository it refuses as
 * another user's ("dubious ownership"), or git's own words when it failed otherwise.
 */
export interface GitTrouble {
  /** The top folder of the repository git refuses as owned by another user. */
  refused?: string;
  /** git's first line on what went wrong (or that it took too long), when it failed otherwise. */
  reason?: string;
}

/** A file's last commit date (YYYY-MM-DD); none outside git, for a file not committed or without git; or why git gave none. */
export type CommitDate = { date: string } | { none: true } | { trouble: GitTrouble };

/** git's words when there is no commit date to give, rightly: no repository, or one with no commits yet. */
const NO_DATE = /not a git repository|does not have any commits yet/u;

/**
 * The work trees the files asked about lie in, known per folder for the run: a file outside any
 * is answered without starting git, which would only say so (one process per undated file: 1,500
 * of them took 47 s where --date took 12).
 */
const tops = new GitTops();

/** The date of the last commit that touched a file: git asked without blocking the thread, which checks other files meanwhile. */
export async function lastCommitDate(file: string): Promise<CommitDate> {
  if (!repositoryFromEnv() && (await tops.above(path.dirname(path.resolve(file)))) === undefined) return { none: true };
  try {
    const out = (
      await execFile('git', ['log', '-1', '--format=%cs', '--', path.basename(file)], {
        cwd: path.dirname(file),
        // its messages untranslated, read below
        env: { ...process.env, LC_ALL: 'C' },
        timeout: 10000,
      })
    ).trim();
    return /^\d{4}-\d{2}-\d{2}$/u.test(out) ? { date: out } : { none: true };
  } catch (error) {
    // no git, or a folder gone (standard input named after no file)
    if (errorCode(error) === 'ENOENT') return { none: true };
    const stderr = (error as { stderr?: unknown }).stderr;
    const said = typeof stderr === 'string' ? stderr : '';
    const refused = refusedRepository(said);
    if (refused !== undefined) return { trouble: { refused } };
    if (NO_DATE.test(said)) return { none: true };
    const first = said.split('\n').find((l) => l.trim() !== '');
    return { trouble: { reason: (error as { killed?: unknown }).killed === true ? 'it took over 10 s' : (first?.trim().replace(/^fatal: /u, '') ?? 'it failed') } };
  }
}

/** Whether git is told where the repository is (GIT_DIR, GIT_WORK_TREE): then it is not looked for above the file. */
function repositoryFromEnv(): boolean {
  return Boolean(process.env.GIT_DIR) || Boolean(process.env.GIT_WORK_TREE);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The top folder of the repository git (2.35.2 and later) refuses as owned by another user, from what it said (LC_ALL=C), if that is why it failed. */
export function refusedRepository(stderr: string): string | undefined {
  return /detected dubious ownership in repository at '([^'\n]*)'/u.exec(stderr)?.[1];
}
