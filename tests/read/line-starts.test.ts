// Where lines start, as every line and column laiyuan reports counts them: breaks at LF, CRLF and
// CR alike, in any mix (a file edited on several systems), a CRLF one break.
import { describe, expect, it } from 'vitest';
import { LineIndex, lineStarts } from '../../src/core/read/positions.js';

describe('lineStarts', () => {
  it('breaks at LF, CRLF and CR, a CRLF once, in any mix', () => {
    expect([...lineStarts('来源：国际在线\r\n记者 黄鹭\r正文。\n\r\n\r\r\n末行')]).toEqual([0, 9, 15, 19, 21, 22, 24]);
  });

  it('gives one line to a text without a break, the empty text included, and a line after a final break', () => {
    expect([...lineStarts('国际在线北京消息')]).toEqual([0]);
    expect([...lineStarts('')]).toEqual([0]);
    expect([...lineStarts('正文。\r\n')]).toEqual([0, 5]);
    expect([...lineStarts('\r')]).toEqual([0, 1]);
  });

  it('counts lines and code-point columns across a CRLF file with astral characters', () => {
    const index = new LineIndex('标题\r\n𠮷田报道：来源\r\n正文');
    expect(index.position('标题\r\n𠮷田报道：'.length)).toEqual({ line: 2, column: 6 });
    expect(index.position('标题\r\n𠮷田报道：来源\r\n'.length)).toEqual({ line: 3, column: 1 });
  });
});
