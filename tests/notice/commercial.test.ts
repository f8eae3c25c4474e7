import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';

// A notice that splits commercial from non-commercial reuse, used as a pack as it stands
// (packs: [notices/zhiyuan.txt]); `commercial:` in the config says which the content site is.
const NOTICE = '本文为知远问答原创，著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。\n';
const ARTICLE = `如何挑选适合新手的登山鞋
本文为知远问答原创
挑选登山鞋首先要看鞋底，新手走的多是成熟步道，中帮、鞋底纹路较深的徒步鞋就足够了，不必一开始就买重型高帮靴。
其次要在下午试穿，这时脚会略微肿胀，更接近长时间行走后的状态，鞋头要留出一指左右的空间，下坡时脚趾才不会顶到鞋头。
最后别忽视袜子，试鞋时穿上平时登山用的厚袜，买回来后先在小区里走上几天，把鞋磨合好再上山。`;

let dir = '';

function findings(commercial: boolean): string[] {
  writeFileSync(path.join(dir, 'laiyuan.yaml'), `packs: [notices/zhiyuan.txt]\ncorpus:\n  zhiyuan: [corpus/]\ncommercial: ${commercial}\n`);
  const run = laiyuan(['check', 'content', '--format', 'json'], { cwd: dir });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout).findings.map((f: { file: string; ruleId: string; clause: { number: number } }) => `${f.file} ${f.ruleId} ${f.clause.number}`);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-commercial-'));
  for (const sub of ['notices', 'corpus', 'content']) mkdirSync(path.join(dir, sub));
  writeFileSync(path.join(dir, 'notices/zhiyuan.txt'), NOTICE);
  writeFileSync(path.join(dir, 'corpus/dengshanxie.txt'), `${ARTICLE}\n`);
  const body = ARTICLE.split('\n').slice(2).join('\n');
  writeFileSync(path.join(dir, 'content/credited.md'), `# 新手登山鞋怎么选\n\n来源：知远问答\n\n${body}\n`);
  writeFileSync(path.join(dir, 'content/uncredited.md'), `# 新手登山鞋怎么选\n\n${body}\n`);
});

describe('commercial and non-commercial reuse (commercial-reuse)', () => {
  it('on a commercial site, every unlicensed copy is commercial-reuse, citing the notice\'s commercial clause', () => {
    expect(findings(true)).toEqual(['content/credited.md commercial-reuse 1', 'content/uncredited.md commercial-reuse 1']);
  });

  it('on a non-commercial site, only the copy without a credit is reported (missing-attribution)', () => {
    expect(findings(false)).toEqual(['content/uncredited.md missing-attribution 1']);
  });

  it('rules show names the clause and the rule', () => {
    const run = laiyuan(['rules', 'show', 'zhiyuan'], { cwd: dir });
    expect(run.stdout).toContain('→ commercial: commercial reuse needs authorization; non-commercial reuse does not [rules: commercial-reuse]');
    expect(run.stdout).toContain('unauthorized-reuse does not run for pack zhiyuan: the notice has no restricted uses');
  });
});
