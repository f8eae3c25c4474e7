import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { formatSarif, sarifChunks } from '../../src/formats/sarif.js';
import { BROKEN_FILE, CWD, JILIN_FILE, REPRINT_FILE, RULE_METAS, sampleOptions, sampleResults } from './sample-results.js';

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;

/** URIs in SARIF are RFC 3986 references: ASCII only, no spaces, parseable against a base. */
function isUriReference(value: string): boolean {
  return /^[\x21-\x7e]*$/.test(value) && URL.canParse(value, 'file:///base/');
}

const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
ajv.addFormat('uri', (v: string) => isUriReference(v) && URL.canParse(v));
ajv.addFormat('uri-reference', isUriReference);
ajv.addFormat('date-time', (v: string) => !Number.isNaN(Date.parse(v)));
const validate = ajv.compile(schema);

function sarif(results = sampleResults(), cwd = CWD): { log: Sarif.Log; run: Sarif.Run; results: Sarif.Result[] } {
  const log = JSON.parse(formatSarif(results, { ...sampleOptions(), cwd })) as Sarif.Log;
  return { log, run: log.runs[0], results: log.runs[0].results ?? [] };
}

function expectValid(log: Sarif.Log): void {
  const ok = validate(log);
  expect(ajv.errorsText(validate.errors)).toBe('No errors');
  expect(ok).toBe(true);
}

function location(result: Sarif.Result): Sarif.PhysicalLocation {
  const physical = result.locations?.[0].physicalLocation;
  if (!physical) throw new Error('result without a physical location');
  return physical;
}

