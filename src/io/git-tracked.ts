// What git tracks: a file git tracks is never ignored by git, whatever a .gitignore says (it was
// added before the rule, or with `git add -f`), so the .gitignore rules hold for untracked paths
// alone. Asked of git (`git ls-files`) only for a path the rules leave out, once per repository.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from './exec-file.js';

/** A repository's tracked files and the folders holding them, absolute. */
interface Tracked {
  files: ReadonlySet<string>;
  folders: ReadonlySet<string>;
}

export class GitTracked {
  /** Folder → the top of the repository it lies in (null: none). */
  private readonly tops = new Map<string, string | null>();
  /** Repository top → what it tracks (null: git could not say: not installed, or it refused). */
  private readonly lists = new Map<string, Tracked | null>();

  /** Whether git tracks the file `full`, or (`isDir`) a file under the folder `full`; false where git cannot say. */
  has(full: string, isDir: boolean): boolean {
    const top = this.topOf(path.dirname(full));
    if (top === null) return false;
    let tracked = this.lists.get(top);
    if (tracked === undefined) this.lists.set(top, (tracked = listed(top)));
    return tracked !== null && (isDir ? tracked.folders : tracked.files).has(full);
  }

  private topOf(dir: string): string | null {
    const known = this.tops.get(dir);
    if (known !== undefined) return known;
    const parent = path.dirname(dir);
    const top = existsSync(path.join(dir, '.git')) ? dir : parent === dir ? null : this.topOf(parent);
    this.tops.set(dir, top);
    return top;
  }
}

/** What git tracks in the repository at `top` (a submodule's files are its own repository's), or null when git cannot say. */
function listed(top: string): Tracked | null {
  let out: string;
  try {
    out = execFileSync('git', ['ls-files', '-z'], { cwd: top, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30, timeout: 60000 });
  } catch {
    return null;
  }
  const files = new Set<string>();
  const folders = new Set<string>();
  for (const rel of out.split('\0')) {
    if (rel === '') continue;
    const full = path.join(top, rel);
    files.add(full);
    for (let dir = path.dirname(full); dir !== top && !folders.has(dir); dir = path.dirname(dir)) folders.add(dir);
  }
  return { files, folders };
}
