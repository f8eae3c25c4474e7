// index build|update --max-file-size: as check's, a corpus file bigger than the limit (5 MB by
// default) is passed over with a one-line note naming it, the limit and the remedy, and the
// index is written from the rest; the limit is recorded with the build options.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';

let site: string;

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-index-size-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

function run(args: string[]) {
  return laiyuan(args, { cwd: site });
}

function stats(): { articles: number; options: Record<string, number> } {
  return JSON.parse(run(['index', 'stats', 'archive.lyx', '--format', 'json']).stdout) as { articles: number; options: Record<string, number> };
}

/** The whole archive pasted into one text file, again and again: an export dropped in the corpus folder, over 5 MB (`megabytes`). */
function writeExport(megabytes = 5.5): void {
  const corpus = path.join(site, 'corpus');
  const pages = readdirSync(corpus).map((f) => readFileSync(path.join(corpus, f), 'utf8')).join('\n\n');
  writeFileSync(path.join(corpus, '全站导出.txt'), pages.repeat(Math.ceil((megabytes * 1024 * 1024) / Buffer.byteLength(pages))));
}

/** An editor's correction to one article of the corpus: the date of the trains' count put right. */
function correctArticle(): void {
  const file = path.join(site, 'corpus/cri-01-zhongou-banlie-changchun.txt');
  writeFileSync(file, readFileSync(file, 'utf8').replace('11月20日上午', '11月21日上午'));
}

