import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from './cli.js';

// What a compliance editor who does not program stumbles on, writing packs from real notices
// (trial of rules compile over 15 sites' notices): the commands laiyuan suggests must fit the notice
// in hand, and a warning must name only what is there.
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-pack-writing-'));
});

function folder(name: string): string {
  const cwd = path.join(dir, name);
  mkdirSync(cwd, { recursive: true });
  return cwd;
}

describe('rules compile without --id: the example id is made from the notice\'s own publisher', () => {
  const cases: [string, string, string][] = [
    // 人民网's footer style: the site's address
    ['an address in the notice', '南州日报网版权所有，未经书面授权禁止使用\nCopyright © 2008-2024 by www.nanzhou.com.cn. all rights reserved\n', '--id nanzhou -o nanzhou.yaml'],
    ['a name in Latin letters', '本文为LMD科技原创文章，未经允许不得转载\n', '--id lmd -o lmd.yaml'],
    ['a known outlet', '新华网版权所有，未经授权不得转载\n', '--id xinhuanet -o xinhuanet.yaml'],
    ['none: a placeholder', '东江晨报网版权所有，未经授权不得转载。\n', '--id <publisher-id> -o <publisher-id>.yaml'],
    ['no publisher named: --name asked in the same line', '声明：本文仅供参考，未经授权不得转载。\n', '--id <publisher-id> --name <publisher-name> -o <publisher-id>.yaml'],
    // a notice saved from a page, its site named in a comment above it, the page's link too
    [
      'the site in a comment line, not the link the page was saved from',
      '# source: https://github.com/example/saved-pages/blob/0a1b2c3/tests/nanjiang/2.html\n# publisher: 南江新闻 (nanjiangxinwen.cn)\n# where on the page: line under the article body\n南江新闻报料：0571-00000000   南江新闻，未经授权不得转载\n',
      '--id nanjiangxinwen -o nanjiangxinwen.yaml',
    ],
    ['the site in a comment, a name the notice does not give: --name still asked', '# publisher: 西江财经报 (xjcj.com.cn)\n本网站所刊载信息，不代表本报观点。未经授权禁止转载、摘编、复制及建立镜像。\n', '--id xjcj --name <publisher-name> -o xjcj.yaml'],
    ['only a link in the comments: a placeholder, not the host it was kept on', '# source: https://github.com/example/saved-pages/blob/0a1b2c3/tests/dongjiang/1.html\n东江晨报网版权所有，未经授权不得转载。\n', '--id <publisher-id> -o <publisher-id>.yaml'],
  ];
  for (const [what, notice, example] of cases) {
    it(what, () => {
      const cwd = folder('ids');
      writeFileSync(path.join(cwd, 'notice.txt'), notice);
      const run = laiyuan(['rules', 'compile', 'notice.txt'], { cwd });
      expect([run.code, run.stdout]).toEqual([2, '']);
      expect(run.stderr).toBe(`laiyuan: rules compile needs --id <id>, the pack's id (lower-case letters, digits and -), as laiyuan.yaml will name it: laiyuan rules compile notice.txt ${example}\n`);
      if (!example.includes('xinhuanet')) expect(run.stderr).not.toContain('xinhua');
    });
  }

  it('-o writes the pack as a UTF-8 file, the table still on standard error', () => {
    const cwd = folder('output');
    writeFileSync(path.join(cwd, 'nanzhou.txt'), cases[0][1]);
    const run = laiyuan(['rules', 'compile', 'nanzhou.txt', '--id', 'nanzhou', '-o', 'packs/nanzhou.yaml'], { cwd });
    expect([run.code, run.stdout]).toEqual([0, '']);
    expect(run.stderr).toContain('restricted');
    expect(readFileSync(path.join(cwd, 'packs/nanzhou.yaml'), 'utf8')).toContain('name: 南州日报网');
    const show = laiyuan(['rules', 'show', './packs/nanzhou.yaml'], { cwd });
    // the use as the notice words it (禁止使用), laiyuan's name for it beside
    expect([show.code, show.stdout]).toEqual([0, expect.stringContaining('→ restricted: 使用 (其他方式使用) need written authorization')]);
  });
});

