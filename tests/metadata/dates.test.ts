import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/metadata/index.js';
import type { Document } from '../../src/core/read/types.js';
import { textDoc } from '../helpers/docs.js';
import { marked } from './marked.js';

// ⟦⟧ marks the date as it stands in the text.
const DATES: Array<[string, string, string]> = [
  ['date and time before 来源', '⟦2022-03-04 11:59:53⟧来源:吉林日报责编:冯雅君', '2022-03-04T11:59:53'],
  ['年月日 alone', '⟦2022年3月4日⟧', '2022-03-04'],
  ['slashes', '⟦2022/03/04⟧', '2022-03-04'],
  ['dots', '⟦2022.03.04⟧ 来源：新华网', '2022-03-04'],
  ['年月日 and minutes', '⟦2022年03月04日 12:10⟧　来源：求是网', '2022-03-04T12:10'],
  ['glued time', '⟦2019年06月15日08:18⟧\u00a0\u00a0来源：人民网', '2019-06-15T08:18'],
  ['full-width digits', '⟦２０１２年７月２３日⟧', '2012-07-23'],
  ['a 发布时间 label', '发布时间：⟦2022-03-04 08:00⟧', '2022-03-04T08:00'],
  ['a weekday after', '⟦2022年3月4日⟧ 星期五', '2022-03-04'],
  ['a site name before', '中国网 ⟦2019-11-25 10:37:31⟧', '2019-11-25T10:37:31'],
  ['a dateline', '新华社北京⟦2022年3月4日⟧电（记者 张三）', '2022-03-04'],
  ['ISO with a zone', '⟦2022-03-04T11:59:53+08:00⟧', '2022-03-04T11:59:53'],
  ['a line indented by 40 U+3000', `${'\u3000'.repeat(40)}⟦2019年03月01日⟧`, '2019-03-01'],
  ['a line centred with spaces', `${' '.repeat(40)}⟦2019-03-01 10:00⟧`, '2019-03-01T10:00'],
  ['a line indented by tabs', `${'\t'.repeat(35)}⟦2019-03-01⟧`, '2019-03-01'],
  ['a label padded to a column', `发布时间：${'\u3000'.repeat(30)}⟦2019-03-01⟧`, '2019-03-01'],
  ['a breadcrumb before', '国际在线 | 新闻中心 | 国内 | 国际 | 体育 | 娱乐 | 财经 ⟦2019-03-01⟧', '2019-03-01'],
  // a date after a credit on the headline's line, however long the headline
  ['after a credit past a long headline', '寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上 来源：国际在线 ⟦2024-01-08⟧', '2024-01-08'],
  ['after a credit past a headline with a comma', '寒潮来袭，中央气象台今晨发布今冬首个寒潮橙色预警　来源：国际在线　⟦2024-01-08 10:00⟧', '2024-01-08T10:00'],
  ['after a credit past a long headline, then an editor', `${'长春国际陆港'.repeat(12)} 来源：国际在线 ⟦2024年1月8日⟧ 责编：张萌`, '2024-01-08'],
];

describe('dates', () => {
  it.each(DATES)('%s', (_why, source, iso) => {
    const { text, values } = marked(source);
    const dates = extractMetadata(textDoc(text)).dates;
    expect(dates).toEqual([{ value: iso, span: values[0] }]);
  });

  it.each([
    ['a date in prose', '2020年5月14日，习近平总书记主持召开中央政治局常委会会议。'],
    ['a date mid-sentence', '《网络安全法》于2017年6月1日开始实行。'],
    ['a caption', '2019年10月15日，沈阳，在八一公园晨练的老年人。'],
    ['no such day', '2022-02-30 10:00 来源：新华网'],
    ['a range', '活动时间： 2009年11月5日~11月26日。'],
    ['a quoted date', '“2022年3月4日”'],
    ['a sentence after a credit', '寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上（来源：国际在线）据悉，2024年1月8日起降温'],
    ['an indented sentence ending in a date', `${'\u3000'.repeat(2)}据国家气象中心最新监测数据显示全国大部地区气温将在未来三天内持续下降直至2024年1月5日`],
  ])('none in %s', (_why, text) => {
    expect(extractMetadata(textDoc(text)).dates).toEqual([]);
  });

  it('puts the front matter date first, as an ISO date', () => {
    const raw = '---\ndate: 2022/3/4\n---\n2022-03-05 10:00 来源：新华网';
    const at = raw.indexOf('2022/3/4');
    const body = raw.indexOf('2022-03-05');
    const text = raw.slice(0, body).replace(/[^\n]/gu, ' ') + raw.slice(body); // front matter blanked, as the reader does
    const doc: Document = {
      ...textDoc(raw), text, fields: { date: '2022/3/4' }, fieldSpans: { date: { start: at, end: at + 8 } },
    };
    expect(extractMetadata(doc).dates.map((d) => [d.value, d.span.start])).toEqual([
      ['2022-03-04', at], ['2022-03-05T10:00', raw.indexOf('2022-03-05')],
    ]);
  });
});
