// A passage that ends on a figure quotes its sign too: normalising drops % with punctuation, so a
// passage ending on 增长27.3% was cut to 增长27.3 (a number, not a share) in the terminal, JSON
// and every report that quotes the passage, on both sides.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { findReuse } from '../../src/core/match/index.js';
import { article, fixture, textDoc } from '../helpers/docs.js';

const BANLIE = fixture('corpus/cri/cri-01-zhongou-banlie-changchun.txt');
/** The report's lead, up to the growth figure, and a sentence of the 陆港's that ends on the 回程 load rate. */
const LEAD = '这是今年中欧班列（长春）开行的第401列，标志着“长满欧”国际物流通道年开行量首次突破400列，较去年同期增长27.3%';
const LOAD = '去程货源由过去以汽车零部件为主，逐步扩展到机械设备、医疗器械、冷冻食品等200多个品类。“回程班列的重载率也提高到了92%';

/** An outlet's brief: the two passages, each followed by its own words, not the report's. */
const BRIEF = [
  '长满欧班列年开行量破四百',
  '来源：东北商报',
  `11月20日，${LEAD}，增幅居东北各班列线路前列。`,
  `据了解，${LOAD}，比年初提高了近10个百分点”，陆港方面表示。`,
].join('\n\n');

describe('a passage ending on a figure', () => {
  it('quotes 27.3% and 92%, in the document and in the article', () => {
    for (const taken of [LEAD, LOAD]) expect(BANLIE).toContain(taken);
    const doc = textDoc(BRIEF);
    const [reuse] = findReuse(doc, buildIndex([article('banlie', BANLIE)], DEFAULT_MATCH, ''));
    const ends = (reuse?.passages ?? []).map((p) => [doc.text.slice(p.doc.end - 5, p.doc.end), BANLIE.slice(p.source.end - 5, p.source.end)]);
    // before: 增长27.3 and 提高到了92, the % left out
    expect(ends).toEqual([
      ['27.3%', '27.3%'],
      ['到了92%', '到了92%'],
    ]);
  });
});
