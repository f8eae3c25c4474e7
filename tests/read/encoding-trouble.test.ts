import { readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readBytes, type ReadOutcome } from '../../src/io/read-file.js';

// A file pasted together from two exports: the first part in a legacy encoding, the rest UTF-8
// (or the other way round). Read as one encoding, the other part is mojibake.
const HEAD = ['黄河流域生态保护取得新进展 沿线九省区水质持续向好', '', '2024-06-18 08:30　来源：国际在线', ''].join('\n');
const BODY = [
  '国际在线报道（记者 周文静）：记者从水利部了解到，今年以来黄河流域各省区持续推进生态保护和高质量发展，干流水质连续三年保持二类以上。',
  '',
  '水利部黄河水利委员会有关负责人介绍，沿线九省区共完成水土流失治理面积五千多平方公里，新建淤地坝三百余座，入黄泥沙量较十年前明显减少。',
  '',
  '下一步，各地将继续加强河湖管理保护，推动节水型社会建设，让黄河成为造福人民的幸福河。',
  '',
].join('\n');
const NEWS = `${HEAD}\n${BODY}`;
const BODY_LINE = HEAD.split('\n').length + 1;

function read(bytes: Uint8Array, name = 'content/huanghe.txt'): Promise<ReadOutcome> {
  return readBytes(bytes, name, name.endsWith('.html') ? 'html' : 'text');
}

function checked(outcome: ReadOutcome): Extract<ReadOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`not read: ${outcome.error.message}`);
  return outcome;
}

function mixed(outcome: ReadOutcome) {
  if (outcome.ok) throw new Error(`read as ${outcome.decoded.encoding} with no error`);
  expect(outcome.skipped).toBe('mixed-encoding');
  return outcome.error;
}

describe('a file in two encodings is an error where the second begins, not a file checked as mojibake', () => {
  it('GB18030 headline and date line, UTF-8 body', async () => {
    const bytes = Buffer.concat([iconv.encode(`${HEAD}\n`, 'gb18030'), Buffer.from(BODY)]);
    const error = mixed(await read(bytes));
    expect(error).toMatchObject({ file: 'content/huanghe.txt', line: BODY_LINE, column: 1 });
    expect(error.message).toMatch(/GB18030 up to here, UTF-8 from here on.*not checked.*save it all as UTF-8/u);
  });

  it('UTF-8 headline, GBK body', async () => {
    const bytes = Buffer.concat([Buffer.from(`${HEAD}\n`), iconv.encode(BODY, 'gbk')]);
    const error = mixed(await read(bytes));
    expect(error).toMatchObject({ line: BODY_LINE, column: 1 });
    expect(error.message).toMatch(/UTF-8 up to here, GB18030 from here on/u);
  });

  it('Big5 then UTF-8 inside one line of HTML, at the column where UTF-8 begins', async () => {
    const traditional = '<p>臺北市政府今天宣布，明年起將擴大公共運輸補助範圍。</p>';
    const html = `<html><body>${traditional}<p>${BODY.split('\n')[0]}</p></body></html>`;
    const cut = html.indexOf('</p>') + 4;
    const bytes = Buffer.concat([iconv.encode(html.slice(0, cut), 'big5'), Buffer.from(html.slice(cut))]);
    const error = mixed(await read(bytes, 'content/taibei.html'));
    expect(error).toMatchObject({ line: 1, column: [...html.slice(0, cut + 3)].length + 1 });
    expect(error.message).toContain('Big5 up to here, UTF-8 from here on');
  });

  it('a UTF-8 来源 line appended to a GBK article', async () => {
    const bytes = Buffer.concat([iconv.encode(NEWS, 'gbk'), Buffer.from('来源：国际在线\n')]);
    expect(mixed(await read(bytes))).toMatchObject({ line: NEWS.split('\n').length, column: 1 });
  });
});

describe('bytes not valid in an otherwise sound file: checked, with a warning where they stand', () => {
  it('a stray byte in UTF-8', async () => {
    const text = Buffer.from(NEWS);
    const at = text.indexOf(Buffer.from('水利部黄河'));
    const outcome = checked(await read(Buffer.concat([text.subarray(0, at), Buffer.from([0xff]), text.subarray(at)])));
    expect(outcome.decoded.encoding).toBe('utf-8');
    expect(outcome.documents[0].text).toBe(NEWS.replace('水利部黄河', '\uFFFD水利部黄河'));
    expect(outcome.warnings).toEqual([{ file: 'content/huanghe.txt', line: BODY_LINE + 2, column: 1, message: expect.stringMatching(/^1 byte that is not valid UTF-8 \(the first is here\).*rest of the file was checked/u) }]);
  });

  it('UTF-8 cut in the middle of its last character', async () => {
    const text = Buffer.from(`${NEWS}责任编辑：王芳`);
    const outcome = checked(await read(text.subarray(0, text.length - 1)));
    expect(outcome.decoded.encoding).toBe('utf-8');
    expect(outcome.warnings).toMatchObject([{ line: NEWS.split('\n').length, column: '责任编辑：王'.length + 1 }]);
  });

  it('GB18030 with a byte no GB18030 character has', async () => {
    const text = iconv.encode(NEWS, 'gb18030');
    const at = text.indexOf(iconv.encode('下一步', 'gb18030'));
    const outcome = checked(await read(Buffer.concat([text.subarray(0, at), Buffer.from([0xff]), text.subarray(at)])));
    expect(outcome.decoded.encoding).toBe('gb18030');
    expect(outcome.warnings).toMatchObject([{ line: BODY_LINE + 4, column: 1, message: expect.stringContaining('not valid GB18030') }]);
  });
});

describe('files wholly in one encoding read as before, with no warning', () => {
  const DIR = new URL('../../fixtures/docs/', import.meta.url);
  const TRADITIONAL = NEWS.replace('黄河流域生态保护取得新进展', '黃河流域生態保護取得新進展').replace('来源：国际在线', '來源：國際在線');

  it.each([
    ['GB18030', iconv.encode(NEWS, 'gb18030')],
    ['GBK, CRLF', iconv.encode(NEWS.replace(/\n/gu, '\r\n'), 'gbk')],
    ['Big5', iconv.encode(TRADITIONAL, 'big5')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NEWS)])],
    ['UTF-8 holding U+FFFD itself', Buffer.from(`${NEWS}（原文如此：\uFFFD）\n`)],
    ...readdirSync(DIR)
      .filter((name) => !name.endsWith('.json') && name !== 'binary.txt')
      .map((name): [string, Buffer] => [name, readFileSync(new URL(name, DIR))]),
  ])('%s', async (_name, bytes) => {
    const outcome = checked(await read(bytes));
    expect(outcome.warnings).toEqual([]);
    expect(outcome.documents[0].raw).not.toContain('\uFFFD\uFFFD');
  });
});
