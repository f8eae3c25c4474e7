import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';

describe('laiyuan rules compile', () => {
  it('prints a pack on stdout that rules show loads, and on stderr every sentence with what it became', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-compile-'));
    const notice = '鹭岛新闻网版权所有，未经书面授权，不得转载、摘编。\n本网热线：0592-0000000\n';
    writeFileSync(path.join(dir, 'ludao.txt'), notice);
    const run = laiyuan(['rules', 'compile', 'ludao.txt', '--id', 'ludao'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Compiled by `laiyuan rules compile` from ludao\.txt/u);
    expect(run.stdout).toContain('id: ludao\nname: 鹭岛新闻网\n');
    expect(run.stderr.split('\n')).toEqual([
      'clause  mapped to              sentence',
      '1       publisher, restricted  鹭岛新闻网版权所有，未经书面授权，不得转载、摘编',
      '2       unrecognised           本网热线：0592-0000000',
      '2 sentences: 1 mapped, 1 unrecognised (kept in clauses)',
      '',
    ]);
    writeFileSync(path.join(dir, 'ludao.yaml'), run.stdout);
    const show = laiyuan(['rules', 'show', './ludao.yaml'], { cwd: dir });
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('本网热线：0592-0000000');
    expect(show.stdout).toContain('→ restricted: 转载、摘编 need written authorization');
  });

  it('reads standard input with -, and takes the name from --name', () => {
    const run = laiyuan(['rules', 'compile', '-', '--id', 'shanhai', '--name', '山海网'], { input: '转载请注明出处。\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('name: 山海网');
    expect(run.stdout).toContain('attribution:\n  clause: 1\n  quote: 转载请注明出处\n');
  });

  it('reads the holder from 版权所有 before or after its name, or from Copyright ©, as a notice ends; the name is the one credited', () => {
    const body = [
      '新浪网版权声明',
      '一、凡本网注明“来源：新浪网”的所有文字、图片和音视频稿件，版权均属本网所有，任何媒体、网站或个人未经本网协议授权不得转载、链接、转贴或以其他方式复制发表。',
      '二、已经本网协议授权的媒体、网站，在下载使用时必须注明“来源：新浪网”，违者本网将依法追究责任。',
    ].join('\n');
    for (const line of ['新浪公司 版权所有', '版权所有 新浪公司', '版权所有　新浪公司', 'Copyright © 1996-2024 新浪公司']) {
      const run = laiyuan(['rules', 'compile', '-', '--id', 'xinlang'], { input: `${body}\n\n${line}\n` });
      // the works are credited 来源：新浪网, so that is the name; the company holding the rights is the licensor
      expect([run.code, run.stdout.match(/^name: .*$/mu)?.[0], run.stdout.match(/^ {2}licensor: .*$/mu)?.[0]]).toEqual([0, 'name: 新浪网', '  licensor: 新浪公司']);
    }
    // a rights line with no name after it names nobody
    const nameless = laiyuan(['rules', 'compile', '-', '--id', 'x'], { input: '未经授权不得转载。版权所有 不得转载\n' });
    expect([nameless.code, nameless.stderr]).toEqual([2, "laiyuan: <stdin>: the notice does not say whose it is: give the publisher's name with --name\n"]);
  });

  it('says in one line what is wrong, with exit code 2', () => {
    const missing = laiyuan(['rules', 'compile', 'nowhere.txt', '--id', 'x']);
    expect([missing.code, missing.stderr]).toEqual([2, 'laiyuan: nowhere.txt: notice file not found: check the path\n']);
    const nameless = laiyuan(['rules', 'compile', '-', '--id', 'x'], { input: '未经授权，不得转载。' });
    expect([nameless.code, nameless.stderr]).toEqual([2, "laiyuan: <stdin>: the notice does not say whose it is: give the publisher's name with --name\n"]);
    const badId = laiyuan(['rules', 'compile', '-', '--id', 'X Y', '--name', '某网'], { input: '未经授权，不得转载。' });
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain("expected an id of lower-case letters, digits and -, got 'X Y' (id)");
  });
});
