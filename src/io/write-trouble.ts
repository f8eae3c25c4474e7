// Why a file could not be written, and what to do, in words: a message said `cannot write
// /proc/x/a.lyx: ENOENT`, a code the user has to look up, and advice that did not fit every cause.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { errorCode, RefusedFile } from './error-code.js';
import { displayPath } from './display-path.js';

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
      return missing === undefined
        ? 'its folder went away while it was written; check nothing else removes it, and try again'
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
    case 'ENOSPC':
      return 'the disk is full; free some space, or give a path on another disk';
    case 'EDQUOT':
      return 'your disk quota is used up; free some space, or give a path on another disk';
    case 'EISDIR':
      return 'it is a folder; give a file path';
    case 'ENAMETOOLONG':
      return 'the path is too long for the file system; give a shorter one';
    case 'ELOOP':
      return 'too many symbolic links on the path (a link loop?); fix the link, or give another path';
    case 'EIO':
      return 'the disk reported an input/output error; check the disk, or give a path on another';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'the file is in use; close what holds it, then try again';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open; close some programs, or raise the limit (ulimit -n), then try again';
    case 'EINVAL':
    case 'EXDEV':
      return 'the file system there does not take such a file; give a path on an ordinary disk';
    default:
      return `${systemWords(error)}; check the folder exists and is writable`;
  }
}

/** The path a system error names (the folder mkdir could not make, the temporary file open could not make). */
function failedPath(error: unknown): string | undefined {
  const failed = error instanceof Error && 'path' in error ? error.path : undefined;
  return typeof failed === 'string' ? failed : undefined;
}

/** What the system says, less its code and the call and path it names: "ENOSPC: no space left on device, write" → "no space left on device". */
function systemWords(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^E[A-Z]+: /u, '').replace(/, [a-z]+(?: '.*)?$/u, '') || 'the system refused it';
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

/** The file standing where `folder` or one of the folders above it should be. */
export function fileInTheWay(folder: string): string | undefined {
  for (let at = path.resolve(folder); ; at = path.dirname(at)) {
    try {
      return statSync(at).isDirectory() ? undefined : at;
    } catch {
      if (path.dirname(at) === at) return undefined;
    }
  }
}
