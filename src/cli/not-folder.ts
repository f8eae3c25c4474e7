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

/**
 * A report file whose missing folders start at the top of the file system (-o /reprots/x.sarif,
 * run as root in a CI container): refused before the run. A report's missing folders are made, as
 * ESLint's -o makes them, but a new folder at the root is most often a mistyped path.
 */
export async function refuseRootFolder(given: string, option: string, cwd: string): Promise<void> {
  let top: string | undefined;
  for (let at = path.dirname(path.resolve(cwd, given)); !(await exists(at)); at = path.dirname(at)) {
    top = at;
    if (path.dirname(at) === at) break;
  }
  if (top === undefined || path.dirname(top) !== path.parse(top).root) return;
  throw new UserError(`cannot write ${given} (${option}): the folder ${top} does not exist, and laiyuan makes no folder at the top of the file system; make it first, or give a path in a folder that exists`);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}
