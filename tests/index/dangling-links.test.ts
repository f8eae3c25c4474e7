// A link in a corpus folder whose file is not there (a link to a removed download, or to a
// file of the folder since renamed): index build, index update and check name it in one line
// and refuse, exit 2, as they do a link out of the project; never an article lost in silence.
// Among the files checked, a dangling link named outright is an error, one met walking a folder
// is passed over (as ESLint does): it is no article of the corpus, and nothing is judged by it.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';

let site: string;

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-dangling-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

const GONE = path.join(tmpdir(), 'laiyuan-no-such-folder', 'cri-30-dongbei-hulu.txt');
/** The two links: to a file gone from outside, and to a corpus file since renamed. */
function dangle(): void {
  symlinkSync(GONE, path.join(site, 'corpus', 'cri-30-link.txt'));
  symlinkSync('cri-13-jiuquan-yijian-sixing-old.txt', path.join(site, 'corpus', 'cri-31-link.txt'));
}
const FIX = 'restore the file, point the link at it, or remove the link';
const lineOf = (name: string, target: string, where: string) =>
  `laiyuan: corpus/${name}: corpus of pack 'cri': is a link to ${target}, which is not there: ${FIX} (${where}: check the path)`;
const INDEX_WHERE = 'named on the command line, or by corpus.cri in the config';

describe('a dangling link in a corpus folder', { timeout: 120000 }, () => {
  it('index build: each link named with where it points, nothing written, exit 2', () => {
    dangle();
    const r = laiyuan(['index', 'build', 'corpus', '-o', 'archive.lyx'], { cwd: site });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `${lineOf('cri-30-link.txt', GONE, INDEX_WHERE)}; archive.lyx not written`,
      `${lineOf('cri-31-link.txt', path.join(site, 'corpus', 'cri-13-jiuquan-yijian-sixing-old.txt'), INDEX_WHERE)}; archive.lyx not written`,
    ]);
    expect(readdirSync(site).filter((f) => f.includes('archive.lyx'))).toEqual([]);
  });

  it('index update: refused, the index left as it was', () => {
    expect(laiyuan(['index', 'build', 'corpus', '-o', 'archive.lyx'], { cwd: site }).code).toBe(0);
    const before = readFileSync(path.join(site, 'archive.lyx'));
    symlinkSync(GONE, path.join(site, 'corpus', 'cri-30-link.txt'));
    const r = laiyuan(['index', 'update', 'archive.lyx', 'corpus'], { cwd: site });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([`${lineOf('cri-30-link.txt', GONE, INDEX_WHERE)}; archive.lyx not written (left as it was)`]);
    expect(readFileSync(path.join(site, 'archive.lyx')).equals(before)).toBe(true);
  });

  it('check with the corpus folder: a corpus file not read, exit 2; left out by .laiyuanignore, nothing said', () => {
    dangle();
    const r = laiyuan(['check', 'content/news', '--format', 'json'], { cwd: site });
    expect(r.code).toBe(2);
    const errors = (JSON.parse(r.stdout) as { errors: { file: string; message: string }[] }).errors;
    expect(errors.map((e) => `laiyuan: ${e.file}: ${e.message}`)).toEqual([
      lineOf('cri-30-link.txt', GONE, 'named by corpus.cri in laiyuan.yaml'),
      lineOf('cri-31-link.txt', path.join(site, 'corpus', 'cri-13-jiuquan-yijian-sixing-old.txt'), 'named by corpus.cri in laiyuan.yaml'),
    ]);
    writeFileSync(path.join(site, 'corpus', '.laiyuanignore'), 'cri-3?-link.txt\n');
    expect(laiyuan(['check', 'content/news', '--format', 'json'], { cwd: site }).code).toBe(1);
  });
});

describe('a dangling link among the files checked', { timeout: 60000 }, () => {
  it('named outright: an error, exit 2; met walking a folder: passed over', () => {
    symlinkSync('2023-09-dongmeng-bolanhui-old.md', path.join(site, 'content', 'news', 'zz-gone.md'));
    const walked = laiyuan(['check', 'content/news', '--format', 'json'], { cwd: site });
    expect(walked.code).toBe(1);
    expect((JSON.parse(walked.stdout) as { errors: unknown[] }).errors).toEqual([]);
    const named = laiyuan(['check', 'content/news/zz-gone.md'], { cwd: site });
    expect(named.code).toBe(2);
    expect(named.stderr + named.stdout).toContain('content/news/zz-gone.md');
  });
});
