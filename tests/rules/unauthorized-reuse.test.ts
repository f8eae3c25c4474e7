import OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { LICENCE, check, lines, checkRule, itReportsNothing, oneFinding, paragraphs, positionOf, type Case } from './harness.js';

const RULE = 'unauthorized-reuse';
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

const BANLIE = await paragraphs('cri-01-zhongou-banlie-changchun');
const DUNHUANG = await paragraphs('cri-03-dunhuang-bihua-budapeisi');
const ZAOLIN = await paragraphs('cri-09-zaolin-zhongcao-senlin-fugailv');
const SIXING = await paragraphs('cri-13-jiuquan-yijian-sixing');
const JILIN = await paragraphs('cri-page-jilin-2022-03-04');

const PARK_LEAD = '国际在线北京消息（记者王蕾）：入夏以来，北京市已有30家公园将夜间开放时间延长至22时，颐和园、北海公园等热门公园还推出了夜间游船和灯光展。';
const PARK = [
  '北京市公园管理中心有关负责人介绍，延长开放的公园均加密了夜间巡查，增设了照明和指引标识，园内餐饮和售卖点同步延时营业。',
  '家住西城区的张女士带着孩子在北海公园划船。她说，白天太热不愿出门，现在吃完晚饭来公园转一圈，“凉快、热闹，孩子也玩得开心”。',
];

interface Invalid {
  name: string;
  text: string;
  case?: Case;
  /** Where the finding must point: the first reused passage, or the marker. */
  at: string;
  clause: 2 | 3;
  kind: 'reprint' | 'excerpt' | null;
  claimed: string | null;
}

const invalid: Invalid[] = [
  {
    name: 'a full reprint credited 来源：国际在线, and no licence in the config',
    text: lines('长春班列年开行首破400列', '来源：国际在线', '', ...BANLIE),
    at: BANLIE[0],
    clause: 2,
    kind: 'reprint',
    claimed: '来源：国际在线',
  },
  {
    name: 'the same reprint in a file outside the paths of the only licence',
    text: lines('长春班列年开行首破400列', '来源：国际在线', '', ...BANLIE),
    case: { licences: [LICENCE], path: 'content/news/banlie.txt' },
    at: BANLIE[0],
    clause: 2,
    kind: 'reprint',
    claimed: '来源：国际在线',
  },
  {
    name: 'two paragraphs excerpted into a commentary, CRLF line ends, no source',
    text: ['评论：让更多人“走进”莫高窟', '', '数字技术正在改变文物走向世界的方式。', '', DUNHUANG[1], '', DUNHUANG[2], '', '这样的交流值得更多尝试。'].join('\r\n'),
    at: DUNHUANG[1],
    clause: 2,
    kind: 'excerpt',
    claimed: null,
  },
  {
    name: 'a reprint turned into traditional characters, credited 來源：國際在線',
    text: toTraditional(lines('長春班列年開行首破400列', '來源：國際在線', '', ...BANLIE)),
    at: toTraditional(BANLIE[0]),
    clause: 2,
    kind: 'reprint',
    claimed: '來源：國際在線',
  },
  {
    name: 'a Markdown reprint of a 国际在线北京消息 article, outside the licence paths',
    text: ['---', 'title: 我国去年完成造林种草1.2亿亩', 'date: 2024-03-13', '---', '', '# 造林种草1.2亿亩', '', ...ZAOLIN.flatMap((p) => [p, ''])].join('\n'),
    case: { licences: [LICENCE], path: 'content/news/zaolin.md' },
    at: ZAOLIN[0],
    clause: 2,
    kind: 'reprint',
    claimed: null,
  },
  {
    name: 'original reporting under a 国际在线北京消息 lead: the marker alone makes it own content',
    text: lines('北京公园夜间开放延长至22时', '', PARK_LEAD, ...PARK),
    at: '国际在线北京消息',
    clause: 3,
    kind: null,
    claimed: null,
  },
  {
    name: 'a 國際在線上海報道 lead in traditional characters',
    text: lines('滬上夜市人氣旺', '', '國際在線上海報道：入夏以來，上海多個商圈的夜市延長營業至午夜，吸引大批市民和遊客。', '商戶們表示，夜間客流比去年同期明顯增加。'),
    at: '國際在線上海報道',
    clause: 3,
    kind: null,
    claimed: null,
  },
  // wire leads with a date: a year in it, or no place before it
  ...(['国际在线北京2024年3月1日消息', '国际在线3月1日消息'] as const).map((lead): Invalid => ({
    name: `a ${lead} lead`,
    text: lines('北京公园夜间开放延长至22时', '', PARK_LEAD.replace('国际在线北京消息', lead), ...PARK),
    at: lead,
    clause: 3,
    kind: null,
    claimed: null,
  })),
  // the lead under the publisher's other name 国际在线网; a reporter named as an outlet ends (王新闻); a 据 of 数据
  // before the lead is none; a zero-width character in the lead, the finding at the file's column
  ...(['国际在线网北京消息', '国际在线记者王新闻报道', '本文综合国家统计局最新数据、国际在线北京消息', '国际在线\u200b北京消息', '\ufeff国际在线北\u2060京消息'] as const).map((lead): Invalid => ({
    name: `a ${JSON.stringify(lead)} lead`,
    text: lines('北京公园夜间开放延长至22时', '', PARK_LEAD.replace('国际在线北京消息', lead), ...PARK),
    at: lead.slice(lead.indexOf('国际')),
    clause: 3,
    kind: null,
    claimed: null,
  })),
  // the lead set in brackets: 【】 and [] as 环球网 and others set it, 『』 and 「」 (quotation marks elsewhere) as some sites style it
  ...(['【国际在线报道】', '[国际在线报道]', '『国际在线北京消息』', '「國際在線北京消息」'] as const).map((lead): Invalid => ({
    name: `a ${lead} lead`,
    text: lines('北京公园夜间开放延长至22时', '', `${lead}${PARK_LEAD.slice(PARK_LEAD.indexOf('入夏'))}`, ...PARK),
    at: lead.slice(1, -1),
    clause: 3,
    kind: null,
    claimed: null,
  })),
];

