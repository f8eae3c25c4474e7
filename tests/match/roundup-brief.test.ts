// A weather 简讯 that takes five short clauses of a report, 12 or 13 characters each (61 in all;
// minSentenceChars is 12), alone and inside a 早报 round-up that reprints three other stories above
// it. Each clause shares one or two fingerprints with the report, so a filter of candidates by
// their postings (three seeds in one passage, or places of two) dropped the report in the round-up:
// written in review of such a rule (21c2b35, taken back), it must keep passing.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { findReuse } from '../../src/core/match/index.js';
import { article, fixture, textDoc } from '../helpers/docs.js';

const RUMEI = fixture('corpus/cri/cri-21-shanghai-rumei-pianzao.txt');
const TIANFU = fixture('corpus/cri/cri-11-chengdu-tianfu-jichang-lvke.txt');
const YIJIAN = fixture('corpus/cri/cri-13-jiuquan-yijian-sixing.txt');
const CHUNYUN = fixture('corpus/cri/cri-22-chunyun-shouri-tielu.txt');

const TAKEN = ['比常年（6月18日）偏早8天', '梅雨量在350至400毫米', '今年梅雨季节降水强度较大', '空气湿度较大，体感比较闷热', '避免长时间待在潮湿环境中'];

const BRIEF = [
  '沪上入梅 雨季提前到来',
  `据气象部门消息，上海已于10日入梅，${TAKEN[0]}。`,
  `预计${TAKEN[1]}，市民出行请备好雨具。`,
  `专家表示，${TAKEN[2]}，需防范短时强降水。`,
  `这几天${TAKEN[3]}，衣物也不易晾干。`,
  `医生提醒，${TAKEN[4]}，注意防潮防霉。`,
].join('\n\n');

/** The story of a corpus page, its first two paragraphs: what a 早报 round-up reprints of it. */
function lead(page: string): string {
  return page.split('\n').slice(4).map((l) => l.trim()).filter(Boolean).slice(0, 2).join('\n\n');
}

describe('a 简讯 of short clauses taken from an article', () => {
  it('each clause is in the article, and the brief is a 摘编 of it when the article is the only candidate', () => {
    for (const clause of TAKEN) expect(RUMEI).toContain(clause);
    const [reuse] = findReuse(textDoc(BRIEF), buildIndex([article('rumei', RUMEI)], DEFAULT_MATCH, ''));
    expect(reuse?.kind).toBe('excerpt');
    expect(reuse?.passages.length).toBe(5);
  });

  it('in a 早报 round-up that also reprints three other stories, the 摘编 is still found', () => {
    const roundup = [lead(TIANFU), lead(YIJIAN), lead(CHUNYUN), BRIEF].join('\n\n');
    const index = buildIndex([article('tianfu', TIANFU), article('yijian', YIJIAN), article('chunyun', CHUNYUN), article('rumei', RUMEI)], DEFAULT_MATCH, '');
    const found = findReuse(textDoc(roundup), index).map((r) => r.article.id);
    expect(found).toEqual(expect.arrayContaining(['tianfu', 'yijian', 'chunyun']));
    expect(found).toContain('rumei');
  });
});
