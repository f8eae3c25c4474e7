// The test that spares a check fetching and aligning candidates that share only scattered
// phrases (evidence.ts): what the postings show of a passage, a lightly edited passage and the
// sentences of a 摘编 keeps the article; names, places and officials' titles alone do not.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { evidenced } from '../../src/core/match/evidence.js';
import { collectSeeds, matchText } from '../../src/core/match/index.js';
import { article, fixture, textDoc } from '../helpers/docs.js';

const SOURCE = fixture('corpus/cri/cri-01-zhongou-banlie-changchun.txt');
const index = buildIndex([article('a', SOURCE)], DEFAULT_MATCH, '');
const FILLER = '本报讯 近日，记者从市文化和旅游局获悉，全市今年共接待游客人次较上年有所回升，乡村旅游、冰雪旅游和研学旅行成为新的增长点，各区县结合自身资源推出了一批特色线路。';

/** Whether the document's seeds with the one article, from the fingerprints that find candidates, pass the test. */
function kept(text: string): boolean {
  const seeds = collectSeeds(matchText(textDoc(text), index.boilerplate).text, index, new Set([0]), false);
  return evidenced(seeds.get(0) ?? [], DEFAULT_MATCH.minSentences);
}

const sentenceWith = (words: string): string => SOURCE.slice(SOURCE.lastIndexOf('。', SOURCE.indexOf(words)) + 1, SOURCE.indexOf('。', SOURCE.indexOf(words)) + 1);

describe('candidates aligned after the three best: a passage or a 摘编 in the postings', () => {
  it('a 60-character passage copied word for word into another report', () => {
    const passage = SOURCE.slice(SOURCE.indexOf('通关效率的提升'), SOURCE.indexOf('通关效率的提升') + 60);
    expect(kept(`${FILLER}\n\n${passage}\n\n${FILLER}`)).toBe(true);
  });

  it('the same passage with one character in every fourteen changed', () => {
    const start = SOURCE.indexOf('通关效率的提升');
    const edited = [...SOURCE.slice(start, start + 84)].map((c, i) => (i % 14 === 13 ? '之' : c)).join('');
    expect(kept(`${FILLER}\n\n${edited}\n\n${FILLER}`)).toBe(true);
  });

  it('a paragraph with one character in every nine changed: two seeds on one diagonal are enough', () => {
    // in a roundup that also reprints three articles whole, it ranks fourth and is aligned only on
    // this evidence; measure.ts found it (改编) through the common fingerprints' seeds as well
    const start = SOURCE.indexOf('回程班列的重载率');
    const edited = [...SOURCE.slice(start, start + 120)].map((c, i) => (i % 9 === 8 ? '之' : c)).join('');
    const text = `${FILLER}\n\n${edited}\n\n${FILLER}`;
    expect(collectSeeds(matchText(textDoc(text), index.boilerplate).text, index, new Set([0]), false).get(0)).toHaveLength(2);
    expect(kept(text)).toBe(true);
  });

  it('three sentences of the article taken apart, in another order, each in a paragraph of its own', () => {
    const taken = [sentenceWith('回程班列的重载率'), sentenceWith('标志着“长满欧”'), sentenceWith('海关在陆港设立了')];
    expect(taken.every((s) => s.length >= 20)).toBe(true);
    expect(kept(taken.map((s) => `${FILLER}\n\n${s}`).join('\n\n'))).toBe(true);
  });

  it('not the names, places and titles the article mentions, each in a sentence of another report', () => {
    const names = ['长春国际陆港发展有限公司', '长春海关监管处处长于海涛', '中欧班列（长春）开行', '“长满欧”国际物流通道'];
    for (const name of names) expect(SOURCE).toContain(name);
    const text = names.map((name, i) => `${FILLER.slice(0, 20 + i * 7)}，${name}${i % 2 ? '出席了会议并讲话' : '当天也到场'}。`).join('\n\n');
    expect(collectSeeds(matchText(textDoc(text), index.boilerplate).text, index, new Set([0]), false).get(0)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(kept(text)).toBe(false);
  });
});
