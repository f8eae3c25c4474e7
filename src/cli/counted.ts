/** A number as the index commands print it: digits grouped by thousands (12,345). */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** A count as the index commands print it: grouped digits, and the noun in the plural unless it is 1. */
export function counted(n: number, noun: string): string {
  return `${count(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The line of a build or update refused for corpus errors (printed above it), to a file or a
 * server alike; `kept` unless there was no index there to leave as it was.
 */
export function notWrittenLine(shown: string, errors: number, kept: boolean): string {
  return `laiyuan: ${shown} not written${kept ? ' (left as it was)' : ''}: fix the ${errors === 1 ? 'error' : `${count(errors)} errors`} above and run again\n`;
}

/** What an update changed, in the same words for a file and a server: ` (2 added, 1 removed…)`, `more` after. */
export function changesWords(changes: { added: number; removed: number } | undefined, more: string[] = []): string {
  if (changes === undefined) return '';
  return ` (${[`${count(changes.added)} added`, `${count(changes.removed)} removed`, ...more].join(', ')})`;
}
