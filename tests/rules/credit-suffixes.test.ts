// A credit that writes 国际在线 with one of its own markers or a channel after it (来源：国际在线专稿,
// 来源：国际在线体育) credits the publisher, only not in the form clause 3 asks (使用时应注明“来源:国际在线”):
// nonstandard-attribution, which --fix rewrites, never wrong-source as if another outlet were named.
// What may follow the name is the pack's data: its own-content markers' words and publisher.suffixes.
import { describe, expect, it } from 'vitest';
import { applyEdits, planFixes } from '../../src/core/fix/edits.js';
import { toArticle } from '../../src/core/judge/article-origin.js';
import type { Finding } from '../../src/core/judge/types.js';
import { criPack } from '../helpers/corpus.js';
import { LICENCE, check, documentOf, lines, paragraphs, type Case } from './harness.js';

const LICENSED: Case = { licences: [LICENCE] };
const BANLIE = await paragraphs('cri-01-zhongou-banlie-changchun');
const HEADLINE = '中欧班列（长春）年内开行突破400列';
const article = (credit: string) => lines(HEADLINE, `2024-11-21 09:45　${credit}　责编：张萌`, '', ...BANLIE);

function fixedText(text: string, findings: readonly Finding[]): string {
  return applyEdits(text, planFixes(findings, text.length).edits);
}

const rows = (findings: readonly Finding[]) => findings.map((f) => [f.ruleId, f.severity, f.line, f.attribution.claimed]);

describe('国际在线 with its own marker or a channel after it credits 国际在线, not in the required form', () => {
  const suffixed = [
    '来源：国际在线专稿',
    '来源：国际在线消息',
    '来源：国际在线北京消息',
    '来源：国际在线报道',
    '来源：国际在线综合',
    '来源：国际在线体育',
    '来源：国际在线文',
    '来源：国际在线文化频道',
    '来源：國際在線專稿',
    '来源：CRI综合',
  ];
  for (const credit of suffixed) {
    it(`${credit}: nonstandard-attribution, and --fix writes 来源:国际在线`, async () => {
      const text = article(credit);
      const findings = await check(text, LICENSED);
      expect(rows(findings)).toEqual([['nonstandard-attribution', 'warning', 2, credit]]);
      expect(findings[0].message).toBe(`来源写作「${credit}」，国际在线要求的写法是「来源:国际在线」`);
      const fixed = fixedText(text, findings);
      expect(fixed).toBe(article('来源:国际在线'));
      expect(await check(fixed, LICENSED)).toEqual([]);
    });
  }

  it('a bracketed foot credit （来源：国际在线综合） under no other credit: one finding, moved to the top by --fix', async () => {
    const text = lines(HEADLINE, '', ...BANLIE.slice(0, -1), `${BANLIE[BANLIE.length - 1]}（来源：国际在线综合）`);
    const findings = await check(text, LICENSED);
    expect(rows(findings)).toEqual([['nonstandard-attribution', 'warning', BANLIE.length + 2, '（来源：国际在线综合）']]);
    expect(await check(fixedText(text, findings), LICENSED)).toEqual([]);
  });
});

describe('a different source after the name is still wrong-source', () => {
  // 来源：国际在线转自新华社 names the carrier and the source: see credit-carrier
  for (const credit of ['来源：新华社', '来源：国际在线新华社消息', '来源：国际在线体育报', '来源：CRIC']) {
    it(credit, async () => {
      expect(rows(await check(article(credit), LICENSED))).toEqual([['wrong-source', 'error', 2, credit]]);
    });
  }
});

it('a 国际在线 reprint of a 新华社 article credited 来源：国际在线转自新华社 names its original outlet: no wrong-source', async () => {
  const sixing = await paragraphs('cri-13-jiuquan-yijian-sixing');
  const findings = await check(lines('一箭四星发射成功', '来源：国际在线转自新华社', '', ...sixing));
  expect(findings.filter((f) => f.ruleId === 'wrong-source')).toEqual([]);
});

describe('an archive page credited 来源：国际在线专稿 is 国际在线 own content', () => {
  for (const credit of ['来源：国际在线专稿', '来源：国际在线体育']) {
    it(credit, async () => {
      const page = lines(HEADLINE, `2023-11-21 09:45:12${credit}责编:张萌`, '', ...BANLIE);
      const { origin } = toArticle(documentOf(page, 'corpus/cri/banlie.txt'), await criPack());
      expect(origin).toMatchObject({ kind: 'own', source: '国际在线' });
    });
  }
});

// A column after a mark (国际在线·环球资讯, as 人民网-文化频道 writes a channel) is 国际在线's; 综合
// between two names (国际在线综合新华社, 新华网综合国际在线) says the article is compiled from both,
// so 国际在线 is named beside another: nonstandard-attribution without a fix, as 来源：综合国际在线、新华社.
describe('a column after a mark, or 综合 between two names, credits 国际在线 too', () => {
  for (const credit of ['来源：国际在线·环球资讯', '来源：国际在线—环球资讯', '来源：國際在線·環球資訊']) {
    it(`${credit}: nonstandard-attribution, and --fix writes 来源:国际在线`, async () => {
      const text = article(credit);
      const findings = await check(text, LICENSED);
      expect(rows(findings)).toEqual([['nonstandard-attribution', 'warning', 2, credit]]);
      const fixed = fixedText(text, findings);
      expect(fixed).toBe(article('来源:国际在线'));
      expect(await check(fixed, LICENSED)).toEqual([]);
    });
  }
  for (const credit of ['来源：国际在线综合新华社', '来源：新华网综合国际在线', '来源：国际在线综合自新华社', '来源：国际在线·新华社']) {
    it(`${credit}: nonstandard-attribution, no fix (another outlet is named too)`, async () => {
      const findings = await check(article(credit), LICENSED);
      expect(rows(findings)).toEqual([['nonstandard-attribution', 'warning', 2, credit]]);
      expect(findings[0].fix).toBeUndefined();
    });
  }
  for (const credit of ['来源：新华网·环球资讯', '来源：新华社综合报道', '来源：央视综合频道']) {
    it(`${credit} names another outlet alone: wrong-source`, async () => {
      expect(rows(await check(article(credit), LICENSED))).toEqual([['wrong-source', 'error', 2, credit]]);
    });
  }
});
