import type { Document } from '../read/types.js';
import type { Finding, FindingSource } from './types.js';
import type { PassageReport, Reuse } from '../match/types.js';
import type { Span } from '../shared/types.js';
import { documentRange } from '../read/positions.js';
import { readable } from '../read/text-builder.js';

/** The article behind a reuse, as findings and `match` report it. */
export function sourceOf(reuse: Reuse): FindingSource {
  const a = reuse.article;
  return { articleId: a.id, title: a.title, file: a.doc.path, url: a.url ?? null, date: a.date ?? null, origin: a.origin.source };
}

export function reuseReport(document: Document, reuse: Reuse): NonNullable<Finding['reuse']> {
  const passages: PassageReport[] = reuse.passages.map((p) => {
    const s = documentRange(reuse.article.doc, p.source);
    return {
      ...documentRange(document, p.doc),
      sourceLine: s.line,
      sourceColumn: s.column,
      sourceEndLine: s.endLine,
      sourceEndColumn: s.endColumn,
      similarity: p.similarity,
      text: excerpt(document, p.doc),
      sourceText: excerpt(reuse.article.doc, p.source),
    };
  });
  return { kind: reuse.kind, coverage: reuse.coverage, similarity: reuse.similarity, passages };
}

/** A passage as people read it: markup dropped, whitespace runs as one space. */
function excerpt(doc: Document, span: Span): string {
  return readable(doc.raw, doc.text, span);
}
