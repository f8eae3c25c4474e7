// An index file stores its corpus files relative to its own folder. Copied elsewhere without its
// corpus, those paths lead nowhere: an update over the corpus would take each file for a new one
// and hold every article twice. It is refused in one line naming the index, the files and what to
// do, the copy left as it was; an index moved together with its corpus updates as before.
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
  it.each([
    ['a folder beside the site', '../backup/archive.lyx', '../backup/archive.lyx', ['corpus']],
    ['a folder inside the site, one file named', 'sub/archive.lyx', 'sub/archive.lyx', [`corpus/${EDITED}`]],
    // the command suggested is copied into a shell: a path with a space is quoted
    ['a folder whose name holds a space', '备份 2024/archive.lyx', '"备份 2024/archive.lyx"', ['corpus']],
  ])('copied to %s: refused in one line naming where the files it holds are looked for, the copy left as it was', (_, copy, word, paths) => {
    mkdirSync(path.dirname(path.resolve(site, copy)), { recursive: true });
    cpSync(path.join(site, 'archive.lyx'), path.resolve(site, copy));
    const before = bytesOf(copy);
    edit();
    const r = run(['index', 'update', copy, ...paths]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    // the files it holds, where they are looked for (beside the copy), and the same files under the paths given: two paths, not one twice
    const stored = path.posix.join(path.posix.dirname(copy), 'corpus/');
    expect(lines[0].startsWith(`laiyuan: ${copy}: moved or copied without its corpus: the files it holds, relative to its folder, are not there (${stored}`)).toBe(true);
    expect(lines[0]).toMatch(/, while the paths given hold the same files \(corpus\/cri-/u);
    expect(lines[0]).toContain(`whose articles an update would hold twice; update it in the folder it was built in, or build it anew ('laiyuan index build <corpus> -o ${word}'); ${copy} not written (left as it was)`);
    expect(bytesOf(copy).equals(before)).toBe(true);
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
    expect(updated.stdout).toMatch(/^updated 15 articles from 15 files into archive\.lyx: .* \(1 added, 1 removed\)\n$/u);
    expect(run(['index', 'build', 'corpus', '-o', 'rebuilt.lyx']).code).toBe(0);
    expect(bytesOf('archive.lyx').equals(bytesOf('rebuilt.lyx'))).toBe(true);
  });

  it('copied without its corpus and given only new files: they are added, the articles it holds kept as stored', () => {
    mkdirSync(path.join(site, 'backup'));
    cpSync(path.join(site, 'archive.lyx'), path.join(site, 'backup', 'archive.lyx'));
    mkdirSync(path.join(site, 'more'));
    writeFileSync(path.join(site, 'more', 'cri-40-tianjin-gang.txt'), '天津港集装箱吞吐量创新高\n来源：国际在线\n2024年1月，天津港集装箱吞吐量同比增长百分之十二，港口方面表示，新开通的航线和智慧码头建设是增长的主要原因。\n');
    const r = run(['index', 'update', 'backup/archive.lyx', 'more']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^updated 16 articles from 16 files into backup\/archive\.lyx/u);
  });
});
