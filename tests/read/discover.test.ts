import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles, type DiscoverOptions } from '../../src/io/discover.js';

let root = '';

const TREE: Record<string, string> = {
  '.laiyuanignore': '# 草稿不检查\ndrafts/\n*.tmp.txt\n',
  '.gitignore': 'build/\n',
  '吉林新闻.txt': '来源：国际在线',
  'b.md': '# 标题',
  'c.html': '<p>正文</p>',
  'd.jsonl': '{"text":"正文"}',
  'e.NDJSON': '{"text":"正文"}',
  'f.htm': '<p>正文</p>',
  '报道.docx': 'PK',
  'photo.png': 'PNG',
  'x.tmp.txt': '临时稿',
  'drafts/draft.txt': '草稿',
  'sub/.laiyuanignore': '!keep.tmp.txt\nlocal.md\n',
  'sub/keep.tmp.txt': '保留',
  'sub/local.md': '本地',
  'sub/deep/y.markdown': '深层',
  'archive/2019/old.txt': '旧闻',
  'build/out.txt': '生成',
  'node_modules/pkg/readme.md': 'readme',
  '.git/description.txt': 'git',
};

const ALL = [
  'archive/2019/old.txt',
  'b.md',
  'build/out.txt',
  'c.html',
  'd.jsonl',
  'e.NDJSON',
  'f.htm',
  'sub/deep/y.markdown',
  'sub/keep.tmp.txt',
  '吉林新闻.txt',
];

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'laiyuan-discover-'));
  for (const [name, content] of Object.entries(TREE)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  symlinkSync(root, path.join(root, 'sub', 'loop'));
  symlinkSync(path.join(root, 'sub', 'deep'), path.join(root, 'a-link-to-deep'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function discover(paths: string[], options: Partial<DiscoverOptions> = {}) {
  return discoverFiles(paths, { cwd: root, include: [], ignore: [], gitignore: false, ...options });
}

describe('discoverFiles', () => {
  it('walks folders for the extensions laiyuan reads, honouring .laiyuanignore files at every level', async () => {
    const found = await discover(['.']);
    expect(found).toEqual({ files: ALL, errors: [], ignored: [], folders: ['.'], named: [] });
  });

  it('honours .gitignore only when asked', async () => {
    const found = await discover(['.'], { gitignore: true });
    expect(found.files).toEqual(ALL.filter((f) => !f.startsWith('build/')));
  });

  it('applies include and ignore globs relative to cwd', async () => {
    const md = await discover(['.'], { include: ['**/*.md', '*.markdown'] });
    expect(md.files).toEqual(['b.md', 'sub/deep/y.markdown']);
    const noArchive = await discover(['.'], { ignore: ['archive/**', '*.htm'] });
    expect(noArchive.files).toEqual(ALL.filter((f) => !f.startsWith('archive/') && f !== 'f.htm'));
  });

  it('applies the globs relative to the config folder when one is given, wherever laiyuan runs', async () => {
    const name = path.basename(root);
    const fromAbove = await discoverFiles([`${name}/sub`], {
      cwd: path.dirname(root),
      include: [],
      ignore: ['sub/deep/**'],
      gitignore: false,
      globRoot: root,
    });
    expect(fromAbove.files).toEqual([`${name}/sub/keep.tmp.txt`]);
  });

  it('applies the globs to a folder outside the config folder relative to that folder (else ** never matches ../)', async () => {
    const configDir = path.join(root, 'archive');
    const found = await discover(['sub'], { include: ['**/*.markdown', '**/*.md'], ignore: ['deep/skip/**'], globRoot: configDir });
    expect(found.files).toEqual(['sub/deep/y.markdown']);
    const ignoring = await discover(['sub'], { include: ['**/*.markdown'], ignore: ['deep/**'], globRoot: configDir });
    expect(ignoring.files).toEqual([]);
    expect(ignoring.folders).toEqual(['sub']);
  });

  it('applies the globs from the config folder named through a link to it, to files named from the real folder and the other way round', async () => {
    const holder = mkdtempSync(path.join(tmpdir(), 'laiyuan-discover-lnk-'));
    const lnk = path.join(holder, '站点');
    symlinkSync(root, lnk);
    try {
      // the config found through the link, the folder walked from the real one
      const viaLink = await discover(['sub', 'archive/2019/old.txt'], { ignore: ['sub/deep/**', 'archive/**'], globRoot: lnk });
      expect(viaLink).toEqual({ files: ['sub/keep.tmp.txt'], errors: [], ignored: ['archive/2019/old.txt'], folders: ['sub'], named: [] });
      // the config in the real folder, the folder named through the link from above it
      const fromAbove = await discoverFiles(['站点/sub', '站点/archive/2019/old.txt'], { cwd: holder, include: [], ignore: ['sub/deep/**', 'archive/**'], gitignore: false, globRoot: root });
      expect(fromAbove).toEqual({ files: ['站点/sub/keep.tmp.txt'], errors: [], ignored: ['站点/archive/2019/old.txt'], folders: ['站点/sub'], named: [] });
    } finally {
      rmSync(holder, { recursive: true, force: true });
    }
  });

  it('keeps the ignore files above a folder that is walked on its own', async () => {
    const found = await discover(['sub']);
    expect(found.files).toEqual(['sub/deep/y.markdown', 'sub/keep.tmp.txt']);
  });

  it('checks a file named outright whatever the include globs say, but not one an ignore rule leaves out', async () => {
    const found = await discover(['报道.docx', 'b.md', './b.md', 'drafts/draft.txt', 'x.tmp.txt'], { include: ['**/*.html'] });
    expect(found).toEqual({ files: ['b.md', '报道.docx'], errors: [], ignored: ['drafts/draft.txt', 'x.tmp.txt'], folders: [], named: ['报道.docx', 'b.md'] });
  });

  it('reports a missing path and goes on', async () => {
    const found = await discover(['稿件/不存在.txt', 'c.html']);
    expect(found.files).toEqual(['c.html']);
    expect(found.errors).toEqual([{ file: '稿件/不存在.txt', message: 'no such file or directory: check the path, or pass an existing file or folder' }]);
  });

  it('gives paths relative to cwd for absolute paths and paths outside it', async () => {
    const found = await discoverFiles([path.join(root, 'sub'), '../c.html'], {
      cwd: path.join(root, 'archive'),
      include: [],
      ignore: [],
      gitignore: false,
    });
    expect(found.files).toEqual(['../c.html', '../sub/deep/y.markdown', '../sub/keep.tmp.txt']);
  });

  it('gives paths relative to cwd when cwd lies inside the folder walked', async () => {
    const found = await discoverFiles([root], { cwd: path.join(root, 'sub'), include: [], ignore: [], gitignore: false });
    expect(found.files).toEqual(['../archive/2019/old.txt', '../b.md', '../build/out.txt', '../c.html', '../d.jsonl', '../e.NDJSON', '../f.htm', '../吉林新闻.txt', 'deep/y.markdown', 'keep.tmp.txt']);
  });
});
