// One template filled in for two years (the 2023 and the 2024 春运 ticket notice: the years,
// dates and figures changed, 5 % of the text) is two articles, not one text in two copies: a
// reprint of the 2024 notice is reported against it, and does not name the 2023 one as the same
// text, nor go by its date for predates-source. The 2024 notice stored again (another date line
// and 编辑, a sentence added) is still the same text.
import { describe, expect, it } from 'vitest';
import type { CheckResults } from '../../src/core/judge/types.js';
import { useFiles } from '../helpers/site.js';

interface Year {
  year: number;
  start: string;
  end: string;
  sale: string;
  passengers: string;
  growth: string;
  trains: number;
}

const Y2023: Year = { year: 2023, start: '1月7日', end: '2月15日', sale: '12月24日', passengers: '3.8亿', growth: '53.3%', trains: 10500 };
const Y2024: Year = { year: 2024, start: '1月26日', end: '3月5日', sale: '1月12日', passengers: '4.8亿', growth: '10%', trains: 12400 };

/** The notice's story for a year: the template 国际在线 fills in each December. */
function story(y: Year): string[] {
  return [
    `国际在线北京消息（记者 刘晓东）：记者从中国国家铁路集团有限公司获悉，${y.year}年春运自${y.start}开始，至${y.end}结束，共40天。${y.sale}起，旅客可通过铁路12306网站（含手机客户端）和车站窗口购买春运首日车票，互联网、电话订票的预售期为15天，车站窗口、代售点和自动售票机的预售期为14天。`,
    `国铁集团客运部负责人介绍，预计${y.year}年春运期间全国铁路发送旅客${y.passengers}人次，同比增长${y.growth}。铁路部门将实行“一日一图”，在客流高峰期安排开行旅客列车${y.trains}列，最大限度满足旅客出行需求。`,
    '今年春运，铁路12306继续实行候补购票服务，旅客在购票时如遇所需车次无票，可提交候补购票订单，系统将自动兑现。同时，铁路部门推出学生、务工人员集中团体票预售，开通“重点旅客预约服务”，为老幼病残孕等重点旅客提供全程帮扶。',
    '铁路部门提醒广大旅客，春运期间客流集中，请合理安排出行时间，提前通过12306网站查询余票信息，通过官方渠道购票，谨防上当受骗。',
  ];
}

const title = (y: Year) => `${y.year}年春运火车票${y.sale}起发售 铁路部门推出多项便民措施`;
const page = (y: Year, dateLine: string, body: string[], editor: string) => [title(y), `${dateLine}　来源：国际在线`, ...body, `（责任编辑：${editor}）`, ''].join('\n');
const reprint = (date: string) => ['---', 'title: 2024年春运火车票1月12日起发售', `date: ${date}`, '---', '', ...story(Y2024).map((p) => `${p}\n`)].join('\n');

const { run } = useFiles('laiyuan-yearly-template-', () => ({
  // the notices are most of an archive this small: boilerplate only past 95 % of it
  'laiyuan.yaml': 'packs: [cri]\ncorpus:\n  cri: [corpus/]\nmatch:\n  boilerplateShare: 0.95\n',
  'corpus/cri-chunyun-2023.txt': page(Y2023, '2022-12-23 10:30:00', story(Y2023), '张萌'),
  'corpus/cri-chunyun-2024.txt': page(Y2024, '2023-12-24 10:30:00', story(Y2024), '张萌'),
  // the 2024 notice stored again in January, with a sentence added that names another year
  'corpus/cri-chunyun-2024-r.txt': page(Y2024, '2024-01-05 09:12:00', [...story(Y2024), '目前铁路客流已恢复至2019年同期水平。'], '王佳'),
  'corpus/cri-bingxue.txt': '长春冰雪旅游季开幕\n2023-12-18 10:30:00　来源：国际在线\n第二十七届长春冰雪节在净月潭开幕，今年新建的冰雪乐园占地六十万平方米，设有四十条雪道和一座百米冰滑梯。\n',
  'corpus/cri-qinzhou.txt': '钦州港开通至胡志明港集装箱直航航线\n2023-03-02 16:40:00　来源：国际在线\n3月2日，钦州港至越南胡志明港的集装箱直航航线首航，单程航行时间约3天，每周一班。\n',
  'content/chunyun.md': reprint('2024-01-02'),
  'content/chunyun-early.md': reprint('2023-12-22'),
}));

/** [rule, source article, ids of the copies named as the same text] of a file's findings, sorted. */
function findings(file: string): Array<[string, string | undefined, string[]]> {
  const results = JSON.parse(run(['check', `content/${file}`, '--format', 'json']).stdout) as CheckResults;
  return results.findings.map((f): [string, string | undefined, string[]] => [f.ruleId, f.source?.articleId, (f.source?.alsoIn ?? []).map((c) => c.articleId)]).sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`));
}

describe('a yearly notice and the same template of the year before are two articles', () => {
  it('a reprint of the 2024 notice: against it, its re-import the only copy named; the 2023 notice a reuse of its own', () => {
    // before: one finding against cri-chunyun-2024, naming cri-chunyun-2023 as the same text
    expect(findings('chunyun.md')).toEqual([
      ['unauthorized-reuse', 'cri-chunyun-2023', []],
      ['unauthorized-reuse', 'cri-chunyun-2024', ['cri-chunyun-2024-r']],
    ]);
    expect(run(['check', 'content/chunyun.md', '--no-color']).stdout).toContain('另见存档中 1 篇同文文章：cri-chunyun-2024-r\n');
  });

  it('dated two days before the 2024 notice: predates it, whatever the 2023 notice says', () => {
    // before: unauthorized-reuse, as if the 2024 notice had been first published in December 2022
    expect(findings('chunyun-early.md')).toEqual([
      ['predates-source', 'cri-chunyun-2024', ['cri-chunyun-2024-r']],
      ['unauthorized-reuse', 'cri-chunyun-2023', []],
    ]);
  });
});
