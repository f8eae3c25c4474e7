import { describe, expect, it } from 'vitest';
import type { Licence } from '../../src/core/config/types.js';
import { fixture } from '../helpers/docs.js';
import { LICENCE, check, lines, checkRule, itReportsNothing, oneFinding, paragraphs, positionOf, type Case } from './harness.js';

const RULE = 'out-of-scope';

const BANLIE = await paragraphs('cri-01-zhongou-banlie-changchun');
const CHANGBAISHAN = await paragraphs('cri-04-changbaishan-huaxue-jie');
const SHANGHAI_GANG = await paragraphs('cri-12-yangshan-gang-jizhuangxiang');
const XIALIANG = await paragraphs('cri-14-xialiang-shougou-youzhi-youjia');

const reprint = (date?: string) =>
  lines(...(date ? ['---', `date: ${date}`, '---', ''] : []), '# 长春班列年开行首破400列', '', '来源：国际在线', '', ...BANLIE.flatMap((p) => [p, '']));
const excerpt = lines('新雪季将至 长白山雪场做好迎客准备', '来源：国际在线', '', '随着气温走低，长白山各大雪场进入开板前的准备阶段。', CHANGBAISHAN[1], CHANGBAISHAN[2], '今年雪场预计在12月上旬陆续开板。');
/** Every sentence of cri-07 reworded by hand (fixtures/reuse): an edited copy. */
const EDITED = fixture('reuse/r39-hanchao-reworded.txt');
const MD = 'content/licensed/banlie.md';

interface Invalid {
  name: string;
  text: string;
  case: Case;
  at: string;
  /** What the message must say about the broken term(s). */
  says: string[];
  kind: 'reprint' | 'excerpt' | 'edited';
}

const invalid: Invalid[] = [
  {
    name: 'an excerpt under a licence for 转载 only',
    text: excerpt,
    case: { licences: [LICENCE] },
    at: CHANGBAISHAN[1],
    says: ['授权范围为「转载」', '本文属于「摘编」'],
    kind: 'excerpt',
  },
  {
    name: 'an edited copy (every sentence reworded) under a licence for 转载 and 摘编',
    text: EDITED,
    case: { licences: [{ ...LICENCE, actions: ['转载', '摘编'] }], path: 'content/licensed/hanchao.txt' },
    at: '寒潮来袭 中央气象台发布寒潮橙色预警',
    says: ['授权范围为「转载、摘编」', '本文属于「改编」'],
    kind: 'edited',
  },
  {
    name: 'a reprint dated after the licence ends (front matter date)',
    text: reprint('2027-01-04'),
    case: { licences: [LICENCE], path: MD },
    at: BANLIE[0],
    says: ['文章日期 2027-01-04 不在授权有效期 2024-01-01 至 2026-12-31 内'],
    kind: 'reprint',
  },
  {
    name: 'a reprint dated before the licence starts (date in the header line)',
    text: lines('长春班列年开行首破400列', '2023-11-22 08:30  来源：国际在线', '', ...BANLIE),
    case: { licences: [LICENCE] },
    at: BANLIE[0],
    says: ['文章日期 2023-11-22 不在授权有效期'],
    kind: 'reprint',
  },
  {
    name: 'a reprint stating no date, judged by the fallback date (--date, git, today)',
    text: reprint(),
    case: { licences: [LICENCE], path: MD, fallbackDate: '2027-06-30' },
    at: BANLIE[0],
    says: ['文章未注明日期，按 2027-06-30（--date，否则文件最后一次提交的日期或当天）计，不在授权有效期 2024-01-01 至 2026-12-31 内'],
    kind: 'reprint',
  },
  {
    name: 'an excerpt after the licence ends: both terms named in one finding',
    text: lines('---', 'date: 2027-12-01', '---', '', excerpt),
    case: { licences: [LICENCE], path: MD },
    at: CHANGBAISHAN[1],
    says: ['本文属于「摘编」', '文章日期 2027-12-01 不在授权有效期'],
    kind: 'excerpt',
  },
];

