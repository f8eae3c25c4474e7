// `index build -o <folder>` (and `index update <folder>`): refused in one line before the corpus is
// read, exit 2, the folder untouched; before, build read the whole corpus and failed renaming its
// temporary file onto the folder with an internal error (EISDIR).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';

let site: string;

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-output-folder-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
  mkdirSync(path.join(site, 'archive'));
  // read, either would be an error of its own: the refusal must come before
  symlinkSync('cri-13-jiuquan-yijian-sixing-old.txt', path.join(site, 'corpus', 'cri-31-link.txt'));
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

const only = (r: { code: number | null; stdout: string; stderr: string }, line: string) => {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`${line}\n`);
  expect(readdirSync(path.join(site, 'archive'))).toEqual([]);
  expect(readdirSync(site).filter((f) => f.endsWith('.laiyuan.tmp'))).toEqual([]);
};

describe('an index file named by a folder', { timeout: 60000 }, () => {
  it('index build -o a folder: one line, exit 2, nothing read or written', () => {
    for (const out of ['archive', 'archive/']) {
      only(laiyuan(['index', 'build', 'corpus', '-o', out], { cwd: site }), `laiyuan: -o ${out} is a folder: give a file path for the index, such as archive/archive.lyx`);
    }
  });

  it('the config naming a folder as the index, and index update of a folder: the same', () => {
    writeFileSync(path.join(site, 'laiyuan.yaml'), 'packs: [cri]\ncorpus:\n  cri: [corpus/]\nindex:\n  cri: archive\n');
    only(laiyuan(['index', 'build'], { cwd: site }), 'laiyuan: index.cri in the config (archive) is a folder: give a file path for the index, such as archive/archive.lyx');
    only(laiyuan(['index', 'update', 'archive', 'corpus'], { cwd: site }), 'laiyuan: archive is a folder: give a file path for the index, such as archive/archive.lyx');
  });
});