describe('index build|update --max-file-size', { timeout: 120000 }, () => {
  it('by default a corpus file over 5 MB is passed over with a note, and the index is written from the rest', () => {
    writeExport();
    const r = run(['index', 'build', '-o', 'archive.lyx']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('laiyuan: note: corpus/全站导出.txt: is 5.6 MB, over the 5 MB limit: not read; raise --max-file-size to index it, or leave it out of the corpus\n');
    expect(r.stdout).toMatch(/^indexed 15 articles from 15 files into archive\.lyx/u);
    expect(stats().options.maxFileSize).toBe(5 * 1024 * 1024);
    expect(run(['index', 'stats', 'archive.lyx']).stdout).toMatch(/^build options +k 8, window 4, boilerplateShare 0\.05, maxFileSize 5 MB$/mu);
  });

  it('a lower limit leaves out the bigger pages, told one by one; an update at another limit takes them back, and records it', () => {
    const r = run(['index', 'build', '-o', 'archive.lyx', '--max-file-size', '5k']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('laiyuan: note: corpus/cri-page-jilin-2022-03-04.txt: is 6403 bytes, over the 5120 bytes limit: not read; raise --max-file-size to index it, or leave it out of the corpus\n');
    expect(stats()).toMatchObject({ articles: 14, options: { maxFileSize: 5120 } });
    const u = run(['index', 'update', 'archive.lyx', 'corpus', '--max-file-size', '1MB']);
    expect(u.code, u.stderr).toBe(0);
    expect(u.stderr).toBe('');
    expect(stats()).toMatchObject({ articles: 15, options: { maxFileSize: 1024 * 1024 } });
  });

  it('an update without the option reads by the limit the index was built with: the 7 MB export indexed at 10MB stays, as a rebuild at 10MB keeps it', () => {
    writeExport(7);
    const r = run(['index', 'build', '-o', 'archive.lyx', '--max-file-size', '10MB']);
    expect(r.code, r.stderr).toBe(0);
    expect(stats()).toMatchObject({ articles: 16, options: { maxFileSize: 10 * 1024 * 1024 } });
    correctArticle();
    const u = run(['index', 'update', 'archive.lyx', 'corpus']);
    expect(u.code, u.stderr).toBe(0);
    expect(u.stderr).toBe('');
    expect(stats()).toMatchObject({ articles: 16, options: { maxFileSize: 10 * 1024 * 1024 } });
    expect(run(['index', 'build', '-o', 'rebuilt.lyx', '--max-file-size', '10MB']).code).toBe(0);
    expect(readFileSync(path.join(site, 'archive.lyx')).equals(readFileSync(path.join(site, 'rebuilt.lyx')))).toBe(true);
  });

  it('an update of some of the corpus at another limit is refused in one line, the index untouched: the files it keeps were read at the old one', () => {
    writeExport(7);
    expect(run(['index', 'build', '-o', 'archive.lyx', '--max-file-size', '10MB']).code).toBe(0);
    const before = readFileSync(path.join(site, 'archive.lyx'));
    correctArticle();
    const u = run(['index', 'update', 'archive.lyx', 'corpus/cri-01-zhongou-banlie-changchun.txt', '--max-file-size', '5MB']);
    expect(u.code).toBe(2);
    expect(u.stderr).toBe(
      "laiyuan: the index archive.lyx was built with --max-file-size 10 MB, and an update keeps the files outside its paths as they were read then: leave the option out, update it over every path it indexes, or rebuild it with 'laiyuan index build corpus -o archive.lyx --max-file-size 5MB'\n",
    );
    expect(readFileSync(path.join(site, 'archive.lyx')).equals(before)).toBe(true);
    expect(run(['index', 'update', 'archive.lyx', 'corpus/cri-01-zhongou-banlie-changchun.txt', '--max-file-size', '10MB']).code).toBe(0);
  });

  it('the rebuild that refusal suggests works as printed, in a folder with no index in its config: corpus, -o and the size as given', () => {
    mkdirSync(path.join(site, 'corpus/吉林'));
    renameSync(path.join(site, 'corpus/cri-page-jilin-2022-03-04.txt'), path.join(site, 'corpus/吉林/cri-page-jilin-2022-03-04.txt'));
    expect(run(['index', 'build', 'corpus', '-o', 'c.lyx', '--max-file-size', '10MB']).code).toBe(0);
    const u = run(['index', 'update', 'c.lyx', 'corpus/吉林', '--max-file-size', '20MB']);
    expect(u.code).toBe(2);
    const suggested = /rebuild it with '([^']+)'\n$/u.exec(u.stderr)?.[1];
    expect(suggested).toBe('laiyuan index build corpus -o c.lyx --max-file-size 20MB');
    const again = run((suggested ?? '').split(' ').slice(1));
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^indexed 15 articles from 15 files into c\.lyx/u);
  });

  it('an update over the whole corpus at a lower limit says the export it removes is now over the limit, not gone from the corpus', () => {
    writeExport(4);
    expect(run(['index', 'build', 'corpus', '-o', 'd.lyx', '--max-file-size', '10MB']).stdout).toMatch(/^indexed 16 articles from 16 files/u);
    const u = run(['index', 'update', 'd.lyx', 'corpus', '--max-file-size', '3MB']);
    expect(u.code, u.stderr).toBe(0);
    expect(u.stderr).toMatch(/^laiyuan: note: corpus\/全站导出\.txt: is 4(?:\.\d)? MB, over the 3 MB limit: not read; raise --max-file-size to index it/u);
    expect(u.stdout).toMatch(/^updated: 0 added, 1 removed \(1 from 1 file now over --max-file-size 3 MB\); 15 articles from 15 files into d\.lyx: .*boilerplate\n$/u);
    expect(u.stdout).not.toContain('gone from the corpus');
  });

  it('a limit below every JSON Lines record: the notes and the refusal name the limit and say raise --max-file-size', () => {
    const record = (id: string, title: string, file: string) => JSON.stringify({ id, title, source: '国际在线', date: '2024-12-28', text: readFileSync(path.join(site, 'corpus', file), 'utf8') });
    mkdirSync(path.join(site, 'export'));
    writeFileSync(path.join(site, 'export/稿库.jsonl'), `${record('cri-2024-1', '查干湖冬捕开幕', 'cri-18-chaganhu-dongbu-kaimu.txt')}\n${record('cri-2024-2', '中欧班列长春', 'cri-01-zhongou-banlie-changchun.txt')}\n`);
    const r = run(['index', 'build', 'export', '-o', 'y.lyx', '--max-file-size', '1k']);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe('laiyuan: note: export/稿库.jsonl:1: this line is over the 1024 bytes limit a record is held to: not read; raise --max-file-size to read it (or, if records lost their line breaks, put each article on a line of its own)');
    expect(lines[2]).toBe('laiyuan: export: no article in the one corpus file found under the limit: 2 records over --max-file-size 1024 bytes passed over; raise --max-file-size to index them; y.lyx not written');
    expect(r.stderr).not.toContain('empty, or binary');
  });

  it('an update at a lower limit says the JSON Lines records it removes are now over the limit', () => {
    // before: updated: 0 added, 2 removed; … with no word why, the file still in the corpus
    const record = (id: string, title: string, text: string) => JSON.stringify({ id, title, source: '国际在线', date: '2024-12-28', text });
    const short = '国际在线消息：记者从长春市气象局获悉，受冷空气影响，本周末长春市将迎来今冬首场大范围降雪，累计降雪量可达中雪量级，局地大雪。气象部门提醒市民提前做好防寒保暖准备，驾车出行注意减速慢行。';
    const long = (file: string) => readFileSync(path.join(site, 'corpus', file), 'utf8');
    mkdirSync(path.join(site, 'export'));
    const lines = [record('cri-2024-0', '长春本周末迎今冬首场降雪', short), record('cri-2024-1', '查干湖冬捕开幕', long('cri-18-chaganhu-dongbu-kaimu.txt')), record('cri-2024-2', '中欧班列长春', long('cri-01-zhongou-banlie-changchun.txt'))];
    writeFileSync(path.join(site, 'export/稿库.jsonl'), `${lines.join('\n')}\n`);
    expect(run(['index', 'build', 'export', '-o', 'j.lyx']).stdout).toMatch(/^indexed 3 articles from 1 file/u);
    const u = run(['index', 'update', 'j.lyx', 'export', '--max-file-size', '1k']);
    expect(u.code, u.stderr).toBe(0);
    expect(u.stdout).toMatch(/^updated: 0 added, 2 removed \(2 records now over --max-file-size 1024 bytes\); 1 article from 1 file into j\.lyx/u);
  });

  it('a size it cannot read is check\'s one line, exit 2, nothing written', () => {
    const r = run(['index', 'build', '-o', 'archive.lyx', '--max-file-size', '5兆']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("laiyuan: --max-file-size takes a size such as 5MB, 500k or 1048576 (bytes), not '5兆'\n");
    expect(readdirSync(site)).not.toContain('archive.lyx');
  });

  it.each([['index', 'build', '-o', 'archive.lyx'], ['check', 'content']])('a size past any file (99999999999GB) is refused by %s in one line naming the largest taken, exit 2', (...args) => {
    const r = run([...args, '--max-file-size', '99999999999GB']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("laiyuan: --max-file-size takes at most 1024GB (1 TB), not '99999999999GB'\n");
    expect(readdirSync(site)).not.toContain('archive.lyx');
    expect(run([...args, '--max-file-size', '1024GB']).code).not.toBe(2);
  });
});
