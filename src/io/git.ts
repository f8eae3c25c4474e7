import path from 'node:path';
import { errorCode } from './error-code.js';
import { execFile } from './exec-file.js';
import { GitTops } from './git-top.js';
import { DateAsks, type CommitDate } from './git-dates.js';

export type { CommitDate, GitTrouble } from './git-dates.js';

/** git's words when there is no commit date to give, rightly: no repository, or one with no commits yet. */
const NO_DATE = /not a git repository|does not have any commits yet/u;

/**
 * The work trees the files asked about lie in, known per folder for the run: a file outside any
 * is answered without starting git, which would only say so (one process per undated file: 1,500
 * of them took 47 s where --date took 12).
 */
const tops = new GitTops();

/** How long one git command may take, in ms. */
const GIT_TIMEOUT = 10000;

const asks = new DateAsks(tops, dateAlone, failure, GIT_TIMEOUT);

/**
 * The date of the last commit that touched a file: git asked without blocking the thread, which
 * checks other files meanwhile. Asked of many files of a work tree at once (see holdCommitDates),
 * one git walks its history for all of them (io/git-walk.ts).
 */
export async function lastCommitDate(file: string): Promise<CommitDate> {
  return repositoryFromEnv() ? dateAlone(file) : asks.ask(path.resolve(file));
}

/**
 * `git log -1 -- <file>` in its folder: the date of one file, as git gives it. Its name a literal
 * pathspec, as the walk reads names: not a glob (滑雪节[1].txt matching 滑雪节1.txt, 长白山*.txt
 * 长白山.txt) or pathspec magic (:长白山.txt read as 长白山.txt), which gave another file's date.
 */
async function dateAlone(file: string): Promise<CommitDate> {
  try {
    const out = (
      await execFile('git', ['--literal-pathspecs', 'log', '-1', '--format=%cs', '--', path.basename(file)], {
        cwd: path.dirname(file),
        // its messages untranslated, read below
        env: { ...process.env, LC_ALL: 'C' },
        timeout: GIT_TIMEOUT,
      })
    ).trim();
    return dateOf(out);
  } catch (error) {
    // no git, or a folder gone (standard input named after no file)
    if (errorCode(error) === 'ENOENT') return { none: true };
    const stderr = (error as { stderr?: unknown }).stderr;
    return failure(typeof stderr === 'string' ? stderr : '', (error as { killed?: unknown }).killed === true);
  }
}

function dateOf(out: string): CommitDate {
  return /^\d{4}-\d{2}-\d{2}$/u.test(out) ? { date: out } : { none: true };
}

/** What git's failure means for a date: its repository refused, none to give, or trouble in git's words (LC_ALL=C). */
function failure(said: string, killed: boolean): CommitDate {
  const refused = refusedRepository(said);
  if (refused !== undefined) return { trouble: { refused } };
  if (NO_DATE.test(said)) return { none: true };
  const first = said.split('\n').find((l) => l.trim() !== '');
  return { trouble: { reason: killed ? 'it took over 10 s' : (first?.trim().replace(/^fatal: /u, '') ?? 'it failed') } };
}

/**
 * Holds the dates asked from now on, to ask git for all of them at once: until `release`, which
 * asks (the holder then waiting on them). Without a hold, the dates asked within one turn of the
 * event loop are asked together.
 */
export function holdCommitDates(): { release(): void } {
  return asks.hold();
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
