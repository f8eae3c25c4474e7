// 新华社's page on 国际在线's archive carries 国际在线's own report of the ice festival's first week,
// with two paragraphs of its own. A copy of that page, credited 新华社 and with no licence, reuses
// both: the page (another outlet's, credited as it asks) and, inside it, the publisher's own
// report, which no licence covers. The own report lies within the page's passages, yet it is no
// paragraph two articles of one origin share: it stays a reuse of its own (unauthorized-reuse).
import { describe, expect, it } from 'vitest';
import type { CheckResults } from '../../src/core/judge/types.js';
import { useFiles } from '../helpers/site.js';

const VISITORS = [
  '第四十届中国·哈尔滨国际冰雪节由哈尔滨市人民政府和黑龙江省文化和旅游厅共同主办，将持续至明年二月底，期间推出冰雪赛事、冰灯艺术和民俗展演等一百余项活动。',
  '据哈尔滨市文化广电和旅游局统计，开幕首周全市接待游客八十二万人次，同比增长百分之四十一，中央大街沿线酒店入住率超过九成。',
  '业内人士认为，冰雪旅游正在带动东北地区冬季消费回暖，来自广东、福建等南方省份的游客占比明显上升。',
];

const PAGE = [
  '冰雪旅游带动东北冬季消费',
  '2024-12-26 08:00:00　来源：新华社',
  '',
  ...VISITORS.flatMap((p) => [p, '']),
  '记者在中央大街看到，冰雕、冻梨和红肠摊位前排起长队，不少商户表示今年的营业额比去年同期翻了一番，部分商品一度售罄需要连夜补货。',
  '',
  '黑龙江省商务厅表示，将继续举办冬季消费季活动，发放冰雪旅游消费券，并联合航空公司增开南方城市直飞哈尔滨的航班，进一步释放冰雪经济潜力。',
  '',
].join('\n');

const { run } = useFiles('laiyuan-nested-origins-', () => ({
  'laiyuan.yaml': 'packs: [cri]\ncorpus:\n  cri: [corpus/]\nmatch:\n  boilerplateShare: 0.9\n',
  'corpus/visitors.txt': ['冰雪节首周接待游客超八十万人次', '2024-12-25 10:05:00　来源：国际在线', '', ...VISITORS.flatMap((p) => [p, ''])].join('\n'),
  'corpus/xinhua-carried.txt': PAGE,
  'corpus/other.txt': '吉林雾凇岛迎来最佳观赏期\n2024-12-01 08:00:00　来源：国际在线\n\n连日来，吉林市龙潭区雾凇岛一带气温降至零下二十五摄氏度，松花江两岸树挂晶莹，每天清晨都有数百名摄影爱好者在江边等候日出。\n',
  'content/copy.txt': PAGE,
}));

describe("the publisher's own article carried on another outlet's archive page", () => {
  it('a copy of the page credited to that outlet still reuses the own article: unauthorized-reuse, exit 1', () => {
    // before: the own report, inside the page's passages, was left out: no problems, exit 0
    const { stdout, code } = run(['check', 'content/copy.txt', '--date', '2025-01-06', '--format', 'json']);
    const found = (JSON.parse(stdout) as CheckResults).findings;
    expect(found.filter((f) => f.ruleId === 'unauthorized-reuse').map((f) => f.source?.articleId)).toEqual(['visitors']);
    expect(code).toBe(1);
  });
});
