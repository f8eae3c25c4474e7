// No silent green runs: a check that finds no file, or compares with no archive, exits 2 with
// one line saying why and what to do; --no-files-ok and --allow-no-corpus say it is expected.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckResults } from '../../src/core/judge/types.js';
import { ROOT } from '../helpers/corpus.js';
import { laiyuan, type Run } from './cli.js';

const DEMO = path.join(ROOT, 'fixtures/demo');
const DEMO_CONFIG = readFileSync(path.join(DEMO, 'laiyuan.yaml'), 'utf8');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A repository with the demo's content and corpus; its config in `configDir` (relative), whose corpus and licence paths are relative to it. */
function repository(configDir = '.'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-silent-'));
  temps.push(dir);
  cpSync(path.join(DEMO, 'content'), path.join(dir, 'content'), { recursive: true });
  cpSync(path.join(DEMO, 'corpus'), path.join(dir, 'archive'), { recursive: true });
  mkdirSync(path.join(dir, configDir), { recursive: true });
  const corpus = path.posix.relative(configDir, 'archive');
  writeFileSync(path.join(dir, configDir, 'laiyuan.yaml'), DEMO_CONFIG.replace('    - corpus/', `    - ${corpus}/`).replace("content/licensed/**", path.posix.join(path.posix.relative(configDir, '.'), 'content/licensed/**')));
  return dir;
}

function oneLine(run: Run): string {
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0];
}

function findings(run: Run): string[] {
  return (JSON.parse(run.stdout) as CheckResults).findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort();
}

