import type { Document, FileError } from './types.js';
import { emptyFields, setField, trimSpan, type FieldSet } from './fields.js';
import { readFrontMatter } from './front-matter.js';
import { splitLines, type Line } from '../shared/lines.js';
import { blankInline } from './markdown-inline.js';
import { readable, TextBuilder } from './text-builder.js';
import { delimited } from '../shared/delimited.js';
import { ATX_HEADING as HEADING, closingHashes, isTableDelimiterRow, OWN_BLOCK, SETEXT_UNDERLINE } from './markdown-lines.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const WHOLE_LINE = [
  /^ {0,3}\[[^\]]+\]:\s*\S[^\n\r\u2028\u2029]*$/, // link reference definition
  /^ {0,3}([-*_])( *\1){2,} *$/, // thematic break
  SETEXT_UNDERLINE,
];
// sticky: tried where the prefixes before them end, without copying the rest of the line
const PREFIXES = [/ {0,3}> ?/y, / *([-*+]|\d{1,9}[.)])( +|$)/y];

/** A Markdown file as one document: front matter read into fields and blanked, markup blanked. */
export function readMarkdown(raw: string, path: string): { documents: Document[]; errors: FileError[] } {
  const front = readFrontMatter(raw, path);
  const set: FieldSet = front ?? emptyFields();
  const body = new MarkdownBody(raw, front ? front.span.end : 0);
  const text = body.read();
  if (body.titleLine) {
    const span = trimSpan(text, body.titleLine.start, body.titleLine.end);
    setField(set, 'title', readable(raw, text, span), span);
  }
  const document: Document = { path, format: 'markdown', raw, text, lineOffset: 0, fields: set.fields, fieldSpans: set.fieldSpans };
  return { documents: [document], errors: front?.errors ?? [] };
}

class MarkdownBody {
  /** The first level-one heading: an ATX one (# 标题), or a setext one's text (标题 over ===). */
  titleLine: Line | undefined;
  private readonly out: TextBuilder;
  /** `raw` with what is dealt with (comments, code) masked, for the patterns to match on. */
  private readonly scan: string[];
  private fence: string | undefined;
  /** The first line of the paragraph the last line read belongs to: a setext heading's text, if `===` follows. */
  private paragraph: Line | undefined;
  /** The last line read, while it belongs to a paragraph or a table. */
  private previous: Line | undefined;
  /** Inside a table: its rows' pipes are markup, whether or not a row opens with one (日期 | 车次). */
  private inTable = false;

  constructor(
    private readonly raw: string,
    private readonly bodyStart: number,
  ) {
    this.out = new TextBuilder(raw);
    this.out.blank(0, bodyStart);
    this.scan = raw.split('');
  }

  read(): string {
    for (const { start, end } of delimited(this.raw, '<!--', '-->', this.bodyStart)) {
      this.out.blank(start, end);
      this.scan.fill('\u0001', start, end);
    }
    for (const line of splitLines(this.raw)) {
      if (line.start < this.bodyStart) continue;
      const source = this.scan.slice(line.start, line.end).join('');
      if (this.inFence(source, line)) {
        this.endBlock();
        continue;
      }
      const delimiter = isTableDelimiterRow(source);
      if (delimiter) this.openTable();
      else if (SETEXT_UNDERLINE.test(source)) this.underline(source);
      const whole = !delimiter && WHOLE_LINE.some((re) => re.test(source));
      if (delimiter || whole) this.out.blank(line.start, line.end);
      else this.blankLine(source, line);
      this.follow(source, line, whole);
    }
    return this.out.toString();
  }

  /** A delimiter row under a paragraph's line (日期 | 车次): that line is the table's header row, its pipes markup. */
  private openTable(): void {
    if (this.inTable || !this.previous || !this.paragraph) return;
    const header = this.previous;
    blankPipes(this.scan.slice(header.start, header.end).join(''), header.start, this.out);
    this.inTable = true;
  }

  /** `===` under a paragraph: the paragraph is a level-one heading, the document's title if it is the first. */
  private underline(source: string): void {
    const text = this.paragraph;
    if (!this.inTable && text && this.previous && source.trimStart().startsWith('=') && !this.titleLine) {
      this.titleLine = { ...text, end: this.previous.end, next: this.previous.next };
    }
  }

  /**
   * What the line read leaves open for the next: a paragraph, a table, or nothing (a blank line, a
   * heading, a line `whole` blanks: a setext underline, a thematic break, a link definition).
   */
  private follow(source: string, line: Line, whole: boolean): void {
    if (whole || source.trim() === '' || HEADING.test(source)) {
      if (!this.inTable || source.trim() === '') this.endBlock();
      return;
    }
    // a block opened by a quote, a list item or a fence is no paragraph, whatever follows
    if (!this.previous) this.paragraph = OWN_BLOCK.test(source) ? undefined : line;
    this.previous = line;
  }

  private endBlock(): void {
    this.paragraph = undefined;
    this.previous = undefined;
    this.inTable = false;
  }

  /** Code fences: the fence lines are blanked, the code between them is kept as it is. */
  private inFence(source: string, line: Line): boolean {
    const mark = FENCE.exec(source)?.[1];
    if (this.fence === undefined && mark === undefined) return false;
    const opens = this.fence === undefined;
    const closes = !opens && mark !== undefined && mark[0] === this.fence?.[0] && mark.length >= this.fence.length;
    if (opens || closes) this.out.blank(line.start, line.end);
    this.fence = opens ? mark : closes ? undefined : this.fence;
    return true;
  }

  private blankLine(source: string, line: Line): void {
    const prefix = blankPrefixes(source, line.start, this.out);
    const heading = HEADING.exec(source.slice(prefix));
    let end = line.end;
    if (heading) {
      this.out.blank(line.start + prefix, line.start + prefix + heading[0].length);
      end -= closingHashes(source.slice(prefix + heading[0].length));
      this.out.blank(end, line.end);
      if (heading[1].length === 1 && !this.titleLine) this.titleLine = line;
    }
    if (this.inTable || source.trimStart().startsWith('|')) blankPipes(source, line.start, this.out);
    blankInline(this.scan, line.start + prefix, end, this.out);
  }
}

/** Blanks blockquote and list markers at the start of a line; returns how far they reach. */
function blankPrefixes(source: string, at: number, out: TextBuilder): number {
  let offset = 0;
  for (let found = true; found; ) {
    found = false;
    for (const re of PREFIXES) {
      re.lastIndex = offset;
      const m = re.exec(source);
      if (m && m[0].length > 0) {
        out.blank(at + offset, at + offset + m[0].length);
        offset += m[0].length;
        found = true;
      }
    }
  }
  return offset;
}

function blankPipes(source: string, at: number, out: TextBuilder): void {
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '|' && source[i - 1] !== '\\') out.blank(at + i, at + i + 1);
  }
}
