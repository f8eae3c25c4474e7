// A site whose archive repeats one 通稿 paragraph (the expo's figures) in six of its seven
// articles, with match.maxPostings below six: that paragraph is common, and finds no article beside
// a document's rare fingerprints; a reprint or an excerpt of one of those articles is still found,
// passages and all, and a report that takes only the paragraph finds it through its rarest fingerprints.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { laiyuan, type Run } from '../e2e/cli.js';

/** The paragraph six articles carry word for word (the figures every report of the expo repeats). */
export const SHARED = '第七届中国国际进口博览会于11月5日至10日在上海举办，共有152个国家、地区和国际组织参会，3496家境外企业参展，按一年计意向成交金额达800.1亿美元，比上届增长2%。';

const STORIES: Array<[string, string]> = [
  ['法国葡萄酒商首次设立独立展台', '来自波尔多的一家家族酒庄今年首次在食品及农产品展区设立独立展台，带来了二十余款新年份葡萄酒。酒庄负责人杜邦告诉记者，开展第一天就与江苏、四川的两家经销商签下了意向订单，明年计划在成都设立仓库。'],
  ['日本企业展出氢能源重卡', '在汽车展区，一家日本车企展出了续航里程达到八百公里的氢燃料电池重型卡车，并与上海一家物流公司签署了示范运营协议。企业中国区总经理表示，将在长三角先投放五十辆车，用于港口集装箱短途运输。'],
  ['非洲咖啡豆借进博会打开中国市场', '埃塞俄比亚、卢旺达等国的咖啡企业集中亮相，现场烘焙的咖啡吸引了大批采购商排队品尝。卢旺达一家合作社的代表说，三年前第一次来进博会时只带了两百公斤样品，如今已经在中国拥有四十多家固定客户。'],
  ['智利车厘子企业签下全年订单', '智利车厘子出口商协会组织十二家企业参展，与国内多家生鲜电商和商超签下全年供货协议。协会代表介绍，冷链直航航线开通后，车厘子从采摘到摆上中国消费者餐桌的时间缩短到七十二小时以内。'],
  [
    '德国医疗器械企业发布手术机器人',
    '医疗器械及医药保健展区，一家德国企业全球首发了用于骨科手术的机器人系统，其定位精度达到零点一毫米。企业亚太区负责人介绍，该系统已在北京、上海三家医院开展临床试验，计划两年内在华实现本地化生产。\n' +
      '据介绍，这款手术机器人由德国总部与苏州研发中心共同开发，配备三维影像导航和力反馈系统，医生可以在屏幕上规划每一颗螺钉的植入路径，术中出血量和手术时间都明显减少。\n' +
      '企业计划明年在苏州工业园区建设第二条生产线，届时年产能将达到两百台，并与国内高校合作培养手术机器人操作医师，首批学员将于明年三月结业。',
  ],
  ['马来西亚榴莲展台人气高', '马来西亚农业部门组织的榴莲展台前人头攒动，冷冻榴莲和榴莲制品当天销售一空。展商表示，随着鲜果直接进入中国市场，榴莲种植园的订单排到了明年春天，当地不少农户扩大了种植面积。'],
];

/** Article 7, on another subject: it shares nothing with the others. */
const OTHER: [string, string] = ['长春冰雪旅游季开幕', '第二十七届长春冰雪节在净月潭开幕，今年新建的冰雪乐园占地六十万平方米，设有四十条雪道和一座百米冰滑梯。长春市文旅局介绍，冰雪节期间将推出二百余项活动，预计接待游客超过一千万人次。'];

/** Article n (1..7) as the archive holds it: headline, date and 来源 line, body. */
export function articleText(n: number): string {
  const [title, body] = n <= STORIES.length ? STORIES[n - 1] : OTHER;
  const background = n <= STORIES.length ? `\n${SHARED}\n` : '\n';
  return `${title}\n2024-11-0${n} 10:30:00　来源：国际在线\n${body}${background}记者在现场看到，展馆内外人流不断，各国展商忙着接待前来洽谈的客商。\n`;
}

/** The site's config with match.maxPostings `most` (boilerplate only past 90 %): at 6 or more, the figures (in six articles) are not common. */
export function siteConfig(most: number): string {
  return `packs: [cri]\ncorpus:\n  cri: [corpus/]\nmatch:\n  maxPostings: ${most}\n  boilerplateShare: 0.9\n`;
}