describe('sarif formatter', () => {
  it('validates against the OASIS SARIF 2.1.0 schema', () => {
    const { log } = sarif();
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expectValid(log);
  });

  it('the schema check does fail on a broken log', () => {
    const { log } = sarif();
    const broken = structuredClone(log) as unknown as { runs: { results: { level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    broken.runs[0].results[0].level = 'fatal';
    broken.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.length).toBeGreaterThanOrEqual(2);
  });

  it('describes every rule in the driver', () => {
    const { run } = sarif();
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: 'laiyuan', version: '0.1.0', informationUri: 'https://github.com/laiyuan-cli/laiyuan' });
    expect(driver.rules?.map((r) => r.id)).toEqual(RULE_METAS.map((r) => r.id));
    RULE_METAS.forEach((meta, i) => {
      const rule = driver.rules?.[i];
      expect(rule?.shortDescription?.text).toBe(meta.description);
      expect(rule?.fullDescription?.text).toContain(meta.description);
      expect(rule?.help?.text).toContain(meta.docs);
      expect(rule?.help?.markdown).toContain(`](${meta.docs})`);
      expect(rule?.helpUri).toBe(meta.docs);
      expect(rule?.defaultConfiguration?.level).toBe(meta.defaultSeverity === 'info' ? 'note' : meta.defaultSeverity);
    });
  });

  it('points each result at its rule, with the level of its severity', () => {
    const { run, results } = sarif();
    expect(results.map((r) => r.ruleId)).toEqual(sampleResults().findings.map((f) => f.ruleId));
    for (const r of results) expect(run.tool.driver.rules?.[r.ruleIndex ?? -1]?.id).toBe(r.ruleId);
    expect(results.map((r) => r.level)).toEqual(['error', 'error', 'error', 'warning', 'note']);
    expect(results[0].message.text).toBe(sampleResults().findings[0].message);
  });

  it('locates results relative to %SRCROOT% with code-point columns', () => {
    const { log, run, results } = sarif();
    expect(run.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe('file:///home/editor/site/');
    expect(run.columnKind).toBe('unicodeCodePoints');
    const reprint = location(results[1]);
    expect(reprint.artifactLocation?.uriBaseId).toBe('%SRCROOT%');
    expect(decodeURIComponent(reprint.artifactLocation?.uri ?? '')).toBe(REPRINT_FILE);
    expect(reprint.artifactLocation?.uri).toBe('news/%E5%9B%BD%E9%99%85/2022-03-04-%E4%B8%9C%E5%8D%9A%E4%BC%9A.md');
    expect(reprint.region).toEqual({ startLine: 7, startColumn: 3, endLine: 7, endColumn: sampleResults().findings[1].endColumn });
    expect(decodeURIComponent(location(results[2]).artifactLocation?.uri ?? '')).toBe(JILIN_FILE);
    expectValid(log);
  });

  it('adds the source passages, then the document\'s passages, as related locations', () => {
    const { results } = sarif();
    const related = results[1].relatedLocations ?? [];
    const passages = sampleResults().findings[1].reuse?.passages ?? [];
    expect(related).toHaveLength(4);
    expect(related.map((loc) => loc.id)).toEqual([0, 1, 2, 3]);
    related.slice(2).forEach((loc, i) => {
      expect(loc.message?.text).toBe(`reused passage ${i + 1}/2`);
      expect(decodeURIComponent(loc.physicalLocation?.artifactLocation?.uri ?? '')).toBe(REPRINT_FILE);
      expect(loc.physicalLocation?.region).toEqual({ startLine: passages[i].line, startColumn: passages[i].column, endLine: passages[i].endLine, endColumn: passages[i].endColumn });
    });
    related.slice(0, 2).forEach((loc, i) => {
      expect(loc.message?.text).toBe('source passage');
      expect(decodeURIComponent(loc.physicalLocation?.artifactLocation?.uri ?? '')).toBe('fixtures/corpus/cri/cri-06-zhongguo-dongmeng-bolanhui.txt');
      expect(loc.physicalLocation?.region).toEqual({
        startLine: passages[i].sourceLine, startColumn: passages[i].sourceColumn,
        endLine: passages[i].sourceEndLine, endColumn: passages[i].sourceEndColumn,
      });
    });
    expect(results[3].relatedLocations).toBeUndefined();
  });

  it('carries fingerprints and the laiyuan properties', () => {
    const { results } = sarif();
    expect(results[1].partialFingerprints).toEqual({ 'laiyuan/v1': '9f2c41d07ab35e66' });
    expect(results[1].properties).toMatchObject({
      pack: 'cri',
      clause: { number: 2 },
      attribution: { claimed: '来源：新华网', expected: null },
      reuse: { kind: 'reprint', passages: 2 },
    });
    expect(results[2].properties?.remedy).toContain('在标题下方加上「来源：吉林日报」');
    expect((results[1].properties?.clause as { text: string }).text).toContain('“来源:国际在线”');
  });

  it('reports file errors as tool execution notifications, the execution unsuccessful', () => {
    const { run } = sarif();
    const invocation = run.invocations?.[0];
    expect(invocation?.executionSuccessful).toBe(false);
    const notes = invocation?.toolExecutionNotifications ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0].level).toBe('error');
    expect(notes[0].message.text).toContain('无法按 GB18030 解码');
    const where = notes[0].locations?.[0].physicalLocation;
    expect(where?.artifactLocation?.uri).toBe('%E7%A8%BF%E4%BB%B6/%E6%97%A7%E7%A8%BF%20gbk.txt');
    expect(where?.region).toEqual({ startLine: 3, startColumn: 7 });
  });

  it('comes in pieces that joined are the log as one JSON.stringify writes it: none, some or 3,000 results', () => {
    const one = sampleResults();
    const many = { ...one, findings: Array.from({ length: 3000 }, (_, i) => one.findings[i % one.findings.length]) };
    for (const results of [one, many, { ...one, findings: [] }, { ...one, findings: [], errors: [] }]) {
      const pieces = [...sarifChunks(results, sampleOptions())];
      const whole = pieces.join('');
      // the results four levels in, indented as they stand: the text of the parsed log stringified again
      expect(whole).toBe(`${JSON.stringify(JSON.parse(whole), null, 2)}\n`);
      expect((JSON.parse(whole) as Sarif.Log).runs[0].results).toHaveLength(results.findings.length);
      if (results === many) {
        expect(pieces.length).toBeGreaterThan(3000 / 64);
        expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(whole.length / 20);
      }
    }
  });

  it('calls the execution successful when the run does not end with exit code 2 (--no-error-on-unreadable), or has no error', () => {
    const withExit = (exitCode: number) => JSON.parse(formatSarif(sampleResults(), { ...sampleOptions(), exitCode })) as Sarif.Log;
    expect(withExit(1).runs[0].invocations?.[0].executionSuccessful).toBe(true);
    expect(withExit(2).runs[0].invocations?.[0].executionSuccessful).toBe(false);
    const clean = { ...sampleResults(), errors: [] };
    expect((JSON.parse(formatSarif(clean, sampleOptions())) as Sarif.Log).runs[0].invocations?.[0].executionSuccessful).toBe(true);
  });

  it('makes absolute paths relative to the cwd, and leaves outside files absolute', () => {
    const results = sampleResults();
    results.findings[0].file = `${CWD}/${REPRINT_FILE}`;
    results.findings[2].file = '/srv/其他/吉林会谈.txt';
    const out = sarif(results, `${CWD}/`);
    expect(location(out.results[0]).artifactLocation).toEqual({ uri: location(out.results[1]).artifactLocation?.uri, uriBaseId: '%SRCROOT%' });
    expect(location(out.results[2]).artifactLocation).toEqual({ uri: 'file:///srv/%E5%85%B6%E4%BB%96/%E5%90%89%E6%9E%97%E4%BC%9A%E8%B0%88.txt' });
    expectValid(out.log);
  });

  it('given the repository\'s root (GITHUB_WORKSPACE), locates results from it, as %SRCROOT%, and a file outside it absolutely', () => {
    // GitHub code scanning reads a relative uri as from the repository's root, not through originalUriBaseIds
    const results = sampleResults();
    results.findings[2].file = '../../../srv/其他/吉林会谈.txt';
    const log = JSON.parse(formatSarif(results, { ...sampleOptions(), repositoryRoot: '/home/editor' })) as Sarif.Log;
    const [run] = log.runs;
    expect(run.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe('file:///home/editor/');
    const out = run.results ?? [];
    expect(location(out[1]).artifactLocation).toEqual({ uri: `site/${encodeURI(REPRINT_FILE)}`, uriBaseId: '%SRCROOT%' });
    expect(out[1].relatedLocations?.[0].physicalLocation?.artifactLocation?.uri).toBe('site/fixtures/corpus/cri/cri-06-zhongguo-dongmeng-bolanhui.txt');
    expect(location(out[2]).artifactLocation).toEqual({ uri: 'file:///srv/%E5%85%B6%E4%BB%96/%E5%90%89%E6%9E%97%E4%BC%9A%E8%B0%88.txt' });
    const notification = run.invocations?.[0].toolExecutionNotifications?.[0].locations?.[0].physicalLocation?.artifactLocation;
    expect(notification).toEqual({ uri: `site/${encodeURI(BROKEN_FILE)}`, uriBaseId: '%SRCROOT%' });
    expectValid(log);
  });

  it('leaves out ruleIndex for a rule the run does not describe, and stays valid', () => {
    const results = sampleResults();
    results.findings[4].ruleId = 'future-rule';
    const out = sarif(results);
    expect(out.results[4].ruleId).toBe('future-rule');
    expect(out.results[4]).not.toHaveProperty('ruleIndex');
    expectValid(out.log);
  });

  it('writes a valid empty run for a clean check', () => {
    const clean = { ...sampleResults(), findings: [], errors: [], summary: { filesChecked: 3, filesWithFindings: 0, errors: 0, warnings: 0, infos: 0 } };
    const out = sarif(clean);
    expect(out.results).toEqual([]);
    expect(out.run.invocations?.[0].toolExecutionNotifications).toEqual([]);
    expectValid(out.log);
  });
});

