// An index file moved or copied without its corpus, or its corpus folder moved into another: the
// corpus paths it stores are relative to the index's folder, so they lead nowhere, and an update
// over the corpus that took every file it reads for a new one would hold each article twice.
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The stored files (indices into `stored`, relative to the real index file's folder `dir`) that
 * are not there while a file read (absolute) that the index does not hold under its own path ends
 * in the same folders and name: the same file, its folder moved (`mv 稿库 archive/`) or the index
 * copied elsewhere without it. An update drops them as it drops a file read again, and so holds
 * each article once, as a rebuild over the paths given does. Only the files read are looked up,
 * and the disk only for those: no work for each file held.
 */
export function twinsNotThere(dir: string, stored: readonly string[], read: readonly string[]): Set<number> {
  const held = new Set(stored);
  const byTail = new Map<string, number>();
  stored.forEach((file, f) => {
    const tail = file.replace(/^(?:\.\.\/)+/u, '');
    if (!byTail.has(tail)) byTail.set(tail, f);
  });
  const twins = new Set<number>();
  for (const file of read) {
    if (held.has(path.relative(dir, file).replaceAll(path.sep, '/'))) continue;
    const twin = heldUnder(file, byTail);
    if (twin !== undefined && !existsSync(path.resolve(dir, stored[twin]))) twins.add(twin);
  }
  return twins;
}

/** The stored path whose folders and name (less any leading ../) `file` ends with, if any. */
function heldUnder(file: string, byTail: ReadonlyMap<string, number>): number | undefined {
  const parts = file.split(path.sep);
  for (let i = 1; i < parts.length; i++) {
    const twin = byTail.get(parts.slice(i).join('/'));
    if (twin !== undefined) return twin;
  }
  return undefined;
}
