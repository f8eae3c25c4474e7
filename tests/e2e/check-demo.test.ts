// `laiyuan check` as users run it: the built CLI (dist/, built by the vitest globalSetup) on the demo site.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckResults } from '../../src/core/judge/types.js';
import type { Severity } from '../../src/core/shared/types.js';
import { FORMAT_NAMES } from '../../src/formats/names.js';
import { ROOT } from '../helpers/corpus.js';
import { openToAll, worldReadableInstall } from '../helpers/world-readable.js';
import { expectRemedyTail, noticeClause } from '../rules/harness.js';

const MAIN = path.join(ROOT, 'dist/cli/main.js');
const DEMO = 'fixtures/demo';
const NOBODY = 65534;

interface Expected {
  file: string;
  ruleId: string;
  severity: Severity;
  line: number;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const EXPECTED = JSON.parse(readFileSync(path.join(ROOT, DEMO, 'expected.json'), 'utf8')) as Expected[];
const CONTENT = filesUnder(path.join(ROOT, DEMO, 'content')).map((f) => path.relative(path.join(ROOT, DEMO), f).split(path.sep).join('/'));
const VIOLATING = new Set(EXPECTED.map((e) => e.file));
const CLEAN = CONTENT.filter((f) => !VIOLATING.has(f));
const WARNING_ONLY = [...new Set(EXPECTED.map((e) => e.file))].filter((f) => EXPECTED.every((e) => e.file !== f || e.severity === 'warning'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)])).sort();
}

function laiyuan(args: string[], cwd = ROOT, extra: SpawnSyncOptions = {}, main = MAIN): Run {
  const run = spawnSync(process.execPath, [main, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LAIYUAN_DEBUG: '', NO_COLOR: '1' }, ...extra });
  const result = { code: run.status, stdout: String(run.stdout), stderr: String(run.stderr) };
  expect(result.stderr, 'no stack trace on stderr').not.toMatch(/^\s+at |node:internal|Error: .*\n\s+at /mu);
  return result;
}

function json(run: Run): Results {
  return JSON.parse(run.stdout) as Results;
}

/** The JSON as parsed: CheckResults, with null where a value is absent. */
type Results = CheckResults;

/** Findings as the demo's expected.json writes them: paths relative to the demo folder, in a stable order. */
function asExpected(results: Results, prefix = `${DEMO}/`): Expected[] {
  return results.findings
    .map((f) => ({ file: f.file.startsWith(prefix) ? f.file.slice(prefix.length) : f.file, ruleId: f.ruleId, severity: f.severity, line: f.line }))
    .sort(byPlace);
}

function byPlace(a: Expected, b: Expected): number {
  return a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.line - b.line;
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A site folder of its own: the demo's config (corpus pointing at the demo corpus) and the given demo files. */
function site(files: readonly string[], config?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-e2e-'));
  temps.push(dir);
  chmodSync(dir, 0o755);
  const demoConfig = readFileSync(path.join(ROOT, DEMO, 'laiyuan.yaml'), 'utf8');
  writeFileSync(path.join(dir, 'laiyuan.yaml'), config ?? demoConfig.replace('    - corpus/', `    - ${JSON.stringify(path.join(ROOT, DEMO, 'corpus'))}`));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true, mode: 0o755 });
    cpSync(path.join(ROOT, DEMO, file), path.join(dir, file));
  }
  return dir;
}

