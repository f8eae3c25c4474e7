import type { Document } from './types.js';
import type { Range, Span } from '../shared/types.js';
import { lastAtOrBefore } from '../shared/search.js';

/** Line starts of a text, for turning UTF-16 offsets into 1-based line and code-point column. */
export class LineIndex {
  private readonly starts: Int32Array;

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  /** 1-based line and column; columns count Unicode code points. */
  position(offset: number): { line: number; column: number } {
    const lo = lastAtOrBefore(this.starts, offset);
    const start = this.starts[lo];
    return { line: lo + 1, column: codePointCount(this.text, start, offset) + 1 };
  }

  range(span: Span): Range {
    const a = this.position(span.start);
    const b = this.position(span.end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

/** Where each line of a text starts (0 first); lines break at LF, CRLF and CR. */
export function lineStarts(text: string): Int32Array {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return Int32Array.from(starts);
}

function codePointCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= to) n++;
    else {
      const d = text.charCodeAt(i + 1);
      n++;
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

const cache = new WeakMap<Document, LineIndex>();

/** The range of a span of a document, in lines of the file the document came from. */
export function documentRange(doc: Document, span: Span): Range {
  let index = cache.get(doc);
  if (!index) {
    index = new LineIndex(doc.raw);
    cache.set(doc, index);
  }
  const r = index.range(span);
  return { ...r, line: r.line + doc.lineOffset, endLine: r.endLine + doc.lineOffset };
}
