import type { CheckOptions, FileCheck } from '../io/file-check.js';
import type { CommitDate } from '../io/git.js';
import type { ResultCache } from '../io/cache.js';
import { cacheDir } from '../io/cache-dir.js';
import { sha256 } from '../io/sha256.js';
import type { FixedFile } from '../io/fix.js';
import type { LoadedProject } from '../io/project.js';
import { progressWanted, startProgress } from './progress.js';
import { noteCacheFailure, type RunFlags } from './run-options.js';
import { VERSION } from './version.js';

const WORKER = new URL('./check-worker.js', import.meta.url);

/** The run's cache (--cache): see openRunCache (loaded for a --cache run only). `lean`: the run's formats read findings as leanFinding leaves them. */
export async function openCache(loaded: LoadedProject, flags: RunFlags, cwd: string, lean: boolean): Promise<ResultCache> {
  const dir = cacheDir(loaded.project.config, flags.cacheLocation, cwd);
  const { openRunCache } = await import('../io/run-cache.js');
  return openRunCache(loaded, { dir, version: VERSION, cwd, documents: flags.fix === true || flags.fixDryRun === true, lean, onNote: noteCacheFailure });
}

/**
 * Checks the files: from the cache where it holds them (--cache), on worker threads
 * (--concurrency), with a progress line on a terminal; then applies fixes (--fix, --fix-dry-run)
 * and returns what remains to report. The archive is read (when a lazy load left it) only when a
 * file is to be matched.
 */
export interface ChecksRun {
  checks: FileCheck[];
  /** With --fix or --fix-dry-run, the summary line given the problems the report shows (with --fix: suppressed ones out, directive problems in). */
  fixSummary?: (left: number) => string;
}

export async function runChecks(files: string[], loaded: LoadedProject, options: CheckOptions, flags: RunFlags, cache: ResultCache | undefined): Promise<ChecksRun> {
  const { project } = loaded;
  // standard error is asked only when standard output is a terminal: process.stderr is made on first use (a stream)
  const wanted = process.stdout.isTTY === true && progressWanted(process.stdout, process.stderr, process.env);
  const progress = startProgress(wanted ? process.stderr : { write: () => true }, wanted);
  let done = 0;
  const counted: CheckOptions = { ...options, onFile: () => progress.update(++done, files.length) };
  const check = async (some: string[], commitDates?: ReadonlyMap<string, CommitDate>) => {
    // the checking itself is loaded only when a file is to be checked: a run the cache answers whole reads none
    const [{ checkConcurrently, threadsFor }] = await Promise.all([import('../io/workers.js'), loaded.complete()]);
    const threads = threadsFor(flags.concurrency, some.length);
    if (process.env.LAIYUAN_DEBUG === '1') process.stderr.write(`laiyuan: debug: ${some.length} file(s) to check on ${threads > 1 ? `${threads} threads (the main thread and ${threads - 1} worker${threads > 2 ? 's' : ''})` : 'the main thread'}\n`);
    return checkConcurrently(some, project, commitDates?.size ? { ...counted, commitDates } : counted, threads, WORKER);
  };
  let checks: FileCheck[];
  try {
    checks = cache ? await (await import('../io/cache.js')).checkWithCache(files, counted, cache, check) : await check(files);
  } finally {
    progress.end();
  }
  let fixSummary: ChecksRun['fixSummary'];
  if (flags.fix || flags.fixDryRun) {
    // a fix is checked again: against the archive
    if (checks.some((c) => c.findings.some((f) => f.fix))) await loaded.complete();
    ({ checks, fixSummary } = await fix(checks, loaded, options, flags, cache));
  }
  const failed = await cache?.save();
  if (failed) noteCacheFailure(failed);
  return { checks, fixSummary };
}

async function fix(checks: FileCheck[], loaded: LoadedProject, options: CheckOptions, flags: RunFlags, cache: ResultCache | undefined): Promise<Required<ChecksRun>> {
  const write = flags.fix === true;
  const { fixFiles } = await import('../io/fix.js');
  const run = await fixFiles(checks, loaded.project, options, write);
  for (const note of run.notes) process.stderr.write(`laiyuan: note: ${note}\n`);
  if (checks.some((c) => c.file === '-' && c.findings.some((f) => f.fix))) process.stderr.write('laiyuan: note: standard input is not fixed\n');
  if (write) for (const f of run.files) cache?.store(f.check, options.cwd, undefined, sha256(f.bytes));
  else process.stdout.write(run.files.map((f) => f.diff).join(''));
  // a dry run reports the files as they are: nothing was written
  // a dry run's report is of the files as they stand: what its fixes would leave is counted on the text fixed in memory
  const leftAfterDryRun = run.checks.reduce((n, c) => n + c.findings.length, 0);
  return { checks: write ? run.checks : checks, fixSummary: (reported) => fixSummary(run.files, write ? reported : leftAfterDryRun, write, run.notes.length > 0) };
}

/** `refused`: some file's fixes could not be made (the notes say why), so "nothing to fix" would be wrong. */
function fixSummary(files: readonly FixedFile[], problems: number, write: boolean, refused: boolean): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const fixed = files.reduce((n, f) => n + f.fixed, 0);
  const left = plural(problems, 'problem');
  if (fixed === 0) return refused ? `nothing ${write ? 'fixed' : 'would be fixed'}; ${left} left` : 'nothing to fix';
  const what = `${plural(fixed, 'problem')} in ${plural(files.length, 'file')}`;
  return write ? `fixed ${what}; ${left} left` : `would fix ${what}, leaving ${left} (--fix-dry-run: nothing written)`;
}
