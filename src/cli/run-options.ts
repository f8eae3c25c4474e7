import { Option, type Command } from 'commander';
import { cacheDir } from '../io/cache-dir.js';
import type { Indexer } from '../io/index-cache.js';
import type { Concurrency } from '../io/workers.js';
import { UserError } from './errors.js';
import { VERSION } from './version.js';
import { DEFAULT_MAX_FILE_BYTES } from '../io/safe-read.js';
import { DEFAULT_MAX_FILE_SECONDS } from '../io/file-deadline.js';

/** The check options for CI and large runs: which files, cache, fixes, threads. */
export interface RunFlags {
  changedSince?: string;
  fileList?: string;
  cache?: boolean;
  cacheLocation?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  concurrency: Concurrency;
  /** --max-file-size in bytes. */
  maxFileSize: number;
  /** --max-file-time in seconds (0: no limit). */
  maxFileTime: number;
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
    .addOption(maxFileSizeOption('skip files to check, and corpus files (JSON Lines: records), bigger than this, with a note'))
    .option('--max-file-time <seconds>', 'skip a file that takes longer than this to check, with a note, and go on (0: no limit)', parseSeconds, DEFAULT_MAX_FILE_SECONDS)
    .option('--concurrency <n>', 'worker threads: a number, or auto (one per 500 files, up to the cores; serial below 1,000 files)', parseConcurrency, 'auto' as Concurrency);
  command.hook('preAction', (cmd) => {
    cmd.setOptionValue('pathsGiven', cmd.args.length > 0);
  });
}

/** --max-file-size, as check and index build|update take it: `what` says what a bigger file is; `defaulted` false when its help says the default. */
export function maxFileSizeOption(what: string, defaulted = true): Option {
  const option = new Option('--max-file-size <size>', `${what}: bytes, or a number with k, KB, M, MB, G or GB`).argParser(parseSize);
  return defaulted ? option.default(DEFAULT_MAX_FILE_BYTES) : option;
}

export function parseConcurrency(value: string): Concurrency {
  if (value === 'auto') return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`--concurrency takes auto or a whole number of 1 or more, not '${value}'`);
  return n;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** --max-file-size: '5MB', '500k', '1.5 MB' or a number of bytes (units count 1,024). */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?) ?([a-z]{0,2})$/i.exec(value.trim());
  const unit = m ? m[2].toLowerCase() : '';
  if (!m || !Object.hasOwn(UNITS, unit) || Number(m[1]) <= 0) {
    throw new UserError(`--max-file-size takes a size such as 5MB, 500k or 1048576 (bytes), not '${value}'`);
  }
  const bytes = Math.floor(Number(m[1]) * UNITS[unit]);
  if (bytes > MAX_SIZE) throw new UserError(`--max-file-size takes at most 1024GB (1 TB), not '${value}'`);
  return bytes;
}

// no article, nor a JSON Lines record, comes near it: a bigger one (1e20 bytes) is a slip, recorded as given
const MAX_SIZE = 1024 ** 4;

/** --max-file-time: seconds, a whole or decimal number; 0 turns the limit off. */
export function parseSeconds(value: string): number {
  const seconds = /^\d+(?:\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(seconds)) throw new UserError(`--max-file-time takes seconds such as 20 or 0.5 (0: no limit), not '${value}'`);
  return seconds;
}

/** The paths to check: those named, and with --file-list those listed (the default '.' then left out). */
export async function pathsToCheck(paths: string[], flags: RunFlags, cwd: string): Promise<string[]> {
  if (flags.fileList === undefined) return paths;
  if (flags.fileList === '-' && paths.includes('-')) throw new UserError('--file-list - and the path - both want standard input; give the list in a file');
  const { readFileList } = await import('../io/file-list.js');
  const list = await readFileList(flags.fileList, cwd);
  if (!list.ok) throw new UserError(list.message);
  return [...(flags.pathsGiven ? paths : []), ...list.paths];
}

/** With --changed-since, only the files changed since the ref, in the repositories they lie in. */
export async function keepChanged(files: string[], flags: RunFlags, cwd: string): Promise<string[]> {
  if (flags.changedSince === undefined) return files;
  const { changedSince } = await import('../io/git-changed.js');
  const changed = await changedSince(flags.changedSince, files, cwd);
  if (!changed.ok) throw new UserError(changed.message);
  return changed.files;
}

export function cacheWanted(flags: RunFlags): boolean {
  return flags.cache === true || flags.cacheLocation !== undefined;
}

/** With --cache, an indexer that keeps each pack's corpus index in the cache folder. */
export function indexerFor(flags: RunFlags, cwd: string): Indexer | undefined {
  if (!cacheWanted(flags)) return undefined;
  // the index cache is loaded when a corpus is indexed: a run the cache answers whole indexes none
  return async (articles, config, pack, notice) => {
    const { cachingIndexer } = await import('../io/index-cache.js');
    return cachingIndexer((kept) => cacheDir(kept, flags.cacheLocation, cwd), VERSION, noteCacheFailure)(articles, config, pack, notice);
  };
}

/** With --cache, the config and packs are kept in the cache folder (config-kept.ts). */
export function configCacheFor(flags: RunFlags, cwd: string): { dir: (root: string) => string; version: string } | undefined {
  return cacheWanted(flags) ? { dir: (root) => cacheDir({ root }, flags.cacheLocation, cwd), version: VERSION } : undefined;
}

let cacheFailureNoted = false;

/** One note per run however many cache files could not be written. */
export function noteCacheFailure(note: string): void {
  if (cacheFailureNoted) return;
  cacheFailureNoted = true;
  process.stderr.write(`laiyuan: note: ${note}\n`);
}
