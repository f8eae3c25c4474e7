// The words for a failed file call, shared by reads and writes: what went wrong and what to do,
// so that no message shows a bare code (EIO, ENOSPC) for the user to look up.
import { statSync } from 'node:fs';
import path from 'node:path';

/** Causes that read the same whether the file was being read or written: "what; what to do". */
export const SHARED_TROUBLE: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full; free some space, or give a path on another disk',
  EDQUOT: 'your disk quota is used up; free some space, or give a path on another disk',
  ENAMETOOLONG: 'the path is too long for the file system; give a shorter one',
  ELOOP: 'too many symbolic links on the path (a link loop?); fix the link, or give another path',
  EIO: 'the disk reported an input/output error; check the disk, or give a path on another',
  EBUSY: 'the file is in use; close what holds it, then try again',
  ETXTBSY: 'the file is in use; close what holds it, then try again',
  EMFILE: 'too many files are open; lower --concurrency, or raise the limit (ulimit -n), then try again',
  ENFILE: 'too many files are open; lower --concurrency, or raise the limit (ulimit -n), then try again',
  EPIPE: 'the program reading it stopped reading (a pipe closed, as `| head` does), so the rest was not written; write it to a file to keep all of it',
};

/** The path a system error names (the folder mkdir could not make, the file open could not open). */
export function failedPath(error: unknown): string | undefined {
  const failed = error instanceof Error && 'path' in error ? error.path : undefined;
  return typeof failed === 'string' ? failed : undefined;
}

/** What the system says, less its code and the call and path it names: "ENOSPC: no space left on device, write" → "no space left on device". */
export function systemWords(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^E[A-Z]+: /u, '').replace(/, [a-z]+(?: '.*)?$/u, '') || 'the system refused it';
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