/**
 * The site of commonPhraseSite made, and its index file archive.lyx built, before the test
 * file's tests, and removed after them; `run` runs the CLI in it.
 */
export function useCommonPhraseSite(prefix: string): { run: (args: string[]) => Run; dir: () => string } {
  return useSite(prefix, commonPhraseSite);
}

/** The site `make` makes (as commonPhraseSite), made and indexed before the test file's tests, removed after them. */
export function useSite(prefix: string, make: (prefix: string) => string): { run: (args: string[]) => Run; dir: () => string } {
  let site = '';
  const run = (args: string[]) => laiyuan(args, { cwd: site });
  beforeAll(() => {
    site = make(prefix);
    expect(run(['index', 'build', '-o', 'archive.lyx']).code).toBe(0);
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  return { run, dir: () => site };
}

/** A folder with laiyuan.yaml (maxPostings 4, boilerplate only past 90 %), corpus/ and content/. */
export function commonPhraseSite(prefix: string): string {
  const site = mkdtempSync(path.join(tmpdir(), prefix));
  mkdirSync(path.join(site, 'corpus'));
  mkdirSync(path.join(site, 'content'));
  writeFileSync(path.join(site, 'laiyuan.yaml'), siteConfig(4));
  for (let n = 1; n <= 7; n++) writeFileSync(path.join(site, `corpus/a${n}.txt`), articleText(n));
  const content = {
    // another outlet's report of the expo: the figures, then its own words
    'figures.txt': `进博会观察：外资企业持续加码中国市场\n来源：示例新闻网\n${SHARED}\n本网评论员认为，越来越多的外资企业把进博会当作进入中国市场的第一站，展商变投资商的故事年年上演。\n`,
    // article 3 reprinted whole
    'reprint.txt': articleText(3).replace('来源：国际在线', '来源：示例新闻网'),
    // article 5's news taken, the figures beside it
    'excerpt.txt': `进博会首日见闻\n来源：示例新闻网\n${STORIES[4][1].split('\n')[0]}\n${SHARED}\n此外，多家跨国药企也在展会上发布了新药，并表示将加快在华注册上市的步伐。\n`,
  };
  for (const [name, text] of Object.entries(content)) writeFileSync(path.join(site, 'content', name), text);
  return site;
}

interface Report {
  findings: Array<{ file: string; ruleId: string; source?: { articleId: string }; reuse?: { kind: string; coverage: number; passages: unknown[] } }>;
}

/** What the report says `file` takes from article `id`: kind, coverage, passages. */
export function reuseOf(stdout: string, file: string, id: string): Report['findings'][number]['reuse'] {
  const found = (JSON.parse(stdout) as Report).findings.find((f) => path.basename(f.file) === file && f.source?.articleId === id && f.reuse);
  expect(found?.reuse).toBeDefined();
  return found?.reuse;
}

/** The articles each content file is reported to reuse, sorted. */
export function sourcesByFile(stdout: string): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const f of (JSON.parse(stdout) as Report).findings) {
    if (!f.source) continue;
    (out[path.basename(f.file)] ??= new Set()).add(f.source.articleId);
  }
  return Object.fromEntries(Object.entries(out).map(([file, ids]) => [file, [...ids].sort()]));
}

/**
 * The findings of `check content --format json` on the site: beside their own (rare) fingerprints
 * the shared figures make no candidate, and the reprint and the excerpt find their article alone;
 * a report sharing nothing but the figures with the archive is found through them (rarest.ts).
 */
export function expectCommonPhraseFindings(stdout: string): void {
  const sources = sourcesByFile(stdout);
  expect(sources['figures.txt']).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
  expect(Object.keys(sources).sort()).toEqual(['excerpt.txt', 'figures.txt', 'reprint.txt']);
  expect(sources['reprint.txt']).toEqual(['a3']);
  expect(sources['excerpt.txt']).toEqual(['a5']);
  expect(reuseOf(stdout, 'reprint.txt', 'a3')).toMatchObject({ kind: 'reprint', coverage: 1 });
  // its own paragraph and the figures: the figures' passage is aligned though they found nothing
  const excerpt = reuseOf(stdout, 'excerpt.txt', 'a5');
  expect(excerpt?.kind).toBe('excerpt');
  expect(excerpt?.passages.map((p) => (p as { text: string }).text)).toEqual([expect.stringContaining('骨科手术的机器人系统'), expect.stringContaining('3496家境外企业参展')]);
}
