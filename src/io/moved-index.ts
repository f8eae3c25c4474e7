// An index file moved or copied without its corpus: the corpus paths it stores are relative to
// the folder it was built in, so from its new folder they lead nowhere, and an update over the
// corpus would take every file it reads again for a new one and hold each article twice.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FileError } from '../core/read/types.js';
import { shellWord } from './display-path.js';

/**
 * The error of an update of the index `target` (`real` its links followed), which holds `stored` (relative to the real file's folder),
 * over the corpus files `read` (absolute): a file read that the index does not hold under its own
 * path but does under another one that is not there, ending in the same folders and name.
 * Only the files read are looked up, and the disk only for those: no work for each file held.
 */
export function movedWithoutCorpus(index: { file: string; real: string }, stored: readonly string[], read: readonly string[], cwd: string): FileError | undefined {
  const target = index.file;
  const dir = path.dirname(index.real);
  const held = new Set(stored);
  const byTail = new Map<string, string>();
  for (const file of stored) {
    const tail = file.replace(/^(?:\.\.\/)+/u, '');
    if (!byTail.has(tail)) byTail.set(tail, file);
  }
  const twins: Array<{ read: string; stored: string }> = [];
  for (const file of read) {
    if (held.has(path.relative(dir, file).replaceAll(path.sep, '/'))) continue;
    const twin = heldUnder(file, byTail);
    if (twin !== undefined && !existsSync(path.resolve(dir, twin))) twins.push({ read: file, stored: twin });
  }
  if (twins.length === 0) return undefined;
  const shown = (p: string) => path.relative(cwd, p) || p;
  const first = twins[0];
  const more = twins.length > 1 ? ` and ${twins.length - 1} more` : '';
  return {
    file: shown(target),
    message:
      `moved or copied without its corpus: the files it holds, relative to its folder, are not there (${shown(path.resolve(dir, first.stored))}${more}), while the paths given hold the same files ` +
      `(${shown(first.read)}${more}), whose articles an update would hold twice; update it in the folder it was built in, or build it anew ('laiyuan index build <corpus> -o ${shellWord(shown(target))}')`,
  };
}

/** The stored path whose folders and name (less any leading ../) `file` ends with, if any. */
function heldUnder(file: string, byTail: ReadonlyMap<string, string>): string | undefined {
  const parts = file.split(path.sep);
  for (let i = 1; i < parts.length; i++) {
    const twin = byTail.get(parts.slice(i).join('/'));
    if (twin !== undefined) return twin;
  }
  return undefined;
}
