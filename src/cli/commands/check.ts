import type { Pack } from '../../core/config/types.js';
import path from 'node:path';
import { Command, Option } from 'commander';
import type { CheckResults } from '../../core/judge/types.js';
import { FORMAT_NAMES, isFormatName, loadChunkedFormatter, REPORT_FORMATS, type FormatName } from '../../formats/names.js';
import { leanFormats } from '../../formats/lean.js';
import type { HiddenCounts, IndexFacts } from '../../formats/options.js';
import { toResults } from '../../io/file-check.js';
import { discoverFiles, isNotThere } from '../../io/discover.js';
import { configSearchStart } from '../config-start.js';
import { outsideCorpus } from '../../io/outside-corpus.js';
import { unmatchedLicenceGlobs } from '../../io/unmatched-globs.js';
import { writeTrouble } from '../../io/write-trouble.js';
import { closeStores, connectionsFor, loadProject, type LoadedProject } from '../../io/project.js';
import { readHashes, reportFacts } from '../../io/report-facts.js';
import { utf8Chunks } from '../../io/utf8-chunks.js';
import { writeOutput } from '../../io/write-output.js';
import { RULES } from '../../rules/index.js';
import { addFilterOptions, applyFilters, prepareFilters, settleCheck, type FilterFlags } from '../check-filters.js';
import { UserError } from '../errors.js';
import { refuseFolder, refuseRootFolder } from '../not-folder.js';
import { openCache, runChecks } from '../run-checks.js';
import { addGuardOptions, requireChecked, requireCorpora, requireFiles, requireRules, type GuardFlags } from '../run-guards.js';
import { addRunOptions, cacheWanted, configCacheFor, indexerFor, keepChanged, pathsToCheck, type RunFlags } from '../run-options.js';
import { candidatesFullNote } from '../candidates-note.js';
import { recompileHints } from '../recompile-hint.js';
import { olderCreditNotes } from '../older-credits.js';
import { ownNoneNotes } from '../own-none-note.js';
import { applyQuiet, quietHidden, exitCodeFor, parseCount, parseDate, parseFailOn, type FailOn } from '../gates.js';
import { configErrorLines, repositoryRoot, ruleMetas, terminalWidth, useColor, warningLines } from '../shared.js';
import { projectHiddenNotes } from '../hidden-note.js';
import { skippedNotes } from '../skipped-notes.js';
import { dateTroubleLines } from '../date-trouble.js';
import { VERSION } from '../version.js';

interface CheckFlags extends FilterFlags, RunFlags, GuardFlags {
  config?: string;
  index?: string;
  format: string;
  failOn: FailOn;
  maxWarnings?: number;
  quiet?: boolean;
  date?: string;
  stdinFilename?: string;
  color?: boolean;
  evidence?: boolean;
  gitignore: boolean;
  errorOnUnreadable: boolean;
  [output: `output${string}`]: string | undefined;
}

export function registerCheckCommand(program: Command): void {
  const command = program
    .command('check')
    .description('check documents for reuse of publishers\' articles and for their 来源 attribution')
    .argument('[paths...]', 'files or folders to check ("-" reads standard input)', ['.'])
    .option('-c, --config <file>', 'config file (default: laiyuan.yaml found upwards from the first named path that has one, else from the working directory)')
    .option('--index <file>', 'archive index file (laiyuan index build) of the first pack, used instead of its corpus')
    .option('-f, --format <name>', `output format: ${FORMAT_NAMES.join(', ')}`, 'pretty')
    .option('-o, --output-file <file>', 'write the report to this file instead of standard output')
    .option('--fail-on <level>', 'lowest severity that fails the run: error, warning, info or never', parseFailOn, 'error' as FailOn)
    .option('--max-warnings <n>', 'fail when there are more than n warnings', parseCount('--max-warnings'))
    .option('-q, --quiet', 'report errors only')
    .option('--date <YYYY-MM-DD>', 'date of documents that state none (default: last git commit of the file, else today)', parseDate)
    .option('--stdin-filename <name>', 'name to report for standard input')
    .option('--no-gitignore', 'also check files that .gitignore files exclude')
    .option('--no-error-on-unreadable', 'files that cannot be read (permission denied, not a regular file, bad encoding) are still reported, but do not make the exit code 2')
    .option('-v, --evidence', 'pretty output: under each finding, the clause, the source article, the reused passages beside the source, and the remedy')
    .option('--no-color', 'no colours in pretty output (also NO_COLOR)');
  for (const name of FORMAT_NAMES) command.addOption(new Option(`--output-${name} <file>`, `also write ${name} output to a file`));
  addFilterOptions(command);
  addRunOptions(command);
  addGuardOptions(command);
  command.action(async (paths: string[], flags: CheckFlags) => {
    process.exitCode = await runCheck(paths, flags);
  });
}

