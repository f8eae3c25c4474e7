import { describe, expect, it } from 'vitest';
import { formatCheckstyle } from '../../src/formats/checkstyle.js';
import { BROKEN_FILE, JILIN_FILE, REPRINT_FILE, sampleOptions, sampleResults } from './sample-results.js';
import { parseXml } from './xml-parse.js';

interface CsError { line?: string; column?: string; severity: string; message: string; source: string }
interface CsFile { name: string; error: CsError[] }

function checkstyle(results = sampleResults()): { version: string; file?: CsFile[] } {
  const doc = parseXml(formatCheckstyle(results, sampleOptions()), ['file', 'error']);
  return doc.checkstyle as { version: string; file?: CsFile[] };
}

describe('checkstyle formatter', () => {
  it('writes a file element per file, in order of first finding', () => {
    const root = checkstyle();
    expect(root.version).toBe('4.3');
    expect(root.file?.map((f) => f.name)).toEqual([REPRINT_FILE, JILIN_FILE, BROKEN_FILE]);
    expect(root.file?.map((f) => f.error.length)).toEqual([2, 3, 1]);
  });

  it('gives each finding its line, column, severity, source and message', () => {
    const [reprint, jilin] = checkstyle().file ?? [];
    expect(reprint.error[1]).toMatchObject({ line: '7', column: '3', severity: 'error', source: 'laiyuan.unauthorized-reuse' });
    expect(jilin.error.map((e) => e.severity)).toEqual(['error', 'warning', 'info']);
    expect(jilin.error[1].message).toBe('来源写作「来源：CRI」，国际在线要求的写法是「来源:国际在线」（第3条）');
  });

  it('keeps a message with %, : and a newline intact', () => {
    const message = checkstyle().file?.[0].error[0].message;
    expect(message).toBe(`${sampleResults().findings[0].message}（第3条）`);
    expect(message).toContain('87%: 近乎全文转载');
  });

  it('reports a file error at its position', () => {
    const broken = checkstyle().file?.[2];
    expect(broken?.error[0]).toEqual({
      line: '3', column: '7', severity: 'error', message: sampleResults().errors[0].message, source: 'laiyuan.file-error',
    });
  });

  it('escapes quotes, ampersands and angle brackets', () => {
    const results = sampleResults();
    results.findings[3].message = '来源写作 "来源：CRI" & <b>CRI</b>';
    expect(checkstyle(results).file?.[1].error[1].message).toBe('来源写作 "来源：CRI" & <b>CRI</b>（第3条）');
  });

  it('writes an empty report for a clean check', () => {
    const root = checkstyle({ ...sampleResults(), findings: [], errors: [] });
    expect(root.file).toBeUndefined();
  });
});
