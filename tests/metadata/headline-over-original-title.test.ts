// A reposter's page under its own headline, then the 原标题 line of the article it reprints: the
// page's title (evidence's document.title, the HTML report's 标题 row, an archive article's title) is
// the headline it published, never the 原标题 line with its label. Found by a by-hand trial: such
// pages were titled 原标题：… .
import { describe, expect, it } from 'vitest';
import { titleOf, toArticle } from '../../src/core/judge/article-origin.js';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { criPack } from '../helpers/corpus.js';
import { textDoc } from '../helpers/docs.js';
import { check, lines, paragraphs } from '../rules/harness.js';

const BODY = '突如其来的新冠肺炎疫情，是对国家治理体系和治理能力现代化的一次大考。在党中央坚强领导下，常态化疫情防控和经济社会发展稳步走向“双胜利”。';
const HEADLINE = '独家：长春陆港班列破400列引发热议';
const TRADITIONAL = '獨家：長春陸港班列破400列引發熱議';
const ORIGINAL = '中欧班列（长春）年内开行突破400列 “长满欧”通道运量创新高';

const title = (text: string) => {
  const doc = textDoc(text, 'content/news/page.txt');
  return titleOf(doc, extractMetadata(doc));
};

describe('a headline over a 原标题 line is the title', () => {
  it.each([
    ['then 来源', HEADLINE, lines(HEADLINE, `原标题：${ORIGINAL}`, '来源：新华网', BODY)],
    ['in traditional script', TRADITIONAL, lines(TRADITIONAL, '原標題：中歐班列（長春）年內開行突破400列', '來源：新華網', BODY)],
    ['bracketed', HEADLINE, lines(HEADLINE, `（原标题：${ORIGINAL}）`, '2023-11-22 10:00 来源：新华网', '', BODY)],
    ['【原标题】 under a date line', HEADLINE, lines(HEADLINE, '2023-11-22 10:00', `【原标题】${ORIGINAL}`, '来源：新华网', BODY)],
    ['then a body citing its source (据…报道), no 来源 line', HEADLINE, lines(HEADLINE, `原标题：${ORIGINAL}`, `据吉林日报报道，${BODY}`)],
  ])('%s', (_how, expected, text) => {
    expect(title(text)).toBe(expected);
  });

  it('a page with no headline but its 原标题 line: the original title, without its label', () => {
    expect(title(lines(`原标题：${ORIGINAL}`, '来源：新华网', BODY))).toBe(ORIGINAL);
  });

  it('an archive page so laid out: its article is titled by its headline', async () => {
    const article = toArticle(textDoc(lines(HEADLINE, `原标题：${ORIGINAL}`, '2023-11-22 10:00 来源：国际在线', '', BODY), 'corpus/page.txt'), await criPack());
    expect([article.title, article.originalTitle]).toEqual([HEADLINE, ORIGINAL]);
  });

  it('a finding’s document.title on a rewritten-headline copy is its headline', async () => {
    const body = (await paragraphs('cri-01-zhongou-banlie-changchun')).slice(0, 4);
    const findings = await check(lines(HEADLINE, `原标题：${ORIGINAL}`, '来源：新华网', '', ...body), { path: 'content/news/banlie.txt' });
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.document?.title))).toEqual(new Set([HEADLINE]));
  });
});
