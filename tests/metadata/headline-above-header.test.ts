import { describe, expect, it } from 'vitest';
import { titleOf, toArticle } from '../../src/core/judge/article-origin.js';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { criPack } from '../helpers/corpus.js';
import { textDoc } from '../helpers/docs.js';

const BODY = '突如其来的新冠肺炎疫情，是对国家治理体系和治理能力现代化的一次大考。在党中央坚强领导下，常态化疫情防控和经济社会发展稳步走向“双胜利”。';

/** Plain-text archive pages as sites print them: headline, then date, author and 编辑 lines, then 来源. */
const PAGES: Array<[string, string, string]> = [
  ['date line between', '坚定实施扩大内需战略', `坚定实施扩大内需战略\n2020-07-04 12:10:24\n来源：求是网\n\n${BODY}\n`],
  ['date and editor lines', '中老铁路开通三周年 累计发送旅客超4300万人次', `中老铁路开通三周年 累计发送旅客超4300万人次\n\n2024年12月03日 10:21\n责任编辑：刘洋\n来源：国际在线\n\n${BODY}\n`],
  ['发布时间 line, CRLF', '吉林省与中国科学院举行科技合作座谈会', `吉林省与中国科学院举行科技合作座谈会\r\n发布时间：2022-03-04 08:56:12\r\n来源：吉林日报\r\n\r\n${BODY}\r\n`],
  ['one header line', '两会速递：代表委员热议高质量发展', `两会速递：代表委员热议高质量发展\n2024-03-05 09:12:00 来源：国际在线\n\n${BODY}\n`],
];

const TITLE = '中欧班列（长春）年内开行突破400列';
const DATED = '2023-11-21 09:45 来源：国际在线';

/** A byline, share or font-size line between the headline and the 来源 line (a by-hand trial of 0f9b1ae made each the title). */
const BETWEEN: Array<[string, string]> = [
  ['a reporter', '记者 李雪'],
  ['two reporters', '记者 李雪 王宏宇'],
  ['作者：', '作者：李雪'],
  ['文/', '文/李雪'],
  ['a bracketed reporter', '（记者 李雪）'],
  ['an outlet\'s reporter', '澎湃新闻记者 贺梨萍'],
  ['a share line', '分享到：'],
  ['a font-size switch', '【字号 大 中 小】'],
];

/** A headline with its credit on its line, under lines printed above a headline. */
const CREDITED: Array<[string, string]> = [
  ['under a breadcrumb', `首页 > 新闻\n${TITLE}　来源：国际在线\n\n${BODY}\n`],
  ['under a navigation bar, a reporter after the credit', `首页 | 国际 | 国内 | 财经\n${TITLE}　来源：国际在线　记者 李雪\n\n${BODY}\n`],
  ['bracketed with a reporter, under a breadcrumb', `首页 > 新闻\n${TITLE}（来源：国际在线 记者 李雪）\n\n${BODY}\n`],
  ['on the first line', `${TITLE}　来源：国际在线\n\n${BODY}\n`],
];

/** Headlines led by a column tag and a bar (专访｜, 新华全媒+｜), as news sites title them: not a navigation bar. */
const TAGGED: Array<[string, string]> = [
  ['with its credit on its line', `专访｜${TITLE}　来源：国际在线\n\n${BODY}\n`],
  ['under a breadcrumb', `首页 > 新闻\n新华全媒+｜${TITLE}\n\n${BODY}\n`],
];

describe('the headline above bylines and page furniture', () => {
  it.each(BETWEEN)('%s between the headline and the 来源 line: passed over', async (_why, line) => {
    const text = `${TITLE}\n${line}\n${DATED}\n\n${BODY}\n`;
    expect(toArticle(textDoc(text, 'corpus/page.txt'), await criPack()).title).toBe(TITLE);
  });

  it('a real site\'s form: 澎湃新闻记者 over the date and 来源：澎湃新闻', async () => {
    const text = `${TITLE}\n澎湃新闻记者 贺梨萍\n2020-06-06 10:08 来源：澎湃新闻\n\n${BODY}\n`;
    expect(toArticle(textDoc(text, 'corpus/page.txt'), await criPack()).title).toBe(TITLE);
  });

  it.each(CREDITED)('a headline credit %s: the headline without its credit', async (_why, text) => {
    expect(toArticle(textDoc(text, 'corpus/page.txt'), await criPack()).title).toBe(TITLE);
  });

  it.each(TAGGED)('a headline led by a column tag and a bar, %s: the headline', async (_why, text) => {
    const title = text.split('\n').find((l) => l.includes(TITLE))!.split('　')[0];
    expect(toArticle(textDoc(text, 'corpus/page.txt'), await criPack()).title).toBe(title);
  });

  it('a credit closing a short page\'s first paragraph: the headline above it, not the paragraph', async () => {
    const text = `${TITLE}\n\n　　${BODY}（来源：国际在线）\n`;
    expect(toArticle(textDoc(text, 'corpus/page.txt'), await criPack()).title).toBe(TITLE);
  });

  it('a checked document\'s title alike', () => {
    const doc = textDoc(`${TITLE}\n记者 李雪\n${DATED}\n\n${BODY}\n`, 'content/news/banlie.txt');
    expect(titleOf(doc, extractMetadata(doc))).toBe(TITLE);
  });
});

describe('an archive page’s headline above its header lines', () => {
  it.each(PAGES)('%s', async (_why, title, text) => {
    expect(toArticle(textDoc(text, 'corpus/page.txt'), await criPack()).title).toBe(title);
  });

  it('a page with no headline above its header keeps the line above the 来源 line', async () => {
    const text = `2020-07-04 12:10:24\n来源：求是网\n\n${BODY}\n`;
    expect(toArticle(textDoc(text, 'corpus/page.txt'), await criPack()).title).toBe('2020-07-04 12:10:24');
  });
});
