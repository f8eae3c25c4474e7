// paraphraseHits reads an article's units (a sentence, or two neighbours) only when some unit of the
// document is within reach of one (paraphrase-rows.ts): for nearly every reworded candidate none
// is, and listing its units, some forty objects, was most of what was left to do. The work those
// units stand for is still spent. A 洗稿 of a report is paired, its units read; another outlet's
// report of the same rainstorm, with the same places, figures and offices, pairs nothing, and
// its units are never listed.
import { describe, expect, it } from 'vitest';
import { paraphraseHits, type Sentences, type Unit } from '../../src/core/match/paraphrase.js';
import { withBudget } from '../../src/core/shared/budget.js';
import { stopSentences as sentences } from '../helpers/stop-sentences.js';

const article = [
  '受强降雨影响，本市多条道路出现积水，部分地铁站临时封闭出入口。',
  '市防汛指挥部昨晚将防汛应急响应提升至二级，要求各区做好人员转移准备。',
  '截至今天上午八时，全市平均降雨量达到一百二十毫米，最大降雨量出现在西城区。',
  '气象部门预计，未来三天仍有较强降雨，提醒市民尽量减少外出。',
];
const reworded = [
  '本市多条道路因强降雨出现积水，一些地铁站的出入口临时封闭。',
  '昨天晚上，市防汛指挥部把防汛应急响应提升到二级，要求各区做好转移人员的准备。',
  '全市平均降雨量截至今天上午八时已达一百二十毫米，最大降雨量在西城区。',
];
const sameStorm = [
  '记者今天上午在西城区看到，环卫工人正在清理路面上的树枝和淤泥。',
  '一位出租车司机说，昨晚下班时积水已经没过了车轮，只好绕道回家。',
  '据了解，防汛指挥部已调派两百多名抢险人员，连夜排除险情。',
  '目前，封闭的地铁站出入口已陆续恢复开放，公交线路基本恢复正常。',
];

/** Where the i-th part stands in the parts joined. */
function span(parts: string[], i: number): [number, number] {
  const start = parts.slice(0, i).join('').length;
  return [start, start + parts[i].length];
}

/** The article's sentences, counting how often its units are listed. */
function counted(parts: string[]): { side: Sentences; listed: () => number } {
  const inner = sentences(parts);
  let listed = 0;
  const side: Sentences = {
    text: inner.text,
    spans: inner.spans,
    inUnit: inner.inUnit,
    unitCount: inner.unitCount,
    get units(): Unit[] {
      listed++;
      return inner.units;
    },
  };
  return { side, listed: () => listed };
}

describe('paraphraseHits: an article whose units nothing reaches is not listed', () => {
  it('pairs a 洗稿 sentence by sentence, reading the article’s units', () => {
    const { side, listed } = counted(article);
    const hits = paraphraseHits(sentences(reworded), side);
    // each reworded sentence with the article sentence it rewords, the fourth left out
    expect(hits.map((h) => [h.ds, h.de, h.as, h.ae])).toEqual([0, 1, 2].map((i) => [...span(reworded, i), ...span(article, i)]));
    expect(hits.every((h) => h.similarity >= 0.55)).toBe(true);
    expect(listed()).toBeGreaterThan(0);
  });

  it('another report of the same storm pairs nothing and is never listed, its work still spent', () => {
    const { side, listed } = counted(article);
    let spent = 0;
    const hits = withBudget({ spend: (units) => void (spent += units) }, () => paraphraseHits(sentences(sameStorm), side));
    expect(hits).toEqual([]);
    expect(listed()).toBe(0);
    const mine = sentences(sameStorm);
    const sizes = mine.units.reduce((n, d) => n + d.size, 0);
    expect(spent).toBe(mine.units.length * sentences(article).units.length + sizes);
  });
});
