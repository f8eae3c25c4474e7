import type { Document, FileError } from '../types.js';
import { emptyFields, setField, trimSpan, type FieldSet } from './fields.js';
import { readFrontMatter } from './front-matter.js';
import { splitLines, type Line } from './lines.js';
import { blankInline } from './markdown-inline.js';
import { readable, TextBuilder } from './text-builder.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const WHOLE_LINE = [
  /^ {0,3}\[[^\]]+\]:\s*\S+.*$/, // link reference definition
  /^ {0,3}([-*_])( *\1){2,} *$/, // thematic break
  /^ {0,3}(=+|-+) *$/, // setext underline
  /^ {0,3}\|?( *:?-+:? *\|)+( *:?-+:? *)?\|? *$/, // table delimiter row
];
const PREFIXES = [/^ {0,3}> ?/, /^ *([-*+]|\d{1,9}[.)])( +|$)/];
const HEADING = /^ {0,3}(#{1,6})( +|$)/;

/** A Markdown file as one document: front matter read into fields and blanked, markup blanked. */
export function readMarkdown(raw: string, path: string): { documents: Document[]; errors: FileError[] } {
  const out = new TextBuilder(raw);
  const scan = raw.split('');
  const front = readFrontMatter(raw, path);
  const set: FieldSet = front ?? emptyFields();
  const bodyStart = front ? front.span.end : 0;
  out.blank(0, bodyStart);
  for (const m of raw.slice(bodyStart).matchAll(/<!--[\s\S]*?-->/g)) {
    const at = bodyStart + (m.index ?? 0);
    out.blank(at, at + m[0].length);
    scan.fill('\u0001', at, at + m[0].length);
  }
  let fence: string | undefined;
  let titleLine: Line | undefined;
  for (const line of splitLines(raw)) {
    if (line.start < bodyStart) continue;
    const source = scan.slice(line.start, line.end).join('');
    const fenceMark = FENCE.exec(source)?.[1];
    if (fence !== undefined || fenceMark) {
      const opens = fence === undefined;
      const closes = !opens && fenceMark?.[0] === fence?.[0] && (fenceMark?.length ?? 0) >= (fence?.length ?? 0);
      if (opens || closes) out.blank(line.start, line.end);
      fence = opens ? fenceMark : closes ? undefined : fence;
      continue;
    }
    if (WHOLE_LINE.some((re) => re.test(source))) {
      out.blank(line.start, line.end);
      continue;
    }
    const start = line.start + blankPrefixes(source, line.start, out);
    const heading = HEADING.exec(source.slice(start - line.start));
    let end = line.end;
    if (heading) {
      out.blank(start, start + heading[0].length);
      const closing = /\s+#+\s*$/.exec(source.slice(start - line.start + heading[0].length));
      if (closing) end -= closing[0].length;
      out.blank(end, line.end);
      if (heading[1].length === 1 && !titleLine) titleLine = line;
    }
    if (source.trimStart().startsWith('|')) blankPipes(source, line.start, out);
    blankInline(scan, start, end, out);
  }
  const text = out.toString();
  if (titleLine) {
    const span = trimSpan(text, titleLine.start, titleLine.end);
    setField(set, 'title', readable(raw, text, span), span);
  }
  const document: Document = { path, format: 'markdown', raw, text, lineOffset: 0, fields: set.fields, fieldSpans: set.fieldSpans };
  return { documents: [document], errors: front?.errors ?? [] };
}

/** Blanks blockquote and list markers at the start of a line; returns how far they reach. */
function blankPrefixes(source: string, at: number, out: TextBuilder): number {
  let offset = 0;
  for (let found = true; found; ) {
    found = false;
    for (const re of PREFIXES) {
      const m = re.exec(source.slice(offset));
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
