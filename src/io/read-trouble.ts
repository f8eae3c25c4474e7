// Why a file could not be read, and what to do, in words: messages said `cannot read the pack
// file rules/x.yaml (EACCES)`, a code the user had to look up.
import path from 'node:path';
import { displayPath } from './display-path.js';
import { errorCode, RefusedFile } from './error-code.js';
import { fileInTheWay, SHARED_TROUBLE, systemWords } from './trouble-words.js';

/**
 * What went wrong reading `file` and what to do about it, for "cannot read <file>: …": one clause of
 * each, joined by a semicolon. `instead`: what else the user may do where the file cannot be made
 * readable ('run without --index'; '' for nothing else), said as what the file is for.
 */
export function readTrouble(error: unknown, file: string, instead = 'leave it out'): string {
  if (error instanceof RefusedFile) return error.message;
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
      return 'no such file; check the path';
    case 'ENOTDIR':
      return `${fileInTheWayWords(file)}; check the path`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied; make it readable (chmod +r)${instead === '' ? '' : `, or ${instead}`}`;
    case 'EISDIR':
      return 'it is a folder, not a file; name a file in it';
    default:
      return (code === undefined ? undefined : SHARED_TROUBLE[code]) ?? `${systemWords(error)}; check the path and that the file is readable`;
  }
}

/** What is wrong with a path to `file` on which a file stands where a folder should (ENOTDIR): "README.md is a file, not a folder". */
export function fileInTheWayWords(file: string): string {
  const inTheWay = fileInTheWay(path.dirname(file));
  return inTheWay === undefined ? 'a part of the path is a file, not a folder' : `${displayPath(inTheWay)} is a file, not a folder`;
}
