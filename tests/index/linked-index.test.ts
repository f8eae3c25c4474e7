// An index file reached through a symbolic link in another folder: the corpus paths it stores are
// relative to the real file's folder, so an update reads them from there (not refused as moved,
// no article held twice), writes what a rebuild writes, and writes it to the real file, the link
// kept a link to it; a build through the link does the same, and check finds the same corpus files.
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';

let site: string;
const run = (args: string[]) => laiyuan(args, { cwd: site });
const bytesOf = (file: string) => readFileSync(path.join(site, file));
const LINK = 'lk/lT.lyx';
const EDITED = 'cri-13-jiuquan-yijian-sixing.txt';

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-linked-index-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
  expect(run(['index', 'build', 'corpus', '-o', 'tgt.lyx']).code).toBe(0);
  mkdirSync(path.join(site, 'lk'));
  symlinkSync('../tgt.lyx', path.join(site, LINK));
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

function expectLinkKept(): void {
  expect(lstatSync(path.join(site, LINK)).isSymbolicLink()).toBe(true);
  expect(readlinkSync(path.join(site, LINK))).toBe('../tgt.lyx');
}

describe('an index file reached through a link in another folder', { timeout: 180000 }, () => {
  it('index update through the link: the stored paths read from the real file\'s folder, the real file written as a rebuild, the link kept', () => {
    const file = path.join(site, 'corpus', EDITED);
    writeFileSync(file, readFileSync(file, 'utf8').replace('一箭四星', '一箭五星'));
    const updated = run(['index', 'update', LINK, 'corpus']);
    expect(updated.stderr).toBe('');
    expect(updated.stdout).toMatch(/^updated: 1 added, 1 removed; 15 articles from 15 files into lk\/lT\.lyx: .*boilerplate\n$/u);
    expectLinkKept();
    expect(run(['index', 'build', 'corpus', '-o', 'rebuilt.lyx']).code).toBe(0);
    expect(bytesOf('tgt.lyx').equals(bytesOf('rebuilt.lyx'))).toBe(true);
  });

  it('index build -o the link: the real file written, as a build there writes it, the link kept', () => {
    rmSync(path.join(site, 'tgt.lyx'));
    expect(run(['index', 'build', 'corpus', '-o', 'direct.lyx']).code).toBe(0);
    const built = run(['index', 'build', 'corpus', '-o', LINK]);
    expect(built.stderr).toBe('');
    expect(built.stdout).toMatch(/^indexed 15 articles from 15 files into lk\/lT\.lyx/u);
    expectLinkKept();
    expect(bytesOf('tgt.lyx').equals(bytesOf('direct.lyx'))).toBe(true);
  });

  it('check --index the link names the corpus files the real file holds', () => {
    const through = run(['check', 'content', '--index', LINK, '--format', 'json']);
    const direct = run(['check', 'content', '--index', 'tgt.lyx', '--format', 'json']);
    expect(through.code).toBe(1);
    expect(through.stdout).toContain('"file": "corpus/cri-');
    expect(through.stdout).toBe(direct.stdout);
  });
});
