// The JSON contract: fixed keys in a fixed order, numbers to 3 decimals, no fix edits. Keys are only
// ever added (the evidence: passage text, the document's and the article's dates and addresses).
import type { CheckResults, Finding, FindingDocument } from '../core/judge/types.js';
import type { FileError } from '../core/read/types.js';
import type { PassageReport } from '../core/match/types.js';
import type { FormatOptions } from './options.js';

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

/** Characters gathered before a piece of the report is given out. */
const CHUNK = 1 << 20;

/**
 * formatJson's text in pieces of about a million characters, each finding turned into JSON as
 * its piece is made: a report of 10,000 files (some 40 MB) is never one string, nor one copy of
 * every finding. The pieces joined are JSON.stringify's text of the whole, byte for byte.
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
  let text = `${opened.slice(0, -2)},\n  "findings": `;
  for (const piece of arrayPieces(results.findings, findingJson)) {
    text += piece;
    if (text.length >= CHUNK) {
      yield text;
      text = '';
    }
  }
  text += ',\n  "errors": ';
  for (const piece of arrayPieces(results.errors, errorJson)) text += piece;
  yield `${text}\n}\n`;
}

/** Items turned into JSON together: one JSON.stringify call a batch, not one an item. */
const BATCH = 64;

/** What JSON.stringify([[…]], null, 2) writes around the items of the inner array. */
const NESTED_OPEN = '[\n  [\n';
const NESTED_CLOSE = '\n  ]\n]';

/**
 * An array two levels in, as JSON.stringify(…, null, 2) writes it: a piece per batch of items,
 * each batch stringified two levels in itself (inside `[[…]]`), so that its lines come indented
 * as they stand in the report, with no pass over the text to indent them again.
 */
function* arrayPieces<T>(items: readonly T[], json: (item: T) => unknown): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  yield '[\n';
  for (let i = 0; i < items.length; i += BATCH) {
    const nested = JSON.stringify([items.slice(i, i + BATCH).map(json)], null, 2);
    yield `${i > 0 ? ',\n' : ''}${nested.slice(NESTED_OPEN.length, -NESTED_CLOSE.length)}`;
  }
  yield '\n  ]';
}
