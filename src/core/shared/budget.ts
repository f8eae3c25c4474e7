// A budget of work for the file being checked: the matching loops count what they do with
// spend(), and whoever set the budget (the I/O layer, which owns the clock) stops a file that
// runs over it by throwing from spend(). Without a budget set, spend() costs one comparison.

/** Told of the work done; throws when the file has used up its budget. */
export interface Budget {
  spend(units: number): void;
}

let current: Budget | undefined;

/** Counts `units` of work (comparisons, characters scanned) against the current file's budget. */
export function spend(units: number): void {
  if (current) current.spend(units);
}

/** Runs synchronous `work` under `budget`: the spend() calls it makes go to that budget. */
export function withBudget<T>(budget: Budget | undefined, work: () => T): T {
  const outer = current;
  current = budget;
  try {
    return work();
  } finally {
    current = outer;
  }
}
