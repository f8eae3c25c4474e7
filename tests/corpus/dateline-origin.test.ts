// An archive page with no 来源 line whose story opens with another outlet's wire dateline
// (中新社上海６月２７日电, 新华社长春3月4日电) is that outlet's story: clause 3 leaves out content
// clearly marked as a third party's, and a dateline naming another agency marks it so. Taken as
// 国际在线's own, a verbatim copy of it was told to get 国际在线's written licence. A paper's own-news
// marker (南都讯, 新京报讯（记者 X）) names the paper alike (南都 by its full name, 南方都市报); 本报讯 and
// 本报北京3月5日电 name none, so such a page stays the publisher's own. A wire citation opening the story
// (据新华社电，) names the agency as its dateline would.
import { describe, expect, it } from 'vitest';
import { articleOf, criPack } from '../helpers/corpus.js';
import { textDoc } from '../helpers/docs.js';
import { checkAgainst, type WrittenPage } from '../rules/written-corpus.js';

const REST = [
  '据介绍，此次开工的项目涵盖先进制造、现代农业、城市更新等领域，预计全部建成后年产值可达500亿元，新增就业岗位1.2万个。',
  '长春新区有关负责人表示，将为项目建设提供全流程代办服务，确保项目早建成、早投产、早见效。',
];

/** A page of the archive as a corpus record keeps it: headline, then the story, no 来源 line. */
function record(lead: string): string {
  return ['长春新区首批重点项目集中开工', `${lead}3日，长春新区今年首批48个重点项目集中开工，总投资超过300亿元。`, ...REST].join('\n');
}

describe('whose story an archive page without a 来源 line is, by its dateline', () => {
  const cases: Array<[string, string]> = [
    ['新华社长春3月4日电（记者 李明）', '新华社'],
    ['中新社长春３月４日电　（记者　郭佳）', '中新社'],
    ['中国新闻网长春3月4日电 ', '中国新闻网'],
    ['中广网长春3月4日消息（记者冯雪）', '中广网'],
    ['　　新华社电 ', '新华社'],
    // a paper's own-news marker names the paper as a dateline does (these were the publisher's own)
    ['南都讯 记者张三 ', '南方都市报'],
    ['新京报讯（记者 王五）', '新京报'],
    ['新京报快讯（记者 王五）', '新京报'],
    ['羊城晚报讯 记者张三报道：', '羊城晚报'],
    ['北青讯 ', '北京青年报'],
    // a wire citation opening the story, as a paper prints a wire story (was the publisher's own; see wire-citation-origin)
    ['据新华社电，', '新华社'],
  ];
  for (const [lead, source] of cases) {
    it(`${lead.trim()}: third-party, from ${source}`, async () => {
      const a = articleOf(textDoc(record(lead), 'corpus/kaigong.txt'), await criPack());
      expect(a.origin).toMatchObject({ kind: 'third-party', source });
    });
  }

  // 本报 names no outlet: clause 3 leaves out only content clearly marked as a third party's
  const own = ['国际在线长春3月4日电（记者 李明）', '本报长春3月4日电（记者 李明）', '本报讯（记者 张三）', '本报北京3月5日电（记者 李四）', '国际在线讯 ', '记者从长春新区获悉，新华社此前报道，', '喜讯传来，'];
  for (const lead of own) {
    it(`${lead}: the publisher's own, as before`, async () => {
      const a = articleOf(textDoc(record(lead), 'corpus/kaigong.txt'), await criPack());
      expect(a.origin).toMatchObject({ kind: 'own', source: '国际在线' });
    });
  }
});

it('a page crediting 来源：国际在线 is the publisher’s own, whatever marker opens its story', async () => {
  const text = record('南都讯（记者 张三）').replace('\n', '\n2024-03-04 10:20:31来源:国际在线责编:王晓\n');
  const a = articleOf(textDoc(text, 'corpus/kaigong.txt'), await criPack());
  expect(a.origin).toMatchObject({ kind: 'own', source: '国际在线' });
});

/** The archive page of the story opening with `lead`, as 国际在线 prints it, and a copy of it under `credit` lines. */
const page = (lead: string): WrittenPage => ({
  id: 'kaigong',
  headline: '长春新区首批重点项目集中开工',
  head: '2024-03-04 10:20:31　责编:王晓',
  paragraphs: [`${lead}3日，长春新区今年首批48个重点项目集中开工，总投资超过300亿元。`, ...REST],
});
const copyOf = (written: WrittenPage, credit: readonly string[] = []) => ['# 长春新区首批重点项目集中开工', '', ...credit, ...written.paragraphs.flatMap((p) => [p, ''])].join('\n');
const checkCopy = (written: WrittenPage, credit?: readonly string[]) => checkAgainst([written], copyOf(written, credit), [], 'content/news/kaigong.md');

describe('a verbatim copy of such a page', () => {
  it('crediting nothing, outside any licence: missing-attribution asking 来源:中新社, no unauthorized-reuse', async () => {
    const found = await checkCopy(page('中新社长春３月４日电　（记者　郭佳）'));
    expect(found.map((f) => [f.ruleId, f.attribution.expected])).toEqual([['missing-attribution', '来源:中新社']]);
  });
});

describe('a verbatim copy of a page opening with 南都讯', () => {
  const nandu = page('南都讯 记者张三 ');

  it('crediting nothing, outside any licence: missing-attribution asking 来源:南方都市报, no unauthorized-reuse', async () => {
    const found = await checkCopy(nandu);
    expect(found.map((f) => [f.ruleId, f.attribution.expected])).toEqual([['missing-attribution', '来源:南方都市报']]);
  });

  it('crediting 来源：南都 (its short name): no finding', async () => {
    expect(await checkCopy(nandu, ['来源：南都', ''])).toEqual([]);
  });
});
