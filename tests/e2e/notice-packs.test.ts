import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from './cli.js';

// Packs a compliance editor writes from other publishers' notices, as news sites print them under
// their articles (trial 1 of rules compile): each notice is compiled on load (a pack file naming
// it), and what check says rests on the notice's own words and nothing more.
const ARTICLE = `江城地铁三号线北延段开通 沿线居民通勤时间缩短一半
2024-09-28 10:20
本报讯（记者 周明远）9月28日上午，江城地铁三号线北延段正式开通运营。北延段全长12.6公里，共设车站8座，连接北部新城与中心城区，沿线居民前往市中心的通勤时间由原来的一个多小时缩短至半小时左右。
据江城轨道交通集团介绍，北延段采用全自动运行系统，列车最高运行速度每小时100公里，高峰时段行车间隔为4分30秒。开通初期，首班车6时发出，末班车22时30分发出，周五和周六末班车延长至23时30分。
为方便乘客换乘，北延段北新城站与公交枢纽实现无缝衔接，站内设置了自行车停放区和无障碍通道。轨道交通集团相关负责人表示，将根据客流情况适时调整运行图，进一步缩短高峰时段行车间隔。
家住北部新城的市民王女士当天一早便来体验。她说，以前开车进城要堵一个多小时，现在坐地铁只要三十多分钟，“上班再也不用那么早起了”。
据悉，江城地铁四号线二期和六号线一期工程正在加紧建设，预计明年年底前建成通车，届时全市轨道交通运营里程将突破300公里。`;

const PARAGRAPH = ARTICLE.split('\n')[3];
const BODY = ARTICLE.split('\n').slice(2).join('\n');

/** Each publisher: its notice as printed under its articles, and a pack file over it. */
const PUBLISHERS: Record<string, { name: string; notice: string }> = {
  // two restrictions: the first names 刊用 alone, the second 转载、摘编、复制 (中新网's style)
  dongjiang: { name: '东江晨报网', notice: '东江晨报网所刊稿件，不代表本网观点。刊用本网稿件，须经书面授权。\n未经授权，严禁转载、摘编、复制或建立镜像，违者依法追究法律责任。\n' },
  // one use named, 使用, that takes in every use (人民网's style)
  nanzhou: { name: '南州日报网', notice: '南州日报网版权所有，未经书面授权禁止使用\nCopyright © 2008-2024 by www.nanzhou.example.cn. all rights reserved\n' },
  // only 转载 restricted (澎湃新闻's style)
  beian: { name: '北岸新闻', notice: '北岸新闻报料：0571-00000000 北岸新闻，未经授权不得转载\n' },
};

let dir = '';

function site(id: string, files: Record<string, string>): string {
  const root = path.join(dir, id);
  mkdirSync(path.join(root, 'corpus'), { recursive: true });
  mkdirSync(path.join(root, 'content'), { recursive: true });
  const { name, notice } = PUBLISHERS[id];
  writeFileSync(path.join(root, `${id}.txt`), notice);
  writeFileSync(path.join(root, `${id}.yaml`), `id: ${id}\nname: ${name}\nnotice: ${id}.txt\n`);
  writeFileSync(path.join(root, 'laiyuan.yaml'), `packs: [./${id}.yaml]\ncorpus:\n  ${id}: [corpus/]\n`);
  writeFileSync(path.join(root, 'corpus/ditie.txt'), `${ARTICLE}\n`);
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(root, 'content', file), text);
  return root;
}

interface Finding {
  file: string;
  ruleId: string;
  severity: string;
  message: string;
  remedy: string;
  clause: { number: number; text: string };
}

function findings(cwd: string): Finding[] {
  const run = laiyuan(['check', 'content', '--format', 'json'], { cwd });
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
}

const REPRINT = `# 江城地铁三号线北延段开通\n\n${BODY}\n`;
const EXCERPT = `# 我市新城交通再提速\n\n近日，多条城市轨道交通线路陆续开通，市民出行更加便利。记者走访了几个新开通的站点，听取了乘客的意见。\n\n${PARAGRAPH}\n\n不少受访市民希望，今后公交线路能和地铁站更好地衔接，让“最后一公里”更顺畅。也有市民建议在地铁站周边增设停车场，方便驾车换乘。\n\n交通部门表示，将结合市民意见优化公交线网，并在明年继续推进站点周边慢行系统建设。\n`;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-notice-packs-'));
});

