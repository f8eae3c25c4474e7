// A 摘编 typed with half-width full stops: web copy often ends its sentences with "." (an input
// method left in English mode), and the sentences taken must still be told apart, as with 。,
// while a decimal point (31.5亿元) or an abbreviation (U.S.) ends nothing.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { findReuse } from '../../src/core/match/index.js';
import { normalize } from '../../src/core/normalize/index.js';
import { sentenceStarts } from '../../src/core/match/sentences.js';
import { article, fixture, textDoc } from '../helpers/docs.js';

const SOURCE = fixture('corpus/cri/cri-04-changbaishan-huaxue-jie.txt');
const index = buildIndex([article('cri-04', SOURCE)], DEFAULT_MATCH, '');
const sentenceWith = (words: string): string => SOURCE.slice(SOURCE.lastIndexOf('。', SOURCE.indexOf(words)) + 1, SOURCE.indexOf('。', SOURCE.indexOf(words))).trim();

/** Three sentences of the article in another order, between sentences of another report, in one paragraph, each ended by `stop`. */
function digest(stop: string): string {
  const taken = [sentenceWith('依托天然冰雪资源'), sentenceWith('本届滑雪节为期三个月'), sentenceWith('直达景区的冰雪旅游专线')];
  for (const s of taken) expect(s.length).toBeGreaterThanOrEqual(20);
  const own = ['本报记者近日走访了当地多家企业和社区，了解到相关工作正在有序推进', '有业内人士表示，这一变化值得持续关注'];
  return `冰雪旅游观察\n\n${[own[0], taken[0], taken[1], own[1], taken[2]].join(stop)}${stop}\n`;
}

describe('a 摘编 whose sentences end with a half-width "."', () => {
  it('is found as with 。', () => {
    const kinds = (text: string) => findReuse(textDoc(text), index).map((r) => [r.article.id, r.kind]);
    expect(kinds(digest('。'))).toEqual([['cri-04', 'excerpt']]);
    expect(kinds(digest('.'))).toEqual([['cri-04', 'excerpt']]);
  });

  it('a decimal point or an abbreviation does not end a sentence; a "." after a number does', () => {
    const count = (text: string) => sentenceStarts(text, normalize(text)).length;
    expect(count('冰雪旅游收入达到31.5亿元，同比增长12.8%')).toBe(1);
    expect(count('代表团访问了U.S.和欧洲多国并举行会谈')).toBe(1);
    expect(count('全年接待游客126万人次.冰雪旅游收入同比增长')).toBe(2);
    expect(count('接待游客达到2023.冰雪旅游收入同比增长')).toBe(2);
  });
});
