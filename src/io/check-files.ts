import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import type { CandidatesFull, Finding, ReusedOrigins } from '../core/judge/types.js';
import { countReusedOrigins } from '../core/judge/reused-origins.js';
import type { Document } from '../core/read/types.js';
import { detectDocument, judgeDetected, type Project } from '../core/judge/check-document.js';
import { KEEP, KEEP_IN_WORKER, narrowIndex } from '../core/match/narrow.js';
import { formatOf } from '../core/read/format-of.js';
import { readDocuments, readStdin, type ReadOutcome, type SyncRead } from './read-file.js';
import { readRegularFileSync, readWalkedFileSync } from './safe-read.js';
import { relativeTo } from './linked-path.js';
import { readAhead } from './read-ahead.js';
import { spend, withBudget } from '../core/shared/budget.js';
import { DEFAULT_MAX_FILE_SECONDS, fileDeadline, FileTimeout, type FileBudget } from './file-deadline.js';
import { leanFinding } from '../formats/lean.js';
import { holdCommitDates } from './git.js';
import { checkOrWait, waitedEnough, type Pending } from './date-waits.js';
import { fallbackDateOf, hasDirective, keptDocuments, knownFallbackDate, type CheckOptions, type FallbackDate, type FileCheck } from './file-check.js';

/** The time budget of one file, started now (--max-file-time). */
export type BudgetFor = (options: CheckOptions) => FileBudget;

const deadlineFor: BudgetFor = (options) => fileDeadline(options.maxFileTime ?? DEFAULT_MAX_FILE_SECONDS);

/**
 * Reads and checks one file; a file that cannot be read becomes an error, and one that runs past
 * its time budget (`budgetFor`, by default --max-file-time from now) is skipped: never a throw.
 */
export async function checkFile(file: string, project: Project, options: CheckOptions, budgetFor: BudgetFor = deadlineFor): Promise<FileCheck> {
  const budget = budgetFor(options);
  return checkRead(await readOne(file, options), file, absoluteOf(file, options), project, options, budget);
}

/** checkFile, the file read on this thread; `waits`: see checkRead. */
export async function checkFileInTurn(file: string, project: Project, options: CheckOptions, waits?: (chars: number) => void): Promise<FileCheck> {
  const budget = deadlineFor(options);
  return checkRead(await readOne(file, options, syncRead(file, options)), file, absoluteOf(file, options), project, options, budget, waits);
}

function absoluteOf(file: string, options: Pick<CheckOptions, 'cwd' | 'stdinName'>): string {
  return path.resolve(options.cwd, file === '-' ? (options.stdinName ?? 'stdin') : file);
}

/** How a file of the list is read on this thread: see CheckOptions.walked. */
function syncRead(file: string, options: Pick<CheckOptions, 'walked'>): SyncRead {
  return options.walked?.has(file) ? readWalkedFileSync : readRegularFileSync;
}

/** A file's documents ('-': standard input); `sync`: read on this thread (see readDocuments). */
function readOne(file: string, options: CheckOptions, sync: boolean | SyncRead = false): Promise<ReadOutcome> {
  const stdinName = options.stdinName ?? '<stdin>';
  const maxBytes = options.maxFileSize;
  return file === '-' ? readStdin(stdinName, formatOf(stdinName), maxBytes) : readDocuments(absoluteOf(file, options), { displayPath: file, maxBytes, sync });
}

/**
 * Checks what was read for `file` (found at `absolute`): also used on text fixed in memory.
 * `waits` is called when the check starts waiting on git for the fallback date.
 */
