import path from 'node:path';
import { shellWord } from './display-path.js';
import { errorCode } from './error-code.js';
import { CONFIG_MAX_BYTES, readRegularText } from './safe-read.js';

export type FileList = { ok: true; paths: string[] } | { ok: false; message: string };

/** Paths from a file, or from standard input for '-': one a line (or NUL-separated, as `git diff -z` gives them). */
export async function readFileList(source: string, cwd: string): Promise<FileList> {
  // read-file.ts brings the document readers: loaded only when a list is given
  const { readErrorMessage, readStream } = await import('./read-file.js');
  let text: string;
  try {
    text = source === '-' ? (await readStream(process.stdin, CONFIG_MAX_BYTES)).toString('utf8') : await readRegularText(path.resolve(cwd, source), CONFIG_MAX_BYTES);
  } catch (error) {
    const code = errorCode(error);
    // a folder given for the list: the folder itself is what the user wants checked
    if (code === 'EISDIR') return { ok: false, message: `--file-list ${source}: is a folder, not a list of paths: check it with laiyuan check ${shellWord(source)}, or give --file-list a file of paths (one a line)` };
    // "leave it out", said of a file to check, is no remedy for the list that names them
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: `--file-list ${source}: cannot read: permission denied. Make it readable (chmod +r), or name the files to check as arguments instead.` };
    return { ok: false, message: `--file-list ${source}: ${readErrorMessage(error)}` };
  }
  return { ok: true, paths: parseFileList(text) };
}

/** Blank lines are skipped; surrounding whitespace and a BOM are dropped. */
export function parseFileList(text: string): string[] {
  const body = text.replace(/^\uFEFF/u, '');
  return body
    .split(body.includes('\0') ? '\0' : /\r?\n|\r/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
