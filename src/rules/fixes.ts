import type { Document } from '../core/read/types.js';
import type { Span } from '../core/shared/types.js';
import type { TextEdit } from '../core/judge/types.js';
import { splitLines } from '../core/shared/lines.js';
import { headlineSpan } from '../core/metadata/headline.js';

/**
 * Inserts an attribution line under the headline (the first line with text that is not site
 * navigation). Only for text and Markdown: in HTML and JSON Lines where a line goes is a
 * judgement, so no fix is offered.
 */
export function attributionFix(doc: Document, attribution: string): TextEdit[] | undefined {
  if (doc.format !== 'text' && doc.format !== 'markdown') return undefined;
  const headline = headlineSpan(doc);
  if (!headline) return [{ start: 0, end: 0, text: `${attribution}${eolOf(doc.raw)}` }];
  return [{ start: headline.end, end: headline.end, text: `${eolOf(doc.raw)}${attribution}` }];
}

/**
 * Rewrites `span` of the document as `text`, only where the file holds the words as they read.
 * Not across markup, an entity or an escape (HTML `来源：<a href=…>CRI</a>` would lose its <a> and
 * keep its </a>), and not in a JSON Lines record, whose offsets are the record's, not the file's.
 */
export function replaceFix(doc: Document, span: Span, text: string): TextEdit[] | undefined {
  if (doc.format === 'jsonl' || doc.raw.slice(span.start, span.end) !== doc.text.slice(span.start, span.end)) return undefined;
  return [{ start: span.start, end: span.end, text }];
}

function eolOf(raw: string): string {
  if (raw.includes('\r\n')) return '\r\n';
  if (raw.includes('\r')) return '\r';
  return '\n';
}

/** 1-based number of the line holding `offset`, counting only lines with visible text. */
export function visibleLineNumber(text: string, offset: number): number {
  let n = 0;
  for (const span of splitLines(text)) {
    if (text.slice(span.start, span.end).trim() !== '') n++;
    if (span.end >= offset) return Math.max(1, n);
  }
  return Math.max(1, n);
}

/** Whether a span is all the text of its line (brackets around it aside). */
export function standsAlone(doc: Document, span: Span): boolean {
  const line = splitLines(doc.text).find((l) => l.start <= span.start && span.end <= l.end);
  if (!line) return false;
  const strip = (t: string) => t.trim().replace(/^[【（(\[]+|[】）)\]]+$/gu, '').trim();
  return strip(doc.text.slice(line.start, line.end)) === strip(doc.text.slice(span.start, span.end));
}