export async function checkRead(read: ReadOutcome, file: string, absolute: string, project: Project, options: CheckOptions, budget = deadlineFor(options), waits?: (chars: number) => void): Promise<FileCheck> {
  if (!read.ok) {
    return read.skipped === 'binary' || read.skipped === 'too-big'
      ? { file, documents: [], documentCount: 0, findings: [], errors: [], skipped: read.error.message, skippedFor: read.skipped }
      : { file, documents: [], documentCount: 0, findings: [], errors: [read.error] };
  }
  // as the licences' paths name it: from the config's folder, through a link to it or not
  const relativePath = relativeTo(project.config.root, absolute);
  let asked: FallbackDate | undefined;
  // the check is synchronous and git is not: a document that wants the fallback date (one reusing
  // a licensed article and stating no date of its own, a few of a run) is judged again once git has
  // answered, its matching kept, no rule having run (the date is asked first); asking git first for
  // every undated document would cost a process a file
  let known: FallbackDate | undefined = knownFallbackDate(absolute, options);
  const fallbackDate = () => {
    asked ??= known;
    if (asked === undefined) throw new DateWanted();
    return asked.date;
  };
  const learnDate = async () => {
    if (known !== undefined) return;
    const asking = fallbackDateOf(absolute, options);
    waits?.(read.documents.reduce((n, d) => n + d.text.length, 0));
    // the wait is git's, and other files' checks meanwhile: not this file's time
    known = await (budget.aside?.(asking) ?? asking);
  };
  const findings: Finding[] = [];
  const full: CandidatesFull[] = [];
  const origins: ReusedOrigins[] = [];
  const lean = options.letGo?.findings === true;
  for (const [at, doc] of read.documents.entries()) {
    const seen = await projectFor(doc, project);
    try {
      const detected = withBudget(budget, () => {
        spend(doc.text.length);
        return detectDocument(doc, seen);
      });
      const checked = await dated(() => withBudget(budget, () => judgeDetected(doc, seen, { relativePath, fallbackDate, lean }, detected)), learnDate);
      // the rules' fix edits, which the check makes whatever the run, are let go here
      findings.push(...(lean ? checked.findings.map(leanFinding) : checked.findings));
      full.push(...(checked.candidatesFull ?? []));
      countReusedOrigins(origins, checked.reuses);
    } catch (error) {
      if (!(error instanceof FileTimeout)) throw error;
      const skipped = timeoutNote(error, at, read.documents.length);
      return { file, documents: [], documentCount: 0, findings: [], errors: [], skipped, skippedFor: 'too-slow', timedOut: true };
    }
  }
  const documents = options.letGo?.documents && file !== '-' ? (hasDirective(read.documents) ? read.documents : []) : keptDocuments(file, read.documents, findings);
  const warned = read.warnings.length > 0 ? { warnings: read.warnings } : {};
  const capped = full.length > 0 ? { candidatesFull: full } : {};
  const reused = origins.length > 0 ? { reusedOrigins: origins } : {};
  return { file, documents, documentCount: read.documents.length, findings, errors: read.errors, ...warned, ...capped, ...reused, sha256: read.sha256, ...datedBy(asked) };
}

/** Thrown by a fallback date asked for before it is known (checkRead): git is asked, and the document judged again. */
class DateWanted extends Error {}

/** `check`'s answer; where it wanted the fallback date first, once `learn` has found it (asking git, without blocking the thread). */
async function dated<T>(check: () => T, learn: () => Promise<void>): Promise<T> {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof DateWanted)) throw error;
  }
  await learn();
  return check();
}

/** What a check keeps of the fallback date it asked for, if it asked: see FileCheck.fallbackDate and dateTrouble. */
function datedBy(asked: FallbackDate | undefined): Pick<FileCheck, 'fallbackDate' | 'dateTrouble'> {
  if (asked === undefined) return {};
  return asked.trouble ? { fallbackDate: asked.date, dateTrouble: asked.trouble } : { fallbackDate: asked.date };
}

function timeoutNote(timeout: FileTimeout, at: number, documents: number): string {
  const where = documents > 1 ? ` (at its document ${at + 1} of ${documents})` : '';
  return `took longer than ${timeout.seconds} s${where}: not checked, the run went on; raise --max-file-time, or split the file`;
}

/** The project as one document sees it: each stored index narrowed to what the document needs. */
export async function projectFor(doc: Document, project: Project): Promise<Project> {
  if (!project.stores || project.stores.size === 0) return project;
  const indexes = new Map(project.indexes);
  for (const [pack, store] of project.stores) indexes.set(pack, await narrowIndex(doc, store, project.config.match, isMainThread ? KEEP : KEEP_IN_WORKER));
  return { ...project, indexes };
}

/** Files read ahead of the one being checked, once reads are slow: their reads wait on the disk while this thread matches. */
export const READ_AHEAD = 4;

