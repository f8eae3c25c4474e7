// An index file stores its corpus files relative to its own folder. Copied elsewhere without its
// corpus (or its corpus folder moved into another folder), those paths lead nowhere: an update
// over the corpus that took each file for a new one would hold every article twice. A stored file
// not there whose folders and name a file read ends in is that file: held once, under the path
// read, as a rebuild holds it; an index moved together with its corpus updates as before.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';

let top: string;
let site: string;
const run = (args: string[], cwd = site) => laiyuan(args, { cwd });
const bytesOf = (file: string) => readFileSync(path.resolve(site, file));
const EDITED = 'cri-13-jiuquan-yijian-sixing.txt';

beforeEach(() => {
  top = mkdtempSync(path.join(tmpdir(), 'laiyuan-moved-index-'));
  site = path.join(top, 'site');
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
  expect(run(['index', 'build', 'corpus', '-o', 'archive.lyx']).code).toBe(0);
});

afterEach(() => rmSync(top, { recursive: true, force: true }));

function edit(): void {
  const file = path.join(site, 'corpus', EDITED);
  writeFileSync(file, readFileSync(file, 'utf8').replace('一箭四星', '一箭五星'));
}

describe('index update of an index moved or copied without its corpus', { timeout: 180000 }, () => {
  // Refused until the update held a file found under another path once (its folder moved: `mv 稿库
  // archive/` is the same case seen from the index): each stored file not there, read under the
  // paths given with the same folders and name, is that file, and is dropped as one read again.
  it.each([
    ['a folder beside the site', '../backup/archive.lyx'],
    ['a folder whose name holds a space', '备份 2024/archive.lyx'],
  ])('copied to %s and updated over the corpus: what a rebuild there over it writes, each article once', (_, copy) => {
    mkdirSync(path.dirname(path.resolve(site, copy)), { recursive: true });
    cpSync(path.join(site, 'archive.lyx'), path.resolve(site, copy));
    edit();
    const r = run(['index', 'update', copy, 'corpus']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rebuilt = path.posix.join(path.posix.dirname(copy), 'rebuilt.lyx');
    expect(run(['index', 'build', 'corpus', '-o', rebuilt]).code).toBe(0);
    expect(bytesOf(copy).equals(bytesOf(rebuilt))).toBe(true);
  });

  it('copied into the site, one edited file named: its old text dropped, the others kept as stored, no article twice', () => {
    const copy = 'sub/archive.lyx';
    mkdirSync(path.join(site, 'sub'));
    cpSync(path.join(site, 'archive.lyx'), path.join(site, copy));
    edit();
    const r = run(['index', 'update', copy, `corpus/${EDITED}`]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(run(['index', 'stats', copy, '-f', 'json']).stdout)).toMatchObject({ articles: 15, files: 15 });
  });

  it('moved together with its corpus: the update reads the stored paths from the new place and writes what a rebuild there writes', () => {
    const moved = path.join(top, '迁移后', 'site');
    mkdirSync(path.dirname(moved));
    renameSync(site, moved);
    site = moved;
    edit();
    const updated = run(['index', 'update', 'archive.lyx', 'corpus']);
    expect(updated.stderr).toBe('');
    expect(updated.stdout).toMatch(/^updated: 1 added, 1 removed; 15 articles from 15 files into archive\.lyx: .*boilerplate\n$/u);
    expect(run(['index', 'build', 'corpus', '-o', 'rebuilt.lyx']).code).toBe(0);
    expect(bytesOf('archive.lyx').equals(bytesOf('rebuilt.lyx'))).toBe(true);
  });

  it('its corpus folder moved into another folder under its own name (mv corpus archive/): the update writes what a rebuild over archive/corpus writes', () => {
    mkdirSync(path.join(site, 'archive'));
    renameSync(path.join(site, 'corpus'), path.join(site, 'archive', 'corpus'));
    const updated = run(['index', 'update', 'archive.lyx', 'archive/corpus']);
    expect(updated.stderr).toBe('');
    expect(updated.code).toBe(0);
    expect(run(['index', 'build', 'archive/corpus', '-o', 'rebuilt.lyx']).code).toBe(0);
    expect(bytesOf('archive.lyx').equals(bytesOf('rebuilt.lyx'))).toBe(true);
  });

  it('copied without its corpus and given only new files: they are added, the articles it holds kept as stored', () => {
    mkdirSync(path.join(site, 'backup'));
    cpSync(path.join(site, 'archive.lyx'), path.join(site, 'backup', 'archive.lyx'));
    mkdirSync(path.join(site, 'more'));
    writeFileSync(path.join(site, 'more', 'cri-40-tianjin-gang.txt'), '天津港集装箱吞吐量创新高\n来源：国际在线\n2024年1月，天津港集装箱吞吐量同比增长百分之十二，港口方面表示，新开通的航线和智慧码头建设是增长的主要原因。\n');
    const r = run(['index', 'update', 'backup/archive.lyx', 'more']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^updated: [^;]*; 16 articles from 16 files into backup\/archive\.lyx/u);
  });
});
