// A publisher is credited by every name of its outlet that src/core/shared/outlet-aliases.ts lists:
// 中国新闻网's own archive pages are datelined 中新网…电 or 中新社…电, or credited 来源：中新网. Trial T3
// (real notice and archive): a pack compiled from 中国新闻网's notice, which names 中新社 and 中新网,
// read those pages as another outlet's, so verbatim copies of them passed with exit 0. The pack's
// publisher now takes its outlet's other names (a pack listing none as well), and `rules compile`
// writes those the notice names as publisher.aliases. Outlets merely of one group stay apart: 国际在线
// (in no group) keeps its reprint from 新华社 another outlet's, and 人民网 is not 人民日报.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { laiyuan } from '../e2e/cli.js';
import { articleOf, criPack, ROOT } from '../helpers/corpus.js';
import { textDoc } from '../helpers/docs.js';
import { resolvePack } from '../../src/core/config/pack.js';
import { compileNotice } from '../../src/core/config/notice/index.js';
import type { Pack } from '../../src/core/config/types.js';
import { checkAgainstTexts } from '../rules/written-corpus.js';

/** A notice written for the test in the words such footers use: it names the agency and the site by their short names. */
const NOTICE = ['本网站所载文章仅代表作者本人观点，不代表中新社、中新网立场。', '未经中国新闻网书面授权，任何单位和个人不得转载、摘编、复制本网稿件，违者必究。', ''].join('\n');

const SPRING = [
  '春季农资供应充足 江州多地抢抓农时备耕',
  '',
  '中新网江州3月12日电（记者 林晓雯）记者12日从江州市农业农村局获悉，当前全市春耕备耕工作全面展开，化肥、种子、农药等农资储备总量已超过去年同期水平，可满足全市春播需要。',
  '',
  '据介绍，今年江州市计划粮食播种面积稳定在180万亩以上，其中早稻种植面积较去年增加约5万亩。为保障农资质量，市场监管部门已组织专项检查，抽检化肥样品120批次，合格率达97.5%。',
  '',
  '江州市农业农村局相关负责人表示，下一步将组织200余名农技人员下沉一线，开展测土配方施肥和病虫害统防统治指导，帮助农户科学备耕，确保不误农时。',
  '',
].join('\n');

const PORT = [
  '一季度江海港集装箱吞吐量同比增长一成',
  '',
  '中新社江海4月3日电（记者 周思远）江海港务集团3日发布数据显示，今年一季度江海港完成集装箱吞吐量612万标准箱，同比增长10.3%，其中3月单月吞吐量创下同期新高。',
  '',
  '港务集团负责人介绍，一季度新开辟至东南亚、中东的集装箱航线6条，海铁联运箱量同比增长近三成，内陆腹地货源持续向港口集聚。',
  '',
  '业内人士分析认为，随着外贸订单逐步回暖，二季度江海港集装箱业务有望保持稳定增长，港口将继续推进自动化码头二期工程建设。',
  '',
].join('\n');

const LIBRARY = [
  '江州市图书馆延长夜间开放时间',
  '2024-05-20 09:31  来源：中新网',
  '',
  '自5月20日起，江州市图书馆将周一至周五的闭馆时间由晚8点延长至晚10点，自习区、少儿阅览区和24小时自助借还区同步延长服务时间。',
  '',
  '图书馆负责人介绍，此前馆方通过线上问卷收集读者意见近4000份，超过六成受访者希望延长夜间开放，尤其是在校学生和上班族。',
  '',
  '为配合夜间开放，图书馆新增安保和保洁人员12名，并在主入口增设了夜间专用通道，读者可凭读者证或电子证件入馆。',
  '',
].join('\n');

/** A story 中国新闻网 carried from 新华社: another outlet's, whose copies owe 新华社 a credit, not 中国新闻网 a licence. */
const CARRIED = [
  '江州至海滨城际铁路全线贯通',
  '2024-06-02 10:05  来源：新华社',
  '',
  '记者2日从江州铁路建设指挥部获悉，江州至海滨城际铁路最后一段无缝钢轨当天铺设完成，标志着这条全长126公里的城际铁路全线贯通，预计年底前开通运营。',
  '',
  '该线路设计时速200公里，沿线设站9座，建成后江州至海滨最快旅行时间将由目前的两个半小时缩短至50分钟左右。',
  '',
  '指挥部有关负责人表示，下一步将开展静态验收和联调联试，确保线路按期高质量开通。',
  '',
].join('\n');

let dir = '';
const at = (p: string) => path.join(dir, p);
const run = (args: string[]) => laiyuan(args, { cwd: dir });