describe('a check that finds no file to check', () => {
  it('exits 2 for an empty folder, naming it and the way out', () => {
    const dir = repository();
    mkdirSync(path.join(dir, 'drafts'));
    writeFileSync(path.join(dir, 'drafts/notes.docx'), 'not a kind laiyuan reads');
    const run = laiyuan(['check', 'drafts'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(oneLine(run)).toMatch(/^laiyuan: no files to check in drafts: .*include globs.*--no-files-ok$/u);
    expect(laiyuan(['check', 'drafts', '--no-files-ok'], { cwd: dir }).code).toBe(0);
  });

  it('exits 2 when one of the folders named holds nothing to check, though others do', () => {
    const dir = repository();
    mkdirSync(path.join(dir, 'empty'));
    const run = laiyuan(['check', 'content', 'empty'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(oneLine(run)).toMatch(/^laiyuan: no files to check in empty:/u);
  });

  it('exits 2 for a folder that holds only the corpus', () => {
    const run = laiyuan(['check', 'archive'], { cwd: repository() });
    expect(run.code).toBe(2);
    expect(oneLine(run)).toMatch(/^laiyuan: no files to check in archive:/u);
  });

  it('exits 2 when every file named is ignored', () => {
    const dir = repository();
    writeFileSync(path.join(dir, '.laiyuanignore'), 'content/news/\n');
    const run = laiyuan(['check', 'content/news/2022-03-jilin-zhenxing-xindongneng.html'], { cwd: dir });
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^laiyuan: no files to check: every file named is ignored .*--no-files-ok/u);
  });
});

describe('a check whose every file was skipped', () => {
  /** A folder of scanned pages saved as .md and a PDF saved as .txt: binary, not articles. */
  function binaries(dir: string): void {
    mkdirSync(path.join(dir, 'scans'));
    writeFileSync(path.join(dir, 'scans/2024-05-page1.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(path.join(dir, 'scans/报道.txt'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0]), Buffer.from('新华社北京电')]));
  }

  it('exits 2 after the skip notes, with one line saying nothing was checked and why', () => {
    const dir = repository();
    binaries(dir);
    const run = laiyuan(['check', 'scans'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.slice(0, -1).sort()).toEqual([expect.stringMatching(/^laiyuan: note: scans\/2024-05-page1\.md: looks like a binary file/u), expect.stringMatching(/^laiyuan: note: scans\/报道\.txt: looks like a binary file/u)]);
    expect(lines.at(-1)).toMatch(/^laiyuan: nothing was checked: all 2 files given were skipped \(binary: see the notes above\); save articles as UTF-8 text, .*--no-files-ok/u);
    expect(laiyuan(['check', 'scans', '--no-files-ok'], { cwd: dir }).code).toBe(0);
  });

  it('exits 2 when every article is over --max-file-size, naming the option', () => {
    // the archive from an index: read from its folders, its files would be held to the limit too, and none left
    const dir = repository();
    expect(laiyuan(['index', 'build', '-o', 'archive.lyx'], { cwd: dir }).code).toBe(0);
    const run = laiyuan(['check', 'content/news', '--index', 'archive.lyx', '--max-file-size', '100'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(/^laiyuan: nothing was checked: all \d+ files given were skipped \(over --max-file-size: see the notes above\); raise --max-file-size, /u);
  });

  it('checks as before when some files were checked beside the skipped ones', () => {
    const dir = repository();
    binaries(dir);
    const alone = laiyuan(['check', 'content', '--format', 'json'], { cwd: dir });
    const beside = laiyuan(['check', 'content', 'scans', '--format', 'json'], { cwd: dir });
    expect(beside.code).toBe(alone.code);
    expect(alone.code).toBe(1);
    expect(findings(beside)).toEqual(findings(alone));
  });
});

describe('a config in another folder', () => {
  it('checks a folder outside the config\'s folder with the include globs applied to its own paths', () => {
    const beside = repository();
    const apart = repository('settings');
    const inPlace = laiyuan(['check', 'content', '--format', 'json'], { cwd: beside });
    const elsewhere = laiyuan(['check', 'content', '--config', 'settings/laiyuan.yaml', '--format', 'json'], { cwd: apart });
    expect(inPlace.code).toBe(1);
    expect(elsewhere.code).toBe(1);
    expect((JSON.parse(elsewhere.stdout) as CheckResults).summary.filesChecked).toBe((JSON.parse(inPlace.stdout) as CheckResults).summary.filesChecked);
    expect(findings(elsewhere)).toEqual(findings(inPlace));
    expect(findings(elsewhere).length).toBeGreaterThan(5);
  });

  it('applies include globs of the config to the named folder\'s own paths (news/** picks one folder)', () => {
    const dir = repository('settings');
    const config = path.join(dir, 'settings/laiyuan.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}\ninclude: ['news/**']\n`);
    const run = laiyuan(['check', 'content', '--config', 'settings/laiyuan.yaml', '--format', 'json'], { cwd: dir });
    const files = (JSON.parse(run.stdout) as CheckResults).findings.map((f) => f.file);
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.startsWith('content/news/'))).toBe(true);
  });
});

describe('a run with no corpus or index for a pack', () => {
  it('exits 2 with no config and no corpus, and passes with --allow-no-corpus', () => {
    const dir = repository();
    rmSync(path.join(dir, 'laiyuan.yaml'));
    const run = laiyuan(['check', 'content'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(oneLine(run)).toMatch(/^laiyuan: pack 'cri' has no corpus or index, .*set corpus\.cri .*laiyuan init.*--allow-no-corpus/u);
    const allowed = laiyuan(['check', 'content', '--allow-no-corpus', '--format', 'json'], { cwd: dir });
    expect(allowed.stderr).toMatch(/^laiyuan: note: pack 'cri' has no corpus/u);
    // the markers are still checked: the demo's own-content articles without their credit
    expect(findings(allowed).length).toBeGreaterThan(0);
  });

  it('exits 2 for a corpus folder that holds no articles, naming the config key', () => {
    const dir = repository();
    rmSync(path.join(dir, 'archive'), { recursive: true });
    mkdirSync(path.join(dir, 'archive'));
    const run = laiyuan(['check', 'content'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(oneLine(run)).toMatch(/^laiyuan: the corpus of pack 'cri' holds no articles \(archive\/\): corpus\.cri in laiyuan\.yaml should name .*--allow-no-corpus$/u);
  });

  it('exits 2 for an index file that holds no articles, naming it, as for an empty corpus', () => {
    const dir = repository();
    mkdirSync(path.join(dir, 'none'));
    // built only when told an index of no articles is expected, as check takes one
    expect(laiyuan(['index', 'build', 'none', '-o', 'keep.lyx', '--allow-no-corpus'], { cwd: dir }).code).toBe(0);
    for (const cache of [[], ['--cache']]) {
      const run = laiyuan(['check', 'content', '--index', 'keep.lyx', ...cache], { cwd: dir });
      expect(run.code).toBe(2);
      expect(oneLine(run)).toMatch(/^laiyuan: the index keep\.lyx of pack 'cri' holds no articles, .*'laiyuan index build archive -o keep\.lyx'.*--allow-no-corpus$/u);
    }
    const allowed = laiyuan(['check', 'content', '--index', 'keep.lyx', '--allow-no-corpus', '--format', 'json'], { cwd: dir });
    expect(allowed.stderr).toMatch(/^laiyuan: note: the index keep\.lyx of pack 'cri' holds no articles/u);
    expect(findings(allowed).length).toBeGreaterThan(0);
    // a cache that --allow-no-corpus filled answers the files, not whether the index is empty
    expect(laiyuan(['check', 'content', '--index', 'keep.lyx', '--allow-no-corpus', '--cache'], { cwd: dir }).code).toBe(1);
    const warm = laiyuan(['check', 'content', '--index', 'keep.lyx', '--cache'], { cwd: dir });
    expect(warm.code).toBe(2);
    expect(oneLine(warm)).toMatch(/^laiyuan: the index keep\.lyx of pack 'cri' holds no articles, /u);
  });
});
