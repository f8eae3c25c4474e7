import { describe, expect, it } from 'vitest';
import { headerLines } from '../../src/core/metadata/header-lines.js';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { textDoc } from '../helpers/docs.js';

function headers(text: string): string[] {
  const doc = textDoc(text);
  return headerLines(doc, extractMetadata(doc)).map((s) => text.slice(s.start, s.end));
}

const CORPUS_PAGE = [
  '寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上',
  '2023-12-14 11:06:29来源:国际在线责编:赵磊',
  '',
  '　　12月14日，中央气象台继续发布寒潮橙色预警。受强冷空气影响，14日至17日，我国中东部大部地区将先后出现大风降温天气。',
  '国际在线上海消息（记者沈佳 陆文杰）：记者1月4日从上海国际港务（集团）股份有限公司获悉，2022年上海港完成集装箱吞吐量4730万标准箱。',
].join('\n');

const REPRINT = [
  '寒潮来袭 中央气象台发布寒潮橙色预警',
  '发布时间：2024-01-05 09:12  ',
  '来源：新华网',
  '新华社北京2023年12月14日电',
  '据中央气象台2023年12月14日消息，寒潮橙色预警继续发布，多地气温将下降10℃以上。',
  '责任编辑：孙悦',
].join('\r\n');

describe('headerLines', () => {
  it('finds the page header of a corpus article: date, time, 来源 and 责编 run together', () => {
    expect(headers(CORPUS_PAGE)).toEqual(['2023-12-14 11:06:29来源:国际在线责编:赵磊']);
  });

  it('finds a reprint\'s 发布时间, 来源 and 责任编辑 lines, trimmed, and nothing of its story', () => {
    expect(headers(REPRINT)).toEqual(['发布时间：2024-01-05 09:12', '来源：新华网', '责任编辑：孙悦']);
  });

  it('leaves a dateline and a sentence that holds a date to the story', () => {
    const found = headers(REPRINT).join('\n');
    expect(found).not.toContain('新华社北京');
    expect(found).not.toContain('据中央气象台');
  });

  it('finds none in a page without header fields', () => {
    expect(headers('上海港去年集装箱吞吐量4730万标准箱\n连续13年位居世界第一。')).toEqual([]);
  });
});