describe('out-of-scope: a licence covers the file, but not this use', () => {
  for (const c of invalid) {
    it(c.name, async () => {
      const f = await oneFinding(RULE, c.text, c.case, { severity: 'error', clause: 3, at: c.at });
      expect(f.reuse?.kind).toBe(c.kind);
      for (const words of c.says) expect(f.message).toContain(words);
      expect(f.message).toContain('（协议 CRI-2024-017）');
      expect(f.attribution.expected).toBeNull();
      expect(f.remedy).toContain('申请扩大授权');
    });
  }

  it('judges by the licence that comes closest when several cover the file', async () => {
    const expired: Licence = { ...LICENCE, validFrom: '2020-01-01', validTo: '2020-12-31', agreement: 'CRI-2020-003' };
    const [f] = await checkRule(RULE, lines('---', 'date: 2025-02-01', '---', '', excerpt), { licences: [expired, LICENCE], path: MD });
    expect(f.message).toContain('（协议 CRI-2024-017）');
    expect(f.message).toContain('本文属于「摘编」');
    expect(f.message).not.toContain('不在授权有效期');
  });

  it('no finding when any one of several licences covers the use', async () => {
    const excerpts: Licence = { ...LICENCE, actions: ['摘编'], agreement: 'CRI-2025-002' };
    expect(await checkRule(RULE, excerpt, { licences: [LICENCE, excerpts] })).toEqual([]);
  });

  it('names no agreement when the licence has none', async () => {
    const { agreement: _, ...unnamed } = LICENCE;
    const [f] = await checkRule(RULE, excerpt, { licences: [unnamed] });
    expect(f.message).toMatch(/^超出授权范围使用国际在线的内容：/);
  });

  it('a marker-only document dated outside the licence', async () => {
    const text = lines('---', 'date: 2023-06-01', '---', '', '国际在线上海消息：上海多个商圈的夜市延长营业至午夜，吸引大批市民和游客。');
    const [f] = await checkRule(RULE, text, { licences: [LICENCE], path: MD });
    expect({ line: f.line, column: f.column }).toEqual(positionOf(text, '国际在线上海消息'));
    expect(f.reuse).toBeNull();
  });
});

describe('out-of-scope does not fire', () => {
  itReportsNothing(RULE, [
    { name: 'the empty document', text: '', case: { licences: [LICENCE] } },
    { name: 'a reprint within the licence', text: reprint('2025-03-02'), case: { licences: [LICENCE], path: MD } },
    { name: 'a reprint under a licence for 复制', text: reprint('2025-03-02'), case: { licences: [{ ...LICENCE, actions: ['复制'] }], path: MD } },
    { name: 'an excerpt under a licence for 转载 and 摘编', text: excerpt, case: { licences: [{ ...LICENCE, actions: ['转载', '摘编'] }] } },
    { name: 'a reprint dated on the last day of the licence', text: reprint('2026-12-31'), case: { licences: [LICENCE], path: MD } },
    { name: 'a licence with no end date', text: reprint('2031-05-01'), case: { licences: [{ ...LICENCE, validTo: undefined }], path: MD } },
    { name: 'no licence at all (that is unauthorized-reuse)', text: excerpt },
    { name: 'a file outside the licence paths (that is unauthorized-reuse)', text: excerpt, case: { licences: [LICENCE], path: 'content/news/changbaishan.txt' } },
    { name: 'third-party content (人民日报) excerpted after the licence ends', text: lines('---', 'date: 2027-07-11', '---', '', '夏粮收购', '来源：人民日报', '', XIALIANG[0], XIALIANG[1]), case: { licences: [LICENCE], path: MD } },
    { name: 'a different article of the same publisher within the licence', text: lines('上海港集装箱吞吐量连续13年全球第一', '来源：国际在线', ...SHANGHAI_GANG), case: { licences: [LICENCE], fallbackDate: '2024-01-06' } },
  ]);

  it('out of scope and without a source: out-of-scope and missing-attribution, not unauthorized-reuse', async () => {
    const found = await check(excerpt.replace('来源：国际在线\n', ''), { licences: [LICENCE] });
    expect(found.map((f) => f.ruleId)).toEqual(['out-of-scope', 'missing-attribution']);
  });
});