describe('a notice with two restrictions (刊用…须经书面授权; 未经授权，严禁转载、摘编)', () => {
  it('keeps both in the pack: rules show has an entry on each clause', () => {
    const cwd = site('dongjiang', {});
    const show = laiyuan(['rules', 'show', './dongjiang.yaml'], { cwd });
    expect(show.stdout).toContain('→ restricted: 刊用 (转载) need written authorization');
    expect(show.stdout).toContain('→ restricted: 转载、摘编、复制 need authorization');
    expect(show.stdout).not.toContain('no entry of the pack rests on this clause');
  });

  it('cites, for each use, the clause that names it, in its words', () => {
    const cwd = site('dongjiang', { 'excerpt.md': EXCERPT, 'reprint.md': REPRINT });
    const [excerpt, reprint] = findings(cwd);
    expect(excerpt.message).toMatch(/^摘编了东江晨报网的文章《江城地铁三号线北延段开通 沿线居民通勤时间缩短一半》（覆盖原文 \d+%），/u);
    expect(excerpt.clause).toEqual({ number: 2, text: '未经授权，严禁转载、摘编、复制或建立镜像，违者依法追究法律责任。' });
    // clause 2 does not say 书面
    expect(`${excerpt.message}${excerpt.remedy}`).not.toContain('书面');
    expect(reprint.message).toMatch(/^刊用了东江晨报网的文章《[^》]+》（转载，覆盖原文 \d+%），/u);
    expect(reprint.clause.number).toBe(1);
    expect(reprint.remedy).toContain('书面授权');
    const shown = laiyuan(['check', 'content', '-v'], { cwd }).stdout;
    expect(shown).toContain('第2条：「…未经授权，严禁转载、摘编、复制或建立镜像，违者依法追究法律责任…」');
    expect(shown).toContain('第1条：「…刊用本网稿件，须经书面授权…」');
  });
});

describe('a notice that restricts 使用 (未经书面授权禁止使用)', () => {
  it('names the use 使用, the kind of reuse beside it', () => {
    const cwd = site('nanzhou', { 'reprint.md': REPRINT });
    const [reprint] = findings(cwd);
    expect(reprint.ruleId).toBe('unauthorized-reuse');
    expect(reprint.message).toMatch(/^使用了南州日报网的文章《[^》]+》（转载，覆盖原文 \d+%），/u);
  });
});

describe('a notice that restricts 转载 alone (北岸新闻，未经授权不得转载)', () => {
  it('a reprint is an error under it; an excerpt is a warning that says the notice names 转载, not 摘编', () => {
    const cwd = site('beian', { 'excerpt.md': EXCERPT, 'reprint.md': REPRINT });
    const [excerpt, reprint] = findings(cwd);
    expect([reprint.severity, reprint.message]).toEqual(['error', expect.stringMatching(/^转载了北岸新闻的文章《[^》]+》（覆盖原文 \d+%），/u)]);
    expect(excerpt.severity).toBe('warning');
    expect(excerpt.message).toMatch(/^摘编了北岸新闻的文章《[^》]+》（覆盖原文 \d+%）；北岸新闻的声明限制的是转载，没有提到摘编，/u);
    expect(excerpt.remedy).toMatch(/^向北岸新闻确认摘编是否需要授权/u);
    expect(excerpt.clause.number).toBe(1);
  });
});

