// An archive page with no 来源 line may name whose the story is in its head, as portals print a
// reprint's outlet by its date: the outlet alone on the line under the date, `原创 <outlet> <date>`,
// `<outlet> <date>`, `<date> <outlet>`. Clause 3 leaves content clearly marked as a third party's out
// of 国际在线's own; such pages were read as 国际在线's, and a copy crediting that outlet was told to
// credit 来源:国际在线 instead. Only the head is read: an outlet named in the body marks nothing.
import { describe, expect, it } from 'vitest';
import { checkAgainst, originOfPage, type WrittenPage } from '../rules/written-corpus.js';

const HEADLINE = '城市副中心绿心森林公园本周末开放 新增三条骑行步道';
const PARAGRAPHS = [
  '记者从北京城市副中心管委会获悉，绿心森林公园二期工程日前完工，本周六起向市民免费开放，新增的三条骑行步道总长约12公里，串联起公园内的湿地、草坪和儿童乐园。',
  '公园管理处负责人介绍，二期新种植乔木两万余株，设置了20处休憩驿站，并在东门和南门增加了共享单车停放点。节假日期间公园将实行预约入园，每日限流五万人次。',
  '据了解，明年公园还将启动三期建设，重点打造环湖慢行系统和自然科普中心。',
];
const page = (head: string, paragraphs: readonly string[] = PARAGRAPHS): WrittenPage => ({ id: 'lvxin', headline: HEADLINE, head, paragraphs });
const originOf = (head: string, paragraphs?: readonly string[]) => originOfPage(page(head, paragraphs));
/** A portal's furniture under the outlet's line: share buttons and font-size links. */
const FURNITURE = '缩小字体\n放大字体\n收藏\n微博\n微信\n分享';

describe('an archive page whose head names another outlet beside its date is that outlet’s', () => {
  const cases: Array<[string, string]> = [
    [`2018年12月28日 19:55\n新京报\n${FURNITURE}`, '新京报'],
    [`2019年11月25日 18:57\n参考消息\n${FURNITURE}`, '参考消息'],
    [`2019年10月23日 09:05\n环球网\n${FURNITURE}`, '环球网'],
    ['原创 南方都市报 2019-09-09 16:01:46', '南方都市报'],
    ['中国网 2019-11-25 10:37:31', '中国网'],
    ['2019-11-25 10:37:31　澎湃新闻', '澎湃新闻'],
    ['新京报\n2018-12-28 19:55', '新京报'],
  ];
  for (const [head, source] of cases) {
    it(`${head.split('\n').slice(0, 2).join(' / ')}: third-party, from ${source}`, async () => {
      expect(await originOf(head)).toMatchObject({ kind: 'third-party', source });
    });
  }
});

describe('pages that stay the publisher’s own', () => {
  const own: string[] = [
    // the publisher's name in the head, or the page's column and furniture
    `2018年12月28日 19:55\n国际在线\n${FURNITURE}`,
    '国际在线 2019-11-25 10:37:31',
    '2019-11-25 10:37:31 国内新闻',
    '2019-11-25 10:37:31\n国际频道',
    `2019-11-25 10:37:31\n${FURNITURE}`,
    '2019-11-25 10:37:31 星期一',
  ];
  for (const head of own) {
    it(head.split('\n').slice(0, 2).join(' / '), async () => {
      expect(await originOf(head)).toMatchObject({ kind: 'own', source: '国际在线' });
    });
  }

  it('an outlet named in the body, on a line of its own too, marks nothing', async () => {
    const body = [PARAGRAPHS[0], '新京报', `此前新京报曾报道，${PARAGRAPHS[1]}`, PARAGRAPHS[2]];
    expect(await originOf('2019-11-25 10:37:31', body)).toMatchObject({ kind: 'own', source: '国际在线' });
  });

  it('an own-content marker in the story keeps it the publisher’s, whatever its head names', async () => {
    const body = [`国际在线北京11月25日消息（记者 张三）${PARAGRAPHS[0]}`, ...PARAGRAPHS.slice(1)];
    expect(await originOf(`2019年11月25日 18:57\n新京报\n${FURNITURE}`, body)).toMatchObject({ kind: 'own', source: '国际在线' });
  });
});

describe('a verbatim copy of a page whose head names 新京报', () => {
  const written = page(`2018年12月28日 19:55\n新京报\n${FURNITURE}`);
  const copy = (credit: string) => [HEADLINE, credit, '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join('\n');
  const rows = async (credit: string) => (await checkAgainst([written], copy(credit), [])).map((f) => [f.ruleId, f.severity, f.attribution.expected]);

  it('credited 来源：新京报: no finding (was wrong-source asking 来源:国际在线)', async () => {
    expect(await rows('来源：新京报')).toEqual([]);
  });

  it('credited 来源：国际在线: told to credit 新京报', async () => {
    expect(await rows('来源：国际在线')).toEqual([['wrong-source', 'warning', '来源:新京报']]);
  });
});
