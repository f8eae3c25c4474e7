// An archive page reprinted through 澎湃 keeps 澎湃's stock footer, （本文来自澎湃新闻，更多原创资讯请下载
// “澎湃新闻”APP）, whoever wrote the story. Where the page's head names the outlet beside its date
// (新华社 above the date), that outlet is whose the story is: the footer, furniture printed under every
// 澎湃 article, was read first and a copy crediting 来源：新华社 was told to credit 澎湃新闻.
import { describe, expect, it } from 'vitest';
import { checkAgainst, originOfPage, type WrittenPage } from '../rules/written-corpus.js';

const HEADLINE = '新春走基层：高原边防哨所里的团圆饭';
const PARAGRAPHS = [
  '除夕前夜，海拔四千六百米的西藏山南某边防哨所里，官兵们围坐在一起包饺子，炊事班长把提前三天发好的面团搬上了案板。',
  '哨所所在地冬季气温常在零下三十摄氏度左右，补给车每半个月上山一次。今年地方政府专门组织了慰问车队，送来新鲜蔬菜、水果和家乡的腊肉。',
  '指导员告诉记者，连队为每名官兵录制了给家人的视频拜年，“守好这条线，就是给全国人民送上的年货”。',
];
const FOOTER = '(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)';
const page = (head: string): WrittenPage => ({ id: 'shaosuo', headline: HEADLINE, head, paragraphs: [...PARAGRAPHS, FOOTER, '责任编辑：王晓'] });

describe('an archive page closing with 澎湃’s app footer', () => {
  it('whose head names 新华社 above its date is 新华社’s (was 澎湃新闻)', async () => {
    expect(await originOfPage(page('新华社\n2024-02-09 18:13'))).toMatchObject({ kind: 'third-party', source: '新华社' });
  });

  it('whose head names 中国青年报 beside its date is 中国青年报’s', async () => {
    expect(await originOfPage(page('中国青年报 2024-02-09 18:13'))).toMatchObject({ kind: 'third-party', source: '中国青年报' });
  });

  it('whose head names no outlet is still 澎湃新闻’s', async () => {
    expect(await originOfPage(page('2024-02-09 18:13'))).toMatchObject({ kind: 'third-party', source: '澎湃新闻' });
  });

  it('with a 来源 line of its own is that outlet’s, the head not read', async () => {
    expect(await originOfPage(page('2024-02-09 18:13　来源：央视新闻'))).toMatchObject({ kind: 'third-party', source: '央视新闻' });
  });
});

describe('a verbatim copy of the page whose head names 新华社', () => {
  const written = page('新华社\n2024-02-09 18:13');
  const copy = (credit: string) => [HEADLINE, credit, '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join('\n');
  const rows = async (credit: string) => (await checkAgainst([written], copy(credit), [])).map((f) => [f.ruleId, f.severity, f.attribution.expected]);

  it('credited 来源：新华社: no finding (was wrong-source asking 来源:澎湃新闻)', async () => {
    expect(await rows('来源：新华社')).toEqual([]);
  });

  it('credited 来源：澎湃新闻: told to credit 新华社', async () => {
    expect(await rows('来源：澎湃新闻')).toEqual([['wrong-source', 'warning', '来源:新华社']]);
  });
});
