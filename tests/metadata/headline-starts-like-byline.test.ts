import { describe, expect, it } from 'vitest';
import { titleOf, toArticle } from '../../src/core/judge/article-origin.js';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { criPack } from '../helpers/corpus.js';
import { textDoc } from '../helpers/docs.js';

const BODY =
  '　　12月1日，长白山万达国际度假区雪季正式开板，首日迎来滑雪爱好者3000余人次。度假区今年新增雪道4条，总长度超过30公里。\n\n' +
  '　　据介绍，今冬吉林省将推出冰雪旅游线路50余条，长白山周边酒店预订量同比增长两成以上。\n';
const NAV = '首页 | 国际 | 国内 | 财经';
const DATED = '2023-12-01 10:00:00来源:国际在线责编:张萌';

/** Headlines that begin with a byline's or a share widget's word (7d3c3ce passed them over as a byline). */
const HEADLINES = ['记者探访长白山雪季开板', '记者节特别策划：走近一线新闻人', '作者谈新书《长白山下》', '记者眼中的中欧班列', '分享到户外的快乐'];

describe('a headline that starts like a byline or a share line', () => {
  it.each(HEADLINES)('%s under a navigation bar: the corpus article\'s title', async (headline) => {
    const text = `${NAV}\n\n${headline}\n${DATED}\n\n${BODY}`;
    expect(toArticle(textDoc(text, 'corpus/page.txt'), await criPack()).title).toBe(headline);
  });

  it.each(HEADLINES)('%s over a reporter line: the checked document\'s title', (headline) => {
    const doc = textDoc(`${NAV}\n\n${headline}\n记者 李雪\n${DATED}\n\n${BODY}`, 'content/news/page.txt');
    expect(titleOf(doc, extractMetadata(doc))).toBe(headline);
  });

  it.each(['分享到：', '分享到：微信 微博 QQ空间', '记者 李雪 摄影 王宏宇'])('%s between the headline and the 来源 line: still passed over', async (line) => {
    const text = `${NAV}\n\n${HEADLINES[0]}\n${line}\n${DATED}\n\n${BODY}`;
    expect(toArticle(textDoc(text, 'corpus/page.txt'), await criPack()).title).toBe(HEADLINES[0]);
  });

  it.each(HEADLINES)('%s as the first line: the checked document\'s title', (headline) => {
    const doc = textDoc(`${headline}\n${DATED}\n\n${BODY}`, 'content/news/page.txt');
    expect(titleOf(doc, extractMetadata(doc))).toBe(headline);
  });
});
