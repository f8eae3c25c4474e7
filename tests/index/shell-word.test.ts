// The commands a message suggests ('laiyuan index build <corpus> -o …') are copied into a shell:
// the path is written as the word a POSIX shell reads back as that path.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellWord } from '../../src/io/display-path.js';

const echoed = (word: string) => execFileSync('sh', ['-c', `printf %s ${word}`], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: '/home/编辑部' } });

describe('shellWord', () => {
  it('leaves a plain path as it is, Chinese names included', () => {
    expect(shellWord('备份/国际在线-2024/archive.lyx')).toBe('备份/国际在线-2024/archive.lyx');
    expect(shellWord('../backup/archive.lyx')).toBe('../backup/archive.lyx');
  });

  it.each(['备份 2024/archive.lyx', '稿库 $HOME/a.lyx', '新闻`date`"转载"\\存档.lyx', "编辑部's archive.lyx", '*.lyx'])('quotes %s so that the shell reads the path back', (p) => {
    expect(shellWord(p)).not.toBe(p);
    expect(echoed(shellWord(p))).toBe(p);
  });
});
