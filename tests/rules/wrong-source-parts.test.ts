// A compilation that credits each of its parts ties each credit to the part it heads (a 来源 line
// under the part's heading) or closes (（来源：…） after its last paragraph): swapped credits are
// wrong for both parts, a wrong credit under part 2 says nothing of part 1. A page reusing two
// articles of different origins under one credit is told to add the other part's credit, not to
// replace the one that is right for the first part.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/judge/types.js';
import { LICENCE, checkRule, paragraphs, positionOf, type Case } from './harness.js';

const MD: Case = { licences: [LICENCE], path: 'content/licensed/roundup.md' };
const BANLIE = await paragraphs('cri-01-zhongou-banlie-changchun');
const LISHU = await paragraphs('cri-05-lishu-moshi-heitudi');
const RUMEI = await paragraphs('cri-21-shanghai-rumei-pianzao');
const XIALIANG = await paragraphs('cri-14-xialiang-shougou-youzhi-youjia');

/** A two-part roundup in Markdown, each part under its heading and the credit line given. */
function headed(first: readonly string[], firstCredit: string, second: readonly string[], secondCredit: string): string {
  return ['# 本周要闻两则', '', '## 一', '', firstCredit, '', ...first.flatMap((p) => [p, '']), '## 二', '', secondCredit, '', ...second.flatMap((p) => [p, ''])].join('\n');
}

/** The same, each part closed by its bracketed credit. */
function closed(first: readonly string[], firstCredit: string, second: readonly string[], secondCredit: string): string {
  return ['# 本周要闻两则', '', '## 一', '', ...first.flatMap((p) => [p, '']), firstCredit, '', '## 二', '', ...second.flatMap((p) => [p, '']), secondCredit, ''].join('\n');
}

const rows = (text: string, found: readonly Finding[]) =>
  found.map((f) => [f.severity, f.line, f.attribution.claimed, f.attribution.expected, f.source?.articleId]).sort((a, b) => Number(a[1]) - Number(b[1]));
const lineOf = (text: string, needle: string, from = 0) => positionOf(text.slice(0, from) + text.slice(from).replace(needle, '\u0000'), '\u0000').line;

describe('a credit under each part is the credit of that part', () => {
  it('credits swapped between a 国际在线 part and a 澎湃新闻 part: both reported', async () => {
    const text = headed(BANLIE, '来源：澎湃新闻', RUMEI, '来源：国际在线');
    expect(rows(text, await checkRule('wrong-source', text, MD))).toEqual([
      ['error', lineOf(text, '来源：澎湃新闻'), '来源：澎湃新闻', '来源:国际在线', 'cri-01-zhongou-banlie-changchun'],
      ['warning', lineOf(text, '来源：国际在线'), '来源：国际在线', '来源:澎湃新闻', 'cri-21-shanghai-rumei-pianzao'],
    ]);
  });

  it('credits swapped between two third-party parts (澎湃新闻, 人民日报): both reported', async () => {
    const text = headed(RUMEI, '来源：人民日报', XIALIANG, '来源：澎湃新闻');
    expect(rows(text, await checkRule('wrong-source', text, MD)).map((r) => r.slice(2))).toEqual([
      ['来源：人民日报', '来源:澎湃新闻', 'cri-21-shanghai-rumei-pianzao'],
      ['来源：澎湃新闻', '来源:人民日报', 'cri-14-xialiang-shougou-youzhi-youjia'],
    ]);
  });

  it('a wrong credit under part 2 only: one finding, for part 2’s article', async () => {
    const text = headed(BANLIE, '来源：国际在线', LISHU, '来源：新华网');
    expect(rows(text, await checkRule('wrong-source', text, MD))).toEqual([
      ['error', lineOf(text, '来源：新华网'), '来源：新华网', '来源:国际在线', 'cri-05-lishu-moshi-heitudi'],
    ]);
  });

  it('closing credits swapped, （来源：澎湃新闻） after the 国际在线 part: both reported', async () => {
    const text = closed(BANLIE, '（来源：澎湃新闻）', RUMEI, '（来源：国际在线）');
    expect(rows(text, await checkRule('wrong-source', text, MD)).map((r) => r.slice(2))).toEqual([
      ['（来源：澎湃新闻）', '来源:国际在线', 'cri-01-zhongou-banlie-changchun'],
      ['（来源：国际在线）', '来源:澎湃新闻', 'cri-21-shanghai-rumei-pianzao'],
    ]);
  });

  it('each part rightly credited, heading or closing it: no finding', async () => {
    expect(await checkRule('wrong-source', headed(BANLIE, '来源：国际在线', RUMEI, '来源：澎湃新闻'), MD)).toEqual([]);
    expect(await checkRule('wrong-source', closed(BANLIE, '（来源：国际在线）', RUMEI, '（来源：澎湃新闻）'), MD)).toEqual([]);
  });
});

