// Where a credit stands: before the body text begins, whatever the line lengths; a text with no
// recognisable body falls back to the pack's bound (topChars, or topLines for an older pack).
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/core/config/types.js';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { creditAtTop } from '../../src/rules/credit-position.js';
import { documentOf, paragraphs } from './harness.js';

const ZAOLIN = await paragraphs('cri-09-zaolin-zhongcao-senlin-fugailv');
const NEW: NonNullable<Pack['attribution']> = { required: '来源:国际在线', accepted: [], position: 'top', topChars: 40, topLines: 5, clause: 3 };
const OLD: NonNullable<Pack['attribution']> = { required: '来源:国际在线', accepted: [], position: 'top', topLines: 2, clause: 3 };

function atTop(text: string, attribution: NonNullable<Pack['attribution']>): boolean {
  const doc = documentOf(text);
  return creditAtTop(doc, extractMetadata(doc), text.lastIndexOf('来源'), attribution);
}

describe('a credit at the top stands before the body text begins', () => {
  it.each([
    ['under the headline', ['我国去年完成造林种草1.2亿亩', '来源:国际在线', ...ZAOLIN], true],
    ['under headline, date, byline and editor', ['我国去年完成造林种草1.2亿亩', '2024-03-12 09:18', '记者 赵静', '责编：郑洁', '来源：国际在线', ...ZAOLIN], true],
    ['after the whole text written as one line', ['我国去年完成造林种草1.2亿亩', `${ZAOLIN.join('')}来源:国际在线`], false],
    ['after the first paragraph', ['我国去年完成造林种草1.2亿亩', ZAOLIN[0], '来源:国际在线', ...ZAOLIN.slice(1)], false],
    ['at the end of the article', ['我国去年完成造林种草1.2亿亩', ...ZAOLIN, '（来源：国际在线）'], false],
  ])('%s', (_name, ls, expected) => {
    expect(atTop((ls as string[]).join('\n'), NEW)).toBe(expected);
    expect(atTop((ls as string[]).join('\n'), OLD)).toBe(expected);
  });

  it.each([
    ['a headline that asks', ['我国去年造林种草为何能超1亿亩？', '来源：国际在线', ...ZAOLIN], true],
    ['a headline that exclaims, in quotes', ['“绿色长城”又长了！', '', '来源:国际在线', ...ZAOLIN], true],
    ['a Markdown headline that asks', ['# 我国去年造林种草为何能超1亿亩？', '', '来源：国际在线', '', ...ZAOLIN], true],
    ['a question headline under site navigation', ['首页 > 生态 > 正文', '我国去年造林种草为何能超1亿亩？', '来源：国际在线', ...ZAOLIN], true],
    ['a headline with ， and ！ inside it', ['植树节，交出绿色答卷！我国去年造林种草超1亿亩', '来源：国际在线', ...ZAOLIN], true],
    ['a short first line with ！ and a 。 is body text', ['造林种草超1亿亩！连续三年。', '来源：国际在线', ...ZAOLIN], false],
    ['a first line of two sentences is body text', ['我国去年完成造林种草1.2亿亩。为何能做到？', '来源：国际在线', ...ZAOLIN], false],
    ['a question as the first paragraph, credit after it', ['我国去年造林种草为何能超1亿亩？', ZAOLIN[0], '来源：国际在线', ...ZAOLIN.slice(1)], false],
  ])('%s', (_name, ls, expected) => {
    // before: a headline ending in ？ or ！ was taken for the first line of the body, the credit under it "after the body began"
    expect(atTop((ls as string[]).join('\n'), NEW)).toBe(expected);
  });

  it('in a text with no sentence to begin a body, topChars bounds the visible characters above the credit', () => {
    const list = ['植树节图集', '塞罕坝林场', '库布其沙漠', '来源：国际在线'].join('\n');
    expect(atTop(list, NEW)).toBe(true);
    expect(atTop(list, { ...NEW, topChars: 10 })).toBe(false);
  });

  it('an older pack that gives only topLines still bounds such a text by lines with text', () => {
    const list = ['植树节图集', '塞罕坝林场', '库布其沙漠', '来源：国际在线'].join('\n');
    expect(atTop(list, OLD)).toBe(false);
    expect(atTop(list, { ...OLD, topLines: 4 })).toBe(true);
  });
});
