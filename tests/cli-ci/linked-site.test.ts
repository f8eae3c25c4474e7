// A site folder reached through a symbolic link: the shell's $PWD is the path through the link,
// the process's working folder the real one. A path named through the link ("$PWD/content/...")
// and one named from the real folder are the same file to the licence's `paths`, the config's
// ignore globs, the corpus left out, the baseline and the cache: one name relative to the
// config's folder, the one the output shows.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesWithFindings, initRepo, laiyuan, makeWorkspace, parseJson, type JsonResults, REPRINTS, type Workspace } from './workspace.js';

let ws: Workspace;
let holder: string;
/** The site through the link, as the shell's $PWD names it after `cd` into the link. */
let lnk: string;

const CONFIG = `packs: [cri]
corpus:
  cri: [corpus/]
ignore: ['content/drafts/**']
licences:
  - publisher: cri
    licensee: 示例新闻网
    actions: [转载]
    validFrom: 2020-01-01
    validTo: 2030-12-31
    paths: ['content/licensed/**']
`;

beforeAll(() => {
  ws = makeWorkspace({
    content: {
      // licensed, credited 来源：国际在线网: only the credit's form is wrong (a warning)
      'content/licensed/长城.txt': REPRINTS.alias,
      // unlicensed, no credit at all: unauthorized-reuse
      'content/news/长白山.txt': REPRINTS.none,
      // left out by the config's ignore glob
      'content/drafts/草稿.txt': REPRINTS.noneCrlf,
    },
  });
  ws.write('laiyuan.yaml', CONFIG);
  holder = mkdtempSync(path.join(tmpdir(), 'laiyuan-linked-'));
  lnk = path.join(holder, '站点');
  symlinkSync(ws.dir, lnk);
});

afterAll(() => {
  rmSync(holder, { recursive: true, force: true });
  rmSync(ws.dir, { recursive: true, force: true });
});

function rulesOf(results: JsonResults, file: string): string[] {
  return results.findings.filter((f) => f.file === file).map((f) => f.ruleId);
}

function check(cwd: string, args: string[]): JsonResults {
  return parseJson(laiyuan(cwd, ['check', ...args, '--format', 'json']));
}

describe('a file named through a link to the site', () => {
  it.each([
    ['from the site', () => ws.dir, 'content/licensed/长城.txt'],
    ['from a folder in it', () => ws.at('content'), 'licensed/长城.txt'],
  ])('%s: the licence covering content/licensed/** holds (a warning on the credit, exit 0)', (_where, cwd, shown) => {
    const run = laiyuan(cwd(), ['check', `${lnk}/content/licensed/长城.txt`, '--format', 'json']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(rulesOf(parseJson(run), shown)).toEqual(['nonstandard-attribution']);
  });

  it('with -v the corpus page is named as from the site, not as a climb through the link', () => {
    const run = laiyuan(ws.dir, ['check', `${lnk}/content/news/长白山.txt`, '-v']);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toContain('corpus/cri-04-changbaishan-huaxue-jie.txt');
    expect(run.stdout).not.toContain('../');
    expect(run.stdout).not.toContain(holder);
  });

  it('left out by the ignore glob: said to be ignored, not checked', () => {
    const run = laiyuan(ws.dir, ['check', `${lnk}/content/drafts/草稿.txt`, `${lnk}/content/news/长白山.txt`, '--format', 'json']);
    expect(run.stderr).toContain('content/drafts/草稿.txt is ignored');
    expect(filesWithFindings(parseJson(run))).toEqual(['content/news/长白山.txt']);
  });
});

describe('a folder named through a link to the site', () => {
  it('its files as from the site: the ignore glob applies, the licence holds', () => {
    const results = check(ws.dir, [`${lnk}/content`]);
    expect(results.summary.filesChecked).toBe(2);
    expect(rulesOf(results, 'content/licensed/长城.txt')).toEqual(['nonstandard-attribution']);
    expect(rulesOf(results, 'content/news/长白山.txt')).toContain('unauthorized-reuse');
  });

  it('the site itself: its corpus is not checked against itself', () => {
    const results = check(ws.dir, [lnk]);
    expect(filesWithFindings(results)).toEqual(['content/licensed/长城.txt', 'content/news/长白山.txt']);
    expect(results.summary.filesChecked).toBe(2);
  });
});

describe('--file-list of paths through the link', () => {
  it.each([
    ['the config found from the working folder', []],
    ['the config named through the link', ['-c', 'LNK/laiyuan.yaml']],
  ])('%s: as the same paths named on the command line', (_what, extra) => {
    ws.write('list.txt', ['licensed/长城.txt', 'news/长白山.txt', 'drafts/草稿.txt'].map((p) => `${lnk}/content/${p}`).join('\n'));
    const run = laiyuan(ws.dir, ['check', '--file-list', 'list.txt', '--format', 'json', ...extra.map((a) => a.replace('LNK', lnk))]);
    expect(run.stderr).toContain('content/drafts/草稿.txt is ignored');
    const results = parseJson(run);
    expect(results.summary.filesChecked).toBe(2);
    expect(rulesOf(results, 'content/licensed/长城.txt')).toEqual(['nonstandard-attribution']);
    expect(results).toEqual(check(ws.dir, ['licensed/长城.txt', 'news/长白山.txt'].map((p) => `content/${p}`)));
  });
});

describe('path-keyed records through the link', () => {
  it('a baseline written from the site is read through the link: its findings known, none new', () => {
    const written = laiyuan(ws.dir, ['check', 'content', '--write-baseline', 'baseline.json', '--format', 'json']);
    expect(written.status, written.stderr).toBe(0);
    const run = laiyuan(ws.dir, ['check', `${lnk}/content`, '--baseline', `${lnk}/baseline.json`, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    expect(parseJson(run).findings).toEqual([]);
  });

  it('--cache: a run named through the link and one from the site give the same findings, either way round', () => {
    const cache = ['--cache', '--cache-location', path.join(holder, 'cache')];
    const plain = check(ws.dir, ['content']);
    for (const args of [[`${lnk}/content`], ['content'], [`${lnk}/content`]]) expect(check(ws.dir, [...args, ...cache]).findings).toEqual(plain.findings);
  });
});

describe('--changed-since of a folder named through the link', () => {
  it('the file edited since the ref, licensed as from the site; the ignored one left out', () => {
    const repo = makeWorkspace({ content: { 'content/licensed/长城.txt': REPRINTS.alias, 'content/drafts/草稿.txt': REPRINTS.noneCrlf, 'content/news/长白山.txt': REPRINTS.none } });
    const link = path.join(holder, '仓库');
    try {
      repo.write('laiyuan.yaml', CONFIG);
      initRepo(repo.dir);
      symlinkSync(repo.dir, link);
      for (const edited of ['content/licensed/长城.txt', 'content/drafts/草稿.txt']) repo.write(edited, Buffer.concat([repo.read(edited), Buffer.from('\n（完）\n')]));
      const run = laiyuan(repo.dir, ['check', `${link}/content`, '--changed-since', 'base', '--format', 'json']);
      expect(run.status, run.stderr).toBe(0);
      const results = parseJson(run);
      expect(results.summary.filesChecked).toBe(1);
      expect(rulesOf(results, 'content/licensed/长城.txt')).toEqual(['nonstandard-attribution']);
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });
});
