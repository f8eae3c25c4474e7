import { Option, type Command } from 'commander';
import { cacheDir } from '../io/cache.js';
import { readFileList } from '../io/file-list.js';
import { changedSince, onlyChanged } from '../io/git-changed.js';
import { cachingIndexer, type Indexer } from '../io/index-cache.js';
import type { Concurrency } from '../io/workers.js';
import { UserError } from './errors.js';
import { VERSION } from './version.js';

/** The check options for CI and large runs: which files, cache, fixes, threads. */
export interface RunFlags {
  changedSince?: string;
  fileList?: string;
  cache?: boolean;
  cacheLocation?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  concurrency: Concurrency;
  /** Whether paths were named on the command line (with --file-list, the default '.' is not wanted). */
  pathsGiven?: boolean;
}

export function addRunOptions(command: Command): void {
  command
    .option('--changed-since <ref>', 'check only files added, modified or renamed since this git ref (uncommitted and untracked ones included)')
    .option('--file-list <file>', 'check the paths listed in this file, one a line ("-": standard input)')
    .option('--cache', 'keep results between runs and check again only what changed')
    .option('--cache-location <path>', 'cache folder (implies --cache; default node_modules/.cache/laiyuan, else .laiyuan-cache, beside the config)')
    .addOption(new Option('--fix', 'apply the fixes that need no judgement (attribution lines), then report what remains').conflicts('fixDryRun'))
    .option('--fix-dry-run', 'print the fixes as a unified diff on stdout instead of the report; write nothing')
    .option('--concurrency <n>', 'worker threads: a number, or auto (one per 50 files, up to the cores; serial below 100 files)', parseConcurrency, 'auto' as Concurrency);
  command.hook('preAction', (cmd) => {
    cmd.setOptionValue('pathsGiven', cmd.args.length > 0);
  });
}

export function parseConcurrency(value: string): Concurrency {
  if (value === 'auto') return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`--concurrency takes auto or a whole number of 1 or more, not '${value}'`);
  return n;
}

/** The paths to check: those named, and with --file-list those listed (the default '.' then left out). */
export async function pathsToCheck(paths: string[], flags: RunFlags, cwd: string): Promise<string[]> {
  if (flags.fileList === undefined) return paths;
  if (flags.fileList === '-' && paths.includes('-')) throw new UserError('--file-list - and the path - both want standard input; give the list in a file');
  const list = await readFileList(flags.fileList, cwd);
  if (!list.ok) throw new UserError(list.message);
  return [...(flags.pathsGiven ? paths : []), ...list.paths];
}

/** With --changed-since, only the files changed since the ref. */
export function keepChanged(files: string[], flags: RunFlags, cwd: string): string[] {
  if (flags.changedSince === undefined) return files;
  const changed = changedSince(flags.changedSince, cwd);
  if (!changed.ok) throw new UserError(changed.message);
  return onlyChanged(files, changed.files, cwd);
}

export function cacheWanted(flags: RunFlags): boolean {
  return flags.cache === true || flags.cacheLocation !== undefined;
}

/** With --cache, an indexer that keeps each pack's corpus index in the cache folder. */
export function indexerFor(flags: RunFlags, cwd: string): Indexer | undefined {
  if (!cacheWanted(flags)) return undefined;
  return cachingIndexer((config) => cacheDir(config, flags.cacheLocation, cwd), VERSION, noteCacheFailure);
}

let cacheFailureNoted = false;

/** One note per run however many cache files could not be written. */
export function noteCacheFailure(note: string): void {
  if (cacheFailureNoted) return;
  cacheFailureNoted = true;
  process.stderr.write(`laiyuan: note: ${note}\n`);
}
