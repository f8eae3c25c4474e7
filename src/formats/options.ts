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
}

export type Formatter = (results: CheckResults, options: FormatOptions) => string;
