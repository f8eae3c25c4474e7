// Types of the match stage.
import type { Document } from '../read/types.js';
import type { Origin } from '../metadata/types.js';
import type { Range, Span } from '../shared/types.js';

export interface Article {
  id: string;
  title: string;
  url?: string;
  date?: string;
  pack: string;
  origin: Origin;
  originalTitle?: string;
  byline?: string;
  doc: Document;
}

export type ReuseKind = 'reprint' | 'excerpt' | 'edited';

export interface Passage {
  /** Span in the document's text. */
  doc: Span;
  /** Span in the article's text. */
  source: Span;
  similarity: number;
}

export interface Reuse {
  article: Article;
  kind: ReuseKind;
  /** Share of the article's content characters reused. */
  coverage: number;
  /** Share of the document's content characters that are reused. */
  docCoverage: number;
  /** Share of the compared sentences' characters left unchanged: their similarities weighted by length. */
  similarity: number;
  passages: Passage[];
}

export interface PassageReport extends Range {
  sourceLine: number;
  sourceColumn: number;
  sourceEndLine: number;
  sourceEndColumn: number;
  similarity: number;
  /** The passage as it reads in the document and in the article (markup dropped, whitespace runs as one space). */
  text?: string;
  sourceText?: string;
  /** Both sides line by line, page-header lines (dates, 来源, 责编) flagged: for showing differences (not in JSON). */
  lines?: { doc: PassageLine[]; source: PassageLine[] };
}

/** A stretch of a passage as it reads; a page-header line is shown but never compared. */
export interface PassageLine {
  text: string;
  header: boolean;
}
