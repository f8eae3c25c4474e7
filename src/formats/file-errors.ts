// The files a run could not check, and the corpus files it could not read (compared with, never checked).
import type { FileError } from '../core/read/types.js';

export function errorsApart(errors: readonly FileError[]): { checked: FileError[]; corpus: FileError[] } {
  return { checked: errors.filter((e) => !e.corpus), corpus: errors.filter((e) => e.corpus) };
}

/** What an error cost, in a few words: a line (of JSON Lines; the file's other records were read) or the whole file. */
export function errorTitle(error: FileError): string {
  const what = error.line === undefined || error.wholeFile ? 'file' : 'line';
  return error.corpus ? `corpus ${what} not read` : `${what} not checked`;
}
