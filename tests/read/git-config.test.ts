// git's config syntax, read for core.excludesFile: each text is also given to git itself
// (git config -f), and the two must agree.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGitConfig } from '../../src/io/git-config.js';

const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-gitconfig-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXTS: Array<[what: string, text: string]> = [
  ['a plain value', '[core]\n\texcludesFile = ~/.gitignore_global\n'],
  ['on the header\'s line, a comment after spaces', '[core] excludesfile = /srv/编辑部/忽略 列表  # 个人的\n'],
  ['quoted, holding ; and #', '[core]\n\texcludesFile = "/srv/稿件;旧#2"\n'],
  ['continued on the next line', '[core]\n\texcludesFile = /srv/\\\n稿件/忽略\n'],
  ['given twice: the last holds', '[core]\n\texcludesFile = /srv/一\n[user]\n\tname = 编辑部\n[core]\n\texcludesFile = /srv/二\n'],
  ['in a subsection: not core\'s', '[core "稿件"]\n\texcludesFile = /srv/不算\n'],
  ['the old subsection form: not core\'s', '[core.sub]\n\texcludesFile = /srv/不算\n'],
  ['section and key in other cases', '[Core]\n\tEXCLUDESFILE = /srv/大小写\n'],
  ['comments, other keys, spaces kept inside quotes', '; 全局设置\n# 编辑部\n[user]\n\tname = 编辑部\n[core]\n\tautocrlf = input\n\texcludesFile = "  /srv/留白  "\n'],
  ['escapes', '[core]\n\texcludesFile = "/srv/a\\"b\\\\c"\n'],
  ['CRLF lines', '[core]\r\n\texcludesFile = /srv/稿件\r\n'],
];

describe('git config, as git reads it', () => {
  it.each(TEXTS)('%s', (_what, text) => {
    const file = path.join(dir, 'config');
    writeFileSync(file, text);
    const git = spawnSync('git', ['config', '-f', file, '--get', 'core.excludesfile'], { encoding: 'utf8' });
    expect(git.status === 0 ? git.stdout.replace(/\n$/u, '') : undefined).toBe(parseGitConfig(text).entries.get('core.excludesfile'));
  });

  it('says when it includes other files, whose values only git can tell', () => {
    expect(parseGitConfig('[include]\n\tpath = ~/.gitconfig.local\n').includes).toBe(true);
    expect(parseGitConfig('[includeIf "gitdir:~/稿件/"]\n\tpath = ~/.gitconfig.work\n').includes).toBe(true);
    expect(parseGitConfig('[core]\n\tincludes = 1\n[user]\n\tname = 编辑部\n').includes).toBe(false);
  });
});