async function runCheck(paths: string[], flags: CheckFlags): Promise<number> {
  if (!isFormatName(flags.format)) throw new UserError(`unknown format '${flags.format}': use one of ${FORMAT_NAMES.join(', ')}`);
  const cwd = process.cwd();
  const loaded = await loadProject({ cwd, searchFrom: configSearchStart(paths, cwd), configPath: flags.config && path.resolve(cwd, flags.config), configGiven: flags.config, rules: RULES, maxFileSize: flags.maxFileSize, indexer: indexerFor(flags, cwd), index: flags.index === undefined ? undefined : { file: flags.index }, connections: connectionsFor(flags.concurrency), lazy: cacheWanted(flags), configCache: configCacheFor(flags, cwd) });
  if (!loaded.ok) {
    process.stderr.write(configErrorLines(loaded.errors));
    return 2;
  }
  try {
    return await checkLoaded(paths, { ...flags, format: flags.format }, loaded.value, cwd);
  } finally {
    await closeStores(loaded.value.project);
  }
}

async function checkLoaded(paths: string[], flags: CheckFlags & { format: FormatName }, loaded: LoadedProject, cwd: string): Promise<number> {
  const started = new Date();
  const { project } = loaded;
  const lean = leanFormats(formatsWritten(flags));
  const cache = cacheWanted(flags) ? await openCache(loaded, flags, cwd, lean) : undefined;
  // before a corpus it leaves of no articles is refused
  toStderr(skippedNotes(loaded.corpusSkipped()));
  requireRules(project.packs, RULES, project.config.file ?? 'laiyuan.yaml');
  toStderr(await recompileHints(project.packs, cwd));
  requireCorpora(loaded, flags);
  const { files, walked, errors: discoveryErrors } = await targetFiles(await pathsToCheck(paths, flags, cwd), cwd, { ...project.config, gitignore: flags.gitignore }, (found) => outsideCorpus(found, loaded, cwd, cache), flags);
  refuseMissingPaths(paths, discoveryErrors, cwd);
  // a licence glob matching no file says so, the exit code left to the findings
  toStderr(warningLines(await unmatchedLicenceGlobs(project.config, loaded.provenance, files.filter((f) => f !== '-').map((f) => path.resolve(cwd, f)))));
  const filters = await prepareFilters(flags, cwd);
  await refuseReportFolders(flags, cwd);
  // a run that caches or fixes wants each file's check whole after the check
  const settles = !(cache || flags.fix || flags.fixDryRun);
  const settle = settles ? settleCheck(flags, project, lean) : undefined;
  const letGo = settles ? { documents: true, findings: lean } : undefined;
  const { checks, fixSummary } = await runChecks(await keepChanged(files, flags, cwd), loaded, { cwd, date: flags.date, version: VERSION, stdinName: flags.stdinFilename, maxFileSize: flags.maxFileSize, maxFileTime: flags.maxFileTime, settle, letGo, walked }, flags, cache);
  // on standard error whatever the format: a report on standard output stays as it is
  toStderr(projectHiddenNotes(loaded));
  toStderr(olderCreditNotes(loaded));
  toStderr(ownNoneNotes(checks, project.packs));
  toStderr(dateTroubleLines(checks));
  const corpusErrors = loaded.errors.map((e) => ({ ...e, corpus: true }));
  const gates = { failOn: flags.failOn, maxWarnings: flags.maxWarnings, quiet: Boolean(flags.quiet), errorOnUnreadable: flags.errorOnUnreadable };
  const all = toResults(await applyFilters(checks, filters, project), [...corpusErrors, ...discoveryErrors], VERSION);
  // counted as the report counts them: suppressed findings out, directive problems in
  if (fixSummary) process.stderr.write(`laiyuan: ${fixSummary(all.findings.length)}\n`);
  const results = applyQuiet(all, gates);
  const shown = (file: string) => (file === '-' ? (flags.stdinFilename ?? '<stdin>') : file);
  for (const c of checks) if (c.skipped) note(`${shown(c.file)}: ${c.skipped}`);
  for (const c of checks) for (const full of c.candidatesFull ?? []) note(candidatesFullNote(shown(c.file), full));
  if (!flags.quiet) toStderr(warningLines(checks.flatMap((c) => c.warnings ?? [])));
  requireChecked(checks, flags);
  const exitCode = exitCodeFor(results, gates);
  await print(results, flags.format, flags, cwd, { started, hashes: readHashes(checks, loaded.corpusHashes), packs: project.packs, indexes: loaded.indexFacts, exitCode, hidden: quietHidden(all, results), stdin: checks.some((c) => c.file === '-') ? shown('-') : undefined });
  return exitCode;
}

