// The last commit dates of many files of one work tree from one `git log` walking history once,
// each as `git log -1 -- <file>` gives it. That command follows one line of history per file: from
// HEAD to a commit's parent, at a merge to its first parent with the file unchanged (history
// simplification), up to the first commit that changed the file (at a merge: from every parent).
// So the walk lists each commit with the files it changed against each of its parents (-m), and
// every file waits at the commit its line has reached: the answers do not depend on the order git
// walks in, only on each commit coming before its parents; a file whose line reaches a commit
// already passed (clock skew, equal times) is left unanswered, as one past `limit` commits, for the
// caller to ask alone. Only the files asked are held, each at one commit.
import { parseCommits, type Commit } from './git-log-raw.js';

/** What the walk found: each file answered, its date or null (no commit of HEAD's history has it); why git failed, if it did. */
export interface Walked {
  dates: Map<string, string | null>;
  failed?: { stderr: string; killed: boolean; code?: string };
}

/** git log's options: every commit with its parents as walked, its changes against each parent, names unquoted, whatever the user's config. */
const LOG = ['log', '--pretty=raw', '--parents', '-m', '--name-only', '-z', '--root', '--no-renames', '--no-relative', '--no-abbrev-commit', '--no-decorate', '--no-notes', '--no-color', '--no-show-signature'];

/** The dates of `paths` (relative to `top`, the work tree's top, '/' between folders), walking at most `limit` commits within `timeout` ms. */
export function walkDates(top: string, paths: readonly string[], limit: number, timeout: number): Promise<Walked> {
  return new Promise((resolve) => {
    const lines = new Lines(paths);
    const child = process.getBuiltinModule('node:child_process').spawn('git', [...LOG, `--max-count=${limit}`], {
      cwd: top,
      // its messages untranslated, read by the caller
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stopped = false;
    let killed = false;
    let code: string | undefined;
    const stop = () => {
      stopped = true;
      child.kill();
    };
    const timer = setTimeout(() => {
      killed = true;
      stop();
    }, timeout);
    const parser = parseCommits(
      (commit) => {
        if (!stopped && lines.pass(commit)) stop();
      },
      (hash, name) => lines.wants(hash, name),
    );
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (stopped) return;
      try {
        parser.push(chunk);
      } catch {
        // output not as expected: what is answered stands, the rest is asked file by file
        stop();
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 4096) stderr += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      code = error.code;
    });
    child.on('close', (status: number | null) => {
      clearTimeout(timer);
      if (!stopped && status === 0) {
        try {
          parser.end();
        } catch {
          // as above
        }
      }
      const failed = killed || code !== undefined || (!stopped && status !== 0);
      resolve(failed ? { dates: lines.dates, failed: { stderr, killed, code } } : { dates: lines.dates });
    });
  });
}

/** The line of history of each file asked: the commit it waits at, until its date is found. */
class Lines {
  readonly dates = new Map<string, string | null>();
  /** Commit → the files waiting at it; the first commit walked is HEAD, where all start. */
  private readonly waiting = new Map<string, Set<string>>();
  private left: number;
  private started = false;

  constructor(private readonly paths: readonly string[]) {
    this.left = paths.length;
  }

  /** Whether `name`, changed by `hash`, is one whose line stands there (the others' names are not kept). */
  wants(hash: string, name: string): boolean {
    if (!this.started) {
      this.started = true;
      this.waiting.set(hash, new Set(this.paths));
    }
    return this.waiting.get(hash)?.has(name) ?? false;
  }

  /** Takes a commit walked; true once every file is answered. */
  pass(commit: Commit): boolean {
    this.wants(commit.hash, '');
    const here = this.waiting.get(commit.hash);
    if (here === undefined) return this.left === 0;
    this.waiting.delete(commit.hash);
    for (const file of here) {
      const next = stepOf(commit, file);
      if (next === 'changed' || next === undefined) {
        this.dates.set(file, next === 'changed' ? commit.date : null);
        this.left--;
      } else {
        const there = this.waiting.get(next);
        if (there) there.add(file);
        else this.waiting.set(next, new Set([file]));
      }
    }
    return this.left === 0;
  }
}

/**
 * Where `file`'s line goes from `commit`: 'changed' (this is its last commit), the parent it goes
 * on to, or undefined at a root (or a shallow clone's last commit) without it.
 */
function stepOf(commit: Commit, file: string): 'changed' | string | undefined {
  const { parents, changed } = commit;
  if (parents.length === 0) return changed.get('')?.has(file) ? 'changed' : undefined;
  if (parents.length === 1) return changed.get('')?.has(file) ? 'changed' : parents[0];
  // a merge: no block against a parent means nothing changed against it
  const same = parents.find((p) => !changed.get(p)?.has(file));
  return same ?? 'changed';
}
