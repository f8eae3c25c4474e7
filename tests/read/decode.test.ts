import { readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Decoded } from '../../src/core/read/types.js';
import { decode, encode } from '../../src/io/decode.js';

const DIR = new URL('../../fixtures/docs/', import.meta.url);
const fixtures = readdirSync(DIR).filter((name) => !name.endsWith('.expected.json'));

function decoded(bytes: Uint8Array): Decoded {
  const result = decode(bytes);
  if ('binary' in result) throw new Error('decoded as binary');
  return result;
}

const NEWS = '国际在线长春消息：4月28日，长春市新建的12条公交线路正式开通运营，市民出行更加方便。\n来源：国际在线\n';
const TRADITIONAL = '（中央社記者林志明臺北報導）行政院今天召開會議，通過多項經濟發展計畫，預計明年開始實施。\n來源：中央社\n';

describe('encode(decode(bytes)) gives the bytes back', () => {
  it.each(fixtures)('%s', (name) => {
    const bytes = readFileSync(new URL(name, DIR));
    const result = decode(bytes);
    if ('binary' in result) {
      expect(name).toBe('binary.txt');
      return;
    }
    expect(result.text).not.toContain('\uFFFD');
    expect(encode(result.text, result).equals(bytes)).toBe(true);
  });
});

describe('decode', () => {
  it('reads valid UTF-8 as TextDecoder does: astral characters, a U+FEFF inside the text, CRLF, nothing at all', () => {
    for (const text of [NEWS, TRADITIONAL, '𠀀𠮷田报道😀\r\n来源：国际在线', `国际在线\uFEFF消息\r\n${'长春'.repeat(5000)}`, '']) {
      expect(decoded(Buffer.from(text)).text).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.from(text)));
      expect(decoded(Buffer.from(text)).text).toBe(text);
    }
  });

  it('takes neither a UTF-16 surrogate written as UTF-8 nor an overlong form for valid UTF-8: each reads as U+FFFD', () => {
    const withSurrogate = Buffer.concat([Buffer.from(NEWS), Buffer.from([0xed, 0xa0, 0x80])]);
    const overlong = Buffer.concat([Buffer.from(NEWS), Buffer.from([0xc0, 0xaf])]);
    for (const bytes of [withSurrogate, overlong]) {
      expect(decoded(bytes)).toMatchObject({ encoding: 'utf-8', text: expect.stringMatching(/^国际在线[^\uFFFD]*\uFFFD+$/u) });
    }
  });

  it('drops a UTF-8 BOM from the text and puts it back on encode', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NEWS)]);
    const result = decoded(bytes);
    expect(result).toMatchObject({ encoding: 'utf-8', bom: true, eol: 'lf' });
    expect(result.text.startsWith('国际在线')).toBe(true);
    expect(encode('来源：国际在线', result).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('tells BOM-less UTF-16 big-endian by its NULs', () => {
    const bytes = Buffer.from(NEWS, 'utf16le').swap16();
    const result = decoded(bytes);
    expect(result).toMatchObject({ encoding: 'utf-16be', bom: false, text: NEWS });
  });

  it('tells GBK from Big5 by which decoding reads as Chinese', () => {
    expect(decoded(iconv.encode(NEWS, 'gbk'))).toMatchObject({ encoding: 'gb18030', text: NEWS });
    expect(decoded(iconv.encode(TRADITIONAL, 'big5'))).toMatchObject({ encoding: 'big5', text: TRADITIONAL });
  });

  it('reads traditional Chinese written in GB18030 as GB18030', () => {
    expect(decoded(iconv.encode(TRADITIONAL, 'gb18030'))).toMatchObject({ encoding: 'gb18030', text: TRADITIONAL });
  });

  it('keeps UTF-8 cut in the middle of its last character as UTF-8', () => {
    const bytes = Buffer.from(NEWS + '记者');
    const result = decoded(bytes.subarray(0, bytes.length - 1));
    expect(result.encoding).toBe('utf-8');
    expect(result.text.startsWith(NEWS + '记')).toBe(true);
  });

  it('takes NUL bytes outside UTF-16 as binary', () => {
    expect(decode(Buffer.concat([Buffer.from('来源：国际在线'), Buffer.from([0, 0, 0, 1])]))).toEqual({ binary: true });
  });

  it('takes a file that is mostly control bytes as binary, but not text with a form feed or two', () => {
    const controls = Buffer.from(Array.from({ length: 40 }, (_, i) => [0x41 + (i % 26), 1 + (i % 8)]).flat());
    expect(decode(controls)).toEqual({ binary: true });
    expect(decoded(Buffer.from(`第一页\f${NEWS}\f第二页`)).encoding).toBe('utf-8');
  });

  it('counts each control character text does not use, one in five characters, as binary, and none that text uses', () => {
    // tab, line breaks, form feed and escape are text's; every other C0 control and DEL is not
    const used = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1b]);
    for (let c = 1; c < 0x80; c++) {
      if (c >= 0x20 && c !== 0x7f) continue;
      const text = `来源：国${String.fromCharCode(c)}`.repeat(8);
      const result = decode(Buffer.from(text));
      expect('binary' in result, `U+${c.toString(16).padStart(4, '0')}`).toBe(!used.has(c));
    }
  });

  it.each([
    ['来源：国际在线\r\n记者 李明\r\n', 'crlf'],
    ['来源：国际在线\r记者 李明\r', 'cr'],
    ['来源：国际在线\n记者 李明\r\n', 'mixed'],
    ['来源：国际在线', 'none'],
    ['', 'none'],
  ])('line endings of %j: %s', (text, eol) => {
    const result = decoded(Buffer.from(text));
    expect(result.eol).toBe(eol);
    expect(result.text).toBe(text);
  });
});
