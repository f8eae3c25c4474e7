// --max-file-time: the wall-clock time one file may take, from its reading to its last finding.
// The matching loops, and the judging and reporting of each finding, count their work
// (core/shared/budget.ts); every UNITS_PER_READING units the
// clock is read, and past the deadline the file is given up with FileTimeout, so that one file
// cannot hold up the run, whatever its shape.
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

/** A budget that ends `seconds` after now by `clock` (milliseconds); 0 or Infinity: no end. */
export function fileDeadline(seconds: number, clock: () => number = () => performance.now()): Budget {
  if (!(seconds > 0 && Number.isFinite(seconds))) return { spend: () => undefined };
  const end = clock() + seconds * 1000;
  let spent = 0;
  return {
    spend(units) {
      spent += units;
      if (spent < UNITS_PER_READING) return;
      spent = 0;
      if (clock() > end) throw new FileTimeout(seconds);
    },
  };
}
