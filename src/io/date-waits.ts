// A file whose check waits on git for the date of an undated document (one reusing a licensed
// article) does not hold up its thread: the next files are checked meanwhile, and the dates they
// ask are held (holdCommitDates) until the thread has nothing else to do or DATES_WAITED files
// wait, then asked of git together, one walk of history per work tree (io/git-dates.ts), not one
// git a file.
import type { FileCheck } from './file-check.js';
import { holdCommitDates } from './git.js';

/** Files waiting on git for a date past which the thread asks git and waits: a bound on the checks held unfinished. */
export const DATES_WAITED = 256;

/** A file's check, done (`check`) or waiting on git for a date. */
export interface Pending {
  done: Promise<void>;
  check?: FileCheck;
}

/** `check` started, given back once it is done or waits on git for a date (it tells by calling `waits`). */
export async function checkOrWait(check: (waits: () => void) => Promise<FileCheck>): Promise<Pending> {
  let waits: () => void = () => undefined;
  const waiting = new Promise<void>((resolve) => (waits = resolve));
  const pending: Pending = { done: Promise.resolve() };
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
  private dates: { release(): void } | undefined;

  /** Starts `check`; given back once it is done (`finish` called), or waits on git with `later`, the promise of its end. */
  async start(check: (waits: () => void) => Promise<FileCheck>, finish: (check: FileCheck) => void): Promise<{ later?: Promise<void> }> {
    this.dates ??= holdCommitDates();
    const pending = await checkOrWait(check);
    const done = pending.done.then(() => finish(pending.check as FileCheck));
    if (pending.check) {
      await done;
      return {};
    }
    this.waiting.add(done);
    const over = () => this.waiting.delete(done);
    done.then(over, over);
    if (this.waiting.size >= DATES_WAITED) {
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
  }
}
