import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { textDoc } from '../helpers/docs.js';

describe('traditional characters', () => {
  it('reads a Taiwan page header: 來源, 責編, 記者, 原標題', () => {
    const text = '2022-03-04 11:59:53來源：中央社責編：王小明\n原標題：兩岸交流持續升溫\n正文第一段。（記者 林志明）';
    const meta = extractMetadata(textDoc(text));
    expect(meta.sources.map((s) => [s.form, s.value, s.line.value])).toEqual([['来源', '中央社', '來源：中央社']]);
    expect(meta.editors.map((e) => e.value)).toEqual(['王小明']);
    expect(meta.authors.map((a) => a.value)).toEqual(['林志明']);
    expect(meta.originalTitle?.value).toBe('兩岸交流持續升溫');
    expect(meta.dates.map((d) => d.value)).toEqual(['2022-03-04T11:59:53']);
  });

  it('reads 轉載自 and 據…報導', () => {
    const text = '轉載自聯合新聞網\n據中央社報導，颱風明天登陸。';
    const claims = extractMetadata(textDoc(text)).sources;
    expect(claims.map((c) => [c.form, c.value, c.span.start])).toEqual([
      ['转载自', '聯合新聞網', 3],
      ['据…报道', '中央社', text.indexOf('中央社')],
    ]);
  });

  it('does not take 資金來源 as a claim', () => {
    expect(extractMetadata(textDoc('資金來源：政府補助')).sources).toEqual([]);
  });
});