describe('laiyuan check fixtures/demo', () => {
  it('the demo has at least 15 articles and a finding of every rule', () => {
    expect(CONTENT.length).toBeGreaterThanOrEqual(15);
    expect(new Set(EXPECTED.map((e) => e.ruleId))).toEqual(new Set(['unauthorized-reuse', 'out-of-scope', 'missing-attribution', 'wrong-source', 'nonstandard-attribution']));
    expect(CLEAN.length).toBeGreaterThanOrEqual(5);
  });

  it('prints findings for exactly the violating files and exits 1', () => {
    const run = laiyuan(['check', DEMO]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const headers = run.stdout.split('\n').filter((l) => l.startsWith(`${DEMO}/`));
    expect(new Set(headers.map((l) => l.trim().slice(DEMO.length + 1)))).toEqual(VIOLATING);
    for (const file of CLEAN) expect(run.stdout).not.toContain(file);
    for (const e of EXPECTED) expect(run.stdout).toContain(e.ruleId);
  });

  it('reports exactly the (file, rule, severity, line) of fixtures/demo/expected.json', () => {
    const run = laiyuan(['check', DEMO, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(asExpected(json(run))).toEqual([...EXPECTED].sort(byPlace));
  });

  it('finds the same from inside the demo folder, with paths relative to it', () => {
    const run = laiyuan(['check', '--format', 'json'], path.join(ROOT, DEMO));
    expect(run.code).toBe(1);
    expect(asExpected(json(run), '')).toEqual([...EXPECTED].sort(byPlace));
  });
});

describe('the JSON contract', () => {
  const run = laiyuan(['check', DEMO, '--format', 'json']);
  const results = json(run);

  it('has exactly the documented keys, in order, at every level', () => {
    expect(Object.keys(results)).toEqual(['version', 'tool', 'summary', 'findings', 'errors']);
    expect(Object.keys(results.tool)).toEqual(['name', 'version']);
    expect(Object.keys(results.summary)).toEqual(['filesChecked', 'filesWithFindings', 'errors', 'warnings', 'infos']);
    expect(results.findings.length).toBeGreaterThan(0);
    for (const f of results.findings) {
      expect(Object.keys(f)).toEqual([
        'ruleId', 'severity', 'pack', 'file', 'line', 'column', 'endLine', 'endColumn', 'message', 'clause', 'source', 'reuse', 'attribution', 'remedy', 'fingerprint', 'docs', 'document',
      ]);
      expect(Object.keys(f.clause)).toEqual(['number', 'text']);
      expect(Object.keys(f.attribution)).toEqual(['claimed', 'expected']);
      if (f.source) expect(Object.keys(f.source)).toEqual(['articleId', 'title', 'file', 'url', 'date', 'origin', 'record', 'alsoIn']);
      if (f.reuse) {
        expect(Object.keys(f.reuse)).toEqual(['kind', 'coverage', 'similarity', 'passages', 'docCoverage']);
        for (const p of f.reuse.passages) {
          expect(Object.keys(p)).toEqual(['line', 'column', 'endLine', 'endColumn', 'sourceLine', 'sourceColumn', 'sourceEndLine', 'sourceEndColumn', 'similarity', 'text', 'sourceText']);
        }
      }
      expect(Object.keys(f.document ?? {})).toEqual(['id', 'title', 'date', 'url', 'record']);
    }
  });

  it('names the tool and version, and sums up the run', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(results.version).toBe(1);
    expect(results.tool).toEqual({ name: 'laiyuan', version: pkg.version });
    expect(results.summary).toEqual({
      filesChecked: CONTENT.length,
      filesWithFindings: VIOLATING.size,
      errors: EXPECTED.filter((e) => e.severity === 'error').length,
      warnings: EXPECTED.filter((e) => e.severity === 'warning').length,
      infos: 0,
    });
    expect(results.errors).toEqual([]);
  });

  it('gives every finding its clause word for word, its evidence and a remedy', () => {
    for (const f of results.findings) {
      const where = `${f.file} ${f.ruleId}`;
      expect(f.pack, where).toBe('cri');
      expect(f.clause.text, where).toBe(noticeClause(f.clause.number));
      expectRemedyTail(f);
      expect(f.docs, where).toMatch(new RegExp(`/${f.ruleId}\\.md$`));
      expect(f.fingerprint, where).toMatch(/^[0-9a-f]{8,}$/);
      expect(f.endLine * 1e6 + f.endColumn, where).toBeGreaterThanOrEqual(f.line * 1e6 + f.column);
      expect(f.message.length, where).toBeGreaterThan(10);
    }
  });

  it('ties each reuse to a corpus page and to lines that exist on both sides', () => {
    const withReuse = results.findings.filter((f) => f.reuse);
    expect(withReuse.length).toBe(results.findings.length - 1); // only the 国际在线北京消息 lead reuses no article
    for (const f of withReuse) {
      const source = f.source;
      if (!source) throw new Error(`${f.file}: a reuse without its source`);
      const page = readFileSync(path.join(ROOT, source.file), 'utf8');
      const docLines = readFileSync(path.join(ROOT, f.file), 'utf8').split(/\r\n|\n/).length;
      const sourceLines = page.split(/\r\n|\n/).length;
      expect(source.file).toBe(`${DEMO}/corpus/${source.articleId}.txt`);
      expect(page).toContain(`来源:${source.origin}`);
      expect(page).toContain(source.title);
      expect(['reprint', 'excerpt', 'edited']).toContain(f.reuse?.kind);
      expect(f.reuse?.coverage).toBeGreaterThan(0);
      expect(f.reuse?.coverage).toBeLessThanOrEqual(1);
      for (const p of f.reuse?.passages ?? []) {
        expect(p.endLine).toBeLessThanOrEqual(docLines);
        expect(p.sourceEndLine).toBeLessThanOrEqual(sourceLines);
        expect(p.similarity).toBeGreaterThan(0);
        expect(p.similarity).toBeLessThanOrEqual(1);
      }
    }
  });

  it('says whose content each finding is about and what to write', () => {
    const get = (file: string, ruleId: string) => results.findings.find((f) => f.file === `${DEMO}/${file}` && f.ruleId === ruleId);
    expect(get('content/news/2022-03-jilin-zhenxing-xindongneng.html', 'missing-attribution')).toMatchObject({
      clause: { number: 4 },
      source: { articleId: 'cri-page-jilin-2022-03-04', origin: '吉林日报' },
      attribution: { claimed: null, expected: '来源:吉林日报' },
    });
    expect(get('content/licensed/2024-04-lishu-moshi-heitudi.md', 'nonstandard-attribution')).toMatchObject({
      attribution: { claimed: '来源：CRI', expected: '来源:国际在线' },
    });
    expect(get('content/news/2024-08-beijing-gongyuan-yeye.md', 'unauthorized-reuse')).toMatchObject({ source: null, reuse: null, clause: { number: 3 } });
    expect(get('content/licensed/2027-01-chengdu-tianfu-jichang.html', 'out-of-scope')?.message).toContain('2027-01-04');
  });
});

describe('exit codes', () => {
  it('0 for a folder with only clean articles', () => {
    const dir = site(CLEAN);
    const run = laiyuan(['check', '.', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    expect(json(run).findings).toEqual([]);
    expect(json(run).summary.filesChecked).toBe(CLEAN.length);
    const pretty = laiyuan(['check', '.'], dir);
    expect(pretty.code).toBe(0);
    for (const file of CLEAN) expect(pretty.stdout).not.toContain(file);
  });

  it('2 for a path that does not exist, one line on standard error naming it, and nothing checked (ESLint: No files matching the pattern)', () => {
    const missing = `${DEMO}/content/不存在.md`;
    const run = laiyuan(['check', DEMO, missing, '--format', 'json']);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `laiyuan: ${missing}: no such file or directory: check the path, or pass an existing file or folder\n`]);
  });

  it('2 for a broken laiyuan.yaml: each error on one line with line and column, nothing on stdout', () => {
    const broken = ['packs: [cri]', 'licences:', '  - publisher: cri', '    licensee: 示例新闻网', '    actions: [转载, 翻译]', '    validTo: 2026-13-01', ''].join('\n');
    const dir = site(['content/licensed/2024-04-rouxing-gaitaikuang-dianchi.md'], broken);
    const run = laiyuan(['check', 'content'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^laiyuan: laiyuan\.yaml:5:\d+: .*翻译.*\(licences\[0\]\.actions\[1\]\)$/u);
    expect(lines[1]).toMatch(/^laiyuan: laiyuan\.yaml:6:\d+: .*2026-13-01.*\(licences\[0\]\.validTo\)$/u);
  });

  it('2 for YAML that does not parse', () => {
    const dir = site([], 'packs: [cri\ncorpus:\n');
    const run = laiyuan(['check', '.'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^laiyuan: laiyuan\.yaml:\d+:\d+: YAML syntax error/u);
  });

  it('2 for a file that cannot be read, and the other files are still reported', () => {
    const violating = 'content/news/2022-03-jilin-zhenxing-xindongneng.html';
    const dir = site([violating, ...CLEAN.slice(0, 2)], readFileSync(path.join(ROOT, DEMO, 'laiyuan.yaml'), 'utf8'));
    cpSync(path.join(ROOT, DEMO, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
    openToAll(dir);
    const locked = path.join(dir, 'content/news/locked.txt');
    writeFileSync(locked, '吉林省领导赴京会谈\n来源：吉林日报\n');
    chmodSync(locked, 0o000);
    // root reads any file: run as nobody, for whom the lock holds, with a copy of the CLI that
    // nobody can reach wherever the clone is
    const asRoot = process.getuid?.() === 0;
    const install = asRoot ? worldReadableInstall() : undefined;
    let run: Run;
    try {
      run = laiyuan(['check', '.', '--format', 'json'], dir, asRoot ? { uid: NOBODY, gid: NOBODY } : {}, install?.main);
    } finally {
      install?.remove();
    }
    expect(run.code).toBe(2);
    const results = json(run);
    expect(results.errors).toEqual([{ file: 'content/news/locked.txt', line: null, column: null, message: expect.stringMatching(/permission denied/) }]);
    expect(results.findings.map((f) => [f.file, f.ruleId])).toEqual([[violating, 'missing-attribution']]);
  });

  it('2 for an unknown format, --fail-on value or --date that is no calendar day, with a one-line message', () => {
    for (const args of [['--format', 'yaml'], ['--fail-on', 'sometimes'], ['--max-warnings', '-1'], ['--date', '2024-02-30'], ['--date', '2023-02-29']]) {
      const run = laiyuan(['check', DEMO, ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stdout).toBe('');
    }
  });
});

describe('gates: --fail-on, --max-warnings, --quiet', () => {
  const warningFiles = WARNING_ONLY.map((f) => `${DEMO}/${f}`);
  const warnings = EXPECTED.filter((e) => e.severity === 'warning').length;

  it('the demo has files whose only findings are warnings', () => {
    expect(warningFiles.length).toBeGreaterThanOrEqual(2);
  });

  it('warnings alone do not fail the run, unless --fail-on warning', () => {
    expect(laiyuan(['check', ...warningFiles]).code).toBe(0);
    expect(laiyuan(['check', ...warningFiles, '--fail-on', 'warning']).code).toBe(1);
    expect(laiyuan(['check', ...warningFiles, '--fail-on', 'info']).code).toBe(1);
  });

  it('--fail-on never passes the demo, and still reports every finding', () => {
    const run = laiyuan(['check', DEMO, '--fail-on', 'never', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(json(run).findings).toHaveLength(EXPECTED.length);
  });

  it('--max-warnings fails when there are more warnings than allowed', () => {
    expect(laiyuan(['check', DEMO, '--fail-on', 'never', '--max-warnings', String(warnings)]).code).toBe(0);
    expect(laiyuan(['check', DEMO, '--fail-on', 'never', '--max-warnings', String(warnings - 1)]).code).toBe(1);
  });

  it('--quiet reports errors only', () => {
    const run = laiyuan(['check', DEMO, '--quiet', '--format', 'json']);
    expect(run.code).toBe(1);
    const results = json(run);
    expect(asExpected(results)).toEqual(EXPECTED.filter((e) => e.severity === 'error').sort(byPlace));
    expect(results.summary.warnings).toBe(0);
    const quietWarnings = laiyuan(['check', ...warningFiles, '--quiet']);
    expect(quietWarnings.code).toBe(0);
    for (const file of warningFiles) expect(quietWarnings.stdout).not.toContain(file);
  });

  it('--quiet --fail-on warning fails on the warnings and lists them, in every format', () => {
    const pretty = laiyuan(['check', ...warningFiles, '--fail-on', 'warning', '-q']);
    expect(pretty.code).toBe(1);
    expect(pretty.stdout).not.toContain('no problems');
    expect(pretty.stdout).toContain(`✖ ${warningCount(warningFiles)} problems (0 errors, ${warningCount(warningFiles)} warnings)`);
    const results = json(laiyuan(['check', ...warningFiles, '--fail-on', 'warning', '-q', '--format', 'json']));
    expect(asExpected(results)).toEqual(EXPECTED.filter((e) => WARNING_ONLY.includes(e.file)).sort(byPlace));
    expect(results.summary.warnings).toBe(warningCount(warningFiles));
    for (const format of FORMAT_NAMES) expect(laiyuan(['check', ...warningFiles, '--fail-on', 'warning', '-q', '--format', format]).code, format).toBe(1);
    const github = laiyuan(['check', ...warningFiles, '--fail-on', 'warning', '--quiet', '--format', 'github']);
    expect(github.stdout.split('\n').filter((l) => l.startsWith('::warning '))).toHaveLength(warningCount(warningFiles));
    // the warnings -q hides are owned to, never "no problems"
    const hiding = laiyuan(['check', ...warningFiles, '--fail-on', 'never', '-q']).stdout;
    expect(hiding).not.toContain('no problems');
    expect(hiding).toContain(`✔ no errors (${warningFiles.length} files checked; ${warningCount(warningFiles)} warnings not shown with --quiet)`);
  });
});

function warningCount(files: string[]): number {
  return EXPECTED.filter((e) => files.includes(`${DEMO}/${e.file}`)).length;
}
