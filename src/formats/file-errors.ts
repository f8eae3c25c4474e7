// The files a run could not check, and the corpus files it could not read (compared with, never checked).
import type { FileError } from '../core/read/types.js';

export function errorsApart(errors: readonly FileError[]): { checked: FileError[]; corpus: FileError[] } {
  return { checked: errors.filter((e) => !e.corpus), corpus: errors.filter((e) => e.corpus) };
}