/** The story of a record without its headline and dateline or credit line: what a site pastes. */
const body = (record: string) => record.split('\n').slice(2).join('\n');

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-outlet-names-'));
  for (const sub of ['corpus', 'content']) mkdirSync(at(sub));
  writeFileSync(at('notice.txt'), NOTICE);
  writeFileSync(at('corpus/spring.txt'), SPRING);
  writeFileSync(at('corpus/port.txt'), PORT);
  writeFileSync(at('corpus/library.txt'), LIBRARY);
  writeFileSync(at('corpus/railway.txt'), CARRIED);
  // a verbatim copy of each own page, with no credit
  writeFileSync(at('content/spring-copy.txt'), SPRING);
  writeFileSync(at('content/port-copy.txt'), PORT);
  writeFileSync(at('content/library-copy.txt'), LIBRARY);
  // one crediting another outlet
  writeFileSync(at('content/spring-other.txt'), ['江州多地抢抓农时备耕', '来源：江州日报', '', body(SPRING)].join('\n'));
  // the carried story credited to its outlet, and to its outlet by its site's name
  writeFileSync(at('content/railway-copy.txt'), ['江州至海滨城际铁路全线贯通', '来源：新华社', '', body(CARRIED)].join('\n'));
  writeFileSync(at('content/railway-site.txt'), ['江州至海滨城际铁路全线贯通', '来源：新华网', '', body(CARRIED)].join('\n'));
  // a pack written by hand that names the publisher alone
  writeFileSync(at('bare.yaml'), ['id: zxw', 'name: 中国新闻网', 'restricted:', '  clause: 1', '  quote: 不得转载', '  actions: [转载, 摘编]', 'clauses:', '  - number: 1', '    text: 未经书面授权，不得转载。', ''].join('\n'));
  writeFileSync(at('bare-config.yaml'), 'packs: [bare.yaml]\ncorpus:\n  zxw: [corpus/]\n');
  writeFileSync(at('laiyuan.yaml'), 'packs: [zxw.yaml]\ncorpus:\n  zxw: [corpus/]\n');
  const compiled = run(['rules', 'compile', 'notice.txt', '--id', 'zxw', '--name', '中国新闻网']);
  expect(compiled.code).toBe(0);
  writeFileSync(at('zxw.yaml'), compiled.stdout);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EXPECTED = [
  'content/library-copy.txt unauthorized-reuse',
  'content/port-copy.txt unauthorized-reuse',
  'content/spring-copy.txt unauthorized-reuse',
  'content/spring-other.txt unauthorized-reuse',
];

function findings(args: string[]): string[] {
  const r = run(['check', 'content', '--format', 'json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);
  const out = JSON.parse(r.stdout) as { findings: { file: string; ruleId: string }[] };
  return out.findings.map((f) => `${f.file} ${f.ruleId}`).sort();
}

describe('中国新闻网\'s own pages datelined 中新网…电, 中新社…电 or credited 来源：中新网', () => {
  it('rules compile writes the names of its outlet the notice gives as publisher.aliases', () => {
    const pack = parse(readFileSync(at('zxw.yaml'), 'utf8')) as { publisher?: { clause?: number; name?: string; aliases?: string[] } };
    expect(pack.publisher).toEqual({ clause: 1, quote: '本网站所载文章仅代表作者本人观点，不代表中新社、中新网立场', name: '中国新闻网', aliases: ['中新社', '中新网'] });
  });

  it('copies of them are found, read from the corpus and from an index built of it', () => {
    expect(findings([])).toEqual(EXPECTED);
    expect(run(['index', 'build', '-o', 'archive.lyx']).code).toBe(0);
    expect(findings(['--index', 'archive.lyx'])).toEqual(EXPECTED);
  });

  it('a pack naming 中国新闻网 alone reads them as its own too', () => {
    expect(findings(['-c', 'bare-config.yaml'])).toEqual(EXPECTED);
  });
});

describe('what the names of its outlet do not change', () => {
  it('a story 中国新闻网 carried from 新华社 stays 新华社\'s: its copies credited 新华社 or 新华网 give no finding', () => {
    const r = run(['check', 'content/railway-copy.txt', 'content/railway-site.txt', '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings).toEqual([]);
  });

  it('国际在线\'s pack, in no group, takes no name: its aliases are the pack file\'s', async () => {
    const pack = await criPack();
    const file = parse(readFileSync(path.join(ROOT, 'rules/cri.yaml'), 'utf8')) as { publisher: { aliases: string[] } };
    expect(pack.publisher.aliases).toEqual(file.publisher.aliases);
  });

  it('a 国际在线 archive page reprinted from 新华社 stays 新华社\'s; its copy credited 来源：新华社 gives no finding', async () => {
    const record = ['江州至海滨城际铁路全线贯通', '2024-06-02 10:05:12  来源：新华社  责编：王晓', '', body(CARRIED)].join('\n');
    expect(articleOf(textDoc(record, 'corpus/railway.txt'), await criPack()).origin).toMatchObject({ kind: 'third-party', source: '新华社' });
    const copy = ['江州至海滨城际铁路全线贯通', '来源：新华社', '', body(CARRIED)].join('\n');
    expect(await checkAgainstTexts([{ id: 'railway', text: record }], copy, [], 'content/news/railway.txt')).toEqual([]);
  });

  it('a pack of 人民网 does not take 人民日报, a paper of its group, for its own', () => {
    const compiled = compileNotice('人民网版权所有，未经书面授权禁止转载。本网所载文章不代表人民日报立场。', { id: 'people', name: '人民网' });
    if (!compiled.ok) throw new Error(compiled.error);
    expect((compiled.value.data.publisher as { aliases?: string[] }).aliases).toBeUndefined();
    const loaded = resolvePack(compiled.value.data, 'people.txt');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const pack: Pack = loaded.value;
    expect(pack.publisher.aliases).toEqual([]);
    const record = ['城际铁路全线贯通', '2024-06-02 10:05  来源：人民日报', '', body(CARRIED)].join('\n');
    expect(articleOf(textDoc(record, 'corpus/railway.txt'), pack).origin).toMatchObject({ kind: 'third-party', source: '人民日报' });
  });
});
