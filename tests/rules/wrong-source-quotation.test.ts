// An original commentary may quote one sentence of a 国际在线 article and say whose it is in its
// own words (国际在线曾报道说：“……”). The page's 来源 is the credit of the commentary, nine tenths
// its own text; the quotation is attributed where it stands. Telling the editor to credit the page
// to 国际在线 would credit the whole commentary to it: no wrong-source finding (whether quoting
// needs a licence is unauthorized-reuse's to say).
import { describe, expect, it } from 'vitest';
import { LICENCE, check, checkRule, lines, paragraphs } from './harness.js';

const LISHU = await paragraphs('cri-05-lishu-moshi-heitudi');
const QUOTED = '合作社从2011年开始采用秸秆覆盖免耕技术，经过十多年坚持，土壤有机质含量提高了约20%，每平方米的蚯蚓数量从过去的几条增加到100多条。';

/** A commentary of about 800 characters credited to the site that wrote it, with `quote` as its third paragraph. */
function commentary(quote: string): string {
  return lines(
    '评论：守护黑土地，既要算经济账也要算长远账',
    '2024-06-12 08:30　来源：示例新闻网　作者：周明远',
    '',
    '  东北黑土地是我国最珍贵的耕地资源之一，被称为“耕地中的大熊猫”。然而，长期高强度利用和水土流失，让一些地方的黑土层越来越薄，有机质含量不断下降。如何在保障粮食产量的同时让黑土地休养生息，是摆在农业部门和广大农民面前的一道现实考题。',
    '  近年来，以秸秆覆盖和免耕播种为核心的保护性耕作在东北各地推开。与传统翻耕相比，这种做法减少了作业环节，也让秸秆回归土壤，不少农户起初担心出苗率和产量，观望情绪一度比较明显。',
    `  ${quote}`,
    '  当然，推广保护性耕作不能只靠农户自觉。免耕播种机价格不菲，小农户往往难以承担；秸秆覆盖后春季地温回升较慢，对播种时机和田间管理提出了更高要求。这就需要农机合作社、科研单位和基层农技人员形成合力，把技术服务送到田间地头。',
    '  财政补贴同样不可或缺。对实施保护性耕作的地块给予适当补助，既是对农户短期收益损失的合理补偿，也是对国家粮食安全的长远投资。各地在制定补贴标准时，应当兼顾作业质量和实际成效，防止“重面积、轻效果”。',
    '  守护黑土地，是一场需要久久为功的持久战。只有让农民在保护中得实惠，让技术在推广中不走样，黑土地才能真正“越种越肥”，为端牢中国饭碗提供坚实支撑。',
  );
}

const QUOTING = (who: string) => `${who}曾报道说：“${QUOTED}”这说明，只要坚持下去，保护性耕作的效果是看得见、摸得着的。`;
const OPINION = { path: 'content/opinion/heitudi.txt' };

describe('a commentary quoting one attributed sentence of a 国际在线 article', () => {
  it('国际在线曾报道说：“……” under the page’s own 来源：示例新闻网: no wrong-source (the quotation is 摘编, told as such)', async () => {
    const text = commentary(QUOTING('国际在线'));
    expect(LISHU.some((p) => p.includes(QUOTED))).toBe(true);
    const found = await check(text, OPINION);
    expect(found.map((f) => f.ruleId)).toEqual(['unauthorized-reuse']);
  });

  it('the quotation attributed after it, ……”（国际在线）, in a licensed page: no wrong-source', async () => {
    const text = commentary(`有媒体报道说：“${QUOTED}”（国际在线）这说明，只要坚持下去，保护性耕作的效果是看得见的。`);
    expect(await checkRule('wrong-source', text, { licences: [LICENCE] })).toEqual([]);
  });

  it('attributed by an alias, 中国国际广播电台国际在线曾报道说：no wrong-source', async () => {
    expect(await checkRule('wrong-source', commentary(QUOTING('中国国际广播电台')), OPINION)).toEqual([]);
  });
});

describe('still a wrong source', () => {
  it('the quotation attributed to another outlet, 新华社曾报道说：“……”: the page credits neither', async () => {
    const found = await checkRule('wrong-source', commentary(QUOTING('新华社')), OPINION);
    expect(found.map((f) => f.attribution)).toEqual([{ claimed: '来源：示例新闻网', expected: '来源:国际在线' }]);
  });

  it('the whole article reprinted under 来源：示例新闻网, with 国际在线报道 in its lead', async () => {
    const text = lines('“梨树模式”推广面积超过3000万亩', '来源：示例新闻网', '', `国际在线报道：${LISHU[0]}`, ...LISHU.slice(1));
    const found = await checkRule('wrong-source', text, { licences: [LICENCE] });
    expect(found.map((f) => f.attribution)).toEqual([{ claimed: '来源：示例新闻网', expected: '来源:国际在线' }]);
  });
});
