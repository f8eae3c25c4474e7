import { describe, expect, it } from 'vitest';
import { formatJunit, junitChunks } from '../../src/formats/junit.js';
import { BROKEN_FILE, JILIN_FILE, REPRINT_FILE, sampleOptions, sampleResults } from './sample-results.js';
import { parseXml } from './xml-parse.js';

interface Failure { message: string; type: string; '#text': string }
interface TestCase { name: string; classname: string; failure?: Failure; error?: Failure }
interface TestSuite { name: string; tests: string; failures: string; errors: string; testcase?: TestCase[] }
interface TestSuites { name: string; tests: string; failures: string; errors: string; testsuite: TestSuite[] }

function junit(results = sampleResults()): TestSuites {
  const doc = parseXml(formatJunit(results, sampleOptions()), ['testsuite', 'testcase']);
  return doc.testsuites as TestSuites;
}

describe('junit formatter', () => {
  it('writes well-formed XML with an XML declaration', () => {
    const xml = formatJunit(sampleResults(), sampleOptions());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
  });

  it('counts tests, failures and errors for the run', () => {
    const root = junit();
    expect(root).toMatchObject({ name: 'laiyuan', tests: '7', failures: '5', errors: '1' });
    expect(root.testsuite.map((s) => s.name)).toEqual([REPRINT_FILE, JILIN_FILE, BROKEN_FILE, 'laiyuan']);
  });

  it('has a suite per file with a failing case per finding', () => {
    const [reprint, jilin] = junit().testsuite;
    expect(reprint).toMatchObject({ tests: '2', failures: '2', errors: '0' });
    expect(jilin).toMatchObject({ tests: '3', failures: '3', errors: '0' });
    expect(jilin.testcase?.map((c) => c.name)).toEqual(['missing-attribution 3:3', 'nonstandard-attribution 9:1', 'out-of-scope 10:3']);
    for (const c of jilin.testcase ?? []) expect(c.classname).toBe(JILIN_FILE);
  });

  it('keeps Chinese, the newline, % and : of a message intact in the failure', () => {
    const finding = sampleResults().findings[0];
    const failure = junit().testsuite[0].testcase?.[0].failure;
    expect(failure?.type).toBe('wrong-source');
    expect(failure?.message).toBe(finding.message);
    const body = failure?.['#text'] ?? '';
    expect(body.startsWith(`${REPRINT_FILE}:4:1 error wrong-source\n${finding.message}\n`)).toBe(true);
    expect(body).toContain('第3条：「“国际在线”自有版权信息');
    expect(body).toContain('来源标注：现为 来源：新华网，应为 来源:国际在线');
    expect(body).toContain(`处理：${finding.remedy}`);
    expect(body).toContain(finding.docs);
  });

  it('reports a file error as an error case in its own suite', () => {
    const broken = junit().testsuite[2];
    expect(broken).toMatchObject({ tests: '1', failures: '0', errors: '1' });
    const error = broken.testcase?.[0].error;
    expect(error?.type).toBe('file-error');
    expect(error?.message).toBe(sampleResults().errors[0].message);
    expect(broken.testcase?.[0].name).toBe(`file error ${BROKEN_FILE}:3:7`);
  });

  it('passes the files checked without findings in one case', () => {
    const clean = junit().testsuite[3];
    expect(clean).toMatchObject({ tests: '1', failures: '0', errors: '0' });
    expect(clean.testcase?.[0].name).toBe('3 files checked without findings');
    expect(clean.testcase?.[0].failure).toBeUndefined();
  });

  it('escapes markup in messages and paths', () => {
    const results = sampleResults();
    results.findings[0].message = '标题含 <script> & “引号” 与 \'单引号\'';
    results.findings[0].file = 'news/a&b<c>.md';
    const suite = junit(results).testsuite[0];
    expect(suite.name).toBe('news/a&b<c>.md');
    expect(suite.testcase?.[0].failure?.message).toBe(results.findings[0].message);
    expect(suite.testcase?.[0].failure?.['#text']).toContain('标题含 <script> & “引号”');
  });

  it('writes one passing suite for a clean run', () => {
    const results = { ...sampleResults(), findings: [], errors: [], summary: { filesChecked: 12, filesWithFindings: 0, errors: 0, warnings: 0, infos: 0 } };
    const root = junit(results);
    expect(root).toMatchObject({ tests: '1', failures: '0', errors: '0' });
    expect(root.testsuite).toHaveLength(1);
    expect(root.testsuite[0].testcase?.[0].name).toBe('12 files checked without findings');
  });
  it('comes in a piece a suite, and counts in its opening every case the suites hold', () => {
    const one = sampleResults();
    // 3,000 findings over 600 files, every checked file with findings: no clean suite
    const many = {
      ...one,
      summary: { ...one.summary, filesChecked: 601, filesWithFindings: 601 },
      findings: Array.from({ length: 3000 }, (_, i) => ({ ...one.findings[i % one.findings.length], file: `稿件/第${i % 600}篇.txt` })),
    };
    for (const results of [one, many, { ...one, findings: [], errors: [] }]) {
      const pieces = [...junitChunks(results, sampleOptions())];
      const xml = pieces.join('');
      const root = parseXml(xml, ['testsuite', 'testcase']).testsuites as TestSuites;
      const cases = root.testsuite.reduce((n, suite) => n + (suite.testcase?.length ?? 0), 0);
      expect(root.tests).toBe(String(cases));
      expect(xml.match(/<testcase /g)).toHaveLength(cases);
      expect(pieces).toHaveLength(root.testsuite.length + 2);
    }
  });
});
