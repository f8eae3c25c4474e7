// An archive record whose story opens with another outlet's dateline or own-news marker is that outlet's,
// also where the marker stands in brackets of its own (【江城日报讯】（记者…）) or a corpus export glued
// the record's headline to it (标题新华社北京3月4日电, 标题新快报讯　记者…) within the README's bound (a run
// of 40 characters at most). Regression trial T1, section 4: a headline of 15 characters glued to
// 新华社北京3月4日电 was read as 国际在线's own (only 10 or fewer were read), and so were 【深圳商报讯】,
// 新快报讯 and 四川新闻网北京７月３０日讯 glued after a headline; copies crediting the real origin got
// wrong-source errors asking 来源:国际在线. An outlet no list knows, glued to a headline, cannot be told
// apart from the headline's last words: the story is another outlet's, its name unknown ('').
import { describe, expect, it } from 'vitest';
import { articleOf, criPack } from '../helpers/corpus.js';
import { textDoc } from '../helpers/docs.js';
import { checkAgainstTexts } from '../rules/written-corpus.js';

const STORY = [
  '记者昨天从市生态环境局了解到，我市将对城区内的建筑工地开展扬尘专项整治，未按要求落实围挡、覆盖和冲洗措施的工地将被责令停工整改。',
  '据介绍，今年以来全市已抽查建筑工地320余个，发现问题87处，目前已全部完成整改；下一步将把扬尘治理情况纳入企业信用评价。',
];

/** A record as a corpus export keeps it: `lead` (the headline glued to a dateline) opens its text. */
const record = (lead: string) => [`${lead}${STORY[0]}`, STORY[1]].join('\n');
const originOf = async (text: string) => articleOf(textDoc(text, 'corpus/yangchen.txt'), await criPack()).origin;
/** A headline of `n` characters. */
const headline = (n: number) => '城区建筑工地扬尘专项整治全面启动重点检查围挡覆盖冲洗措施落实情况并纳入企业信用评价体系'.slice(0, n);

describe('whose story a record opening with a marker or a dateline glued after its headline is', () => {
  const cases: Array<[name: string, source: string, text: string]> = [
    ['a headline of 15 characters glued to 新华社北京3月4日电', '新华社', record(`${headline(15)}新华社北京3月4日电 `)],
    ['a headline of 40 characters glued to 新华社北京3月4日电', '新华社', record(`${headline(40)}新华社北京3月4日电 `)],
    ['a headline glued to 中新社北京三月四日电 (the date in Chinese numerals)', '中新社', record(`${headline(18)}中新社北京三月四日电 `)],
    ['a headline glued to 新华网北京3月4日电', '新华网', record(`${headline(16)}新华网北京3月4日电 `)],
    ['【江城日报讯】 in brackets of its own', '江城日报', record('【江城日报讯】（记者　王磊　实习生　李娜）')],
    ['【新华社北京3月4日电】 in brackets of its own', '新华社', record('【新华社北京3月4日电】（记者 李明）')],
    ['a headline glued to 新快报讯 and a wide space', '新快报', record(`${headline(14)}新快报讯　记者　罗琳　`)],
    ['a headline with a colon and a wide space glued to 四川新闻网北京７月３０日讯', '四川新闻网', record('扬尘整治：工地停工整改　市民拍手称快四川新闻网北京７月３０日讯（记者　张燕）')],
    ['a headline glued to 羊城晚报北京3月4日电', '羊城晚报', record('扬尘专项整治启动羊城晚报北京3月4日电 ')],
    ['a headline glued to the marker of a paper no list knows', '', record(`${headline(16)}江城晚报讯　记者　罗琳　`)],
    ['a headline glued to the dateline of a site no list knows', '', record(`${headline(12)}江城新闻网江城3月4日电 `)],
  ];
  it.each(cases)('%s: third-party, from %j', async (_name, source, text) => {
    expect(await originOf(text)).toMatchObject({ kind: 'third-party', source });
  });

  const own: Array<[name: string, text: string]> = [
    ['a headline of 41 characters glued to 新华社北京3月4日电 (past the bound)', record(`${headline(41)}新华社北京3月4日电 `)],
    ['a headline glued to 本报讯 (本报 names no outlet)', record(`${headline(16)}本报讯　记者　罗琳　`)],
    ['a headline glued to 国际在线北京3月4日电 (the publisher’s own)', record(`${headline(16)}国际在线北京3月4日电 `)],
    ['a headline with a comma glued to 新快报讯 (a sentence’s words)', record('扬尘整治启动，工地停工整改新快报讯　记者　罗琳　')],
    ['a glued marker below the record’s first line', ['城区建筑工地扬尘专项整治', '', record(`${headline(14)}新快报讯　记者　罗琳　`)].join('\n')],
    // review R1: a headline's own words read as an unknown outlet's marker, a false pass for copies
    ['a headline ending in 新闻快讯 (快讯 is a headline’s word)', record('第七届中国国际进口博览会新闻快讯记者从进博局获悉，')],
    ['a headline ending in 每日新闻快讯', record('巴黎奥运会中国体育代表团金牌榜每日新闻快讯')],
    ['a headline ending in 新闻网快讯', record('北京冬奥会主媒体中心新闻网快讯')],
    ['a headline ending in …日报快讯', record('乡村振兴看变化走进湖南日报快讯')],
    ['an undated 讯 after a headline ending in 新闻 (no paper’s name)', record(`${headline(12)}民生新闻讯　`)],
  ];
  it.each(own)('%s: the publisher’s own', async (_name, text) => {
    expect(await originOf(text)).toMatchObject({ kind: 'own', source: '国际在线' });
  });
});

describe('copies of such records, outside any licence', () => {
  const copy = (lead: string, credit: string) => ['城区建筑工地扬尘专项整治', `2024-03-05 来源：${credit}`, '', record(lead)].join('\n');
  const rows = async (lead: string, credit: string) =>
    (await checkAgainstTexts([{ id: 'yangchen', text: record(lead) }], copy(lead, credit), [], 'content/news/yangchen.txt')).map((f) => [f.ruleId, f.attribution.expected]);

  it('crediting 来源：江城日报 of 【江城日报讯】: no finding', async () => {
    expect(await rows('【江城日报讯】（记者　王磊）', '江城日报')).toEqual([]);
  });

  it('crediting 来源：新华社 of a 15-character headline glued to 新华社北京3月4日电: no finding', async () => {
    expect(await rows(`${headline(15)}新华社北京3月4日电 `, '新华社')).toEqual([]);
  });

  it('crediting 来源：新快报 of a headline glued to 新快报讯: no finding', async () => {
    expect(await rows(`${headline(14)}新快报讯　记者　罗琳　`, '新快报')).toEqual([]);
  });

  it('crediting 来源：国际在线 of a headline glued to 新快报讯: wrong-source asking 来源:新快报', async () => {
    expect(await rows(`${headline(14)}新快报讯　记者　罗琳　`, '国际在线')).toEqual([['wrong-source', '来源:新快报']]);
  });

  it('crediting 来源：江城晚报 of a headline glued to 江城晚报讯 (no list knows it): no finding', async () => {
    expect(await rows(`${headline(16)}江城晚报讯　记者　罗琳　`, '江城晚报')).toEqual([]);
  });
});
