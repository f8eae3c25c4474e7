import { describe, expect, it } from 'vitest';
import { documentRange } from '../../src/core/read/positions.js';
import { parseDocuments } from '../../src/core/read/index.js';
import type { Document } from '../../src/core/read/types.js';
import { expectTextOverRaw } from './invariants.js';

function read(raw: string) {
  const result = parseDocuments(raw, 'posts/2023-07-01.md', 'markdown');
  result.documents.forEach(expectTextOverRaw);
  return { ...result, doc: result.documents[0] };
}

function where(doc: Document, field: keyof Document['fields']) {
  const span = doc.fieldSpans[field];
  if (!span) throw new Error(`no span for ${field}`);
  const { line, column } = documentRange(doc, span);
  return { line, column, text: doc.raw.slice(span.start, span.end) };
}

describe('Markdown', () => {
  it('keeps a byte order mark left in the text, so the credit line after it stands where it is written', () => {
    const raw = '\uFEFF# 辽源袜业出口订单增长\n\n来源：吉林日报\n';
    const doc = read(raw).doc;
    expect(doc.text).toHaveLength(raw.length);
    expect(doc.text.indexOf('来源：吉林日报')).toBe(raw.indexOf('来源：吉林日报'));
  });

  it('reads Chinese front-matter keys into fields with where they stand, CRLF included', () => {
    const raw = [
      '---',
      '标题: 辽源袜业出口订单增长',
      '作者: [王芳, 李强]',
      '日期: 2023-07-01',
      "链接: 'https://news.example.cn/liaoyuan'",
      '---',
      '辽源市袜业园区上半年出口订单同比增长两成。',
      '',
    ].join('\r\n');
    const { doc, errors } = read(raw);
    expect(errors).toEqual([]);
    expect(doc.fields).toEqual({
      title: '辽源袜业出口订单增长',
      author: '王芳、李强',
      date: '2023-07-01',
      url: 'https://news.example.cn/liaoyuan',
    });
    expect(where(doc, 'url')).toEqual({ line: 5, column: 6, text: 'https://news.example.cn/liaoyuan' });
    expect(where(doc, 'date')).toEqual({ line: 4, column: 5, text: '2023-07-01' });
    expect(doc.text.trim()).toBe('辽源市袜业园区上半年出口订单同比增长两成。');
    expect(doc.text.split('\r\n')).toHaveLength(raw.split('\r\n').length);
  });

  it('takes the title from the first level-one heading when front matter has none', () => {
    const { doc } = read('---\n来源: 国际在线\n---\n\n## 导语\n\n# 延吉 **冰雪** 旅游季启动\n\n正文。\n');
    expect(doc.fields).toEqual({ source: '国际在线', title: '延吉 冰雪 旅游季启动' });
    expect(where(doc, 'title')).toMatchObject({ line: 7, column: 3 });
    expect(doc.text).not.toContain('#');
  });

  it('reports invalid YAML with its line and column in the file, and still reads the text', () => {
    const { doc, errors } = read('---\ntitle: 长春马拉松开跑\nauthor: [赵明\n---\n来源：国际在线\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'posts/2023-07-01.md', line: 4 });
    expect(errors[0].message).toMatch(/front matter is not valid YAML/);
    expect(doc.text.trim()).toBe('来源：国际在线');
  });

  it('leaves a file without a closing fence as it is', () => {
    const { doc } = read('---\n来源：国际在线\n正文没有结束的分隔线。\n');
    expect(doc.fields).toEqual({});
    expect(doc.text).toContain('来源：国际在线');
  });

  it('keeps code as text but blanks its fences, and leaves markup inside code alone', () => {
    const { doc } = read('导语\n\n```yaml\n来源: 国际在线 **原样**\n```\n\n行内 `a*b*c` 代码\n');
    expect(doc.text).toContain('来源: 国际在线 **原样**');
    expect(doc.text).not.toContain('```');
    expect(doc.text).toContain(' a*b*c ');
  });

  it('blanks links, images, tables, escapes and HTML but keeps their words', () => {
    const raw = [
      '![航拍图](https://img.example.cn/a.jpg) 图为长春新区。',
      '| 城市 | 增长 |',
      '| --- | --- |',
      '| 长春 | 5.2% |',
      '价格为 5\\*2 元，详见[公告][1]。<br>来源：<span class="src">国际在线</span>',
      '',
      '[1]: https://www.example.cn/notice',
    ].join('\n');
    const { doc } = read(raw);
    const lines = doc.text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    expect(lines).toEqual(['图为长春新区。', '城市 增长', '', '长春 5.2%', '价格为 5 *2 元，详见 公告 。 来源： 国际在线', '', '']);
  });
});