describe('one credit over two parts of different origins', () => {
  const single = (...between: string[]) => ['# 本周要闻两则', '', '来源：国际在线', '', ...BANLIE.flatMap((p) => [p, '']), ...between, ...RUMEI.flatMap((p) => [p, ''])].join('\n');

  it('the remedy adds the 澎湃新闻 part’s credit and keeps 来源：国际在线; following it passes', async () => {
    const [f, ...more] = await checkRule('wrong-source', single(), MD);
    expect(more).toEqual([]);
    expect([f.severity, f.attribution.claimed, f.attribution.expected]).toEqual(['warning', '来源：国际在线', '来源:澎湃新闻']);
    expect(f.remedy).toMatch(/^在取自《上海今天入梅[^》]*》的部分上方注明「来源:澎湃新闻」，「来源：国际在线」是其他部分的来源，保留/u);
    expect(await checkRule('wrong-source', single('来源:澎湃新闻', ''), MD)).toEqual([]);
  });
});

describe('a compilation of two 国际在线 articles, each closed by （来源：国际在线）', () => {
  it('each part’s misplaced credit is told at its own line, for its own article', async () => {
    const text = closed(BANLIE, '（来源：国际在线）', LISHU, '（来源：国际在线）');
    const second = text.lastIndexOf('（来源：国际在线）');
    const found = await checkRule('nonstandard-attribution', text, MD);
    expect(rows(text, found).map((r) => [r[1], r[4]])).toEqual([
      [lineOf(text, '（来源：国际在线）'), 'cri-01-zhongou-banlie-changchun'],
      [lineOf(text, '（来源：国际在线）', second), 'cri-05-lishu-moshi-heitudi'],
    ]);
  });
});

describe('a part of the site’s own text, credited to the site', () => {
  // 示例新闻网's own report: no article of the archive holds it
  const OWN = [
    '本网讯 5月8日，长春市南关区举办社区邻里节，辖区二十余个社区的居民带来自制的粘豆包、酸菜馅饺子等家常美食，现场还有秧歌、二人转等文艺表演，吸引了上千名居民参加。',
    '活动负责人介绍，邻里节已连续举办六年，今年新增了旧物交换和义诊服务，社区志愿者为老年居民测量血压、讲解慢性病防治知识，不少居民表示希望这样的活动多办几次。',
  ];

  it('headed by 来源：示例新闻网, after or before a 国际在线 part: that credit is its own part’s, no finding', async () => {
    expect(await checkRule('wrong-source', headed(BANLIE, '来源：国际在线', OWN, '来源：示例新闻网'), MD)).toEqual([]);
    expect(await checkRule('wrong-source', headed(OWN, '来源：示例新闻网', BANLIE, '来源：国际在线'), MD)).toEqual([]);
  });

  it('closed by （来源：示例新闻网）: no finding', async () => {
    expect(await checkRule('wrong-source', closed(BANLIE, '（来源：国际在线）', OWN, '（来源：示例新闻网）'), MD)).toEqual([]);
  });

  it('the reprinted part credited wrongly is still reported, and only it', async () => {
    const text = headed(BANLIE, '来源：新华社', OWN, '来源：示例新闻网');
    expect(rows(text, await checkRule('wrong-source', text, MD))).toEqual([
      ['error', lineOf(text, '来源：新华社'), '来源：新华社', '来源:国际在线', 'cri-01-zhongou-banlie-changchun'],
    ]);
  });

  it('a credit heading no text of its own (the page’s last line) is the page’s credit, judged as before', async () => {
    const text = [...BANLIE.flatMap((p) => [p, '']), '来源：示例新闻网', ''].join('\n');
    const withHead = ['# 中欧班列（长春）年内开行突破400列', '', '来源：国际在线', '', text].join('\n');
    expect(rows(withHead, await checkRule('wrong-source', withHead, MD)).map((r) => r[2])).toEqual(['来源：示例新闻网']);
  });
});
