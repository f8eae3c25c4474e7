// A credit naming where the copy was taken and, glued to it, whose the text is: 来源：国际在线转载自新华社
// was read as one outlet named 国际在线转载自新华社. It reads as 来源：国际在线 转自新华社 does: the
// carrier's name, then the 转载自 credit of the source, each its own claim. A name that merely
// holds 自 (自贡日报, 西藏自治区政府网) is no such join and stays whole.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { textDoc } from '../helpers/docs.js';

const BODY = '3日，长春新区今年首批48个重点项目集中开工，总投资超过300亿元。';
const claimed = (credit: string) => extractMetadata(textDoc(['长春新区首批重点项目集中开工', credit, '', BODY].join('\n'))).sources.map((s) => [s.value, s.line.value]);

describe('a carrier and its source glued together are read apart', () => {
  const cases: Array<[string, string[][]]> = [
    ['来源：国际在线转载自新华社', [['国际在线', '来源：国际在线'], ['新华社', '转载自新华社']]],
    ['来源：国际在线转自新华社', [['国际在线', '来源：国际在线'], ['新华社', '转自新华社']]],
    ['来源：人民网转自新华网', [['人民网', '来源：人民网'], ['新华网', '转自新华网']]],
    ['来源：国际在线摘自新华社', [['国际在线', '来源：国际在线'], ['新华社', '摘自新华社']]],
    ['2022-09-15 13:47:58来源:国际在线转载自新华社责编:李娜', [['国际在线', '来源:国际在线'], ['新华社', '转载自新华社']]],
  ];
  for (const [credit, expected] of cases) {
    it(credit, () => {
      expect(claimed(credit)).toEqual(expected);
    });
  }
});

// a bar parts a credit from its 转自 on many pages (来源：国际在线｜转自新华社); closing a paragraph in
// brackets, the credit with a bar was read as none (with a comma it was read)
describe('a carrier and its source parted by a bar are read apart', () => {
  const at = (text: string) => extractMetadata(textDoc(text)).sources.map((s) => [s.value, s.line.value]);
  const both = [['国际在线', '来源：国际在线'], ['新华社', '转自新华社']];
  for (const bar of ['｜', ' | ', '丨', '|']) {
    const credit = `来源：国际在线${bar}转自新华社`;
    it(`${credit} under the headline`, () => {
      expect(claimed(credit)).toEqual(both);
    });
    it(`（${credit}） closing a paragraph`, () => {
      expect(at(['长春新区首批重点项目集中开工', '', `${BODY}（${credit}）`].join('\n'))).toEqual(both);
    });
  }

  // every joining word reads alike: 摘录自 after a space was read into the carrier's name, an excerpt's 摘自 closing a paragraph as none
  it('来源：国际在线 摘录自新华社', () => {
    expect(claimed('来源：国际在线 摘录自新华社')).toEqual([['国际在线', '来源：国际在线'], ['新华社', '摘录自新华社']]);
  });
  it('（来源：国际在线，摘自新华社） closing a paragraph', () => {
    expect(at(['长春新区首批重点项目集中开工', '', `${BODY}（来源：国际在线，摘自新华社）`].join('\n'))).toEqual([['国际在线', '来源：国际在线'], ['新华社', '摘自新华社']]);
  });
});

describe('names that merely hold 自 stay whole', () => {
  for (const name of ['自贡日报', '西藏自治区政府网', '中国自然资源报', '自然杂志']) {
    it(name, () => {
      expect(claimed(`来源：${name}`)).toEqual([[name, `来源：${name}`]]);
    });
  }
});
