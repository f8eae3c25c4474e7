/**
 * `items.map(fn)`, its array packed however the caller runs. Array.prototype.map inlined in
 * optimised code makes a holey array where the builtin makes a packed one: code reading the
 * results then meets a map it was not optimised for, is deoptimised ("wrong map") and compiled
 * again. Pushed one by one, the array is packed either way.
 */
export function mapped<T, U>(items: readonly T[], fn: (item: T, at: number) => U): U[] {
  const out: U[] = [];
  for (let at = 0; at < items.length; at++) out.push(fn(items[at], at));
  return out;
}
