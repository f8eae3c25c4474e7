import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileNotice } from '../../src/core/config/notice/index.js';
import { laiyuan } from '../e2e/cli.js';
import { ARTICLE, reprint } from './shanhai-article.js';

// A name the notice itself gives its publisher, its group's (山海科技（云岭传媒旗下媒体）) or one it
// is also known by (又名, 原名, 简称), is an alias in the compiled pack: a credit naming it names the
// rights holder in the notice's own words, not another outlet (as 国际在线's pack lists its owner
// 中国国际广播电台). Any other outlet is still wrong-source.
const NOTICE = '转载请注明出处：山海科技\n山海科技（云岭传媒旗下媒体）·2003-2024 版权所有\n';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-publisher-aliases-'));
  for (const sub of ['notices', 'corpus', 'content']) mkdirSync(path.join(dir, sub));
  writeFileSync(path.join(dir, 'notices/shanhai.txt'), NOTICE);
  writeFileSync(path.join(dir, 'corpus/zhedieping.txt'), `${ARTICLE}\n`);
  writeFileSync(path.join(dir, 'content/group.txt'), reprint('来源：云岭传媒'));
  writeFileSync(path.join(dir, 'content/other.txt'), reprint('来源：江城晚报'));
  writeFileSync(path.join(dir, 'laiyuan.yaml'), 'packs: [notices/shanhai.txt]\ncorpus:\n  shanhai: [corpus/]\n');
});

describe('the group a notice names its publisher part of (山海科技（云岭传媒旗下媒体）)', () => {
  it('来源：云岭传媒 credits the publisher; 来源：江城晚报 is still wrong-source', () => {
    const run = laiyuan(['check', 'content', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const found = JSON.parse(run.stdout).findings as { file: string; ruleId: string }[];
    expect(found.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['content/other.txt wrong-source']);
  });

  it('rules show lists it as an alias, from the clause that says so', () => {
    const run = laiyuan(['rules', 'show', 'shanhai'], { cwd: dir });
    expect(run.stdout).toContain('→ publisher: 山海科技; also credited as 云岭传媒');
  });
});

describe('the other names a notice gives its publisher compile to publisher.aliases', () => {
  const CREDIT = '转载请注明出处：山海科技。';
  const FORMS: [string, string[] | undefined][] = [
    ['山海科技（云岭传媒旗下媒体）·2003-2024 版权所有', ['云岭传媒']],
    ['云岭传媒旗下山海科技 版权所有', ['云岭传媒']],
    ['山海科技是云岭传媒旗下的科技媒体。', ['云岭传媒']],
    ['山海科技，又名山海网。', ['山海网']],
    ['山海科技（原名云岭科技）版权所有', ['云岭科技']],
    ['云岭山海信息技术有限公司（简称山海科技）版权所有', ['云岭山海信息技术有限公司']],
    // a platform under the publisher, or a name beside it, is none of its names
    ['山海科技 版权所有。本文为山海科技旗下自媒体平台“山海号”用户上传。', undefined],
    ['山海科技与云岭传媒联合发布。山海科技 版权所有', undefined],
  ];
  it.each(FORMS)('%s', (notice, aliases) => {
    const compiled = compileNotice(`${CREDIT}\n${notice}`, { id: 'shanhai' });
    if (!compiled.ok) throw new Error(compiled.error);
    const { data } = compiled.value;
    expect([data.name, (data.publisher as { aliases?: string[] } | undefined)?.aliases]).toEqual(['山海科技', aliases]);
  });
});

describe('the other names of its outlet (src/core/shared/outlet-aliases.ts) a notice writes compile to publisher.aliases', () => {
  const publisherOf = (notice: string, name: string) => {
    const compiled = compileNotice(notice, { id: 'p', name });
    if (!compiled.ok) throw new Error(compiled.error);
    return compiled.value.data.publisher as { clause?: number; quote?: string; aliases?: string[] } | undefined;
  };

  it('中新社 and 中新网 in a disclaimer of 中国新闻网\'s: the sentence is cited where no other names the publisher', () => {
    expect(publisherOf('本网所载文章仅代表作者观点，不代表中新社和中新网立场。未经书面授权，不得转载、摘编。', '中国新闻网')).toMatchObject({ clause: 1, quote: '本网所载文章仅代表作者观点，不代表中新社和中新网立场', aliases: ['中新社', '中新网'] });
  });

  it('a clause saying who holds the rights is cited before it', () => {
    const notice = '1、本网所载文章仅代表作者观点，不代表中新社立场。\n2、中国新闻网版权所有，未经书面授权，不得转载、摘编。\n';
    expect(publisherOf(notice, '中国新闻网')).toMatchObject({ clause: 2, quote: '中国新闻网版权所有', aliases: ['中新社'] });
  });

  it('a name read whole: not 央视 inside 央视网 (another outlet), nor AP inside APP', () => {
    expect(publisherOf('央视网版权所有，未经书面授权不得转载。', '中央电视台')?.aliases).toBeUndefined();
    expect(publisherOf('美联社版权所有，未经书面授权不得转载。下载APP阅读更多新闻。', '美联社')?.aliases).toBeUndefined();
    expect(publisherOf('美联社（AP）版权所有，未经书面授权不得转载。', '美联社')?.aliases).toEqual(['AP']);
  });

  it('another outlet\'s names are none of the publisher\'s: 新华社 in 中国新闻网\'s notice', () => {
    expect(publisherOf('中国新闻网版权所有。本网转载新华社稿件，版权归新华社所有。', '中国新闻网')?.aliases).toBeUndefined();
  });
});
