// JUnit XML: a test suite per file with findings or errors, a test case per finding; clean files pass in one suite.
import type { CheckResults, Finding } from '../core/judge/types.js';
import type { FileError } from '../core/read/types.js';
import type { FormatOptions } from './options.js';
import { relativePath } from './paths.js';
import { TOOL_NAME } from './tool.js';
import { XML_DECLARATION, xmlAttr, xmlText } from './xml.js';
import { clauseLine } from './clause.js';

interface Suite {
  findings: Finding[];
  errors: FileError[];
}

function suitesByFile(results: CheckResults, cwd: string): Map<string, Suite> {
  const suites = new Map<string, Suite>();
  const suite = (file: string): Suite => {
    const path = relativePath(file, cwd);
    let s = suites.get(path);
    if (!s) suites.set(path, (s = { findings: [], errors: [] }));
    return s;
  };
  for (const f of results.findings) suite(f.file).findings.push(f);
  for (const e of results.errors) suite(e.file).errors.push(e);
  return suites;
}

function failureBody(f: Finding, path: string, cwd: string): string {
  const lines = [`${path}:${f.line}:${f.column} ${f.severity} ${f.ruleId}`, f.message];
  const clause = clauseLine(f);
  if (clause) lines.push(clause);
  if (f.source) lines.push(`来源文章：${f.source.title}（${relativePath(f.source.file, cwd)}）`);
  if (f.attribution.claimed !== null || f.attribution.expected !== null) {
    const { claimed, expected: wanted } = f.attribution;
    // the same words claimed and expected: the message says what is wrong (where the line stands)
    const expected = wanted === null || wanted === claimed ? '' : `，应为 ${wanted}`;
    lines.push(`来源标注：现为 ${f.attribution.claimed ?? '（无）'}${expected}`);
  }
  lines.push(`处理：${f.remedy}`, f.docs);
  return lines.join('\n');
}

function findingCase(f: Finding, path: string, cwd: string): string {
  const name = `${f.ruleId} ${f.line}:${f.column}`;
  return [
    `    <testcase name="${xmlAttr(name)}" classname="${xmlAttr(path)}">`,
    `      <failure message="${xmlAttr(f.message)}" type="${xmlAttr(f.ruleId)}">${xmlText(failureBody(f, path, cwd))}</failure>`,
    '    </testcase>',
  ].join('\n');
}

function errorCase(e: FileError, path: string): string {
  const at = [path, e.line, e.column].filter((x) => x !== undefined).join(':');
  return [
    `    <testcase name="${xmlAttr(`file error ${at}`)}" classname="${xmlAttr(path)}">`,
    `      <error message="${xmlAttr(e.message)}" type="file-error">${xmlText(`${at} ${e.message}`)}</error>`,
    '    </testcase>',
  ].join('\n');
}

function suiteXml(name: string, tests: number, failures: number, errors: number, cases: string[]): string {
  const open = `  <testsuite name="${xmlAttr(name)}" tests="${tests}" failures="${failures}" errors="${errors}">`;
  return cases.length > 0 ? [open, ...cases, '  </testsuite>'].join('\n') : open.replace(/>$/, '/>');
}

/** Checked files without findings, as one passing case (the results do not name them). */
function cleanSuite(results: CheckResults): string | undefined {
  const clean = Math.max(0, results.summary.filesChecked - results.summary.filesWithFindings);
  if (clean === 0 && (results.findings.length > 0 || results.errors.length > 0)) return undefined;
  const name = `${clean} ${clean === 1 ? 'file' : 'files'} checked without findings`;
  return suiteXml(TOOL_NAME, 1, 0, 0, [`    <testcase name="${xmlAttr(name)}" classname="${TOOL_NAME}"/>`]);
}

export function formatJunit(results: CheckResults, options: FormatOptions): string {
  return [...junitChunks(results, options)].join('');
}

/** formatJunit's text in pieces: the opening, then a suite a piece, then the close. */
export function* junitChunks(results: CheckResults, options: FormatOptions): Generator<string> {
  const clean = cleanSuite(results);
  // a case for each finding and each file error, and one for the clean files
  const total = results.findings.length + results.errors.length + (clean ? 1 : 0);
  yield `${XML_DECLARATION}\n<testsuites name="${TOOL_NAME}" tests="${total}" failures="${results.findings.length}" errors="${results.errors.length}">\n`;
  for (const [path, s] of suitesByFile(results, options.cwd)) {
    const cases = [...s.findings.map((f) => findingCase(f, path, options.cwd)), ...s.errors.map((e) => errorCase(e, path))];
    yield `${suiteXml(path, cases.length, s.findings.length, s.errors.length, cases)}\n`;
  }
  if (clean) yield `${clean}\n`;
  yield '</testsuites>\n';
}
