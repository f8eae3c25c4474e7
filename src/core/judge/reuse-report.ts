import type { Document } from '../read/types.js';
import type { Finding, FindingCopy, FindingDocument, FindingSource } from './types.js';
import type { Metadata } from '../metadata/types.js';
import type { Article, PassageLine, PassageReport, Reuse } from '../match/types.js';
import type { Span } from '../shared/types.js';
import { documentRange } from '../read/positions.js';
import { readable } from '../read/text-builder.js';
import { documentLines, lineHolding } from '../shared/lines.js';
import { extractMetadata } from '../metadata/index.js';
import { headerLines } from '../metadata/header-lines.js';
import { titleOf } from './article-origin.js';
import { markCreditSpans } from './markers.js';
import { spend } from '../shared/budget.js';
import type { Pack } from '../config/types.js';

/** The JSON Lines line of a record (1-based), or null for a file that is one document. */
function recordOf(doc: Document): number | null {
  return doc.format === 'jsonl' ? doc.lineOffset + 1 : null;
}

/** The article behind a reuse, and the archive's other copies of its text, as findings and `match` report them. */
export function sourceOf(reuse: Reuse & { alsoIn?: readonly Article[]; alsoInPartial?: true }): FindingSource {
  const a = reuse.article;
  const source: FindingSource = { articleId: a.id, title: a.title, file: a.doc.path, url: a.url ?? null, date: a.date ?? null, origin: a.origin.source, record: recordOf(a.doc) };
  if (reuse.alsoIn && reuse.alsoIn.length > 0) source.alsoIn = reuse.alsoIn.map(copyOf);
  if (source.alsoIn && reuse.alsoInPartial) source.alsoInPartial = true;
  return source;
}

function copyOf(a: Article): FindingCopy {
  return { articleId: a.id, file: a.doc.path, url: a.url ?? null, date: a.date ?? null, record: recordOf(a.doc) };
}

/** What a checked document says about itself, for evidence: its id, title, date and address. */
export function documentFacts(doc: Document, metadata: Metadata): FindingDocument {
  return {
    id: doc.fields.id ?? null,
    title: titleOf(doc, metadata),
    date: doc.fields.date ?? metadata.dates[0]?.value ?? null,
    url: doc.fields.url ?? null,
    record: recordOf(doc),
  };
}

/** Header lines of corpus articles, found once per article whatever number of findings cite it. */
const articleHeaders = new WeakMap<Document, Span[]>();

/** The page-header lines of a document (headerLines), found once per document. */
export function headersOf(doc: Document, metadata?: Metadata): Span[] {
  let spans = articleHeaders.get(doc);
  if (!spans) {
    spans = headerLines(doc, metadata ?? extractMetadata(doc));
    articleHeaders.set(doc, spans);
  }
  return spans;
}

/**
 * The reuse as findings report it; `metadata` is the document's, when the caller has read it.
 * `withLines` false: the passages without their `lines`, which only some formats show.
 */
export function reuseReport(document: Document, reuse: Reuse, metadata?: Metadata, withLines = true, pack?: Pack): NonNullable<Finding['reuse']> {
  const passages: PassageReport[] = reuse.passages.map((p) => {
    // the passage is read on both sides, its excerpts and its lines: work --max-file-time counts
    spend(p.doc.end - p.doc.start + p.source.end - p.source.start);
    const d = documentRange(document, p.doc);
    const s = documentRange(reuse.article.doc, p.source);
    // named one by one: a literal that starts with a spread and adds fields gets a map of its own
    // on Node 20 (V8 11), every passage another, and each reader of them goes megamorphic
    return {
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      sourceLine: s.line,
      sourceColumn: s.column,
      sourceEndLine: s.endLine,
      sourceEndColumn: s.endColumn,
      similarity: p.similarity,
      text: excerpt(document, p.doc),
      sourceText: excerpt(reuse.article.doc, p.source),
      ...(withLines ? { lines: bothLines(document, reuse.article.doc, p, metadata, pack) } : {}),
    };
  });
  return { kind: reuse.kind, coverage: reuse.coverage, docCoverage: reuse.docCoverage, similarity: reuse.similarity, passages };
}

/** Both sides of a passage line by line, header lines flagged (with `pack`, a credit after its third-party mark too: 第三方版权 来源：新京报). */
function bothLines(document: Document, source: Document, passage: Reuse['passages'][number], metadata?: Metadata, pack?: Pack): NonNullable<PassageReport['lines']> {
  const credited = (doc: Document, headers: Span[]) => (pack ? [...headers, ...markCreditSpans(doc, pack)] : headers);
  return { doc: linesOf(document, passage.doc, credited(document, headersOf(document, metadata))), source: linesOf(source, passage.source, credited(source, headersOf(source))) };
}

/** A passage as people read it: markup dropped, whitespace runs as one space. */
function excerpt(doc: Document, span: Span): string {
  return readable(doc.raw, doc.text, span);
}

/** The passage's stretches as they read, each run of header lines and each run of other lines one stretch. */
function linesOf(doc: Document, span: Span, headers: readonly Span[]): PassageLine[] {
  const out: PassageLine[] = [];
  const lines = documentLines(doc);
  for (let at = lineHolding(lines, span.start).number; at < lines.length; at++) {
    const line = lines[at];
    if (line.end <= span.start) continue;
    if (line.start >= span.end) break;
    const part = { start: Math.max(line.start, span.start), end: Math.min(line.end, span.end) };
    const text = excerpt(doc, part);
    if (!text) continue;
    const header = headers.some((h) => h.start < part.end && h.end > part.start);
    const last = out[out.length - 1];
    if (last && last.header === header) last.text += ` ${text}`;
    else out.push({ text, header });
  }
  return out;
}
