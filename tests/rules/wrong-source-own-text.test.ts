// An original commentary may take one sentence of a 国际在线 article without saying whose it is. Its
// 来源 line is the credit of its own text, more than the part it took (as a compilation's credit is
// the part's that covers most of what it heads): the part lacks its 来源:国际在线, and the page's own
// credit stays. Replacing it, as a reprint's wrong credit is replaced, would credit the editor's own
// commentary to 国际在线.
import { describe, expect, it } from 'vitest';
import { LICENCE, check, checkRule, lines, paragraphs } from './harness.js';
import type { Licence } from '../../src/core/config/types.js';

const LISHU = await paragraphs('cri-05-lishu-moshi-heitudi');
const QUOTED = '合作社从2011年开始采用秸秆覆盖免耕技术，经过十多年坚持，土壤有机质含量提高了约20%，每平方米的蚯蚓数量从过去的几条增加到100多条。';
const OPINION = { path: 'content/opinion/heitudi.txt' };

/** A commentary of about 800 characters credited to the site that wrote it, `quoted` in its third paragraph unattributed. */
function commentary(credit: string, quoted = QUOTED): string {
  return lines(
    '评论：守护黑土地，既要算经济账也要算长远账',
    `2024-06-12 08:30　${credit}　作者：周明远`,
    '',
    '  东北黑土地是我国最珍贵的耕地资源之一，被称为“耕地中的大熊猫”。然而，长期高强度利用和水土流失，让一些地方的黑土层越来越薄，有机质含量不断下降。如何在保障粮食产量的同时让黑土地休养生息，是摆在农业部门和广大农民面前的一道现实考题。',
    '  近年来，以秸秆覆盖和免耕播种为核心的保护性耕作在东北各地推开。与传统翻耕相比，这种做法减少了作业环节，也让秸秆回归土壤，不少农户起初担心出苗率和产量，观望情绪一度比较明显。',
    `  有专家指出：“${quoted}”这说明，只要坚持下去，保护性耕作的效果是看得见、摸得着的。`,
    '  当然，推广保护性耕作不能只靠农户自觉。免耕播种机价格不菲，小农户往往难以承担；秸秆覆盖后春季地温回升较慢，对播种时机和田间管理提出了更高要求。这就需要农机合作社、科研单位和基层农技人员形成合力，把技术服务送到田间地头。',
    '  财政补贴同样不可或缺。对实施保护性耕作的地块给予适当补助，既是对农户短期收益损失的合理补偿，也是对国家粮食安全的长远投资。各地在制定补贴标准时，应当兼顾作业质量和实际成效，防止“重面积、轻效果”。',
    '  守护黑土地，是一场需要久久为功的持久战。只有让农民在保护中得实惠，让技术在推广中不走样，黑土地才能真正“越种越肥”，为端牢中国饭碗提供坚实支撑。',
  );
}

describe('a commentary taking one unattributed sentence of a 国际在线 article', () => {
  it('来源：示例新闻网 kept: the remedy adds 来源:国际在线 for the part, at the part', async () => {
    expect(LISHU.some((p) => p.includes(QUOTED))).toBe(true);
    const found = await checkRule('wrong-source', commentary('来源：示例新闻网'), OPINION);
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f.message).toMatch(/^本文有一部分（占 \d+%）出自国际在线，但没有注明「来源:国际在线」；注明的「示例新闻网」是本文其余内容的来源/u);
    expect(f.remedy).toMatch(/^在取自《“梨树模式”[^》]*》的部分上方注明「来源:国际在线」，「来源：示例新闻网」是其他部分的来源，保留/u);
    expect(f.remedy).not.toContain('改为');
    expect(f.line).toBe(6);
    expect(f.attribution).toEqual({ claimed: '来源：示例新闻网', expected: '来源:国际在线' });
  });

  it('来源：本网 too; the taking itself is still unauthorized-reuse', async () => {
    const found = await check(commentary('来源：本网'), OPINION);
    expect(found.map((f) => f.ruleId).sort()).toEqual(['unauthorized-reuse', 'wrong-source']);
    expect(found.find((f) => f.ruleId === 'wrong-source')?.remedy).toContain('「来源：本网」是其他部分的来源，保留');
  });

  it('a second credit, 来源:国际在线, beside the page’s own: the part is credited, no wrong-source', async () => {
    const text = commentary('来源：示例新闻网').replace('”这说明', '”（来源:国际在线）这说明');
    expect(await checkRule('wrong-source', text, OPINION)).toEqual([]);
  });
});

describe('a page mostly the article’s text keeps the plain remedy', () => {
  it('two paragraphs of the article (an excerpt) under 来源：示例新闻网 and one line of the editor’s: 改为「来源:国际在线」', async () => {
    const text = lines('“梨树模式”见成效', '来源：示例新闻网', '', ...LISHU.slice(1, 3), '', '编者的话：保护黑土地，功在当代，利在千秋。');
    const found = await checkRule('wrong-source', text, OPINION);
    expect(found.map((f) => [f.reuse?.kind, (f.reuse?.docCoverage ?? 0) > 0.5])).toEqual([['excerpt', true]]);
    expect(found.map((f) => [f.line, f.remedy.split('。')[0]])).toEqual([[2, '把「来源：示例新闻网」改为「来源:国际在线」']]);
  });
});

describe('the same commentary crediting nothing, in a licensed file', () => {
  it('missing-attribution asks the part’s credit at the part, with no fix writing 来源:国际在线 under the headline', async () => {
    const text = commentary('来源：示例新闻网').replace('　来源：示例新闻网', '');
    // the licence covers 转载 only: the excerpt is out-of-scope besides
    const found = await check(text, { licences: [LICENCE], path: 'content/licensed/heitudi.txt' });
    expect(found.map((f) => f.ruleId)).toEqual(['out-of-scope', 'missing-attribution']);
    const f = found[1];
    expect(f.message).toMatch(/^本文有一部分（占 \d+%）出自国际在线，但没有注明「来源:国际在线」$/u);
    expect(f.remedy).toMatch(/^在取自《“梨树模式”[^》]*》的部分上方注明「来源:国际在线」；不要把它写在标题下方/u);
    expect(f.line).toBe(6);
    expect(f.fix).toBeUndefined();
  });
});

describe('the part’s credit written after it, misworded, in a page mostly its own', () => {
  it('nonstandard-attribution rewrites it where it stands: no move under the headline, which would credit the commentary to 国际在线', async () => {
    // the credit on its own line right under the paragraph that holds the part
    const text = commentary('来源：示例新闻网').replace(/(这说明[^\n]*\n)/u, '$1（本文摘编自国际在线）\n');
    const licence: Licence = { ...LICENCE, actions: ['转载', '摘编'] };
    const found = await check(text, { licences: [licence], path: 'content/licensed/heitudi.txt' });
    expect(found.map((f) => f.ruleId)).toEqual(['nonstandard-attribution']);
    const [f] = found;
    expect(f.line).toBe(7);
    expect(f.message).not.toContain('标在文章开头');
    expect(f.remedy).toMatch(/^把「（本文摘编自国际在线）」改为「来源:国际在线」。/u);
    expect(f.fix).toHaveLength(1);
    expect(f.fix?.[0].text).toBe('来源:国际在线');
  });
});
