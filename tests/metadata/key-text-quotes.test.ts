// What metadata is read from: the key text (folded unit by unit, same offsets as the text) and the
// quoted stretches, over a news page's Chinese lines. Both are made for every article an index
// build reads and every document a check reads, so their loops are kept lean: these pin down what
// they give, whatever the characters (quotation marks of each kind, ideographs, surrogates).
import { describe, expect, it } from 'vitest';
import { keyText } from '../../src/core/shared/keytext.js';
import { quotedSpans } from '../../src/core/metadata/quotes.js';
import { scanOf } from '../../src/core/metadata/scan.js';

const quoted = (text: string) => quotedSpans(text).map(({ start, end }) => text.slice(start, end));

describe('key text', () => {
  it('folds traditional, full-width and Latin capitals, keeping punctuation and every offset', () => {
    const text = '來源：新華網　ＳＯＵＲＣＥ：２０２２年';
    const key = keyText(text);
    expect(key).toBe('来源：新华网　source：2022年');
    expect(key.length).toBe(text.length);
  });

  it('keeps a surrogate pair as written and reads a lone surrogate as U+FFFD, one unit each', () => {
    const text = `记者𠮷田报道，${'\ud842'}来源：国际在线`;
    const key = keyText(text);
    expect(key.length).toBe(text.length);
    expect(key.slice(2, 4)).toBe('𠮷');
    expect(key[8]).toBe('\ufffd');
    expect(key.slice(9)).toBe('来源：国际在线');
  });
});

describe('quoted stretches', () => {
  it('finds each kind of quotation mark among Chinese text, a quote left open closing at its line end', () => {
    const text = '他说：“冰雪经济前景广阔。”「长白山」与『查干湖』，‘冬捕’和"雪乡"\n书记表示：“要把冰天雪地变成金山银山\n下一行没有引号。';
    expect(quoted(text)).toEqual(['“冰雪经济前景广阔。”', '「长白山」', '『查干湖』', '‘冬捕’', '"雪乡"', '“要把冰天雪地变成金山银山']);
  });

  it('takes a closing mark of another kind for text, not for the end of the quote', () => {
    expect(quoted('“他说「好」’。”其后')).toEqual(['“他说「好」’。”']);
  });
});

describe('the scan of a text', () => {
  it("is made once for a document whose markers are read after the metadata of three articles it reuses", () => {
    const doc = '来源：国际在线\n国际在线北京消息：冰雪经济前景广阔。';
    const scan = scanOf(doc);
    for (const article of ['原标题：冰雪经济', '来源：新华社\n正文。', '记者 黄鹭 报道']) scanOf(article);
    expect(scanOf(doc)).toBe(scan);
    expect(scanOf([...doc].join(''))).toBe(scan);
  });
});
