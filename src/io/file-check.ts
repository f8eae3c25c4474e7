// What a file's check gives, and what is made of checks without checking anything: the run's
// results, the documents kept, the date asked for. Apart from check-files.ts (the check itself),
// so that a run the --cache answers whole loads no reader, matcher or judge.
import type { CandidatesFull, CheckResults, Finding, ReusedOrigins } from '../core/judge/types.js';
import type { Document, FileError } from '../core/read/types.js';
import { lastCommitDate, today, type CommitDate, type GitTrouble } from './git.js';

export interface CheckOptions {
  cwd: string;
  /** --date: the date of documents that state none. */
  date?: string;
  /**
   * Last commit dates git has already given this run, by absolute path (a --cache run asks them of
   * the entries it holds, the changed ones among them): a check of such a file does not ask again.
   */
  commitDates?: ReadonlyMap<string, CommitDate>;
  version: string;
  /** --stdin-filename: the name reported for standard input, whose extension gives its format. */
  stdinName?: string;
  /** --max-file-size: bytes; a bigger file is skipped with a note (default DEFAULT_MAX_FILE_BYTES). */
  maxFileSize?: number;
  /** --max-file-time: seconds one file may take before it is skipped with a note (default DEFAULT_MAX_FILE_SECONDS; 0: no limit). */
  maxFileTime?: number;
  /** Called after each file, for progress. */
  onFile?: (done: number, total: number) => void;
  /**
   * What the run keeps of each file's check, made as soon as it is done (on the main thread): a
   * long run then holds only what its report needs, never every document and finding whole.
   */
  settle?: (check: FileCheck) => FileCheck;
  /**
   * What `settle` lets go, told as plain data (a worker thread is given no function): `documents`,
   * the documents once their suppressions are applied, so that only those with a laiyuan- directive
   * are kept past the check; `findings`, a finding's excerpt, fix edits and passage lines
   * (leanFinding), which are then not made at all. The worker's reply is the smaller for both.
   */
  letGo?: { documents: boolean; findings: boolean };
  /**
   * The files of the list that discovery met in a folder's walk as regular files (not named
   * outright, see Discovered.named): opened without a stat of their path first (readWalkedFileSync;
   * the open file's fstat still refuses what is no longer one). Any other file's path is stat-ed
   * before it is opened: one named outright may be a FIFO or a device.
   */
  walked?: ReadonlySet<string>;
}

export interface FileCheck {
  file: string;
  /**
   * The documents read, kept only when something looks at them after the check (findings to
   * filter or fix, laiyuan- directives, standard input); else empty, so that a run over many
   * files holds the text of those alone.
   */
  documents: Document[];
  /** How many documents the file held, kept or not. */
  documentCount: number;
  findings: Finding[];
  errors: FileError[];
  /** What was read with loss but checked (bytes not valid in the file's encoding), to print as a warning. */
  warnings?: FileError[];
  /** The documents compared with fewer articles than share text with them (the candidates were full), to print as a note. */
  candidatesFull?: CandidatesFull[];
  /** Whose content the archive articles are that its documents reuse, per pack (absent when none): a run reusing no own one of a pack says so in a note. */
  reusedOrigins?: ReusedOrigins[];
  /** Why the file was passed over (binary, over --max-file-size), to print as a note. */
  skipped?: string;
  /** What the skip was for: a binary file, one over --max-file-size, one past --max-file-time. */
  skippedFor?: 'binary' | 'too-big' | 'too-slow';
  /** Skipped for running past --max-file-time: a fact of this run, not of the bytes, so never cached. */
  timedOut?: true;
  /** SHA-256 of the bytes that were checked (absent when they could not be read). */
  sha256?: string;
  /** The fallback date the check asked for (--date, git or today), when it asked: a cache must see it unchanged. */
  fallbackDate?: string;
  /** Why that date is today's though the file may have a last commit (git refused or failed): a fact of this run, to warn of, never cached. */
  dateTrouble?: GitTrouble;
}

/** The documents worth keeping after the check: see FileCheck.documents. */
export function keptDocuments(file: string, documents: Document[], findings: readonly Finding[]): Document[] {
  return file === '-' || findings.length > 0 || hasDirective(documents) ? documents : [];
}

/** Whether a laiyuan- directive may stand in the documents (then they are wanted after the check). */
export function hasDirective(documents: readonly Document[]): boolean {
  return documents.some((d) => DIRECTIVE.test(d.raw));
}

/** What every suppression directive starts with (core/suppress/directives.ts), in any case to be safe. */
const DIRECTIVE = /laiyuan-/iu;

/** The date of documents that state none, and why git gave none when it should have (then it is today's). */
export interface FallbackDate {
  date: string;
  trouble?: GitTrouble;
}

/** The date of a document that states none: --date, else the file's last commit (`asked` already, given this run, or asked now), else today. */
export async function fallbackDateOf(absolute: string, options: Pick<CheckOptions, 'date' | 'commitDates'>, asked?: Promise<CommitDate>): Promise<FallbackDate> {
  return knownFallbackDate(absolute, options) ?? dateFrom(await (asked ?? lastCommitDate(absolute)));
}

/** The fallback date known without asking git: --date's, or what git has given this run (CheckOptions.commitDates). */
export function knownFallbackDate(absolute: string, options: Pick<CheckOptions, 'date' | 'commitDates'>): FallbackDate | undefined {
  if (options.date !== undefined) return { date: options.date };
  const committed = options.commitDates?.get(absolute);
  return committed === undefined ? undefined : dateFrom(committed);
}

function dateFrom(committed: CommitDate): FallbackDate {
  if ('date' in committed) return { date: committed.date };
  return 'trouble' in committed ? { date: today(), trouble: committed.trouble } : { date: today() };
}

/**
 * Whether the check read the file: not skipped, and some document read from it, or no error (an
 * empty file is checked). A file that could not be read at all is an error, never a file checked.
 */
export function wasChecked(c: Pick<FileCheck, 'skipped' | 'documentCount' | 'errors'>): boolean {
  return c.skipped === undefined && (c.documentCount > 0 || c.errors.length === 0);
}

export function toResults(checks: readonly FileCheck[], extraErrors: readonly FileError[], version: string): CheckResults {
  // in each file by position, as a reader goes down the page
  const findings = checks.flatMap((c) => [...c.findings].sort((a, b) => a.line - b.line || a.column - b.column));
  return {
    version: 1,
    tool: { name: 'laiyuan', version },
    summary: {
      filesChecked: checks.filter(wasChecked).length,
      filesWithFindings: checks.filter((c) => c.findings.length > 0).length,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
    },
    findings,
    errors: [...extraErrors, ...checks.flatMap((c) => c.errors)],
  };
}
