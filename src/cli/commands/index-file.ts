import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { Config, Pack } from '../../core/config/types.js';
import { buildArchive, updateArchive, type ArchiveOptions, type Built } from '../../io/archive.js';
import { loadConfig } from '../../io/config.js';
import { CREDIT_READING, FileIndexStore, isForeignFile } from '../../io/index-file.js';
import { readsOlderCredits } from '../../io/archive-open.js';
import { givenPath, shellWord } from '../../io/display-path.js';
import { buildFlags, configCorpus } from '../../io/build-flags.js';
import { UserError } from '../errors.js';
import { configErrorLines } from '../shared.js';
import { VERSION } from '../version.js';
import { maxFileSizeOption, parseConcurrency } from '../run-options.js';
import { megabytes as sizeWords } from '../../io/safe-read.js';
import type { Concurrency } from '../../io/workers.js';
import { isServerUrl } from '../../io/postgres/url.js';
import { changesWords, count, counted, forVersionWords, movedWords, notWrittenLines } from '../counted.js';
import { builtContext, hiddenNote } from '../hidden-note.js';
import { skippedNotes } from '../skipped-notes.js';

interface IndexFlags {
  config?: string;
  concurrency?: Concurrency;
  pack?: string;
  output?: string;
  index?: string;
  format?: 'text' | 'json';
  allowNoCorpus?: boolean;
  maxFileSize?: number;
}

/**
 * The commands' work on a PostgreSQL server, loaded only when a server is named: the client it
 * loads (pg) cost an index build to a file 0.1 s before its first file was read.
 */
const serverCommands = () => import('./index-on-server.js');

const BUILD_WORKER = new URL('./build-worker.js', import.meta.url);
const CONCURRENCY = '--concurrency <n>';
const CONCURRENCY_HELP = 'worker threads reading and fingerprinting articles: a number, or auto (one per 8 MB of corpus, up to the cores; serial below 16 MB)';
const ALLOW_EMPTY = '--allow-no-corpus';
const ALLOW_EMPTY_HELP = 'write an index of no articles (which check refuses unless given --allow-no-corpus too) instead of stopping with exit code 2';
const MAX_FILE_SIZE_HELP = 'skip corpus files (JSON Lines: records) bigger than this, with a note, and index the rest';
// left out, an update reads by the limit the index records (updateArchive): it equals a rebuild
const UPDATE_MAX_FILE_SIZE_HELP = `${MAX_FILE_SIZE_HELP} (default: the limit the index was built with, 5 MB if it records none)`;