describe('unauthorized-reuse: own content with no licence covering the file', () => {
  for (const c of invalid) {
    it(c.name, async () => {
      const f = await oneFinding(RULE, c.text, c.case, { severity: 'error', clause: c.clause, at: c.at });
      expect(f.attribution).toEqual({ claimed: c.claimed, expected: null });
      expect(f.reuse?.kind ?? null).toBe(c.kind);
      // said only to a file crediting 国际在线, as if the credit were enough
      expect(f.message.includes('注明来源也不能代替书面授权')).toBe(c.claimed !== null);
      expect(f.remedy).toContain('书面授权');
    });
  }

  it('names the article reused and how much of it', async () => {
    const [f] = await checkRule(RULE, lines('长春班列年开行首破400列', '', ...BANLIE.slice(0, 3)));
    expect(f.source).toMatchObject({ articleId: 'cri-01-zhongou-banlie-changchun', origin: '国际在线', file: 'fixtures/corpus/cri/cri-01-zhongou-banlie-changchun.txt' });
    expect(f.message).toContain(`《${f.source?.title}》`);
    expect(f.message).toMatch(/覆盖原文 \d+%/);
  });

  it('reports each own article a document reuses', async () => {
    const text = lines('本周要闻回顾', '', ...BANLIE.slice(0, 2), ...DUNHUANG.slice(0, 2));
    const found = await checkRule(RULE, text);
    expect(found.map((f) => f.source?.articleId).sort()).toEqual(['cri-01-zhongou-banlie-changchun', 'cri-03-dunhuang-bihua-budapeisi']);
  });
});

