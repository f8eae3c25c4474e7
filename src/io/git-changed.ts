import { realpathSync } from 'node:fs';
import path from 'node:path';
import { errorCode } from './error-code.js';
import { execFile } from './exec-file.js';
import { refusedRepository } from './git.js';
import { GitTops } from './git-top.js';

export type Changed = { ok: true; files: string[] } | { ok: false; message: string };

/**
 * The files among `files` (relative to cwd, as discovery gives them) added, modified or renamed
 * since `ref` (commits since it and uncommitted changes, staged or not), or untracked and not
 * ignored, in the git repository each lies in: asked where the files are, not in the working
 * folder, which need not be in one. Deleted files are not listed. Bad input is a message, never
 * a throw.
 */
export async function changedSince(ref: string, files: readonly string[], cwd: string): Promise<Changed> {
  if (ref === '' || ref.startsWith('-')) return { ok: false, message: `--changed-since: '${ref}' is not a git ref; give a branch, tag or commit, e.g. origin/main` };
  const tops = new GitTops();
  const roots = new Map<string, Top>();
  const repos = new Map<string, Set<string>>();
  const kept: string[] = [];
  for (const file of files) {
    if (file === '-') {
      kept.push(file);
      continue;
    }
    const real = realOf(path.resolve(cwd, file));
    const top = await topOf(path.dirname(real), file, tops, roots);
    if (!top.ok) return top;
    let changed = repos.get(top.root);
    if (changed === undefined) {
      const found = await repositoryChanges(ref, top.root);
      if (!found.ok) return found;
      repos.set(top.root, (changed = found.files));
    }
    if (changed.has(real)) kept.push(file);
  }
  return { ok: true, files: kept };
}

/** The top folder of a repository (as git names it), or why there is none. */
type Top = { ok: true; root: string } | { ok: false; message: string };

/**
 * The top folder of the repository the (real) folder `dir` lies in: by where the folder's own
 * repository starts (`tops`), never by a path already seen, since a repository may lie inside
 * another (a submodule, a clone in a folder of the site). git is asked, in `roots`, once per folder
 * that holds a `.git` (or at the top of the disk, where none does), not once per folder.
 */
async function topOf(dir: string, file: string, tops: GitTops, roots: Map<string, Top>): Promise<Top> {
  const at = (await tops.above(dir)) ?? path.parse(dir).root;
  let top = roots.get(at);
  if (!top) {
    const asked = await git(['rev-parse', '--show-toplevel'], at);
    roots.set(at, (top = asked.ok ? { ok: true, root: asked.out.trim() } : { ok: false, message: notARepository(asked, file) }));
  }
  return top;
}

/** The files changed since `ref` in the repository whose top folder is `root` (real absolute paths). */
async function repositoryChanges(ref: string, root: string): Promise<{ ok: true; files: Set<string> } | { ok: false; message: string }> {
  if (!(await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root)).ok) return { ok: false, message: await unknownRef(ref, root) };
  const [diff, untracked] = await Promise.all([git(['-c', 'core.quotepath=off', 'diff', '--name-only', '-z', '--diff-filter=AMR', ref, '--'], root), git(['ls-files', '--others', '--exclude-standard', '-z'], root)]);
  if (!diff.ok || !untracked.ok) return { ok: false, message: `--changed-since: git could not list the files changed since '${ref}' in ${root}` };
  const names = `${diff.out}${untracked.out}`.split('\0').filter((n) => n !== '');
  return { ok: true, files: new Set(names.map((n) => realOf(path.join(root, n)))) };
}

/** Why `ref` names no commit in the repository at `root`: none made yet, or a name git does not know (not fetched, as in a shallow checkout). */
async function unknownRef(ref: string, root: string): Promise<string> {
  // a repository just made (git init) has no commit, so no ref to compare with: fetching would not help
  const commits = await git(['rev-list', '-n', '1', '--all'], root);
  if (commits.ok && commits.out.trim() === '') {
    return `--changed-since: the repository ${root} has no commits yet, so there is nothing to compare with '${ref}'; commit the files first, or leave out --changed-since to check them all`;
  }
  // HEAD (HEAD~1, HEAD^…) on a branch made with git checkout --orphan and not yet committed to
  const branch = await git(['symbolic-ref', '--quiet', '--short', 'HEAD'], root);
  if (/^HEAD($|[~^@])/u.test(ref) && branch.ok && !(await git(['rev-parse', '--verify', '--quiet', 'HEAD'], root)).ok) {
    return `--changed-since: the branch '${branch.out.trim()}' checked out in ${root} has no commits yet, so '${ref}' names none; commit first, or compare with another branch, e.g. main`;
  }
  return `--changed-since: unknown git ref '${ref}' in ${root}; check the name, or fetch it first (in GitHub Actions: actions/checkout with fetch-depth: 0)`;
}

/** Why `git rev-parse --show-toplevel` failed for `file`: no git, a repository git refuses, or none. */
function notARepository(failed: { missing: boolean; stderr: string }, file: string): string {
  if (failed.missing) return '--changed-since needs git, which was not found on PATH';
  // a repository another user owns is one, but git refuses to read it
  const root = refusedRepository(failed.stderr);
  if (root !== undefined) {
    return (
      `--changed-since: git refuses the repository ${root} (of ${file}): it is owned by another user ("dubious ownership", as in a GitHub Actions container); ` +
      `if you trust it, run: git config --global --add safe.directory ${root}`
    );
  }
  return `--changed-since: ${file} is not inside a git repository; check files of a git checkout, or leave out --changed-since`;
}

function realOf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** What git said, asked without blocking the thread (the run's other start-up work goes on meanwhile). */
async function git(args: string[], cwd: string): Promise<{ ok: true; out: string } | { ok: false; missing: boolean; stderr: string }> {
  try {
    // its messages untranslated, read by notARepository (names come -z, as they are, in any locale)
    const env = { ...process.env, LC_ALL: 'C' };
    const out = await execFile('git', args, { cwd, env, maxBuffer: 256 * 1024 * 1024 });
    return { ok: true, out };
  } catch (error) {
    const stderr = (error as { stderr?: unknown }).stderr;
    return { ok: false, missing: errorCode(error) === 'ENOENT', stderr: typeof stderr === 'string' ? stderr : '' };
  }
}
