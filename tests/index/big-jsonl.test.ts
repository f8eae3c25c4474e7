// A JSON Lines archive export over 5 MB (6,000 records) was refused whole as "over the 5 MB limit
// … raise --max-file-size", an option index build does not take and check does not apply to its
// corpus. A JSON Lines corpus file is records: the limit holds each record, and a big file is read
// a piece of lines at a time. Any other corpus file over the limit is passed over with a note by
// check, match and index build alike (each takes --max-file-size), the rest of the corpus used.
import { appendFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { exportSite, NEEDLE, NEEDLE_LINE } from '../helpers/archive-export.js';

let site: string;
const run = (args: string[]) => laiyuan(args, { cwd: site });
const ARCHIVE = path.join('corpus', '稿库-2024.jsonl');

beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-big-jsonl-'));
  exportSite(site);
});

afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('a JSON Lines archive over 5 MB as the corpus', { timeout: 180000 }, () => {
  it('is over the limit a single article file is held to', () => {
    expect(statSync(path.join(site, ARCHIVE)).size).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('index build and update read every record; check finds the reprint through the index', () => {
    const built = run(['index', 'build', 'corpus', '-o', 'archive.lyx']);
    expect(built.stderr).toBe('');
    expect(built.stdout).toMatch(/^indexed 6,000 articles from 1 file into archive\.lyx: /u);
    const checked = run(['check', 'content', '--index', 'archive.lyx', '-f', 'json']);
    expect(checked.stderr).toBe('');
    expect(checked.stdout).toContain(NEEDLE.id);
    appendFileSync(path.join(site, ARCHIVE), JSON.stringify({ ...NEEDLE, id: 'cri-2024-lake-2', date: '2024-12-30' }) + '\n');
    const updated = run(['index', 'update', 'archive.lyx', 'corpus']);
    expect(updated.stderr).toBe('');
    expect(updated.stdout).toMatch(/^updated: [^;]*; 6,001 articles from 1 file into archive\.lyx: /u);
  });

  it('check and match with the config corpus find the story at its line of the file', () => {
    const matched = run(['match', 'content/chaganhu.txt']);
    expect(matched.stderr).toBe('');
    expect(matched.stdout).toContain(`${NEEDLE.id}（第 ${NEEDLE_LINE + 1} 行）`);
    const checked = run(['check', 'content']);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('查干湖冬捕开幕');
  });
});

describe('a corpus file of one article over 5 MB', { timeout: 180000 }, () => {
  it('is passed over with a note by check, match and index build alike, the rest of the corpus used', () => {
    const big = path.join(site, 'corpus', '合订本.txt');
    writeFileSync(big, `${NEEDLE.text}\n`.repeat(Math.ceil((5.2 * 1024 * 1024) / Buffer.byteLength(NEEDLE.text))));
    try {
      const built = run(['index', 'build', 'corpus', '-o', 'other.lyx']);
      expect(built.code, built.stderr).toBe(0);
      expect(built.stderr).toMatch(/^laiyuan: note: corpus\/合订本\.txt: is 5\.\d MB, over the 5 MB limit: not read; raise --max-file-size to index it, or leave it out of the corpus\n$/u);
      expect(built.stdout).toMatch(/^indexed [\d,]+ articles from 1 file into other\.lyx: /u);
      const note = /^laiyuan: note: corpus\/合订本\.txt: is 5\.\d MB, over the 5 MB limit: not read; reuse of this corpus file's articles will not be found; the one --max-file-size holds for the corpus and the files checked alike: raise it to read this file, or check against an index built with a limit of its own \(laiyuan index build <corpus> -o <file> --max-file-size <size>, then --index <file>\)\n$/u;
      const matched = run(['match', 'content/chaganhu.txt']);
      expect(matched.stderr).toMatch(note);
      expect(matched.code).toBe(0);
      expect(matched.stdout).toContain(`${NEEDLE.id}（第 ${NEEDLE_LINE + 1} 行）`);
      const checked = run(['check', 'content']);
      expect(checked.stderr).toMatch(note);
      expect(checked.code).toBe(1);
      expect(checked.stdout).toContain('查干湖冬捕开幕');
    } finally {
      rmSync(big);
    }
  });
});
