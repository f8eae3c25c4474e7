import { realpathSync } from 'node:fs';
import path from 'node:path';
import { errorCode } from './error-code.js';
import { execFileSync } from './exec-file.js';

export type Changed = { ok: true; files: Set<string> } | { ok: false; message: string };

/**
 * Files added, modified or renamed since `ref` (commits since it and uncommitted changes, staged
 * or not), plus untracked files that are not ignored: as real absolute paths. Deleted files are
 * not listed. Bad input is a message, never a throw.
 */
export function changedSince(ref: string, cwd: string): Changed {
  if (ref === '' || ref.startsWith('-')) return { ok: false, message: `--changed-since: '${ref}' is not a git ref; give a branch, tag or commit, e.g. origin/main` };
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  if (!top.ok) {
    return { ok: false, message: top.missing ? '--changed-since needs git, which was not found on PATH' : `--changed-since: ${cwd} is not inside a git repository` };
  }
  const root = top.out.trim();
  if (!git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root).ok) {
    return { ok: false, message: `--changed-since: unknown git ref '${ref}'; check the name, or fetch it first (in GitHub Actions: actions/checkout with fetch-depth: 0)` };
  }
  const diff = git(['-c', 'core.quotepath=off', 'diff', '--name-only', '-z', '--diff-filter=AMR', ref, '--'], root);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], root);
  if (!diff.ok || !untracked.ok) return { ok: false, message: `--changed-since: git could not list the files changed since '${ref}'` };
  const names = `${diff.out}${untracked.out}`.split('\0').filter((n) => n !== '');
  return { ok: true, files: new Set(names.map((n) => realOf(path.join(root, n)))) };
}

/** The files (relative to cwd, as discovery gives them) that are among `changed`. */
export function onlyChanged(files: readonly string[], changed: ReadonlySet<string>, cwd: string): string[] {
  return files.filter((f) => f === '-' || changed.has(realOf(path.resolve(cwd, f))));
}

function realOf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

function git(args: string[], cwd: string): { ok: true; out: string } | { ok: false; missing: boolean } {
  try {
    const out = execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
    return { ok: true, out };
  } catch (error) {
    return { ok: false, missing: errorCode(error) === 'ENOENT' };
  }
}
