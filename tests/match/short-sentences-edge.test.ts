// A 摘编 of three short sentences, each right at an edge of what measure() skips (sentence-hits.ts:
// a piece shorter than minSentenceChars on the article's side, after extendChain, holds no hit):
// one sentence exactly minSentenceChars long, one whose exact run is a character short of it and
// reaches it only with the anchor extendChain finds before it. Were a piece judged shorter before
// it is extended, or were a piece exactly minSentenceChars long set aside, two sentences would be
// left (46 characters or fewer): no 摘编.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { buildIndex } from '../../src/core/match/corpus-index.js';
import { findReuse } from '../../src/core/match/index.js';
import { normalize } from '../../src/core/normalize/index.js';
import { article, textDoc } from '../helpers/docs.js';

/** The sentence exactly minSentenceChars long. */
const SHORT = '园区观鸟游客数量明显增多';
/** The sentence the document changes one word of (共 → 已): an exact run of 11 after it, 5 before. */
const EDITED = '保护区今年共新增鸟类自动监测点多处';
const LONG = '工作人员介绍，今年观测到的东方白鹳数量较去年同期增长两成以上';

const ARTICLE = [
  '黄河口湿地迎来候鸟迁徙高峰',
  '',
  `近日，山东东营黄河口国家公园迎来候鸟迁徙高峰，数十万只候鸟在此停歇觅食。${SHORT}。为减少人为干扰，公园在核心区外围设置了观鸟平台和步道。${EDITED}。${LONG}。下一步，公园将继续做好候鸟栖息地的修复和保护工作。`,
  '',
].join('\n');

const DOC = [
  '记者手记：黄河口的春天',
  '',
  // in the reverse order, so that no two of them chain into one passage
  `清晨的滩涂上雾气还未散尽，远处传来阵阵鸟鸣。${LONG}。一位来自济南的摄影爱好者说，他每年这个时候都会赶来拍摄。${EDITED.replace('共', '已')}。夕阳西下，成群的候鸟掠过水面。${SHORT}。`,
  '',
].join('\n');

const normalised = (text: string): number => normalize(text).text.length;

describe('a 摘编 of three short sentences at the edge of the piece bound', () => {
  it('stands right at the edges: 12 characters, an exact run of 11, 58 in all', () => {
    expect(normalised(SHORT)).toBe(DEFAULT_MATCH.minSentenceChars);
    expect(normalised(EDITED.slice(EDITED.indexOf('共') + 1))).toBe(DEFAULT_MATCH.minSentenceChars - 1);
    // without either short sentence, too few characters (and two sentences)
    expect(normalised(EDITED) + normalised(LONG)).toBeLessThan(DEFAULT_MATCH.minPassage);
    expect(normalised(SHORT) + normalised(LONG)).toBeLessThan(DEFAULT_MATCH.minPassage);
  });

  it('is found, each of the three sentences a passage', () => {
    const index = buildIndex([article('hk-01', ARTICLE)], DEFAULT_MATCH, '');
    const reuses = findReuse(textDoc(DOC), index);
    expect(reuses.map((r) => [r.article.id, r.kind])).toEqual([['hk-01', 'excerpt']]);
    const taken = reuses[0].passages.map((p) => ARTICLE.slice(p.source.start, p.source.end));
    expect(taken).toEqual([LONG, EDITED, SHORT]);
    // found whole, clause by clause (one character of 17 changed), not as rewordings (the 洗稿
    // reading of the best candidates would find the three as well, Dice 28/32 for the edited one)
    expect(reuses[0].passages.map((p) => p.similarity)).toEqual([1, 16 / 17, 1]);
  });
});