describe('sarif of the demo: snippet and contextRegion for each finding', () => {
  const root = new URL('../..', import.meta.url).pathname;
  const run = spawnSync(process.execPath, [`${root}dist/cli/main.js`, 'check', 'fixtures/demo', '--format', 'sarif'], { cwd: root, encoding: 'utf8' });
  const log = JSON.parse(run.stdout) as Sarif.Log;

  it('still validates against the schema', () => {
    expectValid(log);
    expect(log.runs[0].results?.length).toBeGreaterThan(5);
  });

  it('gives the region\'s own text as its snippet and whole lines around it as its context', () => {
    for (const result of log.runs[0].results ?? []) {
      const { artifactLocation, region, contextRegion } = location(result);
      const lines = readFileSync(`${root}${artifactLocation?.uri}`, 'utf8').replace(/^\uFEFF/u, '').split(/\r?\n/u);
      const startLine = region?.startLine ?? 0;
      const endLine = region?.endLine ?? 0;
      const regionText = lines.slice(startLine - 1, endLine).map((line, i, all) => [...line].slice(i === 0 ? (region?.startColumn ?? 1) - 1 : 0, i === all.length - 1 ? (region?.endColumn ?? 1) - 1 : undefined).join('')).join('\n');
      expect(region?.snippet?.text, `${artifactLocation?.uri}:${startLine}`).toBe(regionText);
      expect(regionText.length).toBeGreaterThan(0);
      expect(contextRegion?.startLine).toBeLessThanOrEqual(startLine);
      expect(contextRegion?.endLine).toBeGreaterThanOrEqual(endLine);
      expect(contextRegion?.snippet?.text).toBe(lines.slice((contextRegion?.startLine ?? 1) - 1, contextRegion?.endLine).join('\n'));
    }
  });
});
