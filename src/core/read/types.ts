// Types of the read stage.
import type { Span } from '../shared/types.js';

export type DocFormat = 'text' | 'markdown' | 'html' | 'jsonl';

/** What the container says about the article: front matter, <meta> tags, JSON Lines keys. */
export interface DocFields {
  id?: string;
  title?: string;
  source?: string;
  date?: string;
  author?: string;
  url?: string;
}

/**
 * One article as laiyuan reads it.
 *
 * `text` always has the same length as `raw` and the same offsets: markup, front matter and
 * JSON escapes are replaced by spaces (block boundaries by '\n'), entities by the character they
 * stand for followed by spaces. So an offset found in `text` is an offset in `raw`, and every
 * position is reported in the file as the user sees it without an offset map.
 */
export interface Document {
  /** Path as shown to the user ('/'-separated), or '<stdin>'. */
  path: string;
  format: DocFormat;
  /** The decoded text of the file (for JSON Lines: of this record's line). */
  raw: string;
  /** What laiyuan reads: visible text, same length and offsets as `raw`. */
  text: string;
  /** 0-based line in the file where `raw` begins (non-zero only for JSON Lines records). */
  lineOffset: number;
  fields: DocFields;
  /** Where each field stands in `raw`, when it stands in the file at all. */
  fieldSpans: Partial<Record<keyof DocFields, Span>>;
  /**
   * When a JSON Lines record wrote non-ASCII characters as \uXXXX escapes, or an HTML page as
   * character references (&#26469;): `raw` holds them as the characters they stand for (see
   * json-decoded.ts, html-decoded.ts), and these pairs say where: the offset in `raw` of each such
   * character, then how many columns of the file the escapes up to it took beyond one each
   * (counted from the start of `raw`). Plain numbers, so that the index's JSON keeps them.
   */
  escaped?: number[];
  /**
   * An HTML page's headline as its parser read it: the visible text of its <title> and of each
   * <h1>, spans of `text` in order ([] for a page with neither). Undefined for other formats, and
   * for a page an index file or server stored before laiyuan recorded them (html-heading.ts).
   */
  headings?: Span[];
}

/** How bytes became text. */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
  bom: boolean;
  eol: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
}

export interface FileError {
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** A file of the corpus (read to compare with), not one being checked: the reports name it so. */
  corpus?: boolean;
  /** The whole file was not read although a line and column say where the trouble starts (two encodings in one file). */
  wholeFile?: boolean;
}
