// paraphraseHits passes over a document unit whose best share with each article sentence (or two
// neighbours), set against that sentence's size, cannot reach the minimum score (paraphrase-rows.ts).
// A 洗稿 right at that limit must still be paired: a sentence padded with an added clause to 47
// bigrams, the longest its 18-bigram source meets (47 ≤ 2.636 · 18), sharing all 18 (Dice 36 / 65 =
// 0.554, 2 · 18 − 0.55 · 18 = 26.1 against 0.55 · 47 = 25.85), beside clauses swapped, synonyms put in
// and a sentence split in two. A bound that counted a sentence's characters for its bigrams
// (0.55 · 19: 25.55) would drop the padded sentence.
import { describe, expect, it } from 'vitest';
import { paraphraseHits } from '../../src/core/match/paraphrase.js';
import { stopSentences as sentences } from '../helpers/stop-sentences.js';

const article = [
  '今年前十个月，全国居民消费价格比去年同期平均上涨百分之二，总体保持温和上涨态势。',
  '上月全国居民消费价格同比上涨百分之二点一，涨幅比上月扩大零点三个百分点。',
  '其中，食品价格上涨百分之五点六，非食品价格上涨百分之一点四。',
  // last, beside a sentence sharing little with the padded one: its row's bound is near its true best
  '国家统计局发布十月份全国居民消费价格。',
];
const reworded = [
  // split in two
  '今年一至十个月，全国居民消费价格平均上涨百分之二。总体保持温和上涨态势，与去年同期相比变化不大。',
  // padded with a clause: 47 bigrams, the longest the size rule lets meet 18
  '记者从有关部门获悉，为了更好地反映市场物价的最新变化情况，国家统计局发布十月份全国居民消费价格。',
  // clauses swapped, a synonym put in
  '涨幅较前一个月扩大零点三个百分点，全国居民消费价格同比上涨百分之二点一。',
  '非食品价格上升百分之一点四，而食品价格上升百分之五点六。',
];

describe('paraphraseHits: units passed over by their rows bound are only those that pair with nothing', () => {
  it('pairs a 洗稿 at the size and score limits, a split sentence and swapped clauses', () => {
    const hits = paraphraseHits(sentences(reworded), sentences(article));
    expect(hits.map((h) => [h.ds, h.de, h.as, h.ae])).toEqual([
      [0, 48, 0, 40],
      [48, 96, 106, 125],
      [96, 132, 40, 76],
      [132, 160, 76, 106],
    ]);
    expect(hits[1].similarity).toBeCloseTo(36 / 65, 12);
  });

  it('one more added character puts the padded sentence past the size rule: nothing pairs it', () => {
    const longer = [...reworded];
    longer[1] = longer[1].replace('最新', '最最新');
    const hits = paraphraseHits(sentences(longer), sentences(article));
    expect(hits.map((h) => h.as)).toEqual([0, 40, 76]);
  });
});
