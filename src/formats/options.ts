import type { CheckResults, RuleMeta } from '../core/judge/types.js';

export interface FormatOptions {
  /** Emit ANSI colours (pretty only). */
  color: boolean;
  /** Folder that reported paths are made relative to ('/'-separated or Windows). */
  cwd: string;
  /**
   * GitHub (github and SARIF): the repository's root, absolute (GITHUB_WORKSPACE in Actions, read by
   * the CLI). GitHub places annotations and code-scanning alerts by the path from it, so a file
   * inside it is reported from there, not from `cwd`. Unset: every path as `cwd` says.
   */
  repositoryRoot?: string;
  /** Every rule the run knew, for formats that describe rules (SARIF). */
  rules: RuleMeta[];
  /** The tool's home page; defaults to TOOL_URI. */
  toolUri?: string;
  /** Pretty: the terminal's width in cells (default 80); no line is longer. */
  width?: number;
  /** Pretty: the clause, the source article, the passages beside their source and the remedy under each finding. */
  evidence?: boolean;
  /** SARIF: the exit code the run ends with; 2 (it could not check everything) is an unsuccessful execution. Default: 2 when the results hold an error. */
  exitCode?: number;
  /** Pretty, HTML and Markdown: the findings --quiet left out, which their summaries say they do not show (never "no problems" over them). */
  hidden?: HiddenCounts;
  /** Pretty: the path the findings of standard input carry, when it was checked: --fix does not write it, so they are not counted fixable. */
  stdinFile?: string;
  /** HTML and Markdown: when the check ran and the files' fingerprints, computed by the caller (formatters do no I/O). */
  report?: ReportFacts;
}

export interface HiddenCounts {
  warnings: number;
  infos: number;
}

export interface ReportFacts {
  /** When the check ran, ISO 8601 with its offset. */
  checkedAt: string;
  /** SHA-256 (hex) of each file's bytes, by its path as findings give it (`file`, `source.file`). */
  sha256: Readonly<Record<string, string>>;
  /** The archive indexes the run compared against, so that the check can be repeated on the same archive. */
  indexes?: readonly IndexFacts[];
}

/** An archive index file as the run found it: its header's SHA-256 (the header holds the checksum of every part), size and time. */
export interface IndexFacts {
  pack: string;
  /** As the user named it. */
  file: string;
  header?: string;
  bytes?: number;
  /** Last modified, ISO 8601. */
  modified?: string;
  /** An index on a server (`file` its URL as shown): its generation, which each write raises, and when it was last written, ISO 8601. */
  generation?: number;
  updated?: string;
}

export type Formatter = (results: CheckResults, options: FormatOptions) => string;

/** A formatter whose text comes in pieces, to be written as they come (joined, the formatter's text). */
export type ChunkedFormatter = (results: CheckResults, options: FormatOptions) => Iterable<string>;
