import { stat } from 'node:fs/promises';
import path from 'node:path';
import { shellWord } from '../io/display-path.js';
import { UserError } from './errors.js';

/**
 * A file to write (`what`: baseline file, report file) named as a folder: said so before the run, with a file in it to name instead
 * (the write would fail only at the end, as EISDIR).
 */
export async function refuseFolder(given: string, option: string, cwd: string, what: string, example: string): Promise<void> {
  const folder = await stat(path.resolve(cwd, given)).then((info) => info.isDirectory(), () => false);
  if (!folder) return;
  const inside = shellWord(path.posix.join(given.split(path.sep).join('/'), example));
  throw new UserError(`${given}: is a folder, not a ${what}: name the ${what} itself, such as ${option} ${inside}`);
}
