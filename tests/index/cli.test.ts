// laiyuan index build / update / stats, and check and match reading an index file instead of the corpus.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { freshSchema } from '../postgres/schema.js';

let site: string;

beforeEach(async () => {
  // a turn of the event loop between tests: they run the CLI with spawnSync, and a file of them
  // that never lets vitest's messages in for 60 s (a loaded machine) fails with "Timeout calling onTaskUpdate"
  await new Promise((resolve) => setImmediate(resolve));
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-index-cli-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

function run(args: string[]) {
  return laiyuan(args, { cwd: site });
}

function build(out = 'archive.lyx', paths: string[] = []) {
  const r = run(['index', 'build', ...paths, '-o', out]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

/** Offset and length of a section of the file, read off its section table (meta 0 … records 4). */
const section = (bytes: Buffer, i: number) => ({ offset: bytes.readDoubleLE(32 + i * 24), length: bytes.readDoubleLE(40 + i * 24) });

describe('laiyuan index', { timeout: 180000 }, () => {
  it('builds from the config\'s corpus and tells what it holds', () => {
    // what a build killed before it finished left (its process is gone): removed by the next build
    const stale = path.join(site, '.archive.lyx.2147483646.0123456789ab.laiyuan.tmp');
    writeFileSync(stale, 'LAIYUANX');
    expect(build().stdout).toMatch(/^indexed 15 articles from 15 files into archive\.lyx: [\d.]+ MB, [\d,]+ fingerprints, [\d,]+ left out as boilerplate\n$/u);
    expect(existsSync(stale)).toBe(false);
    const stats = JSON.parse(run(['index', 'stats', 'archive.lyx', '--format', 'json']).stdout) as Record<string, unknown>;
    expect(stats).toMatchObject({ formatVersion: 4, pack: 'cri', articles: 15, files: 15, options: { k: 8, window: 4, boilerplateShare: 0.05 } });
    expect(run(['index', 'stats', 'archive.lyx']).stdout).toMatch(/^articles +15$/mu);
    // -f, as check, match and inspect take it
    expect(run(['index', 'stats', 'archive.lyx', '-f', 'json']).stdout).toBe(run(['index', 'stats', 'archive.lyx', '--format', 'json']).stdout);
  });

  it('check --index reports exactly what check over the corpus folder does, without the folder', () => {
    build();
    const fromCorpus = run(['check', 'content', '--format', 'json']);
    renameSync(path.join(site, 'corpus'), path.join(site, 'moved-away'));
    const fromIndex = run(['check', 'content', '--format', 'json', '--index', 'archive.lyx']);
    expect(fromIndex.code).toBe(1);
    expect(fromIndex.stdout).toBe(fromCorpus.stdout);
    expect(JSON.parse(fromIndex.stdout).summary.errors).toBeGreaterThan(3);
  });

  it('takes the index from the config, per pack, instead of the corpus', () => {
    build();
    const fromCorpus = run(['check', 'content', '--format', 'json']);
    const config = readFileSync(path.join(site, 'laiyuan.yaml'), 'utf8').replace(/corpus:\n  cri:\n    - corpus\/\n/u, 'index:\n  cri: archive.lyx\n');
    expect(config).toContain('index:');
    writeFileSync(path.join(site, 'laiyuan.yaml'), config);
    rmSync(path.join(site, 'corpus'), { recursive: true });
    const fromIndex = run(['check', 'content', '--format', 'json']);
    expect(fromIndex.stdout).toBe(fromCorpus.stdout);
    const matched = run(['match', 'content/licensed/2024-01-yangshan-gang-jizhuangxiang.md', '--format', 'json']);
    expect(matched.code).toBe(0);
    expect(matched.stdout).toContain('cri-12-yangshan-gang-jizhuangxiang');
  });

  it('update with added, changed and removed articles writes the file a rebuild writes', () => {
    const corpus = path.join(site, 'corpus');
    const files = ['cri-12-yangshan-gang-jizhuangxiang.txt', 'cri-13-jiuquan-yijian-sixing.txt'];
    const aside = path.join(site, 'aside');
    cpSync(corpus, aside, { recursive: true });
    rmSync(path.join(corpus, files[0]));
    const changed = path.join(corpus, files[1]);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('一箭四星', '一箭五星'));
    writeFileSync(path.join(corpus, 'gone.txt'), '这是一篇随后从档案中删除的文章，内容是关于某地举办农民丰收节的报道，共有三个段落。\n');
    build('old.lyx', ['corpus']);
    // the archive as it is now: the first file back, the second as it was, the third gone
    cpSync(path.join(aside, files[0]), path.join(corpus, files[0]));
    cpSync(path.join(aside, files[1]), changed);
    rmSync(path.join(corpus, 'gone.txt'));
    const updated = run(['index', 'update', 'old.lyx', 'corpus']);
    expect(updated.code).toBe(0);
    expect(updated.stdout).toMatch(/^updated: [^;]*; 15 articles/u);
    build('new.lyx', ['corpus']);
    expect(readFileSync(path.join(site, 'old.lyx')).equals(readFileSync(path.join(site, 'new.lyx')))).toBe(true);
  });

  it('update reads only the files named: kept articles come from the index with their corpus gone, boilerplate counted again both ways', () => {
    const stats = (file: string) => JSON.parse(run(['index', 'stats', file, '--format', 'json']).stdout) as { articles: number; boilerplateLines: number };
    const kept = readFileSync(path.join(site, 'corpus', 'cri-12-yangshan-gang-jizhuangxiang.txt'), 'utf8');
    const paragraph = kept.split('\n').find((l) => l.trim().startsWith('过去一年，上海港')) ?? '';
    expect(paragraph.length).toBeGreaterThan(50);
    build('old.lyx', ['corpus']);
    const before = stats('old.lyx');
    // two follow-ups repeat the paragraph word for word: three articles hold it, the bar for 17 articles
    mkdirSync(path.join(site, 'more'));
    writeFileSync(path.join(site, 'more', 'a.txt'), `上海港今年一季度集装箱吞吐量再创新高\n来源：国际在线\n${paragraph}\n一季度，上海港完成集装箱吞吐量1200万标准箱，同比增长5.2%。\n`);
    writeFileSync(path.join(site, 'more', 'b.txt'), `洋山港区自动化码头迎来第五年\n来源：国际在线\n${paragraph}\n四期码头今年将新增十台桥吊，作业效率有望再提高一成。\n`);
    renameSync(path.join(site, 'corpus'), path.join(site, 'away'));
    const updated = run(['index', 'update', 'old.lyx', 'more']);
    renameSync(path.join(site, 'away'), path.join(site, 'corpus'));
    expect(updated.stderr).toBe('');
    expect(updated.stdout).toMatch(/^updated: [^;]*; 17 articles/u);
    expect(stats('old.lyx').boilerplateLines).toBe(before.boilerplateLines + 1);
    build('rebuilt.lyx', ['corpus', 'more']);
    expect(readFileSync(path.join(site, 'old.lyx')).equals(readFileSync(path.join(site, 'rebuilt.lyx')))).toBe(true);
    // one follow-up gone: the paragraph is in two articles, content again in the kept one
    rmSync(path.join(site, 'more', 'b.txt'));
    expect(run(['index', 'update', 'old.lyx', 'more']).code).toBe(0);
    expect(stats('old.lyx')).toMatchObject({ articles: 16, boilerplateLines: before.boilerplateLines });
    build('rebuilt.lyx', ['corpus', 'more']);
    expect(readFileSync(path.join(site, 'old.lyx')).equals(readFileSync(path.join(site, 'rebuilt.lyx')))).toBe(true);
  });

  it('update of part of the corpus keeps the other articles as stored', () => {
    build('all.lyx', ['corpus']);
    const one = path.join(site, 'corpus', 'cri-13-jiuquan-yijian-sixing.txt');
    writeFileSync(one, readFileSync(one, 'utf8').replace('一箭四星', '一箭五星'));
    expect(run(['index', 'update', 'all.lyx', 'corpus/cri-13-jiuquan-yijian-sixing.txt']).code).toBe(0);
    build('rebuilt.lyx', ['corpus']);
    expect(readFileSync(path.join(site, 'all.lyx')).equals(readFileSync(path.join(site, 'rebuilt.lyx')))).toBe(true);
  });
});

describe('an index that cannot be used is refused with one line and exit code 2', { timeout: 180000 }, () => {
  const refused = (file: string, pattern: RegExp, extra: string[] = [], args = ['check', 'content', '--index', file]) => {
    const r = run([...args, ...extra]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).toContain(file);
  };

  it('truncated', () => {
    build();
    const bytes = readFileSync(path.join(site, 'archive.lyx'));
    writeFileSync(path.join(site, 'cut.lyx'), bytes.subarray(0, bytes.length - 100));
    refused('cut.lyx', /^laiyuan: the index cut\.lyx is truncated \(\d+ of \d+ bytes\): rebuild it/u);
  });

  it.each([
    ['header', (_: Buffer) => [20]],
    ['metadata', (b: Buffer) => [section(b, 0).offset + 40]],
    ['postings', (b: Buffer) => [section(b, 3).offset + Math.floor(section(b, 3).length / 2)]],
    // every record: a damaged record is found when an article is read, and every one is read by some document
    ['records', (b: Buffer) => Array.from({ length: Math.floor(section(b, 4).length / 400) }, (_, i) => section(b, 4).offset + 200 + i * 400)],
  ])('corrupt %s: refused by check and by index stats, which reads the whole file', (_, where) => {
    build();
    const bytes = readFileSync(path.join(site, 'archive.lyx'));
    for (const at of where(bytes)) bytes[at] ^= 0x5a;
    writeFileSync(path.join(site, 'bad.lyx'), bytes);
    const damaged = /^laiyuan: the index bad\.lyx is damaged \(checksum or layout does not hold\): rebuild it/u;
    refused('bad.lyx', damaged);
    refused('bad.lyx', damaged, ['--format', 'json'], ['index', 'stats', 'bad.lyx']);
  });

  it('one flipped byte in the middle of the postings or of one record: index stats refuses it', () => {
    build();
    const sound = readFileSync(path.join(site, 'archive.lyx'));
    expect(run(['index', 'stats', 'archive.lyx']).code).toBe(0);
    for (const i of [3, 4]) {
      const bytes = Buffer.from(sound);
      bytes[section(bytes, i).offset + Math.floor(section(bytes, i).length / 2)] ^= 0x01;
      writeFileSync(path.join(site, 'flipped.lyx'), bytes);
      refused('flipped.lyx', /^laiyuan: the index flipped\.lyx is damaged/u, [], ['index', 'stats', 'flipped.lyx']);
    }
    // as the first builds of format 3 wrote it, without the records section's CRC-32: each record is checked against its own
    const early = Buffer.from(sound);
    early.writeUInt32LE(0, 32 + 4 * 24 + 16);
    early.writeUInt32LE(0, 24);
    early.writeUInt32LE(crc32(early.subarray(0, 224)), 24);
    writeFileSync(path.join(site, 'early.lyx'), early);
    expect(run(['index', 'stats', 'early.lyx']).code).toBe(0);
    early[section(early, 4).offset + Math.floor(section(early, 4).length / 2)] ^= 0x01;
    writeFileSync(path.join(site, 'early.lyx'), early);
    refused('early.lyx', /^laiyuan: the index early\.lyx is damaged/u, [], ['index', 'stats', 'early.lyx']);
  });

  it('a warm --cache run over an index replaced in place by a damaged one: refused as the uncached run refuses it', () => {
    build();
    const sound = readFileSync(path.join(site, 'archive.lyx'));
    const cached = () => run(['check', 'content', '--format', 'json', '--cache', '--index', 'archive.lyx']);
    const cold = cached();
    expect(cold.code).toBe(1);
    // same length, same header (its checksums as written): a byte in the postings, one in every record
    const bytes = Buffer.from(sound);
    bytes[section(bytes, 3).offset + Math.floor(section(bytes, 3).length / 2)] ^= 0x5a;
    for (let at = section(bytes, 4).offset + 200; at < section(bytes, 4).offset + section(bytes, 4).length; at += 400) bytes[at] ^= 0x5a;
    writeFileSync(path.join(site, 'archive.lyx'), bytes);
    const damaged = /^laiyuan: the index archive\.lyx is damaged \(checksum or layout does not hold\): rebuild it/u;
    refused('archive.lyx', damaged, ['--format', 'json']);
    refused('archive.lyx', damaged, ['--format', 'json', '--cache']);
    // the sound bytes back (another stamp, checked whole): the cache answers as before
    writeFileSync(path.join(site, 'archive.lyx'), sound);
    expect(cached()).toEqual(cold);
  });

  it('corrupt records met on worker threads (--concurrency 2): the same line, naming the index as given', () => {
    build();
    const bytes = readFileSync(path.join(site, 'archive.lyx'));
    const records = section(bytes, 4);
    for (let at = records.offset + 200; at < records.offset + records.length; at += 400) bytes[at] ^= 0x5a;
    writeFileSync(path.join(site, 'bad.lyx'), bytes);
    refused('bad.lyx', /^laiyuan: the index bad\.lyx is damaged \(checksum or layout does not hold\): rebuild it/u, ['--concurrency', '2']);
  });

  it('corrupt postings read on the main thread for the worker threads, started meanwhile (--concurrency 2): the same line, and the run ends', () => {
    build();
    // twice the files: enough that the main thread reads all postings once for both threads (workers.ts FILES_TO_PRELOAD)
    cpSync(path.join(site, 'content'), path.join(site, 'again'), { recursive: true });
    renameSync(path.join(site, 'again'), path.join(site, 'content/again'));
    const bytes = readFileSync(path.join(site, 'archive.lyx'));
    bytes[section(bytes, 3).offset + Math.floor(section(bytes, 3).length / 2)] ^= 0x5a;
    writeFileSync(path.join(site, 'bad.lyx'), bytes);
    refused('bad.lyx', /^laiyuan: the index bad\.lyx is damaged \(checksum or layout does not hold\): rebuild it/u, ['--concurrency', '2']);
  });

  it('another format version', () => {
    build();
    const bytes = readFileSync(path.join(site, 'archive.lyx'));
    bytes.writeUInt32LE(5, 8);
    writeFileSync(path.join(site, 'v5.lyx'), bytes);
    refused('v5.lyx', /^laiyuan: the index v5\.lyx has format version 5, this laiyuan reads versions 3 and 4: rebuild it/u);
    // version 2: records as compressed JSON
    bytes.writeUInt32LE(2, 8);
    writeFileSync(path.join(site, 'v2.lyx'), bytes);
    refused('v2.lyx', /^laiyuan: the index v2\.lyx has format version 2, this laiyuan reads versions 3 and 4: rebuild it with 'laiyuan index build corpus -o v2\.lyx'/u);
    // an index of laiyuan 0.2.0 (format 1, without the tables an update reuses)
    bytes.writeUInt32LE(1, 8);
    writeFileSync(path.join(site, 'v1.lyx'), bytes);
    refused('v1.lyx', /^laiyuan: the index v1\.lyx has format version 1, this laiyuan reads versions 3 and 4: rebuild it with 'laiyuan index build corpus -o v1\.lyx'/u);
  });

  it('not an index at all, or missing', () => {
    writeFileSync(path.join(site, 'notes.lyx'), '来源：国际在线\n');
    refused('notes.lyx', /^laiyuan: notes\.lyx is not a laiyuan index file/u);
    refused('missing.lyx', /^laiyuan: cannot read the index missing\.lyx: no such file; build it/u);
  });

  it('stale: built with other match options or for another pack', () => {
    build();
    writeFileSync(path.join(site, 'k10.yaml'), 'match:\n  k: 10\n');
    refused('archive.lyx', /^laiyuan: the index archive\.lyx is stale: it was built with match\.k 8, the config says 10; rebuild it/u, ['-c', 'k10.yaml']);
  });

  it('stale: the pack\'s notice changed since it was built, said in plain words', () => {
    const pack = readFileSync(path.join(ROOT, 'rules/cri.yaml'), 'utf8');
    writeFileSync(path.join(site, 'cri.yaml'), pack);
    writeFileSync(path.join(site, 'own.yaml'), 'packs: [cri.yaml]\ncorpus:\n  cri: [corpus/]\n');
    expect(run(['index', 'build', '-c', 'own.yaml', '-o', 'own.lyx']).code).toBe(0);
    expect(pack).toContain('转载目的在于传递更多信息');
    writeFileSync(path.join(site, 'cri.yaml'), pack.replaceAll('转载目的在于传递更多信息', '转载目的仅在于传递更多信息'));
    refused('own.lyx', /^laiyuan: the index own\.lyx is stale: the notice of pack 'cri' changed since the index was built; rebuild it with '/u, ['-c', 'own.yaml']);
  });
});

describe('a failed index build or update leaves the index file as it was', { timeout: 180000 }, () => {
  const bytesOf = (file: string) => readFileSync(path.join(site, file));
  const temps = () => readdirSync(site).filter((name) => name.endsWith('.laiyuan.tmp'));
  const notWritten = (r: { code: number | null; stdout: string; stderr: string }, file: string) => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`; ${file.replace('.', '\\.')} not written \\(left as it was\\)\n$`, 'u'));
    expect(r.stderr).not.toContain('--corpus');
    expect(temps()).toEqual([]);
  };
  /** Builds keep.lyx, runs `args` (after `prepare`): the run fails and keep.lyx is byte for byte as it was. */
  const failsLeavingKeep = (args: string[], prepare = () => {}) => {
    build('keep.lyx', ['corpus']);
    const before = bytesOf('keep.lyx');
    prepare();
    const r = run(args);
    notWritten(r, 'keep.lyx');
    expect(bytesOf('keep.lyx').equals(before)).toBe(true);
    return r;
  };

  it('build over a mistyped corpus path', () => {
    const r = failsLeavingKeep(['index', 'build', 'corpu', '-o', 'keep.lyx']);
    expect(r.stderr).toMatch(/corpu: corpus of pack 'cri': no such file or directory/u);
  });

  it('update with a corpus file that cannot be read (a named pipe)', () => {
    const r = failsLeavingKeep(['index', 'update', 'keep.lyx', 'corpus'], () => execFileSync('mkfifo', [path.join(site, 'corpus', 'zz-pipe.txt')]));
    expect(r.stderr).toContain('corpus/zz-pipe.txt');
  });

  it('build and update over a corpus folder with a link leading out of the project: refused naming the link, as check refuses it', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'laiyuan-outside-'));
    try {
      cpSync(path.join(site, 'corpus', 'cri-13-jiuquan-yijian-sixing.txt'), path.join(outside, 'jiuquan.txt'));
      const link = () => symlinkSync(path.join(outside, 'jiuquan.txt'), path.join(site, 'corpus', 'zz-link.txt'));
      const named = /corpus\/zz-link\.txt: corpus of pack 'cri': is a link to .*jiuquan\.txt, outside the project folder .*: not followed; name .*jiuquan\.txt itself to read it/u;
      expect(failsLeavingKeep(['index', 'update', 'keep.lyx', 'corpus'], link).stderr).toMatch(named);
      const before = bytesOf('keep.lyx');
      const rebuilt = run(['index', 'build', 'corpus', '-o', 'keep.lyx']);
      notWritten(rebuilt, 'keep.lyx');
      expect(rebuilt.stderr).toMatch(named);
      expect(bytesOf('keep.lyx').equals(before)).toBe(true);
      const checked = run(['check', 'content', '--format', 'json']);
      expect(checked.code).toBe(2);
      const errors = (JSON.parse(checked.stdout) as { errors: { file: string; message: string }[] }).errors;
      expect(errors.map((e) => `${e.file}: ${e.message}`)).toEqual([expect.stringMatching(named)]);
      const onServer = run(['index', 'build', 'corpus', '--index', freshSchema().url]);
      expect(onServer.code).toBe(2);
      expect(onServer.stderr).toMatch(named);
      // a link that stays inside the project is followed, by check and build alike
      rmSync(path.join(site, 'corpus', 'zz-link.txt'));
      mkdirSync(path.join(site, 'extra'));
      cpSync(path.join(outside, 'jiuquan.txt'), path.join(site, 'extra', 'jiuquan.txt'));
      symlinkSync(path.join(site, 'extra', 'jiuquan.txt'), path.join(site, 'corpus', 'zz-link.txt'));
      expect(build('keep.lyx', ['corpus']).stdout).toMatch(/^indexed 16 articles from 16 files/u);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('update naming a path that is not there and that the index holds nothing under', () => {
    const r = failsLeavingKeep(['index', 'update', 'keep.lyx', 'corpus/cri-99-no-such.txt']);
    // one line: the path, the problem, what to do, and that the index was left as it was
    expect(r.stderr).toBe('laiyuan: corpus/cri-99-no-such.txt: no such file or directory, and the index holds no corpus file there (check the path); keep.lyx not written (left as it was)\n');
  });

  it('update over an index with a damaged record outside the paths given: refused in one line, nothing carried into a new file', () => {
    build('keep.lyx', ['corpus']);
    const bytes = bytesOf('keep.lyx');
    // the first record, of cri-01: the update reads cri-13 again and would keep the others as stored
    const records = section(bytes, 4);
    expect(records.length).toBeGreaterThan(400);
    bytes[records.offset + 200] ^= 0x5a;
    writeFileSync(path.join(site, 'keep.lyx'), bytes);
    const r = run(['index', 'update', 'keep.lyx', 'corpus/cri-13-jiuquan-yijian-sixing.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("laiyuan: the index keep.lyx is damaged (checksum or layout does not hold): rebuild it with 'laiyuan index build corpus -o keep.lyx'\n");
    expect(bytesOf('keep.lyx').equals(bytes)).toBe(true);
    expect(temps()).toEqual([]);
  });

  it('update naming a corpus file the index holds and that is gone: a removal, said in the summary', () => {
    build('all.lyx', ['corpus']);
    rmSync(path.join(site, 'corpus', 'cri-12-yangshan-gang-jizhuangxiang.txt'));
    const r = run(['index', 'update', 'all.lyx', 'corpus/cri-12-yangshan-gang-jizhuangxiang.txt']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^updated: \d+ added, \d+ removed \(1 from 1 file gone from the corpus\); 14 articles from 14 files into all\.lyx: .*boilerplate\n$/u);
    build('rebuilt.lyx', ['corpus']);
    expect(bytesOf('all.lyx').equals(bytesOf('rebuilt.lyx'))).toBe(true);
  });
});

describe('index build -o', { timeout: 180000 }, () => {
  it('makes the folders missing, as check -o does', () => {
    expect(build('out/nested/x.lyx', ['corpus']).stdout).toMatch(/^indexed 15 articles from 15 files into out\/nested\/x\.lyx/u);
    expect(existsSync(path.join(site, 'out/nested/x.lyx'))).toBe(true);
  });

  it('into a folder that cannot be made: one line naming the file, exit code 2', () => {
    writeFileSync(path.join(site, 'plain'), 'a file, not a folder\n');
    const r = run(['index', 'build', 'corpus', '-o', 'plain/x.lyx']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('laiyuan: cannot write plain/x.lyx: plain is a file, not a folder; give a path whose folders are folders\n');
  });
});
