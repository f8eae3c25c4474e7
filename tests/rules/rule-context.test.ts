// The engine gives a subject's rules one context, its `report` telling them apart by the rule
// running: each finding must still carry the rule that reported it, on the subject it was made for.
import { describe, expect, it } from 'vitest';
import { check, lines, paragraphs } from './harness.js';
import { docsUrl } from '../../src/core/judge/rule.js';

const BANLIE = await paragraphs('cri-01-zhongou-banlie-changchun');
const CHANGBAISHAN = await paragraphs('cri-04-changbaishan-huaxue-jie');

type Row = [rule: string, clause: number, article: string | undefined, claimed: string | null];

const rows = async (text: string): Promise<Row[]> =>
  (await check(text)).map((f) => {
    // the rule's own page: a finding reported under another rule's name would point elsewhere
    expect(f.docs).toBe(docsUrl(f.ruleId));
    return [f.ruleId, f.clause.number, f.source?.articleId, f.attribution.claimed];
  });

describe('findings of several rules on one subject', () => {
  it('an unlicensed copy credited 来源：新华网: unauthorized-reuse (clause 2) and wrong-source (clause 3), each its own', async () => {
    expect(await rows(lines('长春班列年开行首破400列', '来源：新华网', '', ...BANLIE))).toEqual([
      ['unauthorized-reuse', 2, 'cri-01-zhongou-banlie-changchun', '来源：新华网'],
      ['wrong-source', 3, 'cri-01-zhongou-banlie-changchun', '来源：新华网'],
    ]);
  });

  it('a compilation of two articles: each subject its own two findings, naming its own article', async () => {
    const found = await check(lines('两则新闻', '来源：新华网', '', ...BANLIE, '', ...CHANGBAISHAN));
    expect(found.map((f) => [f.ruleId, f.source?.articleId])).toEqual([
      ['unauthorized-reuse', 'cri-01-zhongou-banlie-changchun'],
      ['wrong-source', 'cri-01-zhongou-banlie-changchun'],
      ['unauthorized-reuse', 'cri-04-changbaishan-huaxue-jie'],
      ['wrong-source', 'cri-04-changbaishan-huaxue-jie'],
    ]);
    expect(found.filter((f) => f.ruleId === 'wrong-source').map((f) => f.message.includes('中欧班列') !== f.message.includes('长白山'))).toEqual([true, true]);
  });

  it('the same text checked twice, as a second --fix pass would: the same findings', async () => {
    const text = lines('长春班列年开行首破400列', '来源：新华网', '', ...BANLIE);
    expect(await check(text)).toEqual(await check(text));
  });
});