describe('unauthorized-reuse does not fire', () => {
  itReportsNothing(RULE, [
    { name: 'the empty document', text: '' },
    { name: 'a licensed reprint credited 来源：国际在线 under the headline', text: lines('长春班列年开行首破400列', '来源：国际在线', '', ...BANLIE), case: { licences: [LICENCE] } },
    { name: 'a licence without paths covers every file', text: lines('长春班列年开行首破400列', '来源：国际在线', ...BANLIE), case: { licences: [{ ...LICENCE, paths: [] }], path: 'anywhere/banlie.txt' } },
    { name: 'third-party content (新华社 on a 国际在线 page), no licence', text: lines('一箭四星发射成功', '来源：新华社', '', ...SIXING) },
    { name: 'the seed page (吉林日报) reprinted without any licence', text: lines('吉林省领导赴京会谈', '来源：吉林日报', '', ...JILIN) },
    { name: 'the marker quoted as the notice lists it', text: lines('转载须知', '', '本站不转载标注“国际在线北京消息”“国际在线专稿”等字样的稿件，如需使用请先取得授权。') },
    { name: '据国际在线报道 cites the publisher, it is not its own content', text: lines('北京公园夜间开放延长', '', '据国际在线报道，北京市已有30家公园将夜间开放时间延长至22时。', ...PARK) },
    // citations of several outlets, and words that are no place between 国际在线 and 消息
    { name: '据央视、国际在线等媒体3月1日消息 cites outlets', text: lines('北京公园夜间开放延长', '', `据央视、国际在线等媒体3月1日消息，${PARK_LEAD.slice(PARK_LEAD.indexOf('北京市'))}`, ...PARK) },
    { name: '据央视、国际在线等媒体消息, undated', text: lines('北京公园夜间开放延长', '', `据央视、国际在线等媒体消息，${PARK_LEAD.slice(PARK_LEAD.indexOf('北京市'))}`, ...PARK) },
    { name: '国际在线和央视网3月1日消息显示 cites two outlets', text: lines('北京公园夜间开放延长', '', `国际在线和央视网3月1日消息显示，${PARK_LEAD.slice(PARK_LEAD.indexOf('北京市'))}`, ...PARK) },
    { name: '国际在线今年3月1日消息 in a sentence', text: lines('北京公园夜间开放延长', '', `国际在线今年3月1日消息，${PARK_LEAD.slice(PARK_LEAD.indexOf('北京市'))}`, ...PARK) },
    { name: '国际在线网友3月1日消息 in a sentence', text: lines('北京公园夜间开放延长', '', `有国际在线网友3月1日消息反映，${PARK_LEAD.slice(PARK_LEAD.indexOf('北京市'))}`, ...PARK) },
    { name: '据央视、国际在线3月1日消息: the marker ends a list after 据', text: lines('北京公园夜间开放延长', '', `据央视、国际在线3月1日消息，${PARK_LEAD.slice(PARK_LEAD.indexOf('北京市'))}`, ...PARK) },
    { name: '据\u200b国际在线报道 cites the publisher through a zero-width character', text: lines('北京公园夜间开放延长', '', '据\u200b国际在线报道，北京市已有30家公园将夜间开放时间延长至22时。', ...PARK) },
    { name: '有国际在线网民3月1日消息反映: the site\'s users, not its other name', text: lines('北京公园夜间开放延长', '', `有国际在线网民3月1日消息反映，${PARK_LEAD.slice(PARK_LEAD.indexOf('北京市'))}`, ...PARK) },
    { name: '据国家统计局数据、国际在线消息: a 据 further back cites the list', text: lines('北京公园夜间开放延长', '', `据国家统计局数据、国际在线消息，${PARK_LEAD.slice(PARK_LEAD.indexOf('北京市'))}`, ...PARK) },
    { name: 'original news on another subject', text: lines('长春电影节开幕', '', '本网讯 9月1日晚，第十九届长春电影节在长春国际会展中心开幕，共有120部影片参加展映。') },
  ]);
});

describe('rules that do not overlap', () => {
  const copied = lines('长春班列年开行首破400列', '来源：新华网', '', ...BANLIE);

  it('no licence, a 国际在线 article under 来源：新华网: unauthorized-reuse and wrong-source', async () => {
    const found = await check(copied);
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([
      ['unauthorized-reuse', 'error'],
      ['wrong-source', 'error'],
    ]);
    expect(found[1]).toMatchObject({ ...positionOf(copied, '来源：新华网'), attribution: { claimed: '来源：新华网', expected: '来源:国际在线' } });
  });

  it('with a licence covering it: wrong-source only', async () => {
    const found = await check(copied, { licences: [LICENCE] });
    expect(found.map((f) => f.ruleId)).toEqual(['wrong-source']);
  });

  it('a marker lead in a document that reuses the marked article counts once, for the article', async () => {
    const found = await check(lines('造林种草1.2亿亩', '', ...ZAOLIN));
    expect(found.map((f) => [f.ruleId, f.source?.articleId])).toEqual([['unauthorized-reuse', 'cri-09-zaolin-zhongcao-senlin-fugailv']]);
  });

  it('the rule can be turned off, or made a warning', async () => {
    const text = lines('长春班列年开行首破400列', '来源：国际在线', ...BANLIE);
    expect(await checkRule(RULE, text, { rules: { [RULE]: 'off' } })).toEqual([]);
    expect((await checkRule(RULE, text, { rules: { [RULE]: 'warning' } })).map((f) => f.severity)).toEqual(['warning']);
  });
});
