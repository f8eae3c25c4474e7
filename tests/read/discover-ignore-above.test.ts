// The ignore files above a folder checked from below the config's folder: git reads every
// .gitignore from the repository's top down to a file, and its info/exclude, wherever it is run
// from; laiyuan reads them (and .laiyuanignore files) as well, from a working folder deep in the
// site, for a file named from elsewhere, and for a config folder named through a link.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles, type DiscoverOptions } from '../../src/io/discover.js';

/** Holds the repository (and a .gitignore above it, in the home folder, that git never reads). */
let home = '';
let repo = '';
let site = '';
let news = '';

const TREE: Record<string, string> = {
  '.gitignore': '*.txt\n',
  'repo/.gitignore': '# 排版用的导出稿\nsite/content/news/2024/排版稿/\n',
  'repo/site/laiyuan.yaml': 'packs: [cri]\n',
  'repo/site/.laiyuanignore': '存档/\n',
  'repo/site/content/.gitignore': 'drafts/\n',
  'repo/site/content/news/吉林新闻.txt': '来源：国际在线',
  'repo/site/content/news/2024/长白山滑雪节.md': '# 长白山国际滑雪节开幕',
  'repo/site/content/news/2024/排版稿/长白山滑雪节.md': '# 长白山国际滑雪节开幕（排版）',
  'repo/site/content/news/drafts/待审稿.txt': '草稿',
  'repo/site/content/news/本地/笔记.txt': '本地笔记',
  'repo/site/content/news/存档/旧闻.txt': '旧闻',
};

const CHECKED = ['2024/长白山滑雪节.md', '吉林新闻.txt'];

beforeAll(() => {
  home = mkdtempSync(path.join(tmpdir(), 'laiyuan-above-'));
  for (const [name, content] of Object.entries(TREE)) {
    mkdirSync(path.dirname(path.join(home, name)), { recursive: true });
    writeFileSync(path.join(home, name), content);
  }
  repo = path.join(home, 'repo');
  site = path.join(repo, 'site');
  news = path.join(site, 'content', 'news');
  execFileSync('git', ['init', '-q'], { cwd: repo });
  writeFileSync(path.join(repo, '.git', 'info', 'exclude'), '# 只在本机\nsite/content/news/本地/\n');
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

function discover(paths: string[], options: Partial<DiscoverOptions> = {}) {
  return discoverFiles(paths, { cwd: news, include: [], ignore: [], gitignore: true, globRoot: site, ...options });
}

describe('ignore files above the working folder', () => {
  it('a folder walked from deep in the site: every .gitignore from the repository top down, and info/exclude', async () => {
    const found = await discover(['.']);
    expect(found).toEqual({ files: CHECKED, errors: [], ignored: [], folders: ['.'], named: [] });
  });

  it('leaves out what git leaves out, as git ls-files lists it from there', async () => {
    const untracked = execFileSync('git', ['-c', 'core.quotePath=false', 'ls-files', '--others', '--exclude-standard', '.'], { cwd: news, encoding: 'utf8' });
    // git does not read .laiyuanignore: 存档/ is laiyuan's own
    const listed = untracked.split('\n').filter((l) => l !== '' && !l.startsWith('存档/'));
    expect((await discover(['.'])).files).toEqual(listed.sort());
  });

  it('with .gitignore not honoured, only the .laiyuanignore files, the config folder\'s one too', async () => {
    const found = await discover(['.'], { gitignore: false });
    expect(found.files).toEqual(['2024/排版稿/长白山滑雪节.md', '2024/长白山滑雪节.md', 'drafts/待审稿.txt', '吉林新闻.txt', '本地/笔记.txt']);
  });

  it('a file named outright in an ignored folder is left out and told, as one named from the site\'s folder is', async () => {
    const found = await discover(['drafts/待审稿.txt', '本地/笔记.txt', '吉林新闻.txt']);
    expect(found).toEqual({ files: ['吉林新闻.txt'], errors: [], ignored: ['drafts/待审稿.txt', '本地/笔记.txt'], folders: [], named: ['吉林新闻.txt'] });
  });

  it('a file or folder named absolute from a working folder outside the repository', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'laiyuan-above-cwd-'));
    try {
      const draft = path.join(news, 'drafts', '待审稿.txt');
      const found = await discover([draft, path.join(news, '2024')], { cwd: elsewhere, asNamed: true });
      const slashed = (p: string) => p.split(path.sep).join('/');
      expect(found.files).toEqual([slashed(path.join(news, '2024', '长白山滑雪节.md'))]);
      expect(found.ignored).toEqual([slashed(draft)]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('the config folder named through a link (a site outside any repository): its ignore files still hold below it', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'laiyuan-above-plain-'));
    try {
      const copy = path.join(plain, 'site');
      mkdirSync(path.join(copy, 'content', 'news', 'drafts'), { recursive: true });
      writeFileSync(path.join(copy, 'content', '.gitignore'), 'drafts/\n');
      writeFileSync(path.join(copy, 'content', 'news', '吉林新闻.txt'), '来源：国际在线');
      writeFileSync(path.join(copy, 'content', 'news', 'drafts', '待审稿.txt'), '草稿');
      symlinkSync(copy, path.join(plain, '站点'));
      const found = await discover(['.'], { cwd: path.join(copy, 'content', 'news'), globRoot: path.join(plain, '站点') });
      expect(found.files).toEqual(['吉林新闻.txt']);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it('reads no ignore file above the repository, the config folder and the working folder', async () => {
    // the home folder's .gitignore says *.txt: git never reads it for the repository below
    const found = await discover(['.'], { cwd: repo, globRoot: site });
    expect(found.files).toContain('site/content/news/吉林新闻.txt');
  });
});
