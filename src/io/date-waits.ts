// A file whose check waits on git for the date of an undated document (one reusing a licensed
// article) does not hold up its thread: the next files are checked meanwhile, and the dates they
// ask are held (holdCommitDates) until the thread has nothing else to do or DATES_WAITED files
// wait, then asked of git together, one walk of history per work tree (io/git-dates.ts), not one
// git a file.
import type { FileCheck } from './file-check.js';
import { holdCommitDates } from './git.js';

/** Files waiting on git for a date past which the thread asks git and waits: a bound on the checks held unfinished. */
export const DATES_WAITED = 256;

/**
 * Characters of text held by the checks waiting, past which the thread asks git and waits as well:
 * a waiting check keeps its documents and their matching, so 256 pages of a few MB each would hold
 * gigabytes on each thread.
 */
export const CHARS_WAITED = 32 * 1024 * 1024;

/** A file's check, done (`check`) or waiting on git for a date, holding `chars` characters of text meanwhile. */
export interface Pending {
  done: Promise<void>;
  check?: FileCheck;
  chars: number;
}

/** Whether the checks waiting on a date are as many, or hold as much text, as a thread keeps before it asks git. */
export function waitedEnough(count: number, chars: number): boolean {
  return count >= DATES_WAITED || chars >= CHARS_WAITED;
}

/** `check` started, given back once it is done or waits on git for a date (it tells by calling `waits` with the characters it holds). */
export async function checkOrWait(check: (waits: (chars: number) => void) => Promise<FileCheck>): Promise<Pending> {
  let waits: (chars: number) => void = () => undefined;
  const pending: Pending = { done: Promise.resolve(), chars: 0 };
  const waiting = new Promise<void>((resolve) => (waits = (chars) => {
    pending.chars = chars;
    resolve();
  }));
  pending.done = check(waits).then((c) => {
    pending.check = c;
  });
  // failing once waited on, never as an unhandled rejection before
  pending.done.catch(() => undefined);
  await Promise.race([pending.done, waiting]);
  return pending;
}

/** The checks of a thread that finish in any order (each told to `finish`), those waiting on a date finished once git has answered. */
export class DateWaits {
  private readonly waiting = new Set<Promise<void>>();
  private chars = 0;
  private dates: { release(): void } | undefined;
  /** The first check that failed once it had waited, thrown by `all` (a caller may hold no promise of it). */
  private failure: { error: unknown } | undefined;

  /** Starts `check`; given back once it is done (`finish` called), or waits on git with `later`, the promise of its end. */
  async start(check: (waits: (chars: number) => void) => Promise<FileCheck>, finish: (check: FileCheck) => void): Promise<{ later?: Promise<void> }> {
    this.dates ??= holdCommitDates();
    const pending = await checkOrWait(check);
    const done = pending.done.then(() => finish(pending.check as FileCheck));
    if (pending.check) {
      await done;
      return {};
    }
    this.waiting.add(done);
    this.chars += pending.chars;
    const over = () => {
      this.waiting.delete(done);
      this.chars -= pending.chars;
    };
    done.then(over, (error: unknown) => {
      over();
      this.failure ??= { error };
    });
    if (waitedEnough(this.waiting.size, this.chars)) {
      this.ask();
      await Promise.race(this.waiting);
    }
    return { later: done };
  }

  /** Asks git now for the dates held. */
  ask(): void {
    this.dates?.release();
    this.dates = undefined;
  }

  /** Once every check started is done, the dates asked. */
  async all(): Promise<void> {
    this.ask();
    await Promise.all(this.waiting);
    if (this.failure) throw this.failure.error;
  }
}
