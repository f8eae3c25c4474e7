// Why a file could not be read, and what to do, in words: messages said `cannot read the pack
// file rules/x.yaml (EACCES)`, a code the user had to look up.
import path from 'node:path';
import { displayPath } from './display-path.js';
import { errorCode, RefusedFile } from './error-code.js';
import { fileInTheWay, SHARED_TROUBLE, systemWords } from './trouble-words.js';

/** What went wrong reading `file` and what to do about it, for "cannot read <file>: …": one clause of each, joined by a semicolon. */
export function readTrouble(error: unknown, file: string): string {
  if (error instanceof RefusedFile) return error.message;
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
      return 'no such file; check the path';
    case 'ENOTDIR': {
      const inTheWay = fileInTheWay(path.dirname(file));
      return inTheWay === undefined ? 'a part of the path is a file, not a folder; check the path' : `${displayPath(inTheWay)} is a file, not a folder; check the path`;
    }
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; make it readable (chmod +r), or leave it out';
    case 'EISDIR':
      return 'it is a folder, not a file; name a file in it';
    default:
      return (code === undefined ? undefined : SHARED_TROUBLE[code]) ?? `${systemWords(error)}; check the path and that the file is readable`;
  }
}