/** Writes `text` unless it is empty: process.stderr is made on first use (a stream), and a run with nothing to say never makes it. */
function toStderr(text: string): void {
  if (text !== '') process.stderr.write(text);
}

function note(text: string): void {
  process.stderr.write(`laiyuan: note: ${text}\n`);
}

async function targetFiles(
  paths: string[],
  cwd: string,
  config: { root: string; include: string[]; ignore: string[]; gitignore: boolean },
  outside: (files: string[]) => Promise<string[]>,
  flags: GuardFlags & RunFlags,
) {
  const named = paths.filter((p) => p !== '-');
  const found = await discoverFiles(named, { cwd, include: config.include, ignore: config.ignore, gitignore: config.gitignore, globRoot: config.root, asNamed: true });
  const files = await outside(found.files);
  for (const file of found.ignored) {
    note(`${file} is ignored (by .laiyuanignore, .gitignore or the config's ignore globs) and was not checked; --no-gitignore checks what .gitignore leaves out`);
  }
  const all = paths.includes('-') ? ['-', ...files] : files;
  if (found.errors.length === 0) requireFiles(all, found.folders, flags, config.include);
  // read without a stat of the path first: see CheckOptions.walked
  const outright = new Set(found.named);
  return { files: all, walked: new Set(files.filter((file) => !outright.has(file))), errors: found.errors };
}

/**
 * A path named on the command line that is not there is a mistyped argument, not a file that could
 * not be read: one line on standard error and exit 2, whatever the format (ESLint: "No files
 * matching the pattern"). Paths from --file-list are left to the report (a list may name a deleted file).
 */
function refuseMissingPaths(paths: readonly string[], errors: readonly { file: string; message: string }[], cwd: string): void {
  const named = new Set(paths.map((p) => path.resolve(cwd, p)));
  const missing = errors.filter((e) => isNotThere(e.message) && named.has(path.resolve(cwd, e.file)));
  if (missing.length === 0) return;
  const more = missing.length > 1 ? ` (and ${missing.length - 1} more path${missing.length > 2 ? 's' : ''} not there)` : '';
  throw new UserError(`${missing[0].file}: ${missing[0].message}${more}`);
}

