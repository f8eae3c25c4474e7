// paraphraseHits builds the document's bigram postings in arrays it keeps from one document to the
// next (bigram-postings.ts) and keeps them for the document last read. A 洗稿 whose three sentences
// each stand right at the minimum score (Dice 0.55: one more character of its own drops any of them
// below) must pair the same sentences however the documents before it were read: first, after a
// long roundup that grew those arrays, after another document, and read again as a new text.
import { describe, expect, it } from 'vitest';
import { paraphraseHits } from '../../src/core/match/paraphrase.js';
import { stopSentences as sentences } from '../helpers/stop-sentences.js';

const article = [
  '国务院新闻办公室今天举行新闻发布会，介绍今年前三季度国民经济运行情况。',
  '前三季度，全国规模以上工业增加值同比增长百分之四点五，增速比上半年加快零点一个百分点。',
  '社会消费品零售总额达到三十四万亿元，同比增长百分之六点八，市场销售持续恢复。',
  '国家统计局新闻发言人表示，下一步要继续巩固经济回升向好的基础，推动经济实现质的有效提升和量的合理增长。',
];
/** Each sentence rewords the article's next three: 26 of 52 + 42 bigrams shared, 23 of 46 + 37, 27 of 48 + 50. */
const reworded = [
  '据核算，头三个季度全国规模以上工业的增加值较去年同期上升百分之四点五，增幅比今年上半年提高零点一个百分点。',
  '社会消费品零售总额已达三十四万亿元人民币，比去年同期增加了百分之六点八，市场销售正在逐步回暖。',
  '统计局一位发言人还称，接下来要继续夯实经济回升向好的根基，促进经济实现质的有效提升与量的合理增长。',
];
const EDGE = [52 / 94, 46 / 83, 54 / 98];

/** A 综述 of several hundred characters that quotes the article's sentences among others of its own. */
const roundup = [
  '记者从多地统计部门了解到，各地经济运行总体平稳，重点项目建设加快推进。',
  ...article,
  '多家机构预计，四季度消费和投资有望继续回升，外贸进出口保持韧性，就业形势总体稳定。',
  '业内专家认为，随着一揽子政策措施落地见效，市场预期逐步改善，经营主体信心有所增强。',
].flatMap((s, i) => [s, `${'据了解，当地还将出台配套措施，进一步优化营商环境，支持民营企业发展壮大，'.repeat(2 + (i % 3))}第${i + 1}项工作已经启动。`]);

const theirs = sentences(article);

describe('paraphraseHits: the document postings kept between reads never change what is paired', () => {
  it('pairs each of three sentences at the minimum score', () => {
    const hits = paraphraseHits(sentences(reworded), theirs);
    expect(hits.map((h) => h.as)).toEqual([35, 78, 116]);
    hits.forEach((h, i) => expect(h.similarity).toBeCloseTo(EDGE[i], 12));
    expect(Math.min(...EDGE)).toBeGreaterThanOrEqual(0.55);
  });

  it('an added 另外， in any of them leaves that one unpaired', () => {
    reworded.forEach((_, i) => {
      const padded = reworded.map((s, j) => (j === i ? s.replace('，', '，另外，') : s));
      const hits = paraphraseHits(sentences(padded), theirs);
      expect(hits.map((h) => h.as)).toEqual([35, 78, 116].filter((_, j) => j !== i));
    });
  });

  it('pairs the same after a longer document, after another, and as a new text', () => {
    const mine = sentences(reworded);
    const first = paraphraseHits(mine, theirs);
    const long = sentences(roundup);
    expect(long.text.length).toBeGreaterThan(1000);
    // the roundup quotes the article's four sentences word for word
    expect(paraphraseHits(long, theirs).map((h) => h.similarity)).toEqual([1, 1, 1, 1]);
    expect(paraphraseHits(mine, theirs)).toEqual(first);
    expect(paraphraseHits(sentences(reworded.slice(1)), theirs).map((h) => h.as)).toEqual([78, 116]);
    expect(paraphraseHits(mine, theirs)).toEqual(first);
    expect(paraphraseHits(sentences([...reworded]), theirs)).toEqual(first);
    expect(paraphraseHits(long, theirs).map((h) => h.as)).toEqual([0, 35, 78, 116]);
  });
});
