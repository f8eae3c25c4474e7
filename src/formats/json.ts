// The JSON contract: fixed keys in a fixed order, numbers to 3 decimals, no fix edits. Keys are only
// ever added (the evidence: passage text, the document's and the article's dates and addresses).
import type { CheckResults, Finding, FindingDocument } from '../core/judge/types.js';
import type { FileError } from '../core/read/types.js';
import type { PassageReport } from '../core/match/types.js';
import type { FormatOptions } from './options.js';
import { arrayPieces } from './json-pieces.js';

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

// The range's keys are written out in each object below, not spread from one made for it: a
// report of thousands of findings then makes no object twice (a warm --cache run is mostly this).

function passageJson(p: PassageReport) {
  return {
    line: p.line,
    column: p.column,
    endLine: p.endLine,
    endColumn: p.endColumn,
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
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
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
      alsoIn: (f.source.alsoIn ?? []).map((c) => ({ articleId: c.articleId, file: c.file, url: c.url, date: c.date, record: c.record })),
      // as `match --format json` and SARIF say it: only when true, so that every other report stays as it was
      ...(f.source.alsoInPartial ? { alsoInPartial: true } : {}),
    },
    reuse: f.reuse && {
      kind: f.reuse.kind,
      coverage: round3(f.reuse.coverage),
      similarity: round3(f.reuse.similarity),
      passages: f.reuse.passages.map(passageJson),
      docCoverage: f.reuse.docCoverage === undefined ? null : round3(f.reuse.docCoverage),
      // only when true, as source.alsoInPartial: every other report stays as it was
      ...(f.reuse.candidatesFull ? { candidatesFull: true } : {}),
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
export function formatJson(results: CheckResults, options: FormatOptions): string {
  return [...jsonChunks(results, options)].join('');
}

/**
 * formatJson's text in pieces, each batch of findings turned into JSON as its piece is made: a
 * report of 10,000 files (some 40 MB) is never one string, nor one copy of every finding. The
 * pieces are given as they are made, not gathered (the writer packs them into its buffers); joined,
 * they are JSON.stringify's text of the whole, byte for byte.
 */
export function* jsonChunks(results: CheckResults, _options: FormatOptions): Generator<string> {
  const { summary } = results;
  const head = {
    version: results.version,
    tool: { name: results.tool.name, version: results.tool.version },
    summary: {
      filesChecked: summary.filesChecked,
      filesWithFindings: summary.filesWithFindings,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
    },
  };
  const opened = JSON.stringify(head, null, 2);
  yield `${opened.slice(0, -2)},\n  "findings": `;
  yield* arrayPieces(results.findings, findingJson, 2);
  yield ',\n  "errors": ';
  yield* arrayPieces(results.errors, errorJson, 2);
  yield '\n}\n';
}
