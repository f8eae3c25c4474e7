// reviewdog's rdjson (DiagnosticResult). Columns are code points: rdjson counts UTF-8 bytes, but the
// results carry no line text to convert with; reviewdog's review comments use lines only.
import type { CheckResults, Finding } from '../core/judge/types.js';
import type { FileError } from '../core/read/types.js';
import type { Severity } from '../core/shared/types.js';
import type { FormatOptions } from './options.js';
import { relativePath } from './paths.js';
import { TOOL_NAME, toolUri } from './tool.js';
import { clauseLine } from './clause.js';

type RdSeverity = 'ERROR' | 'WARNING' | 'INFO';

const SEVERITIES: Record<Severity, RdSeverity> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

function diagnostic(f: Finding, cwd: string) {
  return {
    message: [f.message, clauseLine(f), `处理：${f.remedy}`].filter(Boolean).join('\n'),
    location: {
      path: relativePath(f.file, cwd),
      range: { start: { line: f.line, column: f.column }, end: { line: f.endLine, column: f.endColumn } },
    },
    severity: SEVERITIES[f.severity],
    code: { value: f.ruleId, url: f.docs },
    source: { name: TOOL_NAME },
    ...suggestions(f),
  };
}

/** The fix of a fixable finding, as reviewdog's suggested changes (`laiyuan check --fix` applies them). */
function suggestions(f: Finding) {
  const edits = f.fix?.filter((e) => e.range);
  if (!edits || edits.length === 0 || edits.length !== f.fix?.length) return {};
  return {
    suggestions: edits.map(({ range, text }) => ({
      range: { start: { line: range?.line, column: range?.column }, end: { line: range?.endLine, column: range?.endColumn } },
      text,
    })),
  };
}

function errorDiagnostic(e: FileError, cwd: string) {
  const start = e.line === undefined ? undefined : { line: e.line, ...(e.column === undefined ? {} : { column: e.column }) };
  return {
    message: e.message,
    location: { path: relativePath(e.file, cwd), ...(start ? { range: { start } } : {}) },
    severity: 'ERROR' as const,
    code: { value: 'file-error' },
    source: { name: TOOL_NAME },
  };
}

function overallSeverity(results: CheckResults): RdSeverity {
  if (results.summary.errors > 0 || results.errors.length > 0) return 'ERROR';
  return results.summary.warnings > 0 ? 'WARNING' : 'INFO';
}

export function formatRdjson(results: CheckResults, options: FormatOptions): string {
  const out = {
    source: { name: TOOL_NAME, url: toolUri(options) },
    severity: overallSeverity(results),
    diagnostics: [
      ...results.findings.map((f) => diagnostic(f, options.cwd)),
      ...results.errors.map((e) => errorDiagnostic(e, options.cwd)),
    ],
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
