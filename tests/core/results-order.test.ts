import { describe, expect, it } from 'vitest';
import { toResults, type FileCheck } from '../../src/io/file-check.js';
import { sampleResults } from '../formats/sample-results.js';

describe('results', () => {
  it('list each file\'s findings by position, as a reader goes down the page', () => {
    const [first, second] = sampleResults().findings;
    const late = { ...first, line: 7, column: 3 };
    const early = { ...second, file: first.file, line: 4, column: 9 };
    const check: FileCheck = { file: first.file, documents: [], documentCount: 1, findings: [late, early], errors: [] };
    expect(toResults([check], [], '0.1.0').findings.map((f) => `${f.line}:${f.column}`)).toEqual(['4:9', '7:3']);
  });
});
