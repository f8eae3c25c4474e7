import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/fix/edits.js';
import { LICENCE, check, lines, paragraphs } from './harness.js';

// 据X报道 inside a story cites where a fact comes from: it is not the article's credit line.
const JILIN = await paragraphs('cri-page-jilin-2022-03-04');
const LISHU = await paragraphs('cri-05-lishu-moshi-heitudi');
const SIXING = await paragraphs('cri-13-jiuquan-yijian-sixing');
const rules = (findings: { ruleId: string; severity: string }[]) => findings.map((f) => `${f.ruleId} ${f.severity}`);

describe('citations and credits', () => {
  it('a reprint with no 来源 line is missing its attribution, whatever facts it cites 据…报道', async () => {
    const text = lines('景俊海韩俊率队赴京会谈', '', JILIN[0], `据法新社报道，国际观察人士关注这次会谈。${JILIN[1]}`, ...JILIN.slice(2));
    expect(rules(await check(text))).toEqual(['missing-attribution error']);
  });

  it('据国际在线报道 inside a sentence is a nonstandard credit, and no fix rewrites the sentence', async () => {
    const text = lines('“梨树模式”推广面积超过3000万亩', '', `据国际在线报道，${LISHU[0]}`, ...LISHU.slice(1));
    const findings = await check(text, { licences: [LICENCE] });
    expect(rules(findings)).toEqual(['nonstandard-attribution warning']);
    expect(findings[0].fix).toBeUndefined();
  });

  it('来源：国际在线、新华社 names 国际在线: nonstandard, not wrong, and not rewritten (dropping 新华社 is a judgement)', async () => {
    const text = lines('“梨树模式”推广面积超过3000万亩', '来源：国际在线、新华社', '', ...LISHU);
    const findings = await check(text, { licences: [LICENCE] });
    expect(rules(findings)).toEqual(['nonstandard-attribution warning']);
    expect(findings[0].fix).toBeUndefined();
  });

  it('来源：新华社、人民日报 over a 国际在线 article names neither: wrong source', async () => {
    const text = lines('“梨树模式”推广面积超过3000万亩', '来源：新华社、人民日报', '', ...LISHU);
    expect(rules(await check(text, { licences: [LICENCE] }))).toEqual(['wrong-source error']);
  });
});

// A citation of another outlet is no credit: a finding that the text names no source showed it as
// the credit claimed all the same (attribution.claimed 据法新社报道, JUnit 现为 据法新社报道), and
// so kept the fix that adds a 来源 line to a compilation of two origins, which is left to its editor.
describe('a document whose only claim is a citation of another outlet claims no credit', () => {
  const cited = `据法新社报道，国际观察人士关注这次会谈。${JILIN[1]}`;

  it('missing-attribution shows nothing claimed, and the 来源 line expected', async () => {
    const text = lines('景俊海韩俊率队赴京会谈', '', JILIN[0], cited, ...JILIN.slice(2));
    const [f] = await check(text);
    expect(f.ruleId).toBe('missing-attribution');
    expect(f.attribution).toEqual({ claimed: null, expected: '来源:吉林日报' });
  });

  it('a compilation of two origins citing another outlet gets no fix adding one 来源 line for both', async () => {
    const text = lines('本周要闻', '', JILIN[0], cited, ...JILIN.slice(2, 4), ...SIXING.slice(0, 3));
    const found = (await check(text)).filter((f) => f.ruleId === 'missing-attribution');
    expect(found.map((f) => f.attribution)).toEqual([
      { claimed: null, expected: '来源:吉林日报' },
      { claimed: null, expected: '来源:新华社' },
    ]);
    expect(found.map((f) => f.fix)).toEqual([undefined, undefined]);
  });
});


describe('a citation with a word of what was done with it: （据国际在线报道整理）', () => {
  const HEADLINE = '“梨树模式”推广面积超过3000万亩 吉林黑土地保护性耕作见成效';

  it('on a line of its own at the foot: quoted whole, and --fix moves it under the headline', async () => {
    const text = lines(HEADLINE, '', ...LISHU, '（据国际在线报道整理）');
    const [f, ...rest] = await check(text, { licences: [LICENCE] });
    expect(rest).toEqual([]);
    expect([f.ruleId, f.attribution.claimed, f.remedy.split('。')[0]]).toEqual(['nonstandard-attribution', '（据国际在线报道整理）', '删去「（据国际在线报道整理）」，在标题下方、正文之前写上「来源:国际在线」']);
    const fixed = applyEdits(text, f.fix ?? []);
    expect(fixed).toBe(lines(HEADLINE, '来源:国际在线', '', ...LISHU));
    expect(await check(fixed, { licences: [LICENCE] })).toEqual([]);
  });

  it('closing a paragraph: quoted whole, no fix, and the remedy says what to write by hand', async () => {
    const text = lines(HEADLINE, '', LISHU[0], `${LISHU[1]}（据国际在线报道整理）`, ...LISHU.slice(2));
    const [f, ...rest] = await check(text, { licences: [LICENCE] });
    expect(rest).toEqual([]);
    expect([f.ruleId, f.attribution.claimed, f.fix, f.remedy.split('。')[0]]).toEqual(['nonstandard-attribution', '（据国际在线报道整理）', undefined, '在标题下方、正文之前写上「来源:国际在线」']);
  });
});
