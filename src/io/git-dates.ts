// The commit dates asked together, per work tree: one or two files each asked alone (a pre-commit
// run of one file walks no history), more by one git walking history once for all of them
// (git-walk.ts), at most WALK_COMMITS_PER_FILE commits a file; what that walk leaves unanswered
// (a name not kept whole in UTF-8, one whose line it lost, git failing but for the whole
// repository) is asked alone, as before.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { GitTops } from './git-top.js';
import { walkDates, type Walked } from './git-walk.js';

/** Files of a work tree asked together up to which each is asked alone: one git each costs less than a walk. */
export const ALONE = 2;

/** Commits a walk may go through per file asked (at least MIN_WALK): its cost bounded by the files asked, not the history. */
const WALK_COMMITS_PER_FILE = 100;
const MIN_WALK = 1000;

/**
 * A name the walk cannot tell from another's: the walk passes git no pathspec (it reads every
 * commit's changed names, NUL-separated and unquoted, and compares them to the names asked whole),
 * so wildcards, a leading colon, a backslash or a newline are read as written; but a name decoded
 * with U+FFFD reads the same as every name whose bytes are not UTF-8 at that place, so such a file
 * is asked alone. (Asked alone, names are literal pathspecs too: see dateAlone in git.ts.)
 */
const ASK_ALONE = /\uFFFD/u;

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

interface Asked {
  file: string;
  answer: (date: CommitDate) => void;
}

type Alone = (file: string) => Promise<CommitDate>;
type Failure = (said: string, killed: boolean) => CommitDate;

export class DateAsks {
  private queue: Asked[] = [];
  private held = 0;
  private soon = false;

  constructor(
    private readonly tops: GitTops,
    private readonly alone: Alone,
    private readonly failure: Failure,
    private readonly timeout: number,
  ) {}

  ask(file: string): Promise<CommitDate> {
    return new Promise((answer) => {
      this.queue.push({ file, answer });
      if (this.held === 0) this.later();
    });
  }

  hold(): { release(): void } {
    this.held++;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        if (--this.held === 0) this.later();
      },
    };
  }

  /** The queue asked once this turn of the event loop is over (the dates asked within it together). */
  private later(): void {
    if (this.soon) return;
    this.soon = true;
    setImmediate(() => {
      this.soon = false;
      if (this.held > 0 || this.queue.length === 0) return;
      const asked = this.queue;
      this.queue = [];
      // never left unanswered: what failed unforeseen is asked file by file
      void this.answer(asked).catch(() => this.oneByOne(asked));
    });
  }

  private async answer(asked: readonly Asked[]): Promise<void> {
    const trees = new Map<string, Array<Asked & { name: string }>>();
    const alone: Asked[] = [];
    for (const one of asked) {
      // outside any work tree: none, without starting git
      if ((await this.tops.above(path.dirname(one.file))) === undefined) {
        one.answer({ none: true });
        continue;
      }
      const where = await this.placeOf(one.file).catch(() => undefined);
      if (where === undefined || ASK_ALONE.test(where.name)) alone.push(one);
      else trees.set(where.top, [...(trees.get(where.top) ?? []), { ...one, name: where.name }]);
    }
    for (const [top, files] of trees) {
      if (files.length <= ALONE) alone.push(...files);
      else void this.walk(top, files).catch(() => this.oneByOne(files));
    }
    await this.oneByOne(alone);
  }

  /** The top of the work tree git finds the file in (from its real folder, as git does) and its name there. */
  private async placeOf(file: string): Promise<{ top: string; name: string } | undefined> {
    const folder = await realpath(path.dirname(file));
    const top = await this.tops.above(folder);
    if (top === undefined) return undefined;
    const name = [...path.relative(top, folder).split(path.sep).filter((s) => s !== ''), path.basename(file)].join('/');
    return { top, name };
  }

  private async walk(top: string, files: ReadonlyArray<Asked & { name: string }>): Promise<void> {
    const names = [...new Set(files.map((f) => f.name))];
    const walked = await walkDates(top, names, Math.max(MIN_WALK, WALK_COMMITS_PER_FILE * names.length), this.timeout);
    const whole = wholeRepository(walked, this.failure);
    const left: Asked[] = [];
    for (const file of files) {
      const date = walked.dates.get(file.name);
      if (date === undefined) {
        if (whole) file.answer(whole);
        else left.push(file);
      } else file.answer(date === null ? { none: true } : /^\d{4}-\d{2}-\d{2}$/u.test(date) ? { date } : { none: true });
    }
    await this.oneByOne(left);
  }

  /** Each file asked alone, one after the other, as before. */
  private async oneByOne(files: readonly Asked[]): Promise<void> {
    for (const file of files) file.answer(await this.alone(file.file));
  }
}

/** The answer for every file left when git failed for the whole repository (refused it, no commits), as each file's git would. */
function wholeRepository(walked: Walked, failure: Failure): CommitDate | undefined {
  if (!walked.failed || walked.failed.killed) return undefined;
  if (walked.failed.code === 'ENOENT') return { none: true };
  const answer = failure(walked.failed.stderr, false);
  return 'trouble' in answer && answer.trouble.reason !== undefined ? undefined : answer;
}
