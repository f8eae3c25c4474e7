// Installing laiyuan without a registry: the tarball `npm pack` makes (clean on stdout, as
// pre-commit and scripts read it) installed into a scratch content repository, whose
// `npx laiyuan check` then works. Dependencies come from npm's cache (--prefer-offline): the
// clone's own `npm ci` filled it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResults } from '../../src/core/judge/types.js';
import { ROOT } from '../helpers/corpus.js';
import { npmPack, run, runAsync, type Packed } from '../helpers/package.js';

const DEMO = path.join(ROOT, 'fixtures/demo');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const EXPECTED = JSON.parse(readFileSync(path.join(DEMO, 'expected.json'), 'utf8')) as { file: string; ruleId: string; line: number }[];

let work = '';
let packed: Packed;
let site = '';

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'laiyuan-tarball-'));
  packed = await npmPack(work);
  site = path.join(work, 'site');
  cpSync(path.join(DEMO, 'content'), path.join(site, 'content'), { recursive: true });
  cpSync(path.join(DEMO, 'corpus'), path.join(site, 'corpus'), { recursive: true });
  cpSync(path.join(DEMO, 'laiyuan.yaml'), path.join(site, 'laiyuan.yaml'));
  writeFileSync(path.join(site, 'package.json'), `${JSON.stringify({ name: 'news-site', private: true }, null, 2)}\n`);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  it('prints the tarball name alone on stdout (the prepare build writes to stderr)', () => {
    expect(packed.status, packed.stderr).toBe(0);
    expect(packed.stdout).toBe(`laiyuan-${VERSION}.tgz\n`);
    expect(path.basename(packed.tarball)).toBe(`laiyuan-${VERSION}.tgz`);
  });
});

describe('the tarball installed into a content repository', () => {
  it('npm install <tarball> then npx laiyuan check finds the demo\'s findings, exit 1', async () => {
    const install = await runAsync('npm', ['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', packed.tarball], site);
    expect(install.status, install.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(site, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(manifest.devDependencies.laiyuan).toMatch(/^file:.*laiyuan-.*\.tgz$/u);
    expect(run('npx', ['--no-install', 'laiyuan', '--version'], site).stdout.trim()).toBe(VERSION);
    const check = run('npx', ['--no-install', 'laiyuan', 'check', 'content', '--format', 'json'], site);
    expect(check.status, check.stderr).toBe(1);
    const found = (JSON.parse(check.stdout) as CheckResults).findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort();
    expect(found).toEqual(EXPECTED.map((e) => `${e.file}:${e.line} ${e.ruleId}`).sort());
    const threads = run('npx', ['--no-install', 'laiyuan', 'check', 'content', '--format', 'json', '--concurrency', '2'], site);
    expect(threads.status, threads.stderr).toBe(1);
    expect((JSON.parse(threads.stdout) as CheckResults).findings).toEqual((JSON.parse(check.stdout) as CheckResults).findings);
  }, 300_000);

  it('ships the bundled CLI, the rule packs and the rule docs, not the tests, sources or unbundled modules', () => {
    const listed = run('tar', ['-tzf', packed.tarball], work).stdout.split('\n');
    for (const file of ['package/dist/cli/main.js', 'package/dist/cli/check-worker.js', 'package/dist/cli/build-worker.js', 'package/dist/packs/cri.json', 'package/rules/cri.yaml', 'package/docs/rules/missing-attribution.md', 'package/README.md', 'package/CHANGELOG.md']) expect(listed).toContain(file);
    expect(listed.filter((f) => /^package\/(tests|src|fixtures)\//u.test(f))).toEqual([]);
    // the CLI is bundled (scripts/bundle-cli.mjs): tsc's modules stay out
    expect(listed.filter((f) => /^package\/dist\/(core|io|formats)\//u.test(f))).toEqual([]);
  });
});
