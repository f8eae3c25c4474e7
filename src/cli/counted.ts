/** A count as the index commands print it: grouped digits, and the noun in the plural unless it is 1. */
export function counted(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
