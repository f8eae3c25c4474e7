// `laiyuan init`, the default views of `rules` and `config`, and `-o, --output-file`.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CheckResults } from '../../src/core/judge/types.js';
import { ROOT } from '../helpers/corpus.js';
import { laiyuan } from './cli.js';

const DEMO = path.join(ROOT, 'fixtures/demo');
const EXPECTED = JSON.parse(readFileSync(path.join(DEMO, 'expected.json'), 'utf8')) as unknown[];
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function emptyFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-init-'));
  temps.push(dir);
  return dir;
}

describe('laiyuan init', () => {
  it('writes a commented laiyuan.yaml and a .laiyuanignore that laiyuan reads as written', () => {
    const dir = emptyFolder();
    const run = laiyuan(['init'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote laiyuan\.yaml and \.laiyuanignore\n/u);
    const text = readFileSync(path.join(dir, 'laiyuan.yaml'), 'utf8');
    // every part the issue names: packs, corpus or index, a licence example, ignores; commented
    for (const key of ['packs:', 'corpus:', '# index:', '# licences:', '#     licensee:', '# ignore:']) expect(text).toContain(key);
    expect(text.split('\n').filter((l) => l.startsWith('#')).length).toBeGreaterThan(20);
    expect(parse(text)).toEqual({ packs: ['cri'], corpus: { cri: ['corpus/'] } });
    // the licence example is valid config once uncommented
    const licence = text.split('\n').filter((l) => /^# {0,5}(licences:|  - publisher| {4}\w)/u.test(l)).map((l) => l.replace(/^# /u, '')).join('\n');
    expect(parse(licence)).toEqual({ licences: [{ publisher: 'cri', licensee: '示例新闻网', actions: ['转载'], validFrom: '2024-01-01', validTo: '2026-12-31', paths: ['content/licensed/**'], agreement: 'CRI-2024-017' }] });
    writeFileSync(path.join(dir, 'with-licence.yaml'), `${text}\n${licence}\n`);
    expect(laiyuan(['config', 'print', '--config', 'with-licence.yaml'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(path.join(dir, '.laiyuanignore'), 'utf8')).toContain('drafts/');
    const config = laiyuan(['config', 'print', '--format', 'json'], { cwd: dir });
    expect(config.code).toBe(0);
    expect((JSON.parse(config.stdout) as { file: string }).file).toBe('laiyuan.yaml');
  });

  it('gives a repository a working check: the demo content and corpus find the demo\'s findings', () => {
    const dir = emptyFolder();
    cpSync(path.join(DEMO, 'content'), path.join(dir, 'content'), { recursive: true });
    cpSync(path.join(DEMO, 'corpus'), path.join(dir, 'archive'), { recursive: true });
    expect(laiyuan(['init', '--corpus', 'archive/'], { cwd: dir }).code).toBe(0);
    const text = readFileSync(path.join(dir, 'laiyuan.yaml'), 'utf8');
    // the demo's licence, uncommented from the example
    writeFileSync(path.join(dir, 'laiyuan.yaml'), text.replace(/^# licences:\n((?:#.*\n)+?)\n/mu, (_m, body: string) => `licences:\n${body.replace(/^# /gmu, '')}\n`));
    const run = laiyuan(['check', 'content', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as CheckResults).findings).toHaveLength(EXPECTED.length);
  });

  it('refuses to write over an existing config or ignore file, and writes nothing then', () => {
    for (const existing of ['laiyuan.yaml', 'laiyuan.yml', '.laiyuan.yaml', '.laiyuanignore']) {
      const dir = emptyFolder();
      writeFileSync(path.join(dir, existing), '# mine\n');
      const run = laiyuan(['init'], { cwd: dir });
      expect(run.code, existing).toBe(2);
      expect(run.stderr).toBe(`laiyuan: ${existing} already exists: laiyuan init writes nothing over it; edit it, or move it away and run laiyuan init again\n`);
      expect(readFileSync(path.join(dir, existing), 'utf8')).toBe('# mine\n');
      for (const other of ['laiyuan.yaml', '.laiyuanignore'].filter((f) => f !== existing)) expect(existsSync(path.join(dir, other)), other).toBe(false);
    }
  });
});

describe('rules and config without a subcommand', () => {
  it('laiyuan rules shows the packs (as rules show), exit 0', () => {
    const bare = laiyuan(['rules'], { cwd: DEMO });
    expect(bare.code).toBe(0);
    expect(bare.stdout).toBe(laiyuan(['rules', 'show'], { cwd: DEMO }).stdout);
    expect(bare.stdout).toContain('国际在线 (cri)');
    expect(laiyuan(['rules', '--format', 'json'], { cwd: DEMO }).stdout).toBe(laiyuan(['rules', 'show', '--format', 'json'], { cwd: DEMO }).stdout);
    // -f, as check, match and inspect take it
    expect(laiyuan(['rules', 'show', '-f', 'json'], { cwd: DEMO }).stdout).toBe(laiyuan(['rules', 'show', '--format', 'json'], { cwd: DEMO }).stdout);
    expect(laiyuan(['config', 'print', '-f', 'json'], { cwd: DEMO }).stdout).toBe(laiyuan(['config', 'print', '--format', 'json'], { cwd: DEMO }).stdout);
  });

  it('laiyuan config prints the resolved config (as config print), exit 0', () => {
    const bare = laiyuan(['config'], { cwd: DEMO });
    expect(bare.code).toBe(0);
    expect(bare.stdout).toBe(laiyuan(['config', 'print'], { cwd: DEMO }).stdout);
    expect(bare.stdout).toContain('# config: laiyuan.yaml');
  });
});

describe('-o, --output-file', () => {
  it('writes the report in --format to the file and nothing to stdout; the exit code is the run\'s', () => {
    const dir = emptyFolder();
    const out = path.join(dir, 'report.json');
    const run = laiyuan(['check', 'fixtures/demo', '--format', 'json', '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const written = JSON.parse(readFileSync(out, 'utf8')) as CheckResults;
    expect(written.findings).toHaveLength(EXPECTED.length);
    expect(JSON.parse(laiyuan(['check', 'fixtures/demo', '--format', 'json']).stdout)).toEqual(written);
    const pretty = laiyuan(['check', 'fixtures/demo', '--output-file', path.join(dir, 'report.txt')], { env: { FORCE_COLOR: '1' } });
    expect(pretty.stdout).toBe('');
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).not.toContain('\u001b[');
  });

  it('one line and exit 2 when the file cannot be written', () => {
    const dir = emptyFolder();
    writeFileSync(path.join(dir, 'a-file'), '');
    const run = laiyuan(['check', 'fixtures/demo', '-o', path.join(dir, 'a-file/report.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^laiyuan: cannot write .*a-file\/report\.txt: .*a-file is a file, not a folder; give a path whose folders are folders$/u)]);
  });
});
