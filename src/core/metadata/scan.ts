import type { Span } from '../shared/types.js';
import { keyText } from '../shared/keytext.js';
import { isQuoted, quotedSpans } from './quotes.js';
import { lineStarts } from '../read/positions.js';
import { lastAtOrBefore } from '../shared/search.js';

/** A text prepared for reading metadata: its key text, its lines and its quoted stretches. Never changed once made. */
export interface Scan {
  readonly text: string;
  /** See keyText: same offsets as `text`. */
  readonly key: string;
  /** Start offset of each line. */
  readonly starts: Int32Array;
  readonly quoted: readonly Span[];
}

/** The scans made last, the latest first: see scanOf. */
const kept: Scan[] = [];
const KEPT = 4;

/**
 * The scan of a text. The last few are kept: a document's metadata, its markers and whether it is
 * marked as third-party are read from the same text, for every file checked, and the metadata of
 * the articles it reuses (where their body begins) is read in between.
 */
export function scanOf(text: string): Scan {
  const at = kept.findIndex((s) => s.text === text);
  const scan = at >= 0 ? kept.splice(at, 1)[0] : newScan(text);
  kept.unshift(scan);
  if (kept.length > KEPT) kept.pop();
  return scan;
}

/** A scan made without replacing the kept one: for a short text read beside a document's (a field's value). */
export function newScan(text: string): Scan {
  return { text, key: keyText(text), starts: lineStarts(text), quoted: quotedSpans(text) };
}

/** The line holding an offset, line break excluded. */
export function lineAt(scan: Scan, offset: number): Span {
  const { starts, text } = scan;
  const lo = lastAtOrBefore(starts, offset);
  let end = lo + 1 < starts.length ? starts[lo + 1] - 1 : text.length;
  if (end > starts[lo] && text[end - 1] === '\r' && text[end] === '\n') end--;
  return { start: starts[lo], end };
}

export function quotedAt(scan: Scan, offset: number): boolean {
  return isQuoted(scan.quoted, offset);
}