describe('rules compile -o into folders that do not exist', () => {
  const NOTICE = '南州日报网版权所有，未经书面授权禁止使用\nCopyright © 2008-2024 by www.nanzhou.com.cn. all rights reserved\n';

  it('makes them, as index build -o does, and says so in one line naming them', () => {
    const cwd = folder('missing-folders');
    writeFileSync(path.join(cwd, 'nanzhou.txt'), NOTICE);
    const run = laiyuan(['rules', 'compile', 'nanzhou.txt', '--id', 'nanzhou', '-o', '配置/packs/nanzhou.yaml'], { cwd });
    expect([run.code, run.stdout]).toEqual([0, '']);
    expect(run.stderr.split('\n')[0]).toBe('laiyuan: note: made the missing folders 配置, 配置/packs to write -o 配置/packs/nanzhou.yaml');
    expect(readFileSync(path.join(cwd, '配置/packs/nanzhou.yaml'), 'utf8')).toContain('name: 南州日报网');
  });

  it('a folder that exists: no note', () => {
    const cwd = folder('folder-there');
    mkdirSync(path.join(cwd, 'packs'));
    writeFileSync(path.join(cwd, 'nanzhou.txt'), NOTICE);
    const run = laiyuan(['rules', 'compile', 'nanzhou.txt', '--id', 'nanzhou', '-o', 'packs/nanzhou.yaml'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('laiyuan: note:');
    expect(existsSync(path.join(cwd, 'packs/nanzhou.yaml'))).toBe(true);
  });
});

describe('a pack under which no rule can run: the warning names only what is there', () => {
  const NOTICE = '免责声明：本频道内容均源自合作媒体，版权归原作者所有，不代表西陵网立场。\nAll Rights Reserved 西陵网 版权所有\n';

  it('compiled alone, no config names it: not told to take it out of one', () => {
    const run = laiyuan(['rules', 'compile', '-', '--id', 'xiling'], { input: NOTICE });
    const warning = run.stderr.split('\n').find((l) => l.startsWith('laiyuan: warning:')) ?? '';
    expect(warning).toMatch(/^laiyuan: warning: no rule can run for pack 'xiling' \(<stdin>\): .*, and laiyuan check stops on such a pack \(a warning beside packs whose rules run\): compile the publisher's fuller notice \(its 版权声明 or 免责声明 page\) if it has one, or add the clause that says so to the pack \(.*\); else do not add the pack to packs in laiyuan\.yaml$/u);
    expect(warning).not.toContain('take the pack out');
  });

  it('written with -o: the warning names the pack file', () => {
    const cwd = folder('idle-output');
    writeFileSync(path.join(cwd, 'xiling.txt'), NOTICE);
    const run = laiyuan(['rules', 'compile', 'xiling.txt', '--id', 'xiling', '-o', 'xiling.yaml'], { cwd });
    expect(run.stderr).toContain("laiyuan: warning: no rule can run for pack 'xiling' (xiling.yaml): ");
  });

  it('named in a config: told to take it out of that config', () => {
    const cwd = folder('idle-config');
    mkdirSync(path.join(cwd, 'content'), { recursive: true });
    writeFileSync(path.join(cwd, 'xiling.txt'), NOTICE);
    writeFileSync(path.join(cwd, 'laiyuan.yaml'), 'packs: [xiling.txt]\n');
    writeFileSync(path.join(cwd, 'content/a.md'), '# 标题\n\n正文。\n');
    const run = laiyuan(['check', 'content'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/, or take the pack out of packs in \S*laiyuan\.yaml\n$/u);
  });
});

describe('a pack compiled when restricted: was one restriction, whose clauses restrict more', () => {
  const CLAUSE1 = '本网站所刊载信息，不代表东江社和东江网观点。刊用本网站稿件，务经书面授权。';
  const CLAUSE2 = '未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。';
  const OLD = `# Compiled by \`laiyuan rules compile\` from notices/dongjiang.txt: check every term against the notice,\n# add aliases and the credit forms you accept, and keep \`clauses\` word for word.\nid: dongjiang\nname: 东江网\nrestricted:\n  clause: 1\n  quote: 刊用本网站稿件，务经书面授权\n  actions:\n    - 转载\nclauses:\n  - number: 1\n    text: ${CLAUSE1}\n  - number: 2\n    text: ${CLAUSE2}\n`;
  const HINT = "laiyuan: note: pack 'dongjiang' (packs/dongjiang.yaml) lists one restriction (转载), but its clauses restrict 摘编、复制 too: a pack compiled before restricted: could be a list keeps a notice's first restriction only; compile the notice again to list each (-o overwrites the pack: add back what you wrote by hand): laiyuan rules compile notices/dongjiang.txt --id dongjiang --name 东江网 -o packs/dongjiang.yaml\n";

  function project(pack: string): string {
    const cwd = folder(`old-${Math.random().toString(36).slice(2)}`);
    for (const sub of ['packs', 'notices', 'content', 'corpus']) mkdirSync(path.join(cwd, sub), { recursive: true });
    writeFileSync(path.join(cwd, 'notices/dongjiang.txt'), `${CLAUSE1}\n${CLAUSE2}\n`);
    writeFileSync(path.join(cwd, 'packs/dongjiang.yaml'), pack);
    writeFileSync(path.join(cwd, 'laiyuan.yaml'), 'packs: [./packs/dongjiang.yaml]\ncorpus:\n  dongjiang: [corpus/]\n');
    writeFileSync(path.join(cwd, 'corpus/a.txt'), '江城地铁三号线北延段开通\n2024-09-28\n本报讯 9月28日上午，江城地铁三号线北延段正式开通运营。北延段全长12.6公里，共设车站8座，连接北部新城与中心城区。\n');
    writeFileSync(path.join(cwd, 'content/b.md'), '# 市民热议周末好去处\n\n周末天气晴好，不少市民带着孩子来到公园放风筝、野餐，享受秋日时光。\n');
    return cwd;
  }

  it('check says once how to compile it again; the exit code is the findings\'', () => {
    const cwd = project(OLD);
    const run = laiyuan(['check', 'content', '--format', 'json'], { cwd });
    expect([run.code, run.stderr]).toEqual([0, HINT]);
    const show = laiyuan(['rules', 'show'], { cwd });
    expect([show.code, show.stderr]).toEqual([0, HINT]);
  });

  it('the command it gives writes a pack that lists each restriction, and the note goes', () => {
    const cwd = project(OLD);
    const run = laiyuan(['rules', 'compile', 'notices/dongjiang.txt', '--id', 'dongjiang', '--name', '东江网', '-o', 'packs/dongjiang.yaml'], { cwd });
    expect(run.code).toBe(0);
    expect(laiyuan(['check', 'content'], { cwd }).stderr).toBe('');
  });

  it('no note for a pack whose one restriction lists every use its clauses restrict (cri), nor for a pack over its notice', () => {
    expect(laiyuan(['rules', 'show', 'cri']).stderr).toBe('');
    const cwd = project('id: dongjiang\nname: 东江网\nnotice: ../notices/dongjiang.txt\nrestricted:\n  clause: 1\n  quote: 刊用本网站稿件，务经书面授权\n  actions: [转载]\n');
    expect(existsSync(path.join(cwd, 'notices/dongjiang.txt'))).toBe(true);
    expect(laiyuan(['rules', 'show'], { cwd }).stderr).toBe('');
  });
});
