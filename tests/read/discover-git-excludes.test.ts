// git leaves out what the user's own exclude file names (core.excludesFile, by default
// $XDG_CONFIG_HOME/git/ignore or ~/.config/git/ignore), below every .gitignore and info/exclude:
// laiyuan reads it as git does. Each case has its own home folder and config, never the user's.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { discoverFiles } from '../../src/io/discover.js';
import { withWaitingGit } from '../helpers/waiting-git.js';

let root = '';
let n = 0;

const SITE: Record<string, string> = {
  '.gitignore': '# 导出稿不入库\nexport/\n!保留稿.draft.md\n',
  'content/吉林新闻.txt': '来源：国际在线',
  'content/长白山滑雪节.md': '# 长白山国际滑雪节开幕',
  'content/长白山滑雪节.draft.md': '# 长白山国际滑雪节开幕（草稿）',
  'content/保留稿.draft.md': '# 春季招聘会在京开幕（待发）',
  'content/笔记/采访提纲.txt': '采访提纲',
};

const ALL = ['content/保留稿.draft.md', 'content/吉林新闻.txt', 'content/笔记/采访提纲.txt', 'content/长白山滑雪节.draft.md', 'content/长白山滑雪节.md'];
/** What a global exclude file of `*.draft.md` and `笔记/` leaves: the .gitignore's ! brings 保留稿 back, as it outranks it. */
const KEPT = ['content/保留稿.draft.md', 'content/吉林新闻.txt', 'content/长白山滑雪节.md'];
const GLOBAL_IGNORE = '# 编辑器和个人笔记\n*.draft.md\n笔记/\n';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'laiyuan-excludes-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

/** A home folder and a repository holding SITE, with `files` (paths under `home/`, or `repo/`) written; HOME set to it, XDG_CONFIG_HOME unset, no system config. */
function setUp(files: Record<string, string>): { home: string; repo: string } {
  const home = path.join(root, `case-${++n}`, 'home');
  const repo = path.join(root, `case-${n}`, 'repo');
  for (const [name, text] of Object.entries(SITE)) write(path.join(repo, name), text);
  vi.stubEnv('HOME', home);
  vi.stubEnv('XDG_CONFIG_HOME', '');
  vi.stubEnv('GIT_CONFIG_NOSYSTEM', '1');
  vi.stubEnv('GIT_CONFIG_GLOBAL', undefined);
  execFileSync('git', ['init', '-q'], { cwd: repo, env: process.env });
  for (const [name, text] of Object.entries(files)) write(path.join(root, `case-${n}`, name), text);
  return { home, repo };
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

async function checked(repo: string, gitignore = true): Promise<string[]> {
  return (await discoverFiles(['content'], { cwd: repo, include: [], ignore: [], gitignore })).files;
}

/** What git itself lists as untracked and not ignored there, with the same environment. */
function gitLists(repo: string): string[] {
  const out = execFileSync('git', ['-c', 'core.quotePath=false', 'ls-files', '--others', '--exclude-standard', 'content'], { cwd: repo, encoding: 'utf8', env: process.env });
  return out.split('\n').filter((l) => l !== '').sort();
}

describe("git's own exclude file (core.excludesFile)", () => {
  it('by default ~/.config/git/ignore: its files are left out, as git leaves them out', async () => {
    const { repo } = setUp({ 'home/.config/git/ignore': GLOBAL_IGNORE });
    expect(await checked(repo)).toEqual(KEPT);
    expect(gitLists(repo)).toEqual(KEPT);
  });

  it('with XDG_CONFIG_HOME set, $XDG_CONFIG_HOME/git/ignore, not ~/.config/git/ignore', async () => {
    const { repo } = setUp({ 'xdg/git/ignore': GLOBAL_IGNORE, 'home/.config/git/ignore': '*.txt\n' });
    vi.stubEnv('XDG_CONFIG_HOME', path.join(root, `case-${n}`, 'xdg'));
    expect(await checked(repo)).toEqual(KEPT);
    expect(gitLists(repo)).toEqual(KEPT);
  });

  it('the file ~/.gitconfig names, ~ expanded, in place of the default', async () => {
    const { repo } = setUp({
      'home/.gitconfig': '[user]\n\tname = 编辑部\n[core]\n\texcludesFile = ~/.gitignore_global ; 个人忽略\n',
      'home/.gitignore_global': GLOBAL_IGNORE,
      'home/.config/git/ignore': '*.txt\n',
    });
    expect(await checked(repo)).toEqual(KEPT);
    expect(gitLists(repo)).toEqual(KEPT);
  });

  it("the file the repository's own config names, quoted and in another case, over the global one", async () => {
    const { repo } = setUp({ 'home/.gitconfig': '[core]\n\texcludesfile = ~/.gitignore_global\n', 'home/.gitignore_global': '*.txt\n', 'local/忽略 列表': GLOBAL_IGNORE });
    writeFileSync(path.join(repo, '.git', 'config'), `[Core]\n\tEXCLUDESFILE = "${path.join(root, `case-${n}`, 'local', '忽略 列表')}"\n`);
    expect(await checked(repo)).toEqual(KEPT);
    expect(gitLists(repo)).toEqual(KEPT);
  });

  it('a config that includes another: git is asked what it names', async () => {
    const { repo } = setUp({
      'home/.gitconfig': '[include]\n\tpath = ~/.gitconfig.local\n',
      'home/.gitconfig.local': '[core]\n\texcludesFile = ~/忽略.txt\n',
      'home/忽略.txt': GLOBAL_IGNORE,
    });
    expect(await checked(repo)).toEqual(KEPT);
    expect(gitLists(repo)).toEqual(KEPT);
  });

  it('a config that includes another: git is asked without holding up the run', async () => {
    const { repo } = setUp({
      'home/.gitconfig': '[include]\n\tpath = ~/.gitconfig.local\n',
      'home/.gitconfig.local': '[core]\n\texcludesFile = ~/忽略.txt\n',
      'home/忽略.txt': GLOBAL_IGNORE,
    });
    const { value, heard } = await withWaitingGit('config', () => checked(repo));
    expect(value).toEqual(KEPT);
    // before: git config was run with execFileSync, nothing else in the process ran until it was done
    expect(heard).toBe('answered');
  }, 20_000);

  it('--no-gitignore reads it no more than a .gitignore', async () => {
    const { repo } = setUp({ 'home/.config/git/ignore': GLOBAL_IGNORE });
    expect(await checked(repo, false)).toEqual(ALL);
  });

  it('outside a repository it is not read: git reads it for repositories only', async () => {
    const { home } = setUp({ 'home/.config/git/ignore': GLOBAL_IGNORE });
    for (const [name, text] of Object.entries(SITE)) write(path.join(home, 'site', name), text);
    expect((await discoverFiles(['content'], { cwd: path.join(home, 'site'), include: [], ignore: [], gitignore: true })).files).toEqual(ALL);
  });
});
