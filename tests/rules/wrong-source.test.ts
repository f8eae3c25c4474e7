import { describe, expect, it } from 'vitest';
import { LICENCE, check, lines, checkRule, itReportsNothing, oneFinding, paragraphs, type Case } from './harness.js';

const RULE = 'wrong-source';

const BANLIE = await paragraphs('cri-01-zhongou-banlie-changchun');
const SHANGHAI_GANG = await paragraphs('cri-12-yangshan-gang-jizhuangxiang');
const SIXING = await paragraphs('cri-13-jiuquan-yijian-sixing');
const XIALIANG = await paragraphs('cri-14-xialiang-shougou-youzhi-youjia');
const RUMEI = await paragraphs('cri-21-shanghai-rumei-pianzao');
const JILIN = await paragraphs('cri-page-jilin-2022-03-04');

interface Invalid {
  name: string;
  text: string;
  case?: Case;
  /** The source line as written: the finding points at it. */
  claimed: string;
  severity: 'error' | 'warning';
  clause: 3 | 4;
  expected: string;
  /** What the remedy says to write, where it is not `expected` (a field takes the name alone). */
  write?: string;
  says: string;
}

const invalid: Invalid[] = [
  {
    name: 'a licensed copy of a 国际在线 article credited 来源：新华网',
    text: lines('长春班列年开行首破400列', '来源：新华网', '', ...BANLIE),
    case: { licences: [LICENCE] },
    claimed: '来源：新华网',
    severity: 'error',
    clause: 3,
    expected: '来源:国际在线',
    says: '所用内容出自国际在线',
  },
  {
    name: 'a 国际在线上海消息 article credited in front matter to 新华社',
    text: ['---', 'title: 上海港集装箱吞吐量连续13年全球第一', '来源: 新华社', 'date: 2024-01-06', '---', '', ...SHANGHAI_GANG].join('\n'),
    case: { licences: [LICENCE], path: 'content/licensed/gang.md' },
    claimed: '新华社',
    severity: 'error',
    clause: 3,
    expected: '来源:国际在线',
    write: '国际在线',
    says: '所用内容出自国际在线',
  },
  {
    name: 'the seed page (吉林日报) credited to 国际在线, the page it was found on',
    text: lines('吉林省领导赴京与国家部委会谈', '来源：国际在线', '', ...JILIN),
    claimed: '来源：国际在线',
    severity: 'warning',
    clause: 4,
    expected: '来源:吉林日报',
    says: '国际在线转载自吉林日报的稿件',
  },
  {
    name: 'a 澎湃新闻 article credited to 新华网, CRLF',
    text: ['上海今天入梅', '来源：新华网', '', ...RUMEI].join('\r\n'),
    claimed: '来源：新华网',
    severity: 'warning',
    clause: 4,
    expected: '来源:澎湃新闻',
    says: '转载自澎湃新闻',
  },
  {
    name: 'a 人民日报 article credited 转载自国际在线',
    text: lines('夏粮收购进度过半', '转载自国际在线', '', ...XIALIANG),
    claimed: '转载自国际在线',
    severity: 'warning',
    clause: 4,
    expected: '来源:人民日报',
    says: '转载自人民日报',
  },
];

