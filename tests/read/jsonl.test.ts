import { describe, expect, it } from 'vitest';
import { documentRange } from '../../src/core/read/positions.js';
import { parseDocuments } from '../../src/core/read/index.js';
import { expectTextOverRaw } from './invariants.js';

const FILE = 'corpus/cri.jsonl';

function read(lines: string[], eol = '\n') {
  return parseDocuments(lines.join(eol), FILE, 'jsonl');
}

describe('JSON Lines', () => {
  it('reports a bad line with its line and column, and reads the others (CRLF file)', () => {
    const { documents, errors } = read(
      [
        '{"id":"1","title":"长白山景区迎来旅游旺季","text":"长白山景区7月接待游客同比增长四成。"}',
        '',
        '{"id":"2","title":"吉林大米品牌推介会举行","text":"吉林大米品牌推介会在上海举行，签约金额达5亿元。",}',
        '{"id":"3","title":"长春电影节开幕","text":"第十七届长春电影节开幕。"}',
      ],
      '\r\n',
    );
    expect(documents.map((d) => [d.fields.id, d.lineOffset])).toEqual([['1', 0], ['3', 3]]);
    const bad = '{"id":"2","title":"吉林大米品牌推介会举行","text":"吉林大米品牌推介会在上海举行，签约金额达5亿元。",}';
    expect(errors).toEqual([
      { file: FILE, line: 3, column: [...bad].length, message: expect.stringContaining('property name') },
    ]);
    expect(errors[0].message).toMatch(/fix this line or remove it/);
  });

  it('places the text of a record on its own line of the file', () => {
    const { documents } = read([
      '{"id":"a","text":"第一条消息。"}',
      '{"id":"b","title":"松花湖开江","text":"国际在线吉林消息：松花湖近日开江。"}',
    ]);
    const doc = documents[1];
    const at = doc.text.indexOf('松花湖近日开江');
    expect(documentRange(doc, { start: at, end: at + 7 })).toEqual({ line: 2, column: 44, endLine: 2, endColumn: 51 });
    expect(doc.raw.slice(at, at + 7)).toBe('松花湖近日开江');
  });

  it('maps escapes to their characters in place, padded with spaces; a non-ASCII one is read as written in UTF-8', () => {
    const line = String.raw`{"text":"他说：\"好！\"\n\u6d3b\u52a8圆满结束\uD83D\uDE00\t完"}`;
    const [doc] = read([line]).documents;
    expectTextOverRaw(doc);
    const at = (s: string) => doc.raw.indexOf(s);
    expect(doc.text[at(String.raw`\"好`)]).toBe('"');
    expect(doc.text[at(String.raw`\n`)]).toBe('\n');
    expect(doc.raw).toContain('\\n活动圆满结束😀\\t');
    expect(doc.text.slice(at('活动'), at('活动') + 8)).toBe('活动圆满结束😀');
    expect(doc.text.replace(/\s+/g, '')).toBe('他说："好！"活动圆满结束😀完');
  });

  it('reads content or body when there is no text field, and numbers as ids', () => {
    const { documents } = read([
      '{"id":7,"title":"通化葡萄节","来源":"吉林日报","content":"通化葡萄节开幕。"}',
      '{"id":"8","body":"白山松子丰收。","source":"国际在线","url":"https://news.example.cn/8"}',
    ]);
    expect(documents.map((d) => d.fields)).toEqual([
      { id: '7', title: '通化葡萄节', source: '吉林日报' },
      { id: '8', source: '国际在线', url: 'https://news.example.cn/8' },
    ]);
    expect(documents.map((d) => d.text.trim())).toEqual(['通化葡萄节开幕。', '白山松子丰收。']);
  });

  it.each([
    ['{"id":"1","title":"无正文"}', 1, /no text/],
    ['["国际在线","消息"]', 1, /JSON object.*an array/],
    ['{"text":"未结束的字符串}', 9, /unterminated string/],
    ['{"text":"坏的转义\\x"}', 14, /invalid escape/],
    ['{"text":"正文"} 多余', 15, /after the JSON value/],
  ])('reports %s at column %i', (line, column, message) => {
    const { documents, errors } = read(['{"text":"第一行正常。"}', line]);
    expect(documents).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, column });
    expect(errors[0].message).toMatch(message);
  });
});

describe('JSON Lines written with \\u escapes (Python json.dumps)', () => {
  const record = { id: 'cri-1201', title: '上海消费市场平稳增长', source: '澎湃新闻', text: '来源：澎湃新闻\n上海市商务委员会12月1日发布消息。😀\n（本文系第三方版权内容，非国际在线）' };
  const plain = JSON.stringify(record);
  const escaped = plain.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

  it('reads the record as written in UTF-8: same raw, text and fields', () => {
    const [a] = read(['{"id":"0","text":"长白山"}', plain]).documents.slice(1);
    const [b] = read(['{"id":"0","text":"长白山"}', escaped]).documents.slice(1);
    expect(escaped).toContain('\\u6765\\u6e90\\uff1a');
    expect([b.raw, b.text, b.fields, b.fieldSpans]).toEqual([a.raw, a.text, a.fields, a.fieldSpans]);
    expectTextOverRaw(b);
  });

  it('reports a place in the escaped line by the columns of the file', () => {
    const [b] = read([escaped]).documents;
    const at = b.raw.indexOf('澎湃新闻', b.raw.indexOf('"text"'));
    const range = documentRange(b, { start: at, end: at + 4 });
    expect(escaped.slice(range.column - 1, range.endColumn - 1)).toBe('\\u6f8e\\u6e43\\u65b0\\u95fb');
    const after = b.raw.indexOf('。', at) + 1;
    // the emoji is a pair of escapes, twelve columns for one character
    expect(escaped.slice(documentRange(b, { start: after, end: after }).column - 1)).toMatch(/^\\ud83d\\ude00\\n/u);
  });
});