/**
 * A read of a file's bytes slower than this tells a disk that keeps the thread waiting (a cold
 * disk, a network share); one from the page cache takes some 20 µs. SLOW_READS of them in a row
 * are needed: one may be the thread preempted, or a garbage collection, on a busy machine.
 */
export const SLOW_READ_MS = 2;
export const SLOW_READS = 3;

/**
 * Checks the files one after the other; each file's time budget starts when its check does, its
 * read having been waited for. Each file is read in its turn on this thread while its reads are
 * quick: three trips to the thread pool a file (stat, open, read) cost five times the CPU of the
 * reads themselves (the 10,000 bench files: 0.5 s against 0.1 s). From SLOW_READS slow reads in a
 * row on, the main thread reads up to READ_AHEAD of the next files on the thread pool meanwhile:
 * it alone matches, and a slow disk works meanwhile instead of leaving it idle at each file. A
 * worker thread always reads in turn: one waiting on the disk holds up neither the main thread
 * nor the other workers. A file whose check waits on git for a date lets the next be checked
 * meanwhile, the results in order all the same (io/date-waits.ts).
 */
export async function checkFiles(files: readonly string[], project: Project, options: CheckOptions, budgetFor: BudgetFor = deadlineFor): Promise<FileCheck[]> {
  const out: FileCheck[] = [];
  const pending: Pending[] = [];
  const take = () => {
    for (let first = pending[0]; first?.check; first = pending[0]) {
      pending.shift();
      out.push(settled(first.check, options));
      options.onFile?.(out.length, files.length);
    }
  };
  let dates = holdCommitDates();
  try {
    const reads = isMainThread ? readQuickOrAhead(files, options) : readInTurn(files, options);
    for await (const read of reads) {
      const file = files[out.length + pending.length];
      pending.push(await checkOrWait((waits) => checkRead(read, file, absoluteOf(file, options), project, options, budgetFor(options), waits)));
      take();
      if (!waitedEnough(pending.length, pending.reduce((n, p) => n + (p.check ? 0 : p.chars), 0))) continue;
      // git asked for the dates of the files waiting, this thread waits for the first
      dates.release();
      await pending[0].done;
      take();
      dates = holdCommitDates();
    }
    dates.release();
    for (const waiting of [...pending]) await waiting.done;
    take();
  } finally {
    dates.release();
  }
  return out;
}

/** Each file's documents, read on this thread while reads are quick, then READ_AHEAD ahead on the thread pool (see checkFiles). */
async function* readQuickOrAhead(files: readonly string[], options: CheckOptions): AsyncGenerator<ReadOutcome> {
  let slow = 0;
  const timed = (read: SyncRead): SyncRead => (file, maxBytes) => {
    const started = performance.now();
    try {
      return read(file, maxBytes);
    } finally {
      slow = performance.now() - started > SLOW_READ_MS ? slow + 1 : 0;
    }
  };
  const walked = timed(readWalkedFileSync);
  const named = timed(readRegularFileSync);
  let at = 0;
  while (at < files.length && slow < SLOW_READS) {
    const file = files[at++];
    yield await readOne(file, options, syncRead(file, options) === readWalkedFileSync ? walked : named);
  }
  if (at < files.length) yield* readAhead(files.slice(at), (file) => readOne(file, options), READ_AHEAD);
}

/** Each file's documents when its turn comes, read on this thread. */
async function* readInTurn(files: readonly string[], options: CheckOptions): AsyncGenerator<ReadOutcome> {
  for (const file of files) yield await readOne(file, options, syncRead(file, options));
}

export function settled(check: FileCheck, options: Pick<CheckOptions, 'settle'>): FileCheck {
  return options.settle ? options.settle(check) : check;
}

/** Checks up to `inFlight` files at once (their index lookups then batch), results in the order of `files`. */
export async function checkInFlight(files: readonly string[], project: Project, options: CheckOptions, inFlight: number): Promise<FileCheck[]> {
  const out: FileCheck[] = new Array<FileCheck>(files.length);
  let next = 0;
  let done = 0;
  const lane = async () => {
    for (let i = next++; i < files.length; i = next++) {
      out[i] = settled(await checkFile(files[i], project, options), options);
      options.onFile?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, files.length) }, lane));
  return out;
}
