// Chinese editors credit an outlet by its short name as often as by its full one, as the outlet's
// own datelines do (中新网广州3月5日电, 中新社北京3月8日电, 中广网北京6月30日消息). A reprint of a
// page 国际在线 credits to 中国新闻网 is rightly credited 来源：中新网 (clause 4: the original
// source), so the short names of OUTLET_ALIASES are no wrong source; outlets that are merely of
// one group (人民网 and 人民日报) stay apart.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/judge/types.js';
import { LICENCE, checkRule, lines, paragraphs } from './harness.js';
import { checkAgainst, type WrittenPage } from './written-corpus.js';

const ZHONGXINWANG: WrittenPage = {
  id: 'tp-zhongxinwang-nansha',
  headline: '广州南沙港区四期全自动化码头投产一周年 集装箱吞吐量突破300万标箱',
  head: '2024-03-05 10:20:31来源:中国新闻网责编:王晓',
  paragraphs: [
    '中新网广州3月5日电（记者 郭军）记者5日从广州港集团获悉，南沙港区四期全自动化码头投产一年来，累计完成集装箱吞吐量310.6万标箱，单机作业效率较传统码头提升约20%，成为粤港澳大湾区港口智能化升级的重要样本。',
    '南沙港区四期工程位于广州南沙区龙穴岛，共建设2个10万吨级和2个5万吨级集装箱泊位，以及12个2000吨级驳船泊位。码头采用“北斗导航无人驾驶智能导引车+自动化双小车岸桥+自动化轨道吊”的生产方式，实现了从船舶靠泊到集装箱进出闸口的全流程自动化作业。',
    '广州港集团相关负责人介绍，码头自主研发的智能管控系统可根据船舶计划、堆场状况和车辆位置实时调度，一艘满载4000标箱的集装箱船，装卸作业时间由过去的约30小时缩短至22小时左右。目前，码头已开通至东南亚、中东、非洲等地区的外贸航线26条。',
    '据悉，今年广州港将继续推进南沙港区五期工程前期工作，并加快建设南沙港铁路与码头的无缝衔接，进一步提升海铁联运能力，预计全年海铁联运量将同比增长15%以上。',
  ],
};

const ZHONGXINSHE: WrittenPage = {
  id: 'tp-zhongxinshe-nongjiaohui',
  headline: '第二十届中国国际农产品交易会将在长沙举办 参展企业超过3000家',
  head: '2024-03-08 16:05:12来源:中国新闻社责编:刘畅',
  paragraphs: [
    '中新社北京3月8日电 (记者 李晓琳)记者8日从农业农村部新闻发布会上获悉，第二十届中国国际农产品交易会将于今年11月在湖南长沙举办，预计参展企业超过3000家，展览面积达12万平方米，为历届之最。',
    '农业农村部市场与信息化司负责人介绍，本届农交会将设置国际农业合作、乡村特色产业、农业科技装备、品牌农产品等十大展区，邀请共建“一带一路”国家和地区的农业企业参展，并首次开设农产品跨境电商直播专区。',
    '据介绍，展会期间还将举办中国农业品牌发展大会、农产品产销对接会等20余场专题活动，组织全国各省区市特色农产品集中展示，推动优质农产品从田间地头直达消费者餐桌。',
    '这位负责人表示，农交会创办二十年来，已成为展示中国农业发展成就、促进农产品贸易和国际交流合作的重要平台，累计达成贸易合同金额超过5000亿元。',
  ],
};

const ZHONGGUANGWANG: WrittenPage = {
  id: 'tp-zhongguangwang-jinghu',
  headline: '京沪高铁开通运营一周年 累计运送旅客超过5000万人次',
  head: '2012-06-30 09:12:44来源:中国广播网责编:孙悦',
  paragraphs: [
    '中广网北京6月30日消息（记者 王楠）据中国之声《新闻纵横》报道，明天是京沪高铁开通运营一周年。记者从铁道部获悉，开通一年来，京沪高铁累计开行动车组列车约9.6万列，运送旅客超过5000万人次，日均客流量较开通初期增长近六成。',
    '京沪高铁全长1318公里，连接北京、天津、上海三大直辖市和河北、山东、安徽、江苏四省，沿途设置24个车站。开通初期，京沪高铁日均发送旅客约13万人次，目前已增至20万人次以上，节假日高峰期单日客流曾突破26万人次。',
    '铁道部运输局有关负责人介绍，一年来京沪高铁运行总体平稳，列车正点率保持在95%以上。为方便旅客出行，铁路部门陆续推出了网络购票、电话订票和自动售取票等多种服务，并根据客流变化多次调整运行图，增开了早晚时段的列车。',
    '专家认为，京沪高铁的开通大大缩短了环渤海与长三角两大经济圈之间的时空距离，北京至上海最快只需4小时48分钟，沿线城市之间的人员往来和经贸合作日益频繁，“同城效应”逐步显现。',
  ],
};

const PAGES = [ZHONGXINWANG, ZHONGXINSHE, ZHONGGUANGWANG];

/** A licensed reprint of a page under `credit`: its wrong-source findings as [line, claimed, expected]. */
async function wrongSource(page: WrittenPage, credit: string): Promise<Array<[number, string | null, string | null]>> {
  const text = lines(page.headline, credit, '', ...page.paragraphs);
  const found: Finding[] = await checkAgainst(PAGES, text, [LICENCE]);
  return found.filter((f) => f.ruleId === 'wrong-source').map((f) => [f.line, f.attribution.claimed, f.attribution.expected]);
}

describe('an outlet credited by its short name is credited', () => {
  const cases: Array<[WrittenPage, string]> = [
    [ZHONGXINWANG, '来源：中新网'],
    [ZHONGXINWANG, '来源：中新社'],
    [ZHONGXINWANG, '來源：中新網'],
    [ZHONGXINSHE, '来源：中新社'],
    [ZHONGXINSHE, '来源：中新网'],
    [ZHONGGUANGWANG, '来源：中广网'],
    [ZHONGGUANGWANG, '来源：央广网'],
  ];
  for (const [page, credit] of cases) {
    it(`${credit} over a page credited ${/来源:(\S+?)责编/u.exec(page.head)?.[1]}: no finding`, async () => {
      expect(await wrongSource(page, credit)).toEqual([]);
    });
  }
});

describe('another outlet is still a wrong source', () => {
  it('来源：新华网 over the 中国新闻网 page: a warning asking for 中国新闻网', async () => {
    expect(await wrongSource(ZHONGXINWANG, '来源：新华网')).toEqual([[2, '来源：新华网', '来源:中国新闻网']]);
  });

  it('来源：中国网 over the 中国广播网 page (another outlet, though its name is close)', async () => {
    expect(await wrongSource(ZHONGGUANGWANG, '来源：中国网')).toEqual([[2, '来源：中国网', '来源:中国广播网']]);
  });

  it('来源：人民网 over a 人民日报 article: 人民网 is another outlet of the same group, not 人民日报', async () => {
    const XIALIANG = await paragraphs('cri-14-xialiang-shougou-youzhi-youjia');
    const found = await checkRule('wrong-source', lines('夏粮收购进度过半', '来源：人民网', '', ...XIALIANG));
    expect(found.map((f) => f.attribution)).toEqual([{ claimed: '来源：人民网', expected: '来源:人民日报' }]);
  });
});
