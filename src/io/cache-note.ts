import { existsSync } from 'node:fs';
import { errorCode } from './error-code.js';
import { fileInTheWay } from './trouble-words.js';
import { writeTrouble } from './write-trouble.js';

/**
 * The note for a cache that could not be written to `dir`: where a file stands as the folder or
 * on its way (--cache-location naming a file: EEXIST, ENOTDIR), and a folder the system will not
 * make (under /proc: ENOENT though the folder above is there), said in words.
 */
export function cacheWriteNote(dir: string, error: unknown): string {
  const file = fileInTheWay(dir);
  const why = file === undefined ? notMade(dir, error) : file === dir ? ': it is a file, not a folder' : `: ${file} is a file, not a folder`;
  const advice = file === undefined ? '' : '; give --cache-location a folder';
  return `cannot write the cache at ${dir}${why}${advice}; the run goes on without it`;
}

function notMade(dir: string, error: unknown): string {
  return errorCode(error) === 'ENOENT' && !existsSync(dir) ? ': the folder cannot be made there' : `: ${writeTrouble(dir, error)}`;
}