export function registerIndexCommand(program: Command): void {
  const index = program.command('index').description('build and inspect an archive index file, which check and match load instead of reading the corpus');
  index
    .command('build')
    .description('read a corpus and write its index file')
    .argument('[paths...]', 'corpus folders or files (default: the config\'s corpus of the pack)')
    .option('-o, --output <file>', 'the index file to write (default: the config\'s index of the pack)')
    .option('--index <url>', 'write the index to a PostgreSQL server instead: postgres://user@host/db?schema=name (docs/scale.md)')
    .option('--pack <id>', 'the pack the corpus belongs to (default: the config\'s first pack)')
    .option('-c, --config <file>', 'config file')
    .option(CONCURRENCY, CONCURRENCY_HELP, parseConcurrency, 'auto' as Concurrency)
    .option(ALLOW_EMPTY, ALLOW_EMPTY_HELP)
    .addOption(maxFileSizeOption(MAX_FILE_SIZE_HELP))
    .action(async (paths: string[], flags: IndexFlags) => {
      process.exitCode = await run(flags, async (setup) => {
        if (flags.index !== undefined) return (await serverCommands()).buildOnServer(flags.index, corpusPaths(paths, setup), setup);
        const file = flags.output ? path.resolve(setup.cwd, flags.output) : configIndex(setup);
        const shown = givenPath(flags.output ?? file, file, setup.cwd);
        notAFolder(file, flags.output ? `-o ${flags.output}` : `index.${setup.pack.id} in the config (${shown})`, setup.cwd);
        notForeign(file, shown);
        const built = await buildArchive(file, corpusPaths(paths, setup), { ...setup.options, display: shown });
        const code = report(built, file, shown, 'indexed');
        if (built.meta) process.stderr.write(hiddenNote(built.hidden, builtContext(setup.options.pack.id, setup.config, built.meta.articles)));
        return code;
      });
    });
  index
    .command('update')
    .description('read again the corpus files under the paths (added, changed or removed) and rewrite the index; equal to a rebuild')
    .argument('<file>', 'the index file, or a postgres:// URL')
    .argument('[paths...]', 'corpus folders or files to read again (default: the config\'s corpus of the pack)')
    .option('--pack <id>', 'the pack the corpus belongs to (default: the config\'s first pack)')
    .option('-c, --config <file>', 'config file')
    .option(CONCURRENCY, CONCURRENCY_HELP, parseConcurrency, 'auto' as Concurrency)
    .option(ALLOW_EMPTY, ALLOW_EMPTY_HELP)
    .addOption(maxFileSizeOption(UPDATE_MAX_FILE_SIZE_HELP, false))
    .action(async (file: string, paths: string[], flags: IndexFlags) => {
      process.exitCode = await run(flags, async (setup) => {
        if (isServerUrl(file)) return (await serverCommands()).updateOnServer(file, corpusPaths(paths, setup), setup);
        const absolute = path.resolve(setup.cwd, file);
        notAFolder(absolute, file, setup.cwd);
        const shown = givenPath(file, absolute, setup.cwd);
        return report(await updateArchive(absolute, corpusPaths(paths, setup), { ...setup.options, display: shown }), absolute, shown, 'updated');
      });
    });
  index
    .command('stats')
    .description('what an index file holds: articles, fingerprints, size, boilerplate left out, build options')
    .argument('<file>', 'the index file, or a postgres:// URL')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--pack <id>', 'the pack the index is for, in the rebuild command a damaged or older index is told (default: the config\'s first pack)')
    .option('-c, --config <file>', 'config file (its corpus of the pack is what that command builds from)')
    .action(async (file: string, flags: IndexFlags) => {
      process.exitCode = await run(flags, async (setup) => {
        if (isServerUrl(file)) return (await serverCommands()).serverStats(file, flags.format ?? 'text', setup.options);
        printFileStats(file, flags, setup);
        return 0;
      });
    });
}

/** What an index file holds, vouched for: a damaged one is refused as check refuses it, with the rebuild the config gives. */
function printFileStats(file: string, flags: IndexFlags, { cwd, options }: Setup): void {
  const build = `laiyuan index build ${options.corpus ?? '<corpus>'} -o ${shellWord(file)}${options.flags ?? ''}`;
  const store = FileIndexStore.open(path.resolve(cwd, file), file, { cwd, build });
  try {
    // what is reported is vouched for: a damaged index is refused as check refuses it
    store.verify();
  } finally {
    void store.close();
  }
  const { files, ...meta } = store.meta;
  const stats = { file, formatVersion: store.formatVersion, bytes: store.bytes, ...meta, boilerplateLines: meta.boilerplateLines.length, files: files.length };
  process.stdout.write(flags.format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : statsText(stats, build));
}

export interface Setup {
  cwd: string;
  config: Config;
  pack: Pack;
  options: ArchiveOptions;
}

export async function run(flags: IndexFlags, body: (setup: Setup) => Promise<number>): Promise<number> {
  const cwd = process.cwd();
  const loaded = await loadConfig({ cwd, configPath: flags.config && path.resolve(cwd, flags.config) });
  if (!loaded.ok) {
    process.stderr.write(configErrorLines(loaded.errors));
    return 2;
  }
  const { config, packs } = loaded.value;
  const pack = flags.pack ? packs.find((p) => p.id === flags.pack) : packs[0];
  if (!pack) throw new UserError(`no pack '${flags.pack ?? ''}' in the config: use one of ${packs.map((p) => p.id).join(', ')}`);
  const threads = { concurrency: flags.concurrency ?? 'auto', script: BUILD_WORKER };
  const rebuild = { flags: buildFlags(flags.config, flags.pack), corpus: configCorpus(config, pack.id, cwd) };
  return body({ cwd, config, pack, options: { pack, match: config.match, cwd, root: config.root, version: VERSION, threads, allowEmpty: flags.allowNoCorpus, maxFileSize: flags.maxFileSize, ...rebuild } });
}

