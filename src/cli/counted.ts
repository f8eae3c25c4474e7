import type { FileError } from '../core/read/types.js';
import { configErrorLines } from './shared.js';
import { megabytes } from '../io/safe-read.js';

/** A number as the index commands print it: digits grouped by thousands (12,345). */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** A count as the index commands print it: grouped digits, and the noun in the plural unless it is 1. */
export function counted(n: number, noun: string): string {
  return `${count(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The lines of a build or update refused (to a file or a server alike): one for each error, which
 * says too that the index was not written, and `kept`, left as it was, unless there was none.
 */
export function notWrittenLines(errors: readonly FileError[], shown: string, kept: boolean): string {
  const tail = `${shown} not written${kept ? ' (left as it was)' : ''}`;
  if (errors.length === 0) return `laiyuan: ${tail}\n`;
  // a message that ends its sentence (…remove the line.) goes on after a semicolon without its full stop
  return configErrorLines(errors.map((e) => ({ ...e, message: `${e.message.replace(/\.$/u, '')}; ${tail}` })));
}

/** What an update changed, in the same words for a file and a server: ` (2 added, 1 removed…)`, `more` after. */
export function changesWords(changes: { added: number; removed: number } | undefined, more: string[] = []): string {
  if (changes === undefined) return '';
  return ` (${[`${count(changes.added)} added`, `${count(changes.removed)} removed`, ...more].join(', ')})`;
}

/** An update's records of an earlier laiyuan read again unchanged and written in this version's form, for changesWords: said only when there are some. */
export function forVersionWords(n: number): string[] {
  return n > 0 ? [`${count(n)} rewritten for this version`] : [];
}

/** An update's articles removed under its paths, of files gone from the corpus and of files now over --max-file-size (`limit`), in the same words for a file and a server. */
export function removedWords(removed: Tally | undefined, overLimit: Tally | undefined, limit: number | undefined): string {
  const gone = removed && removed.files > 0 ? `; removed ${counted(removed.articles, 'article')} of ${counted(removed.files, 'file')} gone from the corpus` : '';
  const over = overLimit && overLimit.files > 0 ? `; removed ${counted(overLimit.articles, 'article')} of ${counted(overLimit.files, 'file')} now over --max-file-size ${megabytes(limit ?? 0)}` : '';
  return `${gone}${over}`;
}

interface Tally {
  files: number;
  articles: number;
}

/** An update's articles held under another path (a folder renamed or moved, or given through a link) now held once, in the same words for a file and a server. */
export function movedWords(moved: { files: number; articles: number } | undefined): string {
  if (moved === undefined) return '';
  return `; ${counted(moved.articles, 'article')} of ${counted(moved.files, 'file')} held under another path (a folder renamed or moved, or reached through a link) now held once, under the path read`;
}
