// A run that neither fixes nor caches settles each file's check as soon as it is done: its
// suppressions applied, its documents let go, and (for formats that never read them) its findings'
// excerpts, fixes and passages line by line dropped. Its reports must be what they were when the
// whole checks were kept to the end.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFilters, settleCheck } from '../../src/cli/check-filters.js';
import { leanFinding } from '../../src/formats/lean.js';
import { FORMAT_NAMES, loadFormatter, REPORT_FORMATS, type FormatName } from '../../src/formats/names.js';
import { checkFiles } from '../../src/io/check-files.js';
import { toResults, type CheckOptions, type FileCheck } from '../../src/io/file-check.js';
import { loadProject, type LoadedProject } from '../../src/io/project.js';
import { RULES } from '../../src/rules/index.js';
import { makeWorkspace, REPRINTS, ROOT, type Workspace } from './workspace.js';

const ORIGINAL = readFileSync(path.join(ROOT, 'fixtures/negatives/same-event-13-yijian-sixing.txt'), 'utf8');
const REUSED = [REPRINTS.none, REPRINTS.alias, REPRINTS.wrongHtml, REPRINTS.noneCrlf, REPRINTS.zhuanzai];

let ws: Workspace;
let loaded: LoadedProject;
const files: string[] = [];
const options = (): CheckOptions => ({ cwd: ws.dir, version: '0.0.0', date: '2023-01-01' });

beforeAll(async () => {
  const content: Record<string, string> = {};
  REUSED.forEach((fixture, i) => (content[`content/r${i}${path.extname(fixture)}`] = fixture));
  ws = makeWorkspace({ content });
  // a reprint silenced whole, one with a directive that gives no reason (a finding of its own), an original with an unused one
  ws.write('content/s1.txt', `<!-- laiyuan-disable-file -- 已获授权 -->\n${ws.read('content/r0.txt').toString('utf8')}`);
  ws.write('content/s2.txt', `<!-- laiyuan-disable-file -->\n${ws.read('content/r1.txt').toString('utf8')}`);
  ws.write('content/o1.txt', `${ORIGINAL}\n<!-- laiyuan-disable-next-line missing-attribution -- 本站原创 -->\n`);
  files.push(...Object.keys(content), 'content/s1.txt', 'content/s2.txt', 'content/o1.txt');
  const project = await loadProject({ cwd: ws.dir, rules: RULES });
  if (!project.ok) throw new Error(JSON.stringify(project.errors));
  loaded = project.value;
});

afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

async function report(checks: FileCheck[], format: FormatName, reportUnused: boolean): Promise<string> {
  const filtered = await applyFilters(checks, { flags: { reportUnusedDisableDirectives: reportUnused }, cwd: ws.dir }, loaded.project);
  const results = toResults(filtered, [], '0.0.0');
  return (await loadFormatter(format))(results, { color: false, cwd: ws.dir, rules: [], evidence: true });
}

describe('settled checks', () => {
  it.each([false, true])('give the same JSON, JUnit, Checkstyle and GitHub reports as whole checks (--report-unused-disable-directives: %s)', async (reportUnused) => {
    const whole = await checkFiles(files, loaded.project, options());
    const settled = await checkFiles(files, loaded.project, { ...options(), settle: settleCheck({ reportUnusedDisableDirectives: reportUnused }, loaded.project, true) });
    expect(settled.every((c) => c.documents.length === 0)).toBe(true);
    expect(whole.some((c) => c.documents.length > 0)).toBe(true);
    const json = await report(whole, 'json', reportUnused);
    const findings = (JSON.parse(json) as { findings: Array<{ file: string; ruleId: string }> }).findings;
    expect(findings.filter((f) => f.file === 'content/s1.txt')).toEqual([]);
    expect(findings.some((f) => f.file === 'content/s2.txt' && f.ruleId === 'laiyuan-directive')).toBe(true);
    expect(findings.some((f) => f.file === 'content/o1.txt')).toBe(reportUnused);
    for (const format of ['json', 'junit', 'checkstyle', 'github'] as const) {
      expect(await report(settled, format, reportUnused)).toBe(await report(whole, format, reportUnused));
    }
  });

  it.each([false, true])('let go in the check itself, as a worker thread is told (letGo), give the same reports (--report-unused-disable-directives: %s)', async (reportUnused) => {
    const settle = settleCheck({ reportUnusedDisableDirectives: reportUnused }, loaded.project, true);
    const whole = await checkFiles(files, loaded.project, options());
    const bare = await checkFiles(files, loaded.project, { ...options(), letGo: { documents: true, findings: true } });
    // before settling, only the files with a laiyuan- directive keep their documents, and no finding its excerpt, fix or lines
    expect(bare.filter((c) => c.documents.length > 0).map((c) => c.file)).toEqual(['content/s1.txt', 'content/s2.txt', 'content/o1.txt']);
    expect(whole.flatMap((c) => c.findings).some((f) => f.excerpt && f.reuse?.passages.some((p) => p.lines))).toBe(true);
    expect(bare.flatMap((c) => c.findings).some((f) => f.excerpt || f.fix || f.reuse?.passages.some((p) => p.lines))).toBe(false);
    expect(bare.map((c) => c.findings)).toEqual(whole.map((c) => c.findings.map(leanFinding)));
    // settled again (a worker's check settled on the main thread), a lean finding is not copied
    for (const f of bare.flatMap((c) => c.findings)) expect(leanFinding(f)).toBe(f);
    for (const format of ['json', 'junit', 'checkstyle', 'github'] as const) {
      expect(await report(bare.map(settle), format, reportUnused)).toBe(await report(whole, format, reportUnused));
    }
  });

  it('would change the formats left out of the lean ones: they read what leanFinding drops', async () => {
    const whole = await checkFiles(files, loaded.project, options());
    const lean = whole.map((c) => ({ ...c, findings: c.findings.map(leanFinding) }));
    const others = FORMAT_NAMES.filter((f) => !['json', 'junit', 'checkstyle', 'github'].includes(f) && !REPORT_FORMATS.includes(f) && f !== 'rdjson');
    expect(others).toEqual(['pretty', 'sarif']);
    for (const format of others) expect(await report(lean, format, false)).not.toBe(await report(whole, format, false));
  });
});
