// distanceBetween measures only what lies between the prefix and suffix two stretches share: its
// edit distance must be fastest-levenshtein's of the two stretches sliced out, on sentences of
// news copied word for word, with a word changed, cut, added or moved, and on repeated characters
// where the shared prefix and suffix overlap (的的的 against 的的).
import { describe, expect, it } from 'vitest';
import { distance } from 'fastest-levenshtein';
import { distanceBetween, similarity, similarityBetween } from '../../src/core/match/similarity.js';

const ARTICLE = '国际在线报道（记者 李明）：3月5日，十四届全国人大二次会议在北京人民大会堂开幕。国务院总理在政府工作报告中提出，今年国内生产总值增长预期目标为5%左右。';

/** Edited copies of the article's second sentence, set in a document of their own words. */
const EDITS = [
  '国务院总理在政府工作报告中提出，今年国内生产总值增长预期目标为5%左右。',
  '国务院总理在政府工作报告中指出，今年国内生产总值增长预期目标为5%左右。',
  '国务院总理在报告中提出，今年国内生产总值增长预期目标为5%左右。',
  '国务院总理在政府工作报告中提出，今年国内生产总值增长预期目标为5%左右，与去年持平。',
  '今年国内生产总值增长预期目标为5%左右，国务院总理在政府工作报告中提出。',
  '总理提出',
  '',
];

describe('distanceBetween', () => {
  const start = ARTICLE.indexOf('国务院');
  const end = ARTICLE.length;
  for (const edit of EDITS) {
    it(`is the edit distance of the stretches sliced out: ${edit || '(empty)'}`, () => {
      const doc = `本网综合报道。${edit}（完）`;
      const ds = doc.indexOf(edit);
      const de = ds + edit.length;
      const expected = distance(ARTICLE.slice(start, end), doc.slice(ds, de));
      expect(distanceBetween(ARTICLE, start, end, doc, ds, de)).toBe(expected);
      expect(distanceBetween(doc, ds, de, ARTICLE, start, end)).toBe(expected);
      expect(similarityBetween(doc, ds, de, ARTICLE, start, end)).toBe(similarity(doc.slice(ds, de), ARTICLE.slice(start, end)));
    });
  }

  it('counts a prefix and a suffix that overlap once: 的的的 against 的的 differ by one', () => {
    expect(distanceBetween('的的的', 0, 3, '的的', 0, 2)).toBe(1);
    expect(distanceBetween('北京的的的北京', 2, 5, '的的北京', 0, 2)).toBe(1);
  });

  it('measures a word changed between a shared head and tail', () => {
    const a = '记者从市交通委获悉，地铁三号线将于年底通车。';
    const b = '记者从市交通局获悉，地铁三号线将于年底开通。';
    expect(distanceBetween(a, 0, a.length, b, 0, b.length)).toBe(distance(a, b));
    expect(distanceBetween(a, 0, a.length, b, 0, b.length)).toBe(3);
  });
});
