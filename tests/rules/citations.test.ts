import { describe, expect, it } from 'vitest';
import { LICENCE, check, lines, paragraphs } from './harness.js';

// 据X报道 inside a story cites where a fact comes from: it is not the article's credit line.
const JILIN = await paragraphs('cri-page-jilin-2022-03-04');
const LISHU = await paragraphs('cri-05-lishu-moshi-heitudi');
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