describe('a pack compiled before restrictions were listed (中新网: one restriction, 刊用…务经书面授权, as 转载)', () => {
  it('an excerpt is an error under it: 刊用 takes in any use of the articles, and the pack lists it', () => {
    const cwd = site('dongjiang', { 'excerpt.md': EXCERPT });
    const clause1 = '东江晨报网所刊稿件，不代表本网观点。刊用本网稿件，须经书面授权。';
    writeFileSync(
      path.join(cwd, 'dongjiang.yaml'),
      `id: dongjiang\nname: 东江晨报网\nrestricted:\n  clause: 1\n  quote: 刊用本网稿件，须经书面授权\n  actions:\n    - 转载\nclauses:\n  - number: 1\n    text: ${clause1}\n  - number: 2\n    text: 未经授权，严禁转载、摘编、复制或建立镜像，违者依法追究法律责任。\n`,
    );
    const run = laiyuan(['check', 'content', '--format', 'json'], { cwd });
    // its clause 2 restricts 摘编、复制 too: one note saying how to compile the notice again, the exit code the findings'
    expect([run.code, run.stderr]).toEqual([1, expect.stringMatching(/^laiyuan: note: pack 'dongjiang' \(dongjiang\.yaml\) lists one restriction \(转载\), but its clauses restrict 摘编、复制 too: .*: laiyuan rules compile <notice> --id dongjiang --name 东江晨报网 -o dongjiang\.yaml\n$/u)]);
    const [excerpt] = (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
    expect([excerpt.ruleId, excerpt.severity, excerpt.clause.number]).toEqual(['unauthorized-reuse', 'error', 1]);
    expect(excerpt.message).toMatch(/^刊用了东江晨报网的文章《[^》]+》（摘编，覆盖原文 \d+%），但配置中没有覆盖本文件的东江晨报网授权$/u);
    expect(excerpt.remedy).toMatch(/^取得东江晨报网的书面授权/u);
  });
});

describe('a notice under which no rule can run (版权所有 alone)', () => {
  const NOTICE = '免责声明：本频道内容均源自合作媒体，版权归原作者所有，文章观点仅代表作者本人，不代表西陵网立场。\nAll Rights Reserved 西陵网 版权所有\n';

  it('check refuses it in one line naming the pack and what to add, exit 2, though match finds the reprint', () => {
    const cwd = path.join(dir, 'xiling');
    mkdirSync(path.join(cwd, 'corpus'), { recursive: true });
    mkdirSync(path.join(cwd, 'content'), { recursive: true });
    writeFileSync(path.join(cwd, 'xiling.txt'), NOTICE);
    writeFileSync(path.join(cwd, 'laiyuan.yaml'), 'packs: [xiling.txt]\ncorpus:\n  xiling: [corpus/]\n');
    writeFileSync(path.join(cwd, 'corpus/ditie.txt'), `${ARTICLE}\n`);
    writeFileSync(path.join(cwd, 'content/reprint.md'), REPRINT);
    const check = laiyuan(['check', 'content'], { cwd });
    expect([check.code, check.stdout]).toEqual([2, '']);
    expect(check.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^laiyuan: no rule can run for pack 'xiling' \(xiling\.txt\): its notice has no restricted uses \(未经授权，不得转载 …\), no attribution .*; add the clause that says so to the pack \(restricted:, attribution:, commercial: each with clause: and quote:, the notice's words\), or take the pack out of packs in laiyuan\.yaml$/u),
    ]);
    expect(laiyuan(['match', 'content'], { cwd }).stdout).toContain('reprint');
  });

  it('named beside a pack whose rules run: one warning line naming it, the exit code left to the findings', () => {
    const cwd = site('beian', { 'reprint.md': REPRINT });
    writeFileSync(path.join(cwd, 'xiling.txt'), NOTICE);
    writeFileSync(path.join(cwd, 'laiyuan.yaml'), 'packs: [./beian.yaml, xiling.txt]\ncorpus:\n  beian: [corpus/]\n  xiling: [corpus/]\n');
    const run = laiyuan(['check', 'content', '--format', 'json'], { cwd });
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^laiyuan: warning: no rule can run for pack 'xiling' \(xiling\.txt\): its notice has no /u)]);
    expect(run.code).toBe(1);
    const found = (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
    const reprint = found.filter((f) => f.file === 'content/reprint.md');
    expect(reprint.map((f) => [f.ruleId, f.severity, f.message.slice(0, 10)])).toEqual([['unauthorized-reuse', 'error', '转载了北岸新闻的文章']]);
  });

  it('rules compile writes the pack, and warns on standard error that no rule can run under it', () => {
    const run = laiyuan(['rules', 'compile', '-', '--id', 'xiling'], { input: NOTICE });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('name: 西陵网');
    expect(run.stderr).toMatch(/\nlaiyuan: warning: no rule can run for pack 'xiling' \(<stdin>\): /u);
  });
});

describe('writing a pack by hand', () => {
  it('a term added over a notice that does not state it says so, and what to do, in one line', () => {
    const cwd = site('nanzhou', {});
    writeFileSync(path.join(cwd, 'nanzhou.yaml'), 'id: nanzhou\nname: 南州日报网\nnotice: nanzhou.txt\nattribution:\n  position: top\n');
    const run = laiyuan(['rules', 'show', './nanzhou.yaml'], { cwd });
    expect([run.code, run.stderr]).toEqual([
      2,
      'laiyuan: nanzhou.yaml:4:1: the notice has no attribution (a credit required: 注明来源/出处), so attribution has no clause to rest on: leave attribution out (the rules that need it do not run for this pack: laiyuan rules show lists them), or, where the notice does say it, give clause: and quote: (its words, copied exactly) (attribution.clause)\n',
    ]);
  });

  it('a term without its clause and quote in a pack file: one line saying what to give', () => {
    const cwd = site('nanzhou', {});
    writeFileSync(path.join(cwd, 'hand.yaml'), 'id: hand\nname: 南州日报网\nattribution:\n  position: top\nclauses:\n  - number: 1\n    text: 南州日报网版权所有，未经书面授权禁止使用\n');
    const run = laiyuan(['rules', 'show', './hand.yaml'], { cwd });
    expect(run.stderr.trim().split('\n')).toEqual([
      "laiyuan: hand.yaml:3:1: missing required keys 'clause' and 'quote': attribution must rest on a clause of the notice; give clause: (the number of the clause in clauses that says it) and quote: (the words of that clause it rests on, copied exactly), or, where the notice does not say it, leave attribution out (attribution.clause)",
    ]);
  });

  it('rules compile without --id: one laiyuan line with an example made from the notice (www.nanzhou.example.cn); --help says it is required', () => {
    const run = laiyuan(['rules', 'compile', '-'], { input: PUBLISHERS.nanzhou.notice });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', "laiyuan: rules compile needs --id <id>, the pack's id (lower-case letters, digits and -), as laiyuan.yaml will name it: laiyuan rules compile - --id nanzhou -o nanzhou.yaml\n"]);
    expect(laiyuan(['rules', 'compile', '--help']).stdout).toMatch(/--id <id>\s+required: the pack id/u);
  });

  it('an unknown option reads as laiyuan\'s own error', () => {
    const run = laiyuan(['rules', 'compile', '-', '--idd', 'x'], { input: '' });
    expect([run.code, run.stderr.split('\n')[0]]).toEqual([2, "laiyuan: unknown option '--idd'"]);
  });
});
