// Credits that name 国际在线 in another way than 来源:国际在线: after 据 or 综合, before 等, by its
// owner (clause 1: “国际在线”由中国国际广播电台主办), by one of its channels, or by a page's URL on a
// domain the pack names. Each names the publisher (nonstandard-attribution), none another source.
import { describe, expect, it } from 'vitest';
import { LICENCE, check, checkRule, lines, oneFinding, paragraphs, type Case } from './harness.js';

const LICENSED: Case = { licences: [LICENCE] };
const LISHU = await paragraphs('cri-05-lishu-moshi-heitudi');
const BANLIE = await paragraphs('cri-01-zhongou-banlie-changchun');
const JILIN = await paragraphs('cri-page-jilin-2022-03-04');

const HEADLINE = '“梨树模式”推广面积超过3000万亩';
const credited = (line: string) => lines(HEADLINE, line, '', ...LISHU);
const REQUIRED = '来源:国际在线';

interface Named {
  claimed: string;
  /** false: the editor must say what else was used (等, a second outlet), so --fix leaves the line. */
  fixed: boolean;
}

const NAMED: Named[] = [
  { claimed: '来源：据国际在线', fixed: true },
  { claimed: '来源：综合国际在线', fixed: true },
  { claimed: '来源：国际在线等', fixed: false },
  { claimed: '来源：综合国际在线、新华社', fixed: false },
  { claimed: '来源：中国国际广播电台', fixed: true },
  { claimed: '来源：国际在线APP', fixed: true },
  { claimed: '来源：国际在线客户端', fixed: true },
  { claimed: '来源：国际在线微信公众号', fixed: true },
  { claimed: '来源：国际在线官方微博', fixed: true },
  { claimed: '来源：https://news.cri.cn/20231121/abc.html', fixed: true },
  { claimed: '来源：http://www.cri.cn/2023/05/08/lishu.shtml?spm=C1.0', fixed: true },
  { claimed: '来源：news.cri.cn', fixed: true },
  // two of its names glued (clause 1: the station runs 国际在线), or the licensor's short name before it
  { claimed: '来源：CRI国际在线', fixed: true },
  { claimed: '来源：国际在线CRI', fixed: true },
  { claimed: '来源：中国国际广播电台国际在线网', fixed: true },
  { claimed: '来源：国广国际在线', fixed: true },
];

describe('a credit naming 国际在线 another way is nonstandard, not a wrong source', () => {
  for (const c of NAMED) {
    it(c.claimed, async () => {
      const text = credited(c.claimed);
      expect(await checkRule('wrong-source', text, LICENSED)).toEqual([]);
      const f = await oneFinding('nonstandard-attribution', text, LICENSED, { severity: 'warning', clause: 3, at: c.claimed });
      expect(f.attribution).toEqual({ claimed: c.claimed, expected: REQUIRED });
      expect(f.message).toBe(`来源写作「${c.claimed}」，国际在线要求的写法是「${REQUIRED}」`);
      if (!c.fixed) {
        expect(f.fix).toBeUndefined();
        expect(f.remedy).toMatch(new RegExp(`^把「${c.claimed}」改为「${REQUIRED}」`));
        return;
      }
      expect(f.fix).toHaveLength(1);
      const [edit] = f.fix ?? [];
      const fixed = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
      expect(fixed).toBe(credited(REQUIRED));
      expect(await check(fixed, LICENSED)).toEqual([]);
    });
  }

  it('in a header line, the URL is read to its end, not to the colon after https', async () => {
    const text = lines('中欧班列（长春）年内开行突破400列', '2024-11-21 09:45:12  来源：https://news.cri.cn/20241121/abc.html  责编：张萌', '', ...BANLIE);
    const found = await check(text, LICENSED);
    expect(found.map((f) => [f.ruleId, f.attribution?.claimed])).toEqual([['nonstandard-attribution', '来源：https://news.cri.cn/20241121/abc.html']]);
  });
});

describe('a credit naming another outlet is still a wrong source', () => {
  const wrong = async (text: string, c: Case) => (await checkRule('wrong-source', text, c)).map((f) => [f.severity, f.message]);

  it('来源：据新华社 over 国际在线 content', async () => {
    expect(await wrong(credited('来源：据新华社'), LICENSED)).toEqual([['error', '注明的来源是「据新华社」，但所用内容出自国际在线，应注明「来源:国际在线」']]);
  });

  it('another outlet glued to one of its names, 来源：CRI新华网 or 来源：国广新华社', async () => {
    for (const claimed of ['CRI新华网', '国广新华社']) {
      expect(await wrong(credited(`来源：${claimed}`), LICENSED)).toEqual([['error', `注明的来源是「${claimed}」，但所用内容出自国际在线，应注明「来源:国际在线」`]]);
    }
  });

  it('a URL on another domain, named whole', async () => {
    for (const url of ['https://www.news.cn/20231121/abc.html', 'https://cri.cn.example.com/lishu.html']) {
      expect(await wrong(credited(`来源：${url}`), LICENSED)).toEqual([['error', `注明的来源是「${url}」，但所用内容出自国际在线，应注明「来源:国际在线」`]]);
    }
  });

  it('the seed page (吉林日报 on 国际在线) credited to 中国国际广播电台 or 国际在线等: its origin is 吉林日报', async () => {
    for (const claimed of ['中国国际广播电台', '国际在线等']) {
      const [f] = await checkRule('wrong-source', lines('吉林省领导赴京与国家部委会谈', `来源：${claimed}`, '', ...JILIN));
      expect([f.severity, f.message]).toEqual(['warning', `注明的来源是「${claimed}」，但所用内容是国际在线转载自吉林日报的稿件，应注明原始来源「来源:吉林日报」`]);
    }
  });

  it('the seed page credited 来源：吉林日报 or 来源：综合吉林日报: no wrong source', async () => {
    for (const claimed of ['吉林日报', '综合吉林日报']) {
      expect(await checkRule('wrong-source', lines('吉林省领导赴京与国家部委会谈', `来源：${claimed}`, '', ...JILIN))).toEqual([]);
    }
  });
});

describe('credits the trial found unread', () => {
  it('出处：国际在线 is a credit of 国际在线, in a form other than the required one', async () => {
    const text = credited('出处：国际在线');
    expect((await check(text, LICENSED)).map((f) => f.ruleId)).toEqual(['nonstandard-attribution']);
    const [f] = await checkRule('nonstandard-attribution', text, LICENSED);
    const [edit] = f.fix ?? [];
    expect(text.slice(0, edit.start) + edit.text + text.slice(edit.end)).toBe(credited(REQUIRED));
  });

  it('出处不详 in a sentence is no credit', async () => {
    const text = lines(HEADLINE, '来源：国际在线', '', ...LISHU, '网传的“秸秆焚烧”视频出处不详，当地已辟谣。');
    expect(await check(text, LICENSED)).toEqual([]);
  });

  it('an HTML page crediting 国际在线 in a table row, <td>来源：</td><td>国际在线</td>', async () => {
    const page = [
      `<html><head><title>${HEADLINE}</title></head><body>`,
      `<h1>${HEADLINE}</h1>`,
      '<table class="info"><tr><td>2024-05-08 10:15</td><td>来源：</td><td>国际在线</td><td>责编：冯雅君</td></tr></table>',
      ...LISHU.map((p) => `<p>${p}</p>`),
      '</body></html>',
    ].join('\n');
    expect(await check(page, { ...LICENSED, path: 'content/licensed/lishu.html' })).toEqual([]);
  });
});
