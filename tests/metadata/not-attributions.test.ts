import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { textDoc } from '../helpers/docs.js';

// Each mentions 来源, 转载, Source or 据 without attributing the article.
const PROSE: Array<[why: string, text: string]> = [
  ['资金来源', '该项目的资金来源主要是财政拨款和社会捐助。'],
  ['资金来源 as a line label', '资金来源：财政拨款'],
  ['收入来源', '近年来，农民的收入来源日益多样化。'],
  ['来源于生活 mid-sentence', '艺术来源于生活，又高于生活。'],
  ['来源于生活 at a line start', '来源于生活，高于生活。'],
  ['主要来源', '煤炭曾是当地财政收入的主要来源。'],
  ['病毒来源', '专家表示，目前病毒来源仍在调查中。'],
  ['消息来源称', '据消息来源称，双方已达成初步协议。'],
  ['来源不明', '来源不明的包裹请勿签收。'],
  ['据悉', '据悉，会议将于下月召开。'],
  ['据了解', '据了解，该校今年招生规模扩大。'],
  ['据介绍', '据介绍，该项目总投资5亿元。'],
  ['据统计', '据统计，全省共有各类学校1.2万所。'],
  ['据报道 without an outlet', '据报道，事故造成3人受伤。'],
  ['据当地媒体报道', '当地时间7月3日，据当地媒体报道，西雅图一所大学暴发疫情。'],
  ['据 an official', '据市交通委介绍，首批试点区域为东城区、朝阳区。'],
  ['来源于…的数据显示', '一季度的经济数据来源于国家统计局的数据显示，增速回升。'],
  ['来源于…数据 at a line start', '来源于国家统计局的数据显示，一季度经济增速回升。'],
  ['水源来源', '这一带的水源来源复杂，需要加强监测。'],
  ['图片来源 credits a picture', '图片来源：视觉中国'],
  ['数据来源 credits data', '数据来源：国家统计局'],
  ['a quoted attribution', '专家说：“来源：新华社”这样的标注并不规范。'],
  ['the notice quotes its form', '2、凡本网注明“来源:国际在线”的所有信息内容，未经书面授权，不得转载。'],
  ['转载自 in the notice', '4、凡本网注明“来源:XXX(非国际在线)”的作品，均转载自其它媒体，转载目的在于传递更多信息。'],
  ['转自 in prose', '这段视频转自一位网友的朋友圈，引发热议。'],
  ['English prose', 'The source code is on GitHub.'],
  ['a 据 quoted in speech', '他说：“据新华社报道，这项政策下月实施。”'],
  ['a bracketed source and author inside a sentence', '专家在一篇论文（来源：气象学报 作者 李四）中指出，寒潮将持续三天。'],
  ['a bracketed credit and tag inside a sentence', '中央气象台的预警（来源：国际在线）（组图）在网上引发关注。'],
  ['a bracketed credit and reporter quoted', '他说：“请注明（来源：国际在线 记者 张三）（组图）”'],
  ['a bracketed credit before a tag and more words', '中央气象台发布寒潮预警（来源：国际在线）（组图）各地做好防寒准备'],
  ['a space then 来源 below the headline', '春季招聘会在京开幕\n不少求职者一早排起长队 来源：现场'],
  ['a space then 来源 below the headline and blank lines', '\n\n春季招聘会在京开幕\n\n\n不少求职者一早排起长队 来源：现场'],
  ['a space then 来源 below a breadcrumb and the headline', '首页 > 新闻\n春季招聘会在京开幕\n不少求职者一早排起长队 来源：现场'],
  ['a space then 来源 below a paragraph', '3月1日，春季招聘会在北京开幕。\n不少求职者一早排起长队 来源：现场'],
  ['a space, 来源 and a byline below the headline', '春季招聘会在京开幕\n不少求职者一早排起长队 来源：现场 记者 张三'],
  ['the same with 编译', '日本央行维持超宽松货币政策不变\n市场反应平淡\u3000来源：交易员 编译 周敏'],
  ['整理 running into a sentence after a headline\'s 来源', '春季招聘会在京开幕 来源：现场 整理好简历的求职者一早排起长队'],
  ['a bracketed source and a note of cuts inside a sentence', '专家在一篇论文（来源：气象学报，有删改）中指出，寒潮将持续三天。'],
  ['a space, 来源 and a date below the headline', '春季招聘会在京开幕\n不少求职者一早排起长队 来源：现场 2024-01-08'],
  ['a headline\'s 来源 then a date running into a sentence', '春季招聘会在京开幕 来源：现场 2024年3月1日起连续举办三天'],
  ['a headline\'s 来源 and byline, then a bracket that is no trainee tag', '春季招聘会在京开幕 来源：现场 记者 张三（左）与求职者交谈'],
  ['a long clause after 来源', '来源：这篇文章讲述的是一位农民工在城市里打拼多年终于买上房子的故事非常感人'],
];

describe('texts that mention a source without claiming one', () => {
  it.each(PROSE)('%s', (_why, text) => {
    expect(extractMetadata(textDoc(text)).sources).toEqual([]);
  });
});
