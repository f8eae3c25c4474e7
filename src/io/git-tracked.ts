// What git tracks: a file git tracks is never ignored by git, whatever a .gitignore says (it was
// added before the rule, or with `git add -f`), so the .gitignore rules hold for untracked paths
// alone. Asked of git (`git ls-files`) only for a path the rules leave out, once per repository,
// without blocking: the walk goes on waiting for git, and a folder's next files are answered at once.
import path from 'node:path';
import { execFile } from './exec-file.js';
import type { GitTops } from './git-top.js';

/** A repository's tracked files and the folders holding them, absolute. */
interface Tracked {
  files: ReadonlySet<string>;
  folders: ReadonlySet<string>;
}

export class GitTracked {
  /** Repository top → what it tracks (null: git could not say: not installed, or it refused). */
  private readonly lists = new Map<string, Promise<Tracked | null>>();
  /** Folder → what the repository it lies in tracks, once known (null: none, or git could not say). */
  private readonly known = new Map<string, Tracked | null>();

  constructor(private readonly tops: GitTops) {}

  /** Whether git tracks the file `full`, or (`isDir`) a file under the folder `full`; false where git cannot say. */
  has(full: string, isDir: boolean): boolean | Promise<boolean> {
    const dir = path.dirname(full);
    const known = this.known.get(dir);
    if (known !== undefined) return holds(known, full, isDir);
    return this.trackedIn(dir).then((tracked) => {
      this.known.set(dir, tracked);
      return holds(tracked, full, isDir);
    });
  }

  private async trackedIn(dir: string): Promise<Tracked | null> {
    const top = await this.tops.above(dir);
    if (top === undefined) return null;
    let tracked = this.lists.get(top);
    if (tracked === undefined) this.lists.set(top, (tracked = listed(top)));
    return tracked;
  }
}

function holds(tracked: Tracked | null, full: string, isDir: boolean): boolean {
  return tracked !== null && (isDir ? tracked.folders : tracked.files).has(full);
}

/** What git tracks in the repository at `top` (a submodule's files are its own repository's), or null when git cannot say. */
async function listed(top: string): Promise<Tracked | null> {
  let out: string;
  try {
    out = await execFile('git', ['ls-files', '-z'], { cwd: top, maxBuffer: 1 << 30, timeout: 60000 });
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
