// 国际在线 published the ice festival's opening paragraph in January (its visitors report), and again
// in December inside its opening report. A site's story dated June takes that paragraph and two
// more the December report also holds, later: the December report is a predates-source, and the
// paragraph was the January report's. Its reuse lies within the December reuse's passages, yet it
// stays a reuse of its own (review R1: it was left out, and the story passed with exit 0).
import { describe, expect, it } from 'vitest';
import type { CheckResults } from '../../src/core/judge/types.js';
import { useFiles } from '../helpers/site.js';

const SHARED = '第四十届中国·哈尔滨国际冰雪节由哈尔滨市人民政府和黑龙江省文化和旅游厅共同主办，将持续至明年二月底，期间推出冰雪赛事、冰灯艺术和民俗展演等一百余项活动。';
const OPENING = [
  '今年的冰雪大世界占地一百万平方米，用冰用雪量达到三十万立方米，新建的超级冰滑梯长五百米，共有二十四条滑道，开园当天就吸引了上万名游客排队体验。',
  '园区负责人介绍，今年首次推出夜间冰雕创作直播，并在哈尔滨西站、太平国际机场开设接驳专线，游客从机场出发五十分钟即可入园。',
];
const VISITORS = [
  '据哈尔滨市文化广电和旅游局统计，开幕首周全市接待游客八十二万人次，同比增长百分之四十一，中央大街沿线酒店入住率超过九成。',
  '业内人士认为，冰雪旅游正在带动东北地区冬季消费回暖，来自广东、福建等南方省份的游客占比明显上升。',
];
const page = (title: string, dateLine: string, paragraphs: readonly string[]) => [title, dateLine, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

const { run } = useFiles('laiyuan-nested-dates-', () => ({
  'laiyuan.yaml': 'packs: [cri]\ncorpus:\n  cri: [corpus/]\nmatch:\n  boilerplateShare: 0.9\n',
  'corpus/older.txt': page('冰雪节首周接待游客超八十万人次', '2024-01-10 10:05:00　来源：国际在线', [SHARED, ...VISITORS]),
  'corpus/later.txt': page('哈尔滨冰雪大世界今日开园', '2024-12-18 09:30:00　来源：国际在线', [SHARED, ...OPENING]),
  'corpus/other.txt': page('吉林雾凇岛迎来最佳观赏期', '2024-12-01 08:00:00　来源：国际在线', ['连日来，吉林市龙潭区雾凇岛一带气温降至零下二十五摄氏度，松花江两岸树挂晶莹，每天清晨都有数百名摄影爱好者在江边等候日出。']),
  'content/between.txt': page('冰雪大世界开园在即', '2024-06-01 08:00:00　来源：示例新闻网', [SHARED, ...OPENING]),
}));

describe('a paragraph an older article had, inside a reuse of a later one the document predates', () => {
  it('stays a reuse of the older article: wrong-source and unauthorized-reuse on it, exit 1', () => {
    const { stdout, code } = run(['check', 'content/between.txt', '--format', 'json']);
    const found = (JSON.parse(stdout) as CheckResults).findings;
    expect(found.filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.source?.articleId]).sort()).toEqual([
      ['unauthorized-reuse', 'older'],
      ['wrong-source', 'older'],
    ]);
    expect(code).toBe(1);
  });
});
