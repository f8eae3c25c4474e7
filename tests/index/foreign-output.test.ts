// `index build -o <file>` over a file that is no laiyuan index (someone's notes, /etc/passwd as
// root): refused in one line before the corpus is read, exit 2, the file kept byte for byte;
// before, the build wrote its index over it. An index (a rebuild) and an empty file are written
// over as before. An index outside the working folder is named absolute, as check names it, not
// as a climb out of it (../../proc/…).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';

let site: string;

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-foreign-output-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

const NOTES = '编辑备忘：\r\n3月12日 酒泉稿件待核对来源，勿删。\r\n';

describe('index build -o a file that is there', { timeout: 60000 }, () => {
  it('no index (a text file): one line, exit 2, the file as it was, nothing read', () => {
    writeFileSync(path.join(site, 'notes.txt'), NOTES);
    // read, it would be an error of its own: the refusal must come before
    symlinkSync('cri-13-jiuquan-yijian-sixing-old.txt', path.join(site, 'corpus', 'cri-31-link.txt'));
    const r = laiyuan(['index', 'build', 'corpus', '-o', 'notes.txt'], { cwd: site });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'laiyuan: notes.txt exists and is not a laiyuan index file: give -o a new file name, or remove the file first\n']);
    expect(readFileSync(path.join(site, 'notes.txt'), 'utf8')).toBe(NOTES);
    expect(readdirSync(site).filter((f) => f.endsWith('.laiyuan.tmp'))).toEqual([]);
  });

  it('an index: rebuilt over; an empty file: written', () => {
    writeFileSync(path.join(site, 'empty.lyx'), '');
    const first = laiyuan(['index', 'build', 'corpus', '-o', 'empty.lyx'], { cwd: site });
    expect([first.code, first.stderr]).toEqual([0, '']);
    const built = readFileSync(path.join(site, 'empty.lyx'));
    expect(built.subarray(0, 8).toString()).toBe('LAIYUANX');
    const again = laiyuan(['index', 'build', 'corpus', '-o', 'empty.lyx'], { cwd: site });
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect(again.stdout).toMatch(/^indexed \d+ articles from \d+ files into empty\.lyx: /u);
    expect(readFileSync(path.join(site, 'empty.lyx')).equals(built)).toBe(true);
  });

  it('an index outside the working folder is named absolute', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'laiyuan-foreign-elsewhere-'));
    try {
      const file = path.join(outside, 'archive.lyx');
      const r = laiyuan(['index', 'build', 'corpus', '-o', file], { cwd: site });
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toContain(` into ${file}: `);
      const u = laiyuan(['index', 'update', file, 'corpus'], { cwd: site });
      expect(u.stdout).toContain(` into ${file}: `);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
