// Why a file could not be written, and what to do, in words: a message said `cannot write
// /proc/x/a.lyx: ENOENT`, a code the user has to look up, and advice that did not fit every cause.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { errorCode, RefusedFile } from './error-code.js';
import { displayPath } from './display-path.js';
import { failedPath, fileInTheWay, SHARED_TROUBLE, systemWords } from './trouble-words.js';

/**
 * What went wrong writing `file` (or, without one, a file in `folder`) and what to do about it,
 * for "cannot write <file>: …": one clause of each, joined by a semicolon.
 */
export function writeTrouble(folder: string, error: unknown, file?: string): string {
  if (error instanceof RefusedFile) return error.message;
  const failed = failedPath(error);
  switch (errorCode(error)) {
    case 'ENOENT': {
      const missing = firstMissing(folder);
      // the folder is there, but the system makes no file in it: a file system of the kernel's (/proc, /sys)
      return missing === undefined
        ? `the folder ${displayPath(path.resolve(folder))} takes no new files (a system folder such as /proc or /sys); give a path in a folder you can write to`
        : `the folder ${displayPath(missing)} does not exist and the system will not make it there; give a path in a folder you can write to`;
    }
    case 'ENOTDIR':
    case 'EEXIST': {
      const inTheWay = fileInTheWay(folder);
      if (inTheWay !== undefined) return `${displayPath(inTheWay)} is a file, not a folder; give a path whose folders are folders`;
      return failed !== undefined && file !== undefined && path.resolve(failed) === path.resolve(file) ? 'it exists already; remove it first, or give another name' : `${systemWords(error)}; check the path`;
    }
    case 'EACCES':
    case 'EPERM':
      return `permission denied in ${displayPath(path.resolve(failed === undefined ? folder : path.dirname(failed)))}; make the folder writable for you, or give a path in a folder you can write to`;
    case 'EROFS':
      return 'the file system there is read-only; give a path on a disk that can be written';
    case 'EISDIR':
      return 'it is a folder; give a file path';
    case 'EINVAL':
    case 'EXDEV':
      return 'the file system there does not take such a file; give a path on an ordinary disk';
    default: {
      const code = errorCode(error);
      return (code === undefined ? undefined : SHARED_TROUBLE[code]) ?? `${systemWords(error)}; check the folder exists and is writable`;
    }
  }
}

/** The highest folder above and at `folder` that does not exist: the one that could not be made. */
function firstMissing(folder: string): string | undefined {
  let missing: string | undefined;
  for (let at = path.resolve(folder); !existsSync(at); at = path.dirname(at)) {
    missing = at;
    if (path.dirname(at) === at) break;
  }
  return missing;
}
