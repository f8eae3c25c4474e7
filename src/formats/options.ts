import type { CheckResults, RuleMeta } from '../core/judge/types.js';

export interface FormatOptions {
  /** Emit ANSI colours (pretty only). */
  color: boolean;
  /** Folder that reported paths are made relative to ('/'-separated or Windows). */
  cwd: string;
  /** Every rule the run knew, for formats that describe rules (SARIF). */
  rules: RuleMeta[];
  /** The tool's home page; defaults to TOOL_URI. */
  toolUri?: string;
  /** Pretty: the terminal's width in cells (default 80); no line is longer. */
  width?: number;
  /** Pretty: the clause, the source article, the passages beside their source and the remedy under each finding. */
  evidence?: boolean;
}

export type Formatter = (results: CheckResults, options: FormatOptions) => string;