/** The formats the run writes: --format's and each --output-<format>'s. */
function formatsWritten(flags: CheckFlags & { format: FormatName }): FormatName[] {
  return [flags.format, ...FORMAT_NAMES.filter((name) => outputFile(flags, name))];
}

/** The report files named as folders (-o content/): refused before the run, not after it. */
async function refuseReportFolders(flags: CheckFlags & { format: FormatName }, cwd: string): Promise<void> {
  if (flags.outputFile !== undefined) await refuseFolder(flags.outputFile, '-o', cwd, 'report file', `laiyuan-report.${REPORT_EXTENSIONS[flags.format]}`);
  if (flags.outputFile !== undefined) await refuseRootFolder(flags.outputFile, '-o', cwd);
  for (const name of FORMAT_NAMES) {
    const file = outputFile(flags, name);
    if (file === undefined) continue;
    await refuseFolder(file, `--output-${name}`, cwd, 'report file', `laiyuan-report.${REPORT_EXTENSIONS[name]}`);
    await refuseRootFolder(file, `--output-${name}`, cwd);
  }
}

const REPORT_EXTENSIONS: Record<FormatName, string> = { pretty: 'txt', json: 'json', sarif: 'sarif', github: 'txt', junit: 'xml', checkstyle: 'xml', rdjson: 'json', html: 'html', markdown: 'md' };

function outputFile(flags: CheckFlags, name: FormatName): string | undefined {
  return flags[`output${name[0].toUpperCase()}${name.slice(1)}`];
}

async function print(results: CheckResults, format: FormatName, flags: CheckFlags, cwd: string, run: { started: Date; hashes: ReadonlyMap<string, string>; packs: readonly Pack[]; indexes: readonly IndexFacts[]; exitCode: number; hidden?: HiddenCounts; stdin?: string }): Promise<void> {
  const reports = REPORT_FORMATS.some((name) => name === format || outputFile(flags, name));
  const options = {
    color: useColor(flags.color !== false), cwd, repositoryRoot: await repositoryRoot(cwd), rules: ruleMetas(run.packs), width: terminalWidth(), evidence: Boolean(flags.evidence), exitCode: run.exitCode, hidden: run.hidden, stdinFile: run.stdin,
    report: reports ? reportFacts(results, run.hashes, run.started, run.indexes) : undefined,
  };
  const main = flags.outputFile;
  if (main !== undefined) await writeReport(path.resolve(cwd, main), main, (await loadChunkedFormatter(format))(results, { ...options, color: false }));
  else if (!flags.fixDryRun) await writeStdout((await loadChunkedFormatter(format))(results, options));
  for (const name of FORMAT_NAMES) {
    const file = outputFile(flags, name);
    if (file) await writeReport(path.resolve(cwd, file), file, (await loadChunkedFormatter(name))(results, { ...options, color: false }));
  }
}

/** Writes the report's pieces as they are made, waiting while standard output's buffer is full; stops if it is closed. */
async function writeStdout(pieces: Iterable<string>): Promise<void> {
  const out = process.stdout;
  for (const chunk of utf8Chunks(pieces)) {
    if (out.destroyed) return;
    if (!out.write(chunk)) await new Promise<void>((resolve) => drainedOrClosed(out, resolve));
  }
}

function drainedOrClosed(out: NodeJS.WriteStream, resolve: () => void): void {
  const done = () => {
    out.off('drain', done).off('close', done).off('error', done);
    resolve();
  };
  out.on('drain', done).on('close', done).on('error', done);
}

async function writeReport(absolute: string, shown: string, pieces: Iterable<string>): Promise<void> {
  try {
    await writeOutput(absolute, utf8Chunks(pieces));
  } catch (error) {
    throw new UserError(`cannot write ${shown}: ${writeTrouble(path.dirname(absolute), error, absolute)}`);
  }
}
