import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/corpus-index.js';
import { findReuse } from '../../src/core/match.js';
import { article, fixture, SEED, textDoc } from '../helpers/docs.js';

const opts = { k: 8, window: 4, minPassage: 50, reprintShare: 0.6, editedSimilarity: 0.9, sentenceSimilarity: 0.6, boilerplateShare: 0.3 };

describe('scratch', () => {
  it('finds a reprint of the seed', () => {
    const seed = fixture(SEED);
    const notice = fixture('notices/cri.txt');
    const index = buildIndex([article('seed', seed, { kind: 'third-party', source: '吉林日报' })], opts, notice);
    const body = seed.split('\n').slice(6, 20).join('\n').replace(/，/g, ',');
    const r = findReuse(textDoc('来源：吉林日报\n' + body), index);
    console.log(JSON.stringify(r.map((x) => ({ ...x, article: x.article.id })), null, 1));
    const footer = findReuse(textDoc('一篇无关的文章。今天天气很好。\n' + notice), index);
    expect(footer).toEqual([]);
    expect(r[0].kind).toBe('reprint');
  });
});
