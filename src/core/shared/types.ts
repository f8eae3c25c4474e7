// Types of the shared stage.

export type Severity = 'error' | 'warning' | 'info';

/** A range of UTF-16 offsets into a document's text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A value read from a document, with where it stands. */
export interface Located<T = string> {
  value: T;
  span: Span;
}

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
