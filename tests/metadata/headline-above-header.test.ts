import { describe, expect, it } from 'vitest';
import { toArticle } from '../../src/core/judge/article-origin.js';
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

describe('an archive page’s headline above its header lines', () => {
  it.each(PAGES)('%s', async (_why, title, text) => {
    expect(toArticle(textDoc(text, 'corpus/page.txt'), await criPack()).title).toBe(title);
  });

  it('a page with no headline above its header keeps the line above the 来源 line', async () => {
    const text = `2020-07-04 12:10:24\n来源：求是网\n\n${BODY}\n`;
    expect(toArticle(textDoc(text, 'corpus/page.txt'), await criPack()).title).toBe('2020-07-04 12:10:24');
  });
});
