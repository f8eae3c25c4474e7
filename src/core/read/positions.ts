import type { Document } from './types.js';
import type { Range, Span } from '../shared/types.js';
import { countBelow, lastAtOrBefore } from '../shared/search.js';

/** Line starts of a text, for turning UTF-16 offsets into 1-based line and code-point column. */
export class LineIndex {
  private readonly starts: Int32Array;
  /** Where each surrogate pair of the text starts, found when a column first lies far along its line. */
  private pairs: Int32Array | undefined;

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  /** 1-based line and column; columns count Unicode code points. */
  position(offset: number): { line: number; column: number } {
    const lo = lastAtOrBefore(this.starts, offset);
    const start = this.starts[lo];
    return { line: lo + 1, column: this.codePoints(start, offset) + 1 };
  }

  /**
   * Code points of text[from, to): counted one by one on a line of news, but from the text's
   * surrogate pairs far along a line (a page saved as one line of megabytes), where counting
   * would cost each finding the line's length.
   */
  private codePoints(from: number, to: number): number {
    if (to - from < FAR) return codePointCount(this.text, from, to);
    const pairs = (this.pairs ??= surrogatePairs(this.text));
    // a pair counts one where both its units are inside: it starts at to - 2 at the latest
    return to - from - (countBelow(pairs, to - 1) - countBelow(pairs, from));
  }

  /** The offset where the line holding `offset` starts. */
  lineStart(offset: number): number {
    return this.starts[lastAtOrBefore(this.starts, offset)];
  }

  range(span: Span): Range {
    const a = this.position(span.start);
    const b = this.position(span.end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

/**
 * Where each line of a text starts (0 first); lines break at LF, CRLF and CR. The breaks are
 * searched for (indexOf), not looked at unit by unit: a news paragraph is a line of hundreds of
 * characters, and a document's lines are found for its metadata and again for its findings.
 */
export function lineStarts(text: string): Int32Array {
  const starts = [0];
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    // the break's last unit: the LF of a CRLF
    const end = cr >= 0 && (lf < 0 || cr < lf) ? (text.charCodeAt(cr + 1) === 10 ? cr + 1 : cr) : lf;
    starts.push(end + 1);
    if (lf >= 0 && lf <= end) lf = text.indexOf('\n', end + 1);
    if (cr >= 0 && cr <= end) cr = text.indexOf('\r', end + 1);
  }
  return Int32Array.from(starts);
}

/** Units into a line past which a column is counted from the text's surrogate pairs (LineIndex.codePoints). */
const FAR = 4096;

/** Where each surrogate pair of a text starts (a high surrogate followed by a low one), in order. */
function surrogatePairs(text: string): Int32Array {
  const starts: number[] = [];
  const pair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
  for (let m = pair.exec(text); m; m = pair.exec(text)) starts.push(m.index);
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
  const { escaped } = doc;
  // escapes on earlier lines took columns of those lines only
  const column = (offset: number, c: number) =>
    escaped ? c + escapedColumns(escaped, offset) - escapedColumns(escaped, index.lineStart(offset)) : c;
  return {
    line: r.line + doc.lineOffset,
    column: column(span.start, r.column),
    endLine: r.endLine + doc.lineOffset,
    endColumn: column(span.end, r.endColumn),
  };
}

/**
 * The column (1-based, in code points) of the line of `doc.raw` that starts at `lineStart` which a
 * column of the file stands for: the inverse of documentRange's columns. Where the file wrote
 * characters as escapes (Document.escaped), an escape takes its columns in the file, one in `raw`.
 */
export function rawColumn(doc: Pick<Document, 'raw' | 'escaped'>, lineStart: number, fileColumn: number): number {
  const { escaped, raw } = doc;
  if (!escaped) return fileColumn;
  const before = escapedColumns(escaped, lineStart);
  let column = 1;
  for (let i = lineStart; i < raw.length && raw[i] !== '\n' && raw[i] !== '\r'; column++) {
    if (column + escapedColumns(escaped, i) - before >= fileColumn) return column;
    i += (raw.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  }
  return column;
}

/** The columns of the file taken, beyond one each, by the escapes written before `offset` of the decoded line (Document.escaped). */
function escapedColumns(escaped: number[], offset: number): number {
  let lo = 0;
  let hi = escaped.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (escaped[2 * mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : escaped[2 * lo - 1];
}
