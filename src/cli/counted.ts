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

/**
 * The start of an update's line, in the same words for a file and a server: what changed under its
 * paths, then (as `index build` says it) what the index holds: `updated: 2 added, 2 removed (1 from
 * 1 file gone from the corpus); ` before `15 articles from 15 files into …`. The articles of files
 * gone, or now over --max-file-size (`limit`), and JSON Lines records now over it (`records`), are among
 * those removed, said in its parentheses;
 * `more` after. None (a build): `${verb} `.
 */
export function changesWords(verb: string, changes: { added: number; removed: number } | undefined, removed: { gone?: Tally; overLimit?: Tally; records?: number; limit?: number }, more: string[] = []): string {
  if (changes === undefined) return `${verb} `;
  const which = [
    ...(removed.gone && removed.gone.files > 0 ? [`${count(removed.gone.articles)} from ${counted(removed.gone.files, 'file')} gone from the corpus`] : []),
    ...(removed.overLimit && removed.overLimit.files > 0 ? [`${count(removed.overLimit.articles)} from ${counted(removed.overLimit.files, 'file')} now over --max-file-size ${megabytes(removed.limit ?? 0)}`] : []),
    ...(removed.records !== undefined && removed.records > 0 ? [`${counted(removed.records, 'record')} now over --max-file-size ${megabytes(removed.limit ?? 0)}`] : []),
  ];
  const gone = which.length > 0 ? ` (${which.join(', ')})` : '';
  return `${verb}: ${[`${count(changes.added)} added`, `${count(changes.removed)} removed${gone}`, ...more].join(', ')}; `;
}

/** An update's records of an earlier laiyuan read again unchanged and written in this version's form, for changesWords: said only when there are some. */
export function forVersionWords(n: number): string[] {
  return n > 0 ? [`${count(n)} rewritten for this version`] : [];
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
