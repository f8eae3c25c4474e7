import path from 'node:path';
import { mkdir, stat } from 'node:fs/promises';

/**
 * Makes `dir` and the folders above it that are missing, one at a time, and gives those it made
 * (the top one first). Not mkdir's `recursive`:
 * on Node 20 it retries forever where the kernel answers ENOENT under a folder that exists but
 * holds no new folders (--cache-location /proc/x spun at full CPU); made one by one, that answer
 * is an error naming the folder.
 */
export async function makeFolder(dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (let at = path.resolve(dir); !(await exists(at)); at = path.dirname(at)) {
    missing.push(at);
    if (path.dirname(at) === at) break;
  }
  const made: string[] = [];
  for (const folder of missing.reverse()) {
    const fresh = await mkdir(folder).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
        return false;
      },
    );
    if (fresh) made.push(folder);
  }
  return made;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
