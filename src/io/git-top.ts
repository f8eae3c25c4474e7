// The top of the git work tree a folder lies in, as git finds it: the nearest folder at or above it
// holding a `.git` (a folder, or the file of a worktree or submodule), so that a repository lying
// inside another (a submodule, a clone in a folder of the site) is its own. Known per folder: a
// walk asks of thousands of folders, each climb stops where one asked before stopped.
import { stat } from 'node:fs/promises';
import path from 'node:path';

export class GitTops {
  /** Folder (absolute) → the top of the work tree it lies in (undefined: none). */
  private readonly tops = new Map<string, Promise<string | undefined>>();

  /** The nearest folder at or above `dir` (absolute) that holds a `.git`, or undefined when none does. */
  above(dir: string): Promise<string | undefined> {
    let known = this.tops.get(dir);
    if (!known) this.tops.set(dir, (known = this.climb(dir)));
    return known;
  }

  private async climb(dir: string): Promise<string | undefined> {
    if (await isThere(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    return parent === dir ? undefined : this.above(parent);
  }
}

async function isThere(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
