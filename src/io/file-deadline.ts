// --max-file-time: the wall-clock time one file may take, from its reading to its last finding,
// less the time it waits on git for its commit date (set aside: the thread checks other files
// meanwhile, and a slow git is no work of the file's). The matching loops, and the judging and
// reporting of each finding, count their work (core/shared/budget.ts); every UNITS_PER_READING
// units the clock is read, and past the deadline the file is given up with FileTimeout, so that
// one file cannot hold up the run, whatever its shape.
import type { Budget } from '../core/shared/budget.js';

/** The default of --max-file-time, in seconds: an article takes milliseconds, a 5 MB digest a few seconds. */
export const DEFAULT_MAX_FILE_SECONDS = 20;

/**
 * Units of work (a comparison, a character scanned) between two readings of the clock: about 20 ms
 * of matching (a 1 MB digest of news spends 640,000 units in 0.7 s), so a deadline is kept to
 * within a fraction of a second; an article spends 2,000 to 3,000 and never reads the clock.
 */
export const UNITS_PER_READING = 1 << 14;

/** Thrown by a file's budget once it has run past its deadline. */
export class FileTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`took longer than ${seconds} s`);
  }
}

/** A file's budget: its work spent, and what it waits for that is not its work (`aside`, when the budget keeps time). */
export interface FileBudget extends Budget {
  /** `waiting`, awaited with the clock stopped: the deadline put off by as long as it takes. */
  aside?<T>(waiting: Promise<T>): Promise<T>;
}

/** A budget that ends `seconds` after now by `clock` (milliseconds), less the time set aside; 0 or Infinity: no end. */
export function fileDeadline(seconds: number, clock: () => number = () => performance.now()): FileBudget {
  if (!(seconds > 0 && Number.isFinite(seconds))) return { spend: () => undefined };
  let end = clock() + seconds * 1000;
  let spent = 0;
  return {
    spend(units) {
      spent += units;
      if (spent < UNITS_PER_READING) return;
      spent = 0;
      if (clock() > end) throw new FileTimeout(seconds);
    },
    async aside(waiting) {
      const from = clock();
      try {
        return await waiting;
      } finally {
        end += clock() - from;
      }
    },
  };
}
