// The JSON contract: fixed keys in a fixed order, numbers to 3 decimals, no fix edits. Keys are only
// ever added (the evidence: passage text, the document's and the article's dates and addresses).
import type { CheckResults, Finding, FindingDocument } from '../core/judge/types.js';
import type { FileError } from '../core/read/types.js';
import type { PassageReport } from '../core/match/types.js';
import type { Range } from '../core/shared/types.js';
import type { FormatOptions } from './options.js';

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function rangeJson(r: Range) {
  return { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

function passageJson(p: PassageReport) {
  return {
    ...rangeJson(p),
    sourceLine: p.sourceLine,
    sourceColumn: p.sourceColumn,
    sourceEndLine: p.sourceEndLine,
    sourceEndColumn: p.sourceEndColumn,
    similarity: round3(p.similarity),
    text: p.text ?? null,
    sourceText: p.sourceText ?? null,
  };
}

function documentJson(d: FindingDocument | undefined) {
  return d ? { id: d.id, title: d.title, date: d.date, url: d.url, record: d.record } : null;
}

function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    pack: f.pack,
    file: f.file,
    ...rangeJson(f),
    message: f.message,
    clause: { number: f.clause.number, text: f.clause.text },
    source: f.source && {
      articleId: f.source.articleId,
      title: f.source.title,
      file: f.source.file,
      url: f.source.url,
      date: f.source.date,
      origin: f.source.origin,
      record: f.source.record ?? null,
    },
    reuse: f.reuse && {
      kind: f.reuse.kind,
      coverage: round3(f.reuse.coverage),
      similarity: round3(f.reuse.similarity),
      passages: f.reuse.passages.map(passageJson),
      docCoverage: f.reuse.docCoverage === undefined ? null : round3(f.reuse.docCoverage),
    },
    attribution: { claimed: f.attribution.claimed, expected: f.attribution.expected },
    remedy: f.remedy,
    fingerprint: f.fingerprint,
    docs: f.docs,
    document: documentJson(f.document),
  };
}

function errorJson(e: FileError) {
  return { file: e.file, line: e.line ?? null, column: e.column ?? null, message: e.message };
}

/** `results` as the documented JSON, 2-space indented, Chinese as is. */
export function formatJson(results: CheckResults, _options: FormatOptions): string {
  const { summary } = results;
  const out = {
    version: results.version,
    tool: { name: results.tool.name, version: results.tool.version },
    summary: {
      filesChecked: summary.filesChecked,
      filesWithFindings: summary.filesWithFindings,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
    },
    findings: results.findings.map(findingJson),
    errors: results.errors.map(errorJson),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
