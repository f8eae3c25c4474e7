// The GitHub Action (action.yml) as a runner runs it, step by step: its steps' scripts on the
// demo with fixtures/demo as working-directory, checking that annotations and SARIF name files
// from the repository root, that list inputs keep quoted spaces, that the last step fails with
// the check's own exit code, and that Node is found without touching PATH.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/corpus.js';

const DEMO = path.join(ROOT, 'fixtures/demo');
const EXPECTED = JSON.parse(readFileSync(path.join(DEMO, 'expected.json'), 'utf8')) as { file: string; ruleId: string; severity: string; line: number }[];
const work = mkdtempSync(path.join(tmpdir(), 'laiyuan-action-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Step {
  name: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  'continue-on-error'?: boolean;
  env?: Record<string, string>;
}
const ACTION = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string }>; runs: { steps: Step[] } };
const STEPS = ACTION.runs.steps;

let runs = 0;
/** The check step's script as the runner runs it: GITHUB_* variables, the inputs as env, in `cwd`. */
function checkStep(inputs: Record<string, string>, cwd = DEMO) {
  const dir = path.join(work, `run-${++runs}`);
  mkdirSync(dir);
  const outputs = path.join(dir, 'outputs');
  const env = { ...process.env, NO_COLOR: '1', GITHUB_WORKSPACE: ROOT, GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: outputs, RUNNER_TEMP: dir, LAIYUAN_SARIF: path.join(dir, 'laiyuan.sarif'), ...inputs };
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/action/check.mjs')], { cwd, env, encoding: 'utf8' });
  const out = Object.fromEntries(readFileSync(outputs, 'utf8').trim().split('\n').map((l) => l.split(/=(.*)/su).slice(0, 2)));
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, outputs: out as Record<string, string>, sarif: path.join(dir, 'laiyuan.sarif') };
}

function annotations(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^::(error|warning|notice) /u.test(l));
}

const COMMAND: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice' };

describe('action.yml', () => {
  it('runs its steps from scripts, leaves the upload optional and fails last, always, with the check\'s code', () => {
    const byName = (name: string) => STEPS.find((s) => s.name === name);
    for (const step of STEPS.filter((s) => s.run)) {
      for (const script of step.run?.match(/scripts\/action\/[\w.-]+/gu) ?? []) expect(readFileSync(path.join(ROOT, script), 'utf8').length, script).toBeGreaterThan(0);
    }
    expect(ACTION.inputs['upload-sarif'].default).toBe('false');
    expect(ACTION.inputs['node-version'].default).toBe('22');
    expect(byName('Upload SARIF to code scanning')?.['continue-on-error']).toBe(true);
    const last = STEPS.at(-1);
    expect(last?.if).toMatch(/always\(\)/u);
    expect(last?.env?.LAIYUAN_EXIT_CODE).toBe('${{ steps.check.outputs.exit-code }}');
    // setup-node (which changes the caller's Node) only when the runner has no such Node
    expect(STEPS.filter((s) => s.uses?.startsWith('actions/setup-node')).map((s) => s.if)).toEqual(["steps.node.outputs.node == ''"]);
    // the build is cached: installing runs only on a cache miss
    expect(byName('Install and build laiyuan')?.if).toBe("steps.cache.outputs.cache-hit != 'true'");
  });
});

describe('the check step with working-directory fixtures/demo', () => {
  it('prints one annotation per expected finding, each naming the file from the repository root', () => {
    const run = checkStep({ LAIYUAN_PATHS: 'content' });
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.status).toBe(0);
    const lines = annotations(run.stdout);
    expect(lines).toHaveLength(EXPECTED.length);
    for (const e of EXPECTED) {
      expect(lines.some((l) => l.startsWith(`::${COMMAND[e.severity]} file=fixtures/demo/${e.file},line=${e.line},`) && l.includes(`laiyuan ${e.ruleId}`)), `${e.file}:${e.line}`).toBe(true);
    }
  });

  it('writes SARIF whose URIs and %SRCROOT% are the repository root\'s', () => {
    const run = checkStep({ LAIYUAN_PATHS: 'content', LAIYUAN_FORMAT: 'pretty' });
    expect(run.outputs['sarif-file']).toBe(run.sarif);
    const sarif = JSON.parse(readFileSync(run.sarif, 'utf8')) as { runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[] }[] };
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(pathToFileURL(`${ROOT.replace(/\/$/u, '')}/`).href);
    const uris = sarif.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toHaveLength(EXPECTED.length);
    expect(uris.every((u) => u.startsWith('fixtures/demo/content/'))).toBe(true);
    // with another format in the log, the annotations are still printed, from the root too
    expect(annotations(run.stdout)).toHaveLength(EXPECTED.length);
    expect(annotations(run.stdout).every((l) => l.includes(' file=fixtures/demo/content/'))).toBe(true);
  });

  it('takes paths and args one a line, as "- item" lines, or with quotes', () => {
    const listed = checkStep({ LAIYUAN_PATHS: '- content/news\n- "content/licensed"\n', LAIYUAN_ARGS: "--fail-on 'warning'\n--max-warnings 99" });
    expect(listed.outputs['exit-code']).toBe('1');
    expect(annotations(listed.stdout)).toHaveLength(EXPECTED.length);
    const news = checkStep({ LAIYUAN_PATHS: 'content/news', LAIYUAN_FAIL_ON: 'never' });
    expect(news.outputs['exit-code']).toBe('0');
    expect(annotations(news.stdout)).toHaveLength(EXPECTED.filter((e) => e.file.startsWith('content/news/')).length);
  });

  it('records exit code 2 for a path that does not exist, and the fail step passes on only the check\'s own code', () => {
    const run = checkStep({ LAIYUAN_PATHS: '- "no such folder"' });
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.stdout + run.stderr).toContain('no such folder');
    const fail = (code: string | undefined) => spawnSync('bash', [path.join(ROOT, 'scripts/action/fail.sh')], { env: { ...process.env, LAIYUAN_EXIT_CODE: code ?? '' }, encoding: 'utf8' }).status;
    expect([fail('0'), fail('1'), fail('2'), fail(undefined)]).toEqual([0, 1, 2, 2]);
  });
});

describe('the Node step', () => {
  function findNode(version: string, toolCache: string) {
    const outputs = path.join(work, `node-outputs-${version}`);
    const run = spawnSync('bash', [path.join(ROOT, 'scripts/action/find-node.sh')], { env: { ...process.env, LAIYUAN_NODE_VERSION: version, RUNNER_TOOL_CACHE: toolCache, GITHUB_OUTPUT: outputs }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    return readFileSync(outputs, 'utf8').trim();
  }

  it('takes a Node of the major asked for from the tool cache by absolute path, else asks for setup-node', () => {
    const major = process.versions.node.split('.')[0];
    const cache = path.join(work, 'toolcache');
    const bin = path.join(cache, 'node', process.versions.node, 'x64', 'bin');
    mkdirSync(bin, { recursive: true });
    symlinkSync(process.execPath, path.join(bin, 'node'));
    expect(findNode(major, cache)).toBe(`node=${path.join(bin, 'node')}`);
    expect(findNode('99', cache)).toBe('node=');
  });
});
