import { describe, expect, it } from 'vitest';
import { toArticle } from '../../src/core/judge/article-origin.js';
import { criPack } from '../helpers/corpus.js';
import { textDoc } from '../helpers/docs.js';

const TITLE = '快递小哥李强一年内连升三级';
const LEAD = '最近，江城一名快递员李强从一线快递员被提拔为分公司经理，在一家龙头企业里坐上了火箭。';
const LAST = '除了公司表彰，市邮政管理局也对他夸赞有加。三月二日，市邮政管理局发出通报，授予李强“最美快递员”称号。';

/** A short page whose 来源 line closes it, among its first lines: the body's last paragraph stands above it, not the headline. */
const FOOT: Array<[string, string]> = [
  ['来源：新华社 at the foot', `${TITLE}\n2021-03-09 18:14:21\n\n${LEAD}\n${LAST}\n来源：新华社\n`],
  ['（来源：新华社） at the foot', `${TITLE}\n2021-03-09 18:14:21\n\n${LEAD}\n${LAST}\n（来源：新华社）\n`],
  ['a one-paragraph page, no date', `${TITLE}\n\n${LAST}\n来源：新华社\n`],
];

describe('the title of a page whose 来源 line stands at its foot', () => {
  it.each(FOOT)('%s: the line-1 headline', async (_why, text) => {
    expect(toArticle(textDoc(text, 'corpus/page.txt'), await criPack()).title).toBe(TITLE);
  });

  it('a 来源 line in the head still titles the page by the line above it', async () => {
    const text = `江城新闻网 > 社会\n${TITLE}\n来源：新华社 2021-03-09\n\n${LEAD}\n${LAST}\n`;
    expect(toArticle(textDoc(text, 'corpus/page.txt'), await criPack()).title).toBe(TITLE);
  });
});
