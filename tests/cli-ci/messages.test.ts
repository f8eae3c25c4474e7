// Errors found in a by-hand trial: each is one line that says what to do, with exit code 2.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, REPRINTS, ROOT, type Workspace } from './workspace.js';

let ws: Workspace;
let elsewhere: string;

beforeAll(() => {
  ws = makeWorkspace({ content: { 'content/长白山滑雪节.txt': REPRINTS.none, 'content/寒潮预警.txt': REPRINTS.alias } });
  elsewhere = mkdtempSync(path.join(tmpdir(), 'laiyuan-elsewhere-'));
});

afterAll(() => {
  rmSync(ws.dir, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

describe('messages that say what to do', () => {
  it('check of a path that is not there: one line on standard error naming it, nothing on standard output, whatever the format', () => {
    for (const format of ['pretty', 'json']) {
      const run = laiyuan(ws.dir, ['check', '没有这个文件夹', '--format', format]);
      expect([run.status, run.stdout, run.stderr]).toEqual([2, '', 'laiyuan: 没有这个文件夹: no such file or directory: check the path, or pass an existing file or folder\n']);
    }
  });

  it('check of a folder and a mistyped file beside it: the run stops on the mistyped one (ESLint: No files matching the pattern)', () => {
    const run = laiyuan(ws.dir, ['check', 'content', 'content/长白山滑雪.txt', './旧稿']);
    expect([run.status, run.stdout, run.stderr]).toEqual([2, '', 'laiyuan: content/长白山滑雪.txt: no such file or directory: check the path, or pass an existing file or folder (and 1 more path not there)\n']);
  });

  it('-c naming a folder: give -c the config file itself', () => {
    const run = laiyuan(ws.dir, ['check', 'content', '-c', 'content']);
    expect([run.status, run.stderr]).toEqual([2, 'laiyuan: content: is a folder, not a config file: give -c the config file itself (a laiyuan.yaml), or leave -c out to use the laiyuan.yaml found upwards\n']);
  });

  it('match --corpus naming a path that is not there: names the option, and the path as given', () => {
    const run = laiyuan(ws.dir, ['match', 'content', '--corpus', '旧稿库']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("laiyuan: 旧稿库: corpus of pack 'cri': no such file or directory (given with --corpus 旧稿库: check the path)\n");
  });

  it('--file-list naming a folder: check the folder itself, or give a file of paths', () => {
    const run = laiyuan(ws.dir, ['check', '--file-list', 'content']);
    expect([run.status, run.stderr.split('\n').filter((l) => !l.includes('note:'))]).toEqual([
      2,
      ['laiyuan: --file-list content: is a folder, not a list of paths: check it with laiyuan check content, or give --file-list a file of paths (one a line)', ''],
    ]);
  });

  it('inspect of a folder: says inspect reads one file', () => {
    const run = laiyuan(ws.dir, ['inspect', 'content']);
    expect([run.status, run.stderr]).toEqual([2, 'laiyuan: content: is a folder: inspect reads one file (or - for standard input); name a file in it, or run laiyuan check content for the whole folder\n']);
  });

  it('--date of a day that does not exist says so', () => {
    const run = laiyuan(ws.dir, ['check', 'content', '--date', '2024-02-30']);
    expect([run.status, run.stderr]).toEqual([2, 'laiyuan: --date 2024-02-30: there is no such day (2024-02 has 29 days); give a date that exists, as YYYY-MM-DD\n']);
    const month = laiyuan(ws.dir, ['check', 'content', '--date', '2024-13-01']);
    expect([month.status, month.stderr]).toEqual([2, 'laiyuan: --date 2024-13-01: there is no month 13; give a date that exists, as YYYY-MM-DD\n']);
  });
});

describe('--fix-dry-run of a path named absolute outside the working folder', () => {
  it('heads the diff as git does: a/<path> without a doubled slash', () => {
    // the demo's 来源：CRI is rewritten; a dry run writes nothing
    const file = path.join(ROOT, 'fixtures/demo/content/licensed/2024-04-lishu-moshi-heitudi.md');
    const run = laiyuan(elsewhere, ['check', file, '-c', path.join(ROOT, 'fixtures/demo/laiyuan.yaml'), '--fix-dry-run']);
    const name = file.replace(/^\/+/u, '');
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([`--- a/${name}`, `+++ b/${name}`]);
  });
});

describe('a second by-hand trial: match as check, paths as given, hints that read as no command', () => {
  it('match over a corpus of no articles (an empty folder, a binary file) stops as check does', () => {
    mkdirSync(ws.at('空稿库'));
    ws.write('二进制稿库/rand.txt', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131 + 7) % 256)));
    for (const folder of ['空稿库', '二进制稿库']) {
      ws.write(`${folder}.yaml`, `packs: [cri]\ncorpus:\n  cri: [${folder}/]\n`);
      const line = `the corpus of pack 'cri' holds no articles (${folder}/): corpus.cri in ${folder}.yaml should name the folders of the publisher's articles`;
      const match = laiyuan(ws.dir, ['match', 'content', '-c', `${folder}.yaml`]);
      expect([match.status, match.stdout, match.stderr]).toEqual([2, '', `laiyuan: ${line}, or give --corpus the folder they are in\n`]);
      const check = laiyuan(ws.dir, ['check', 'content', '-c', `${folder}.yaml`]);
      expect([check.status, check.stderr]).toEqual([2, `laiyuan: ${line}, or pass --allow-no-corpus\n`]);
    }
  });

  it('--baseline naming a folder: says so, and to name the baseline file', () => {
    const run = laiyuan(ws.dir, ['check', 'content', '--baseline', 'content']);
    expect([run.status, run.stderr]).toEqual([2, 'laiyuan: content: is a folder, not a baseline file: name the baseline file itself, such as --baseline content/.laiyuan-baseline.json\n']);
  });

  it('match names --corpus and --index paths given absolute outside the working folder as given', () => {
    const corpus = laiyuan(ws.dir, ['match', 'content', '--corpus', '/dev/zero']);
    expect([corpus.status, corpus.stderr]).toEqual([2, 'laiyuan: /dev/zero: is a device, not a regular file: not read, since reading it could wait or run forever; name a regular file\n']);
    const index = path.join(elsewhere, '没有.lyx');
    const run = laiyuan(ws.dir, ['match', 'content', '--index', index]);
    expect([run.status, run.stderr]).toEqual([2, `laiyuan: cannot read the index ${index}: no such file; build it with 'laiyuan index build corpus -o ${index}'\n`]);
  });

  it('a dangling link named to check is said in the corpus reader\'s words', () => {
    symlinkSync(path.join(elsewhere, '不在.txt'), ws.at('断链.txt'));
    const run = laiyuan(ws.dir, ['check', '断链.txt', '--format', 'json']);
    expect(run.status).toBe(2);
    expect(parseJson(run).errors.map((e) => e.message)).toEqual([`is a link to ${path.join(elsewhere, '不在.txt')}, which is not there: restore the file, point the link at it, or remove the link`]);
  });

  it('the baseline note names the baseline as given, not relative to the real working folder', () => {
    const baseline = path.join(elsewhere, 'bl.json');
    expect(laiyuan(ws.dir, ['check', 'content', '--write-baseline', baseline]).status).toBe(0);
    const run = laiyuan(ws.dir, ['check', 'content', '--baseline', baseline]);
    expect(run.stderr).toMatch(new RegExp(`^laiyuan: note: \\d+ finding\\(s\\) recorded in ${baseline} not reported\\n$`, 'u'));
  });

  it('COLUMNS is taken only when it is exactly a whole number', () => {
    const at = (columns: string) => laiyuan(ws.dir, ['check', 'content/长白山滑雪节.txt'], { env: { COLUMNS: columns } }).stdout;
    const piped = at('');
    expect(at('40')).not.toBe(piped);
    expect(at(' 40')).toBe(piped);
    expect(at('40 ')).toBe(piped);
  });
});

describe('a third by-hand trial: never advice to write over a file that is not an index; errors in words', () => {
  const build = "'laiyuan index build <corpus> -o <new file>'";

  it('--index naming a file that is not an index (check and match): says so, and to build under a new name, not over it', () => {
    ws.write('编辑部通讯录.txt', '国际在线编辑部 值班电话 010-12345678\n');
    const line = `laiyuan: 编辑部通讯录.txt is not a laiyuan index file: check the name, or build an index under a new name, not over this file: ${build}\n`;
    for (const command of ['check', 'match']) {
      const run = laiyuan(ws.dir, [command, 'content', '--index', '编辑部通讯录.txt']);
      expect([run.status, run.stderr]).toEqual([2, line]);
    }
    expect(ws.read('编辑部通讯录.txt').toString()).toBe('国际在线编辑部 值班电话 010-12345678\n');
  });

  it('--index /dev/null: a device, never built over', () => {
    const run = laiyuan(ws.dir, ['check', 'content', '--index', '/dev/null']);
    expect([run.status, run.stderr]).toEqual([
      2,
      `laiyuan: cannot read the index /dev/null: it is a device, not a regular file: not read, since reading it could wait or run forever; name a regular file, or build an index under a new name: ${build}\n`,
    ]);
  });

  it('index: in the config naming a file that is not an index: the same, and where it is named', () => {
    ws.write('通讯录索引.yaml', 'packs: [cri]\nindex:\n  cri: 编辑部通讯录.txt\n');
    ws.write('编辑部通讯录.txt', '国际在线编辑部 值班电话 010-12345678\n');
    const run = laiyuan(ws.dir, ['check', 'content', '-c', '通讯录索引.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^laiyuan: 编辑部通讯录\.txt is not a laiyuan index file: .*not over this file: .*; index\.cri in \S*通讯录索引\.yaml names it\n$/u);
  });

  it('--index below a file (ENOTDIR): a one-line error, not an internal error', () => {
    ws.write('编辑部通讯录.txt', '国际在线编辑部 值班电话 010-12345678\n');
    const run = laiyuan(ws.dir, ['check', 'content', '--index', '编辑部通讯录.txt/archive.lyx']);
    expect([run.status, run.stderr]).toEqual([2, 'laiyuan: cannot read the index 编辑部通讯录.txt/archive.lyx: 编辑部通讯录.txt is a file, not a folder; check the path\n']);
  });

  it('-o and --output-<format> naming a folder: refused before the run, with a file in it to name', () => {
    mkdirSync(ws.at('报告'), { recursive: true });
    const main = laiyuan(ws.dir, ['check', 'content', '-f', 'json', '-o', '报告']);
    expect([main.status, main.stdout, main.stderr]).toEqual([2, '', 'laiyuan: 报告: is a folder, not a report file: name the report file itself, such as -o 报告/laiyuan-report.json\n']);
    const sarif = laiyuan(ws.dir, ['check', 'content', '--output-sarif', '报告']);
    expect([sarif.status, sarif.stderr]).toEqual([2, 'laiyuan: 报告: is a folder, not a report file: name the report file itself, such as --output-sarif 报告/laiyuan-report.sarif\n']);
  });

  it('--cache-location naming a file: the note says it is a file, not a code', () => {
    ws.write('缓存.txt', '不是缓存文件夹\n');
    const run = laiyuan(ws.dir, ['check', 'content/长白山滑雪节.txt', '--cache-location', '缓存.txt']);
    expect(run.stderr).toBe(`laiyuan: note: cannot write the cache at ${ws.at('缓存.txt')}: it is a file, not a folder; give --cache-location a folder; the run goes on without it\n`);
  });

  it('index build over a JSON Lines corpus with an empty record and a broken line: each message ends once, no ".;"', () => {
    const record = (title: string, text: string) => JSON.stringify({ title, text });
    ws.write('坏稿库/稿件.jsonl', [record('长白山国际滑雪节开幕', '  '), '{"title": "寒潮来袭", "text": "中央气象台发布寒潮橙色预警', ''].join('\n'));
    const run = laiyuan(ws.dir, ['index', 'build', '坏稿库', '-o', '坏稿库.lyx']);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toContain('.;');
    expect(run.stderr).toContain("give it the article's text, or remove the line; 坏稿库.lyx not written");
    expect(run.stderr).toContain('fix this line or remove it; 坏稿库.lyx not written');
  });
});
