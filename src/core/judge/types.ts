// Types of the judge stage.
import type { FileError } from '../read/types.js';
import type { PassageReport, ReuseKind } from '../match/types.js';
import type { Range, Severity } from '../shared/types.js';

export interface FindingSource {
  articleId: string;
  title: string;
  file: string;
  url: string | null;
  date: string | null;
  origin: string;
}

export interface TextEdit {
  /** UTF-16 offsets into the file's decoded text. */
  start: number;
  end: number;
  text: string;
}

export interface Finding extends Range {
  ruleId: string;
  severity: Severity;
  pack: string;
  file: string;
  message: string;
  /** The clause in full; `quote`, for people, the words of it the finding rests on (not in JSON). */
  clause: { number: number; text: string; quote?: string };
  source: FindingSource | null;
  reuse: {
    kind: ReuseKind;
    coverage: number;
    similarity: number;
    passages: PassageReport[];
  } | null;
  attribution: { claimed: string | null; expected: string | null };
  remedy: string;
  /** Stable identity for baselines: does not change when lines move. */
  fingerprint: string;
  /** The rule's docs page. */
  docs: string;
  fix?: TextEdit[];
}

export interface RuleMeta {
  id: string;
  description: string;
  docs: string;
  defaultSeverity: Severity;
}


export interface CheckResults {
  version: 1;
  tool: { name: 'laiyuan'; version: string };
  summary: {
    filesChecked: number;
    filesWithFindings: number;
    errors: number;
    warnings: number;
    infos: number;
  };
  findings: Finding[];
  errors: FileError[];
}