describe('wrong-source: a source is named, but not the origin', () => {
  for (const c of invalid) {
    it(c.name, async () => {
      const f = await oneFinding(RULE, c.text, c.case, { severity: c.severity, clause: c.clause, at: c.claimed });
      expect(f.attribution).toEqual({ claimed: c.claimed, expected: c.expected });
      expect(f.message).toContain(c.says);
      expect(f.remedy).toContain(`把「${c.claimed}」改为「${c.write ?? c.expected}」`);
    });
  }

  it('a front matter field gets the name alone as its remedy, and following it literally passes', async () => {
    const md = { licences: [LICENCE], path: 'content/licensed/gang.md' };
    const fm = (value: string) => ['---', 'title: 上海港集装箱吞吐量连续13年全球第一', `source: ${value}`, 'date: 2024-01-06', '---', '', ...SHANGHAI_GANG].join('\n');
    const [f] = await checkRule(RULE, fm('新华网'), md);
    expect(f.remedy).toMatch(/^在来源字段中把「新华网」改为「国际在线」（--fix 不改字段，请手工修改）/);
    expect(await check(fm('国际在线'), md)).toEqual([]);
    // the credit line written into the field, as the message's 「来源:国际在线」 reads
    expect(await check(fm('来源:国际在线'), md)).toEqual([]);
  });

  it('a JSON Lines source written as a credit, or with a byline after the name, names the outlet', async () => {
    const jsonl = { licences: [LICENCE], path: 'content/licensed/feed.jsonl' };
    const record = (source: string) => JSON.stringify({ id: 'g1', title: '上海港集装箱吞吐量连续13年全球第一', source, date: '2024-01-06', content: SHANGHAI_GANG.join('\n') });
    for (const source of ['来源：国际在线', '本文来源：国际在线', '国际在线 记者 张三', '来源:国际在线 编辑：李四']) {
      expect(await check(record(source), jsonl), source).toEqual([]);
    }
    const [f] = await checkRule(RULE, record('新华网 记者 张三'), jsonl);
    expect([f.message, f.remedy]).toEqual(['注明的来源是「新华网」，但所用内容出自国际在线，应注明「来源:国际在线」', expect.stringMatching(/^在来源字段中把「新华网 记者 张三」改为「国际在线」（--fix 不改字段/)]);
  });

  it('a config setting overrides the severity chosen for third-party content', async () => {
    const text = lines('吉林省领导赴京与国家部委会谈', '来源：国际在线', ...JILIN);
    const [f] = await checkRule(RULE, text, { rules: { [RULE]: 'error' } });
    expect(f.severity).toBe('error');
  });

  it('a document reusing two articles of different origins gets a finding for each it miscredits', async () => {
    const text = lines('本周要闻', '来源：新华社', '', ...SIXING.slice(0, 3), ...RUMEI.slice(0, 3));
    const found = await checkRule(RULE, text);
    expect(found.map((f) => [f.source?.articleId, f.attribution.expected])).toEqual([['cri-21-shanghai-rumei-pianzao', '来源:澎湃新闻']]);
  });
});

describe('wrong-source does not fire', () => {
  itReportsNothing(RULE, [
    { name: 'the empty document', text: '' },
    { name: 'no source at all (that is missing-attribution)', text: lines('吉林省领导赴京与国家部委会谈', '', ...JILIN) },
    { name: 'the seed page credited 来源：吉林日报', text: lines('吉林省领导赴京与国家部委会谈', '来源：吉林日报', '', ...JILIN) },
    { name: 'the seed page credited in traditional characters, 來源：吉林日報', text: lines('吉林省領導赴京與國家部委會談', '來源：吉林日報', '', ...JILIN) },
    { name: 'a 人民日报 article credited to 人民日报客户端', text: lines('夏粮收购进度过半', '来源：人民日报客户端', '', ...XIALIANG) },
    { name: 'a 新华社 article credited to 新华网', text: lines('一箭四星发射成功', '来源：新华网', '', ...SIXING) },
    { name: 'a licensed 国际在线 article credited 来源：CRI, an accepted alias (that is nonstandard-attribution)', text: lines('长春班列年开行首破400列', '来源：CRI', ...BANLIE), case: { licences: [LICENCE] } },
    { name: 'a licensed 国际在线 article credited 来源：国际在线', text: lines('长春班列年开行首破400列', '来源：国际在线', ...BANLIE), case: { licences: [LICENCE] } },
    { name: 'one source line names the origin and the other co-credits it on one line', text: lines('吉林省领导赴京与国家部委会谈', '来源：吉林日报、国际在线', '', ...JILIN, '（原载吉林日报）', '来源：吉林日报') },
    { name: 'a source line over original news', text: lines('梨树县举办农民丰收节', '来源：示例新闻网', '', '10月7日，梨树县第七届农民丰收节在县城文化广场举行。') },
  ]);
});

describe('wrong-source beside the other rules', () => {
  const copied = lines('长春班列年开行首破400列', '来源：新华网', '', ...BANLIE);

  it('no licence: unauthorized-reuse as well', async () => {
    expect((await check(copied)).map((f) => f.ruleId)).toEqual(['unauthorized-reuse', 'wrong-source']);
  });

  it('a licence: wrong-source alone', async () => {
    expect((await check(copied, { licences: [LICENCE] })).map((f) => f.ruleId)).toEqual(['wrong-source']);
  });
});
