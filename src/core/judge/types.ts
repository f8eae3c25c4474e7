// Types of the judge stage.
import type { FileError } from '../read/types.js';
import type { PassageReport, ReuseKind } from '../match/types.js';
import type { Range, Severity } from '../shared/types.js';

/** A pack whose archive shares text with more articles than a document is compared with (match/index.ts findReuses). */
export interface CandidatesFull {
  pack: string;
  /** The articles sharing text with the document that were not compared with it. */
  unaligned: number;
  /** The record's line when the file is JSON Lines (1-based). */
  record?: number;
}

/** Whose content the archive articles of one pack are that documents reuse (reused-origins.ts). */
export interface ReusedOrigins {
  pack: string;
  /** Reused articles that are the publisher's own. */
  own: number;
  /** Reused articles of other outlets (each its file and id, once a reuse), by the outlet their pages credit ('' for a page marked third-party that names none); none kept once `own` is counted. */
  others: Record<string, string[]>;
}

export interface FindingSource {
  articleId: string;
  title: string;
  file: string;
  url: string | null;
  date: string | null;
  /** The outlet the article is from (see Origin.source): '' for one marked third-party whose page names no source. */
  origin: string;
  /** The line of the article's record when its file is JSON Lines, else null. */
  record?: number | null;
  /** The archive's other articles holding the same text, reused the same way (same-text.ts); absent when none. */
  alsoIn?: FindingCopy[];
  /** The archive may hold more copies than alsoIn names (the candidates aligned were capped, and all reused). */
  alsoInPartial?: true;
}

/** Another archive article holding the text of a finding's source. */
export interface FindingCopy {
  articleId: string;
  file: string;
  url: string | null;
  date: string | null;
  record: number | null;
}

/** What the checked document says about itself: who published what, when, where. */
export interface FindingDocument {
  /** The record's id (JSON Lines `id`), or the front matter's. */
  id: string | null;
  title: string | null;
  /** As the document states it (front matter, <meta>, JSON Lines field, else a date line in the text). */
  date: string | null;
  url: string | null;
  /** The record's line when the file is JSON Lines, else null. */
  record: number | null;
}

export interface TextEdit {
  /** UTF-16 offsets into the file's decoded text. */
  start: number;
  end: number;
  text: string;
  /** The same place as lines and code-point columns (end exclusive), for reports. */
  range?: Range;
}

/** Whole lines of a file (1-based, inclusive) and their text. */
export interface Excerpt {
  startLine: number;
  endLine: number;
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
  /** The checked document's own facts; absent on findings about directives. */
  document?: FindingDocument;
  reuse: {
    kind: ReuseKind;
    coverage: number;
    /** Share of the document's content that is reused. */
    docCoverage?: number;
    similarity: number;
    passages: PassageReport[];
    /** More of the pack's articles share text with the document than it was compared with: it may reuse articles no finding names. */
    candidatesFull?: true;
  } | null;
  attribution: { claimed: string | null; expected: string | null };
  remedy: string;
  /** Stable identity for baselines: does not change when lines move. */
  fingerprint: string;
  /** The rule's docs page. */
  docs: string;
  fix?: TextEdit[];
  /** The text of the finding's range, and the lines around it (not in JSON). */
  excerpt?: { snippet: string; context: Excerpt };
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
