// An index build or update that would write an index of no articles (a corpus folder empty, or
// holding only pictures and files that read as binary) is refused as check refuses such an index:
// one line naming the paths and what to do, exit 2, nothing written (the old index left as it
// was); --allow-no-corpus writes it all the same, which check then takes with --allow-no-corpus.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { freshSchema } from '../postgres/schema.js';

let site: string;
const run = (args: string[]) => laiyuan(args, { cwd: site });

/** The first bytes of a PNG picture: a file read as binary, whatever its name. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0x10, 0, 0, 0, 0x10, 8, 6, 0, 0, 0]);
const ARTICLE = '长白山冰雪旅游季开幕 首日接待游客两万人次\n2023-12-01 10:20:00来源:国际在线责编:王晓\n国际在线长春消息：12月1日，吉林省长白山冰雪旅游季正式开幕，首日接待游客两万人次。\n景区今年新开通三条雪道，并在山门处增设了游客服务中心。\n';

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-empty-corpus-'));
  cpSync(path.join(ROOT, 'fixtures/demo/content'), path.join(site, 'content'), { recursive: true });
  cpSync(path.join(ROOT, 'fixtures/demo/laiyuan.yaml'), path.join(site, 'laiyuan.yaml'));
  mkdirSync(path.join(site, '空目录'));
  // a download of the archive that came as pictures: a .jpg is no corpus file, a .txt of PNG bytes reads as binary
  mkdirSync(path.join(site, 'pictures'));
  writeFileSync(path.join(site, 'pictures', '封面.jpg'), PNG);
  writeFileSync(path.join(site, 'pictures', '长白山.txt'), PNG);
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

const ADVICE = "check refuses an index of no articles: name the folders of the publisher's articles, or give --allow-no-corpus to write it all the same";

/** The run refused in one line (without the advice, which every such line ends with before the index's name). */
function refused(r: { code: number | null; stdout: string; stderr: string }, start: string, end: string): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`laiyuan: ${start}; ${ADVICE}; ${end}\n`);
}

describe('index build over a corpus of no articles', { timeout: 180000 }, () => {
  it('an empty folder, or one of pictures only: refused in one line, no file written, serial or on threads', () => {
    for (const concurrency of ['1', '2']) {
      refused(run(['index', 'build', '空目录', '-o', 'archive.lyx', '--concurrency', concurrency]), '空目录: no corpus file (.txt, .md, .html or .jsonl) found', 'archive.lyx not written');
      refused(run(['index', 'build', 'pictures', '-o', 'archive.lyx', '--concurrency', concurrency]), 'pictures: no article in the one corpus file found (empty, or binary)', 'archive.lyx not written');
      refused(run(['index', 'build', '空目录', 'pictures', '-o', 'archive.lyx', '--concurrency', concurrency]), '空目录, pictures: no article in the one corpus file found (empty, or binary)', 'archive.lyx not written');
      expect(existsSync(path.join(site, 'archive.lyx'))).toBe(false);
    }
  });

  it('with --allow-no-corpus: written, and check takes it as it takes no corpus, with --allow-no-corpus only', () => {
    const built = run(['index', 'build', 'pictures', '-o', 'archive.lyx', '--allow-no-corpus']);
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/^indexed 0 articles from 0 files into archive\.lyx/u);
    const checked = run(['check', 'content', '--index', 'archive.lyx']);
    expect(checked.code).toBe(2);
    expect(checked.stderr).toMatch(/^laiyuan: the index archive\.lyx of pack 'cri' holds no articles, .*--allow-no-corpus\n$/u);
    const allowed = run(['check', 'content', '--index', 'archive.lyx', '--allow-no-corpus']);
    expect(allowed.code).toBe(1);
    expect(allowed.stderr).toContain("laiyuan: note: the index archive.lyx of pack 'cri' holds no articles");
  });

  it('to a server, as to a file: refused, no table made', () => {
    const s = freshSchema();
    refused(run(['index', 'build', 'pictures', '--index', s.url]), 'pictures: no article in the one corpus file found (empty, or binary)', `${s.url} not written`);
    expect(run(['index', 'stats', s.url]).code).toBe(2);
  });
});

describe('index update that would leave no article', { timeout: 180000 }, () => {
  it('the only article of the index gone from its folder: refused, the index left as it was; --allow-no-corpus writes it empty', () => {
    mkdirSync(path.join(site, 'corpus'));
    writeFileSync(path.join(site, 'corpus', 'cri-04-changbaishan.txt'), ARTICLE);
    expect(run(['index', 'build', 'corpus', '-o', 'archive.lyx']).code).toBe(0);
    const before = readFileSync(path.join(site, 'archive.lyx'));
    rmSync(path.join(site, 'corpus', 'cri-04-changbaishan.txt'));
    const r = run(['index', 'update', 'archive.lyx', 'corpus']);
    refused(r, 'corpus: no corpus file (.txt, .md, .html or .jsonl) found, and the index holds none elsewhere: it would be left with no article', 'archive.lyx not written (left as it was)');
    expect(readFileSync(path.join(site, 'archive.lyx')).equals(before)).toBe(true);
    // an article elsewhere in the index: the update goes through
    writeFileSync(path.join(site, 'corpus', 'cri-04-changbaishan.txt'), ARTICLE);
    mkdirSync(path.join(site, 'more'));
    writeFileSync(path.join(site, 'more', 'cri-05.txt'), ARTICLE.replace('两万', '三万'));
    expect(run(['index', 'update', 'archive.lyx', 'more']).stdout).toMatch(/^updated: [^;]*; 2 articles/u);
    rmSync(path.join(site, 'more'), { recursive: true });
    rmSync(path.join(site, 'corpus', 'cri-04-changbaishan.txt'));
    const emptied = run(['index', 'update', 'archive.lyx', 'more', 'corpus', '--allow-no-corpus']);
    expect(emptied.stderr).toBe('');
    expect(emptied.stdout).toMatch(/^updated: 0 added, 2 removed \(2 from 2 files gone from the corpus\); 0 articles from 0 files into archive\.lyx: /u);
  });

  it('on a server, as in a file: refused, nothing written; --allow-no-corpus empties it', () => {
    const s = freshSchema();
    mkdirSync(path.join(site, 'corpus'));
    writeFileSync(path.join(site, 'corpus', 'cri-04-changbaishan.txt'), ARTICLE);
    expect(run(['index', 'build', 'corpus', '--index', s.url]).code).toBe(0);
    const stats = () => JSON.parse(run(['index', 'stats', s.url, '--format', 'json']).stdout) as { articles: number; generation: number };
    const before = stats();
    rmSync(path.join(site, 'corpus', 'cri-04-changbaishan.txt'));
    refused(run(['index', 'update', s.url, 'corpus']), 'corpus: no corpus file (.txt, .md, .html or .jsonl) found, and the index holds none elsewhere: it would be left with no article', `${s.url} not written (left as it was)`);
    expect(stats()).toEqual(before);
    const emptied = run(['index', 'update', s.url, 'corpus', '--allow-no-corpus']);
    expect(emptied.stderr).toBe('');
    expect(emptied.stdout).toMatch(/^updated: [^;]*; 0 articles from 0 files into \S+: 0 fingerprints, generation 2, /u);
  });
});
