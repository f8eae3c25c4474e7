// A site footer that a few archive articles share (澎湃's download-the-app and 报料 lines, ~70
// characters) is longer than minPassage and too rare for the boilerplate bar (2 of 25 articles
// here, the bar 3): a content page that carried that footer alone was a 摘编 of each of them.
// Footer lines on both sides are no passage of the article; what the page takes from the
// article's text is still found.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { buildIndex, type CorpusIndex } from '../../src/core/match/corpus-index.js';
import { findReuse } from '../../src/core/match/index.js';
import type { Reuse } from '../../src/core/match/types.js';
import { noticeText } from '../../src/io/project.js';
import { articleOf, criCorpus } from '../helpers/corpus.js';
import { textDoc } from '../helpers/docs.js';

const APP = '(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)';
const TIPS = '澎湃新闻报料：4009-20-4009   澎湃新闻，未经授权不得转载';

const DITIE = [
  '　　记者从上海申通地铁集团获悉，轨道交通崇明线首座盾构始发井6月8日顺利完成封底，标志着这条连接长兴岛、崇明岛与中心城区的线路进入盾构掘进准备阶段。',
  '　　据介绍，崇明线全长约44公里，共设车站8座，其中越江隧道段长约9公里，将采用两台直径超过14米的超大直径盾构机同步掘进，是国内目前在建的最长越江轨道交通隧道之一。',
  '　　项目负责人表示，长江口地层以饱和软土为主，含水量高、承压水丰富，施工团队针对性制定了冻结加固和实时监测方案，确保盾构穿越江底时地层稳定、管片拼装精度达标。',
  '　　按计划，崇明线将于2027年前后建成通车，届时从崇明城桥镇到浦东金桥地区的通勤时间将由目前的两个多小时缩短至约一小时。',
];
const CHONGDIAN = [
  '　　记者调查发现，多个共享充电宝品牌在一线城市的收费标准已上调至每小时3元至4元，部分景区和商场的价格更高，封顶价格也随之上涨，“1元1小时”的时代已经一去不返。',
  '　　“涨价是回归商业本质的理性行为”，互联网分析人士刘兴亮表示，在市场发展早期阶段，行业竞争导致低价优惠，这是一种商业推广的策略，低价之后价格要恢复到企业可以盈利的正常水平。',
  '　　中国人民大学法学院副教授朱巍认为，企业要探索多样化的盈利模式，提高网点铺设效率、增强业务人员能力素质、实现技术差异化，而不是一味涨价。',
];

/** A 澎湃 reprint in the archive: its header, its body, the footer under it. */
function page(title: string, date: string, editor: string, body: string[]): string {
  return [title, `${date}　来源：澎湃新闻　责编：${editor}`, '', ...body, APP, `责任编辑：${editor}`, TIPS, ''].join('\n');
}

let built: CorpusIndex | undefined;

/** The test corpus and two 澎湃 reprints that end with the footer. */
async function archive(): Promise<CorpusIndex> {
  if (built) return built;
  const { pack, articles } = await criCorpus();
  const reprints = [
    articleOf(textDoc(page('上海崇明线首座盾构始发井完成封底', '2024-06-10 14:45:21', '沈佳', DITIE), 'corpus/pp-ditie.txt'), pack),
    articleOf(textDoc(page('共享充电宝涨价告别1元时代', '2024-05-02 09:10:00', '张珺', CHONGDIAN), 'corpus/pp-chongdian.txt'), pack),
  ];
  return (built = buildIndex([...articles, ...reprints], DEFAULT_MATCH, noticeText(pack)));
}

/** The local story a content page tells, nothing taken from the archive. */
const OWN = [
  '长春净月潭瓦萨国际滑雪节开幕',
  '2025-01-05 10:00',
  '',
  '　　1月5日，第二十届长春净月潭瓦萨国际滑雪节在净月潭国家森林公园开幕，来自20多个国家和地区的选手参加比赛。本届滑雪节持续一个月，设有越野滑雪、冰雪嘉年华等30余项活动。',
  '　　据介绍，今年净月潭景区新增冰雪游乐项目12个，预计接待游客将超过50万人次，周边酒店预订量同比增长三成。',
];

function reusesOf(text: string, index: CorpusIndex): Array<{ id: string; passages: string[] }> {
  return findReuse(textDoc(text, 'content/news/page.txt'), index).map((r: Reuse) => ({ id: r.article.id, passages: r.passages.map((p) => text.slice(p.doc.start, p.doc.end)) }));
}

describe('a site footer shared by a few archive articles', () => {
  it.each([
    ['both footer lines', [APP, TIPS]],
    ['both, the editor line between them', [APP, '责任编辑：王晓', TIPS]],
    ['both, in traditional characters', ['(本文來自澎湃新聞，更多原創資訊請下載“澎湃新聞”APP)', '澎湃新聞報料：4009-20-4009   澎湃新聞，未經授權不得轉載']],
  ])('%s under a page of its own: no reuse of the articles that carry it', async (_why, footer) => {
    expect(reusesOf([...OWN, ...footer, ''].join('\n'), await archive())).toEqual([]);
  });

  it('under a paragraph taken from one of them: that article is reused, for the paragraph alone', async () => {
    const text = [...OWN, DITIE[1], APP, TIPS, ''].join('\n');
    // the paragraph as reused, its full stop aside
    expect(reusesOf(text, await archive())).toEqual([{ id: 'pp-ditie', passages: [DITIE[1].trim().replace(/。$/u, '')] }]);
  });

  it('a reprint of a whole article with its footer is still a reprint of that article alone', async () => {
    const text = ['上海崇明线首座盾构始发井完成封底', '来源：澎湃新闻', '', ...DITIE, APP, TIPS, ''].join('\n');
    const found = findReuse(textDoc(text, 'content/news/page.txt'), await archive());
    expect(found.map((r) => [r.article.id, r.kind])).toEqual([['pp-ditie', 'reprint']]);
  });
});
