// Two archive articles open with the same paragraph (the festival's organisers and dates, as every
// report of it repeats). A document that reprints the first word for word holds that paragraph
// inside its reprint: it was no second reuse, of the other article, yet it was reported as one, an
// excerpt (摘编) of the other article that a 转载 licence does not cover (out-of-scope, exit 1, on a
// licensed and correctly credited reprint), and an uncredited reprint got a second
// missing-attribution for it. A report that takes only the shared paragraph still reuses both
// articles, the same passage: two findings, as before.
import { describe, expect, it } from 'vitest';
import type { CheckResults, Finding } from '../../src/core/judge/types.js';
import { useFiles } from '../helpers/site.js';

/** The paragraph both articles carry word for word. */
const SHARED = '第四十届中国·哈尔滨国际冰雪节由哈尔滨市人民政府和黑龙江省文化和旅游厅共同主办，将持续至明年二月底，期间推出冰雪赛事、冰灯艺术和民俗展演等一百余项活动。';

const OPENING = [
  '哈尔滨冰雪大世界今日开园',
  '2024-12-18 09:30:00　来源：国际在线',
  '',
  SHARED,
  '',
  '今年的冰雪大世界占地一百万平方米，用冰用雪量达到三十万立方米，新建的超级冰滑梯长五百米，共有二十四条滑道，开园当天就吸引了上万名游客排队体验。',
  '',
  '园区负责人介绍，今年首次推出夜间冰雕创作直播，并在哈尔滨西站、太平国际机场开设接驳专线，游客从机场出发五十分钟即可入园。',
  '',
].join('\n');

const VISITORS = [
  '冰雪节首周接待游客超八十万人次',
  '2024-12-25 10:05:00　来源：国际在线',
  '',
  SHARED,
  '',
  '据哈尔滨市文化广电和旅游局统计，开幕首周全市接待游客八十二万人次，同比增长百分之四十一，中央大街沿线酒店入住率超过九成。',
  '',
  '业内人士认为，冰雪旅游正在带动东北地区冬季消费回暖，来自广东、福建等南方省份的游客占比明显上升。',
  '',
].join('\n');

const OTHER = [
  ['吉林雾凇岛迎来最佳观赏期', '连日来，吉林市龙潭区雾凇岛一带气温降至零下二十五摄氏度，松花江两岸树挂晶莹，每天清晨都有数百名摄影爱好者在江边等候日出，当地民宿提前一周就已订满。'],
  ['亚布力滑雪场新增十二条雪道', '亚布力滑雪旅游度假区今年新增雪道十二条，雪道总长度达到五十公里，并引进了新型造雪设备，预计本雪季接待滑雪爱好者超过六十万人次。'],
  ['漠河北极村举办寻北文化周', '漠河市北极村日前举办寻北文化周，推出冰上垂钓、雪地摩托和极光观测等体验项目，并邀请鄂伦春族非遗传承人现场展示桦树皮手工艺。'],
];

const { run } = useFiles('laiyuan-nested-reuse-', () => ({
  'laiyuan.yaml': "packs: [cri]\ncorpus:\n  cri: [corpus/]\nmatch:\n  boilerplateShare: 0.9\nlicences:\n  - publisher: cri\n    licensee: 示例新闻网\n    actions: [转载]\n    agreement: HEB-2024-07\n    paths: ['content/licensed/**']\n",
  'corpus/opening.txt': OPENING,
  'corpus/visitors.txt': VISITORS,
  ...Object.fromEntries(OTHER.map(([t, p], i) => [`corpus/other-${i + 1}.txt`, `${t}\n2024-12-0${i + 1} 08:00:00　来源：国际在线\n\n${p}\n`])),
  // the opening report word for word, credited as the notice asks, under a 转载 licence
  'content/licensed/reprint.txt': OPENING,
  // the same, its 来源 line left out
  'content/licensed/uncredited.txt': OPENING.replace('　来源：国际在线', ''),
  // the outlet's own report that takes only the shared paragraph
  'content/background.txt': ['冰城迎来旅游旺季', '来源：示例新闻网', '', '本网记者连日走访中央大街和松花江畔，各地游客络绎不绝。', '', SHARED, '', '不少市民表示，希望公共交通能够延长运营时间，方便夜间出行。', ''].join('\n'),
  // a rewording of the opening report with a paragraph of the visitors report set into it
  'content/edited.txt': [
    '冰雪大世界开门迎客',
    '来源：示例新闻网',
    '',
    '第四十届中国·哈尔滨国际冰雪节由哈尔滨市政府与黑龙江省文旅厅一同主办，会持续到明年二月末，其间安排冰雪比赛、冰灯艺术、民俗表演等百余项活动。',
    '',
    '今年冰雪大世界面积一百万平方米，用冰用雪三十万立方米，新建超级冰滑梯全长五百米，设二十四条滑道，开园首日便有上万游客排队体验。',
    '',
    VISITORS.split('\n')[5],
    '',
    '园区负责人说，今年第一次推出夜间冰雕创作直播，还在哈尔滨西站、太平国际机场开通接驳专线，游客从机场出发五十分钟就能入园。',
    '',
  ].join('\n'),
}));

function findings(args: string[]): { code: number | null; found: Finding[] } {
  const { stdout, code } = run(['check', ...args, '--date', '2025-01-06', '--format', 'json']);
  return { code, found: (JSON.parse(stdout) as CheckResults).findings };
}

const cited = (found: readonly Finding[]) => found.map((f) => [f.ruleId, f.source?.articleId]).sort();

describe('a paragraph another article shares, inside a reprint', () => {
  it('a licensed, credited reprint: no finding, exit 0', () => {
    // before: out-of-scope, 授权范围为「转载」，本文属于「摘编」（所用文章《冰雪节首周接待游客超八十万人次》）, exit 1
    const { code, found } = findings(['content/licensed/reprint.txt']);
    expect(found).toEqual([]);
    expect(code).toBe(0);
  });

  it('an uncredited reprint: one missing-attribution, on the article reprinted', () => {
    // before: a second missing-attribution, and an out-of-scope, on the visitors report
    const { found } = findings(['content/licensed/uncredited.txt']);
    expect(cited(found)).toEqual([['missing-attribution', 'opening']]);
    expect(found[0].message).not.toContain('所用文章');
  });

  it('match names the reprinted article alone', () => {
    const { stdout } = run(['match', 'content/licensed/reprint.txt']);
    expect(stdout).toContain('转载 reprint  opening 《哈尔滨冰雪大世界今日开园》');
    expect(stdout).not.toContain('visitors');
  });

  it('a report taking only the shared paragraph still reuses both articles: two findings at one passage', () => {
    const { code, found } = findings(['content/background.txt']);
    const unauthorized = found.filter((f) => f.ruleId === 'unauthorized-reuse');
    expect(cited(unauthorized)).toEqual([
      ['unauthorized-reuse', 'opening'],
      ['unauthorized-reuse', 'visitors'],
    ]);
    expect(new Set(unauthorized.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`)).size).toBe(1);
    expect(code).toBe(1);
  });

  it("a paragraph of one set into an edited copy of the other: two reuses, the copy's passages part around it", () => {
    const { found } = findings(['content/edited.txt']);
    expect(found.filter((f) => f.ruleId === 'unauthorized-reuse').map((f) => [f.source?.articleId, f.reuse?.kind])).toEqual([
      ['opening', 'edited'],
      ['visitors', 'excerpt'],
    ]);
  });
});
