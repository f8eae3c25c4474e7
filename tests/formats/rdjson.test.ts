import { describe, expect, it } from 'vitest';
import { formatRdjson } from '../../src/formats/rdjson.js';
import { BROKEN_FILE, CWD, JILIN_FILE, REPRINT_FILE, sampleOptions, sampleResults } from './sample-results.js';

interface Position { line: number; column?: number }
interface Diagnostic {
  message: string;
  location: { path: string; range?: { start: Position; end?: Position } };
  severity: string;
  code: { value: string; url?: string };
  source: { name: string };
}
interface DiagnosticResult { source: { name: string; url: string }; severity: string; diagnostics: Diagnostic[] }

function rdjson(results = sampleResults()): DiagnosticResult {
  return JSON.parse(formatRdjson(results, sampleOptions())) as DiagnosticResult;
}

describe('rdjson formatter', () => {
  it('names laiyuan as the source of the result and of each diagnostic', () => {
    const out = rdjson();
    expect(out.source).toEqual({ name: 'laiyuan', url: 'https://github.com/laiyuan-cli/laiyuan' });
    expect(out.diagnostics).toHaveLength(6);
    for (const d of out.diagnostics) expect(d.source).toEqual({ name: 'laiyuan' });
  });

  it('maps severities and takes the worst for the result', () => {
    const out = rdjson();
    expect(out.diagnostics.map((d) => d.severity)).toEqual(['ERROR', 'ERROR', 'ERROR', 'WARNING', 'INFO', 'ERROR']);
    expect(out.severity).toBe('ERROR');
    const warningsOnly = sampleResults();
    warningsOnly.findings = warningsOnly.findings.filter((f) => f.severity !== 'error');
    warningsOnly.errors = [];
    warningsOnly.summary = { ...warningsOnly.summary, errors: 0 };
    expect(rdjson(warningsOnly).severity).toBe('WARNING');
  });

  it('gives the location with an exclusive end, and the rule as code with its docs', () => {
    const [wrong, reprint, missing] = rdjson().diagnostics;
    expect(wrong.location).toEqual({ path: REPRINT_FILE, range: { start: { line: 4, column: 1 }, end: { line: 4, column: 7 } } });
    expect(reprint.code).toEqual({ value: 'unauthorized-reuse', url: sampleResults().findings[1].docs });
    expect(missing.location.path).toBe(JILIN_FILE);
  });

  it('puts the clause and remedy after the message, Chinese intact', () => {
    const f = sampleResults().findings[2];
    expect(rdjson().diagnostics[2].message).toBe(`${f.message}\n第4条：「${f.clause.text}」\n处理：${f.remedy}`);
  });

  it('reports a file error with its start position', () => {
    const error = rdjson().diagnostics[5];
    expect(error).toMatchObject({ location: { path: BROKEN_FILE, range: { start: { line: 3, column: 7 } } }, code: { value: 'file-error' } });
  });

  it('makes absolute paths relative to the cwd', () => {
    const results = sampleResults();
    results.findings[2].file = `${CWD}/${JILIN_FILE}`;
    expect(rdjson(results).diagnostics[2].location.path).toBe(JILIN_FILE);
  });
});