export function corpusPaths(paths: string[], setup: Setup): string[] {
  if (paths.length > 0) return paths.map((p) => path.resolve(setup.cwd, p));
  const named = setup.config.corpus[setup.pack.id] ?? [];
  if (named.length === 0) throw new UserError(`no corpus to index: name its folders, or set corpus.${setup.pack.id} in laiyuan.yaml`);
  return named.map((p) => path.resolve(setup.config.root, p));
}

function configIndex(setup: Setup): string {
  const named = setup.config.index?.[setup.pack.id];
  if (named === undefined) throw new UserError(`where to write the index? give -o <file>, or set index.${setup.pack.id} in laiyuan.yaml`);
  return path.resolve(setup.config.root, named);
}

/** An index file named by a folder is refused before the corpus is read (the rename at the end would fail). */
function notAFolder(file: string, named: string, cwd: string): void {
  if (!isFolder(file)) return;
  const example = path.join(path.relative(cwd, file) || '.', 'archive.lyx');
  throw new UserError(`${named} is a folder: give a file path for the index, such as ${example}`);
}

/** A file there that is no index (someone's notes, /etc/passwd) is refused before the corpus is read, not written over. */
function notForeign(file: string, shown: string): void {
  if (isForeignFile(file)) throw new UserError(`${shown} exists and is not a laiyuan index file: give -o a new file name, or remove the file first`);
}

/** Whatever else stat finds (nothing there, a file on the way) is for the write to report. */
function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function report(built: Built, file: string, shown: string, verb: string): number {
  const { meta, removed, moved } = built;
  // as check says a file it skips: one line each, and the build goes on
  process.stderr.write(skippedNotes(built.skipped ?? []));
  if (meta === undefined || built.errors.length > 0) {
    // refused, the file is untouched: there now only if it was there before
    process.stderr.write(notWrittenLines(built.errors, shown, existsSync(file)));
    return 2;
  }
  const changes = changesWords(verb, built.changes, { gone: removed, overLimit: built.overLimit, records: built.recordsOverLimit, limit: meta.options.maxFileSize }, forVersionWords(built.changes?.rewritten ?? 0));
  process.stdout.write(
    `${changes}${counted(meta.articles, 'article')} from ${counted(meta.files.length, 'file')} into ${shown}: ${megabytes(built.bytes ?? 0)}, ` +
      `${count(meta.postings)} fingerprints, ${count(meta.droppedFingerprints)} left out as boilerplate${movedWords(moved)}\n`,
  );
  return 0;
}

function statsText(s: Record<string, unknown> & { options: Record<string, number> }, build: string): string {
  const rows: Array<[string, string]> = [
    ['file', String(s.file)],
    ['format version', String(s.formatVersion)],
    ['pack', String(s.pack)],
    ['articles', count(Number(s.articles))],
    ['corpus files', count(Number(s.files))],
    ['fingerprints', `${count(Number(s.postings))} (${count(Number(s.keys))} distinct)`],
    ['boilerplate left out', `${counted(Number(s.droppedFingerprints), 'fingerprint')}, ${counted(Number(s.boilerplateLines), 'line')}`],
    ['size', megabytes(Number(s.bytes))],
    ['build options', Object.entries(s.options).filter(([k]) => k !== 'creditReading').map(([k, v]) => `${k} ${k === 'maxFileSize' ? sizeWords(v) : v}`).join(', ')],
    ['built by', `laiyuan ${String(s.laiyuan)}`],
    ['credits read', readsOlderCredits(s) ? `by an older reading (${s.options.creditReading ?? 'none recorded'}, this laiyuan's is ${CREDIT_READING}): each archive page's origin, whose content it is and the 来源 it names, is as that reading gave it; ${build} again would update its origins` : `as this laiyuan reads them (reading ${CREDIT_READING})`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}\n`).join('');
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
