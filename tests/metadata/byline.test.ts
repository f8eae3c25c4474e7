import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/metadata/index.js';
import type { Located } from '../../src/core/shared/types.js';
import { textDoc } from '../helpers/docs.js';

function expectAt(text: string, found: readonly Located[], names: readonly string[]): void {
  expect(found.map((f) => f.value)).toEqual(names);
  for (const f of found) expect(text.slice(f.span.start, f.span.end)).toBe(f.value);
}

const AUTHORS: Array<[string, string, string[]]> = [
  ['a credit at a paragraph end', '省政府秘书长安桂武参加有关活动。(记者黄鹭 于小博)', ['黄鹭', '于小博']],
  ['本报记者 with two names', '本报记者 刘铮 张文伯', ['刘铮', '张文伯']],
  ['a dateline credit', '新京报讯（记者 陆一夫）11月25日，新京报记者登录拼多多全球购页面发现……', ['陆一夫']],
  ['作者 with two names', '作者：上官云 宋宇晟', ['上官云', '宋宇晟']],
  ['文/', '文/王文', ['王文']],
  ['通讯员 beside 记者', '本报讯（记者李莉 通讯员刘清华）7岁，正是无忧的年龄。', ['李莉', '刘清华']],
  ['names glued to the next key', '信息时报讯（见习记者周伟龙记者童丹）据警方介绍……', ['周伟龙', '童丹']],
  ['an outlet before 记者', '新京报记者 陆一夫', ['陆一夫']],
  ['full-width spaces', '南都讯\u3000记者刘凡\u3000周昌和\u3000任笑一\u3000继推出日票后，深圳今后将设地铁头等车厢。', ['刘凡', '周昌和', '任笑一']],
  ['slashes after keys', '南方日报讯\u3000（记者／黄少宏\u3000实习生／朱子煜\u3000通讯员／成广伟）“学习台北垃圾分类”', ['黄少宏', '朱子煜', '成广伟']],
  ['a place filed from', '本报记者 张晓赫 北京报道', ['张晓赫']],
  ['a writer and an illustrator', '本报记者\u3000黄轶涵／文\u3000黄昕／漫画', ['黄轶涵']],
  ['a name before a school', '作者：崔艺文／广东商学院', ['崔艺文']],
  ['a bracketed credit in a header', '【文/观察者网专栏作者 王文】', ['王文']],
  ['two reporters, each with a trainee tag', '记者 马晓婷（实习）、王晨（见习）', ['马晓婷', '王晨']],
  ['a trainee tag, then a reporter past a space', '本报记者 马晓婷（实习生） 王晨', ['马晓婷', '王晨']],
  ['trainee tags in a credit closing a paragraph', '各地需持续关注最新天气预报和预警信息。（记者 马晓婷（实习）、王晨（见习记者））', ['马晓婷', '王晨']],
  ['trainee tags after a headline credit', '寒潮来袭 多地气温将下降10℃以上\u3000来源：国际在线\u3000记者 马晓婷（实习）、王晨（见习）\n正文。', ['马晓婷', '王晨']],
  ['a bracket that is no trainee tag ends the byline', '记者 马晓婷（左）、王晨在现场采访', ['马晓婷']],
  ['a reporter under a 记者节 column line', '记者节特别策划\n中欧班列开行第1000列\n记者 李雪\n2023-11-08 来源：国际在线', ['李雪']],
];

const NO_AUTHORS: Array<[string, string]> = [
  ['记者了解到', '记者了解到，实际上，2011年7月正式实施的社保法已经明确提出。'],
  ['告诉记者', '一位工作人员告诉记者，情况属实。'],
  ['记者从…获悉', '记者从市教育局获悉，今年将新建学校12所。'],
  ['an interview', '记者：郭总，咱们为什么选择在这个时间？'],
  ['a section heading', '记者探访'],
  ['a photo credit', '2月18日，北京故宫午门调试灯光。中新社记者 杜洋 摄'],
  ['a quoted byline', '他笑着说：“记者张三、李四都来了。”'],
  ['记者节, a word (Journalists\' Day)', '记者节特别策划｜坚守在中欧班列线上的人'],
  ['记者节 in brackets', '（记者节特别策划）'],
  ['记者会, a press conference', '记者会上，外交部发言人表示，中欧班列为沿线国家带来了实实在在的好处。'],
];

describe('authors', () => {
  it.each(AUTHORS)('%s', (_why, text, names) => {
    expectAt(text, extractMetadata(textDoc(text)).authors, names);
  });

  it.each(NO_AUTHORS)('none in %s', (_why, text) => {
    expect(extractMetadata(textDoc(text)).authors).toEqual([]);
  });

  it('lists a name once though the page repeats its byline', () => {
    const text = '本报记者 刘铮\n正文。\n（记者 刘铮）';
    expect(extractMetadata(textDoc(text)).authors.map((a) => a.value)).toEqual(['刘铮']);
  });

  it('puts the front matter author first', () => {
    const raw = '正文。（记者 刘铮）';
    const doc = { ...textDoc(raw), fields: { author: '王文' }, fieldSpans: {} };
    expect(extractMetadata(doc).authors.map((a) => a.value)).toEqual(['王文', '刘铮']);
  });
});

const EDITORS: Array<[string, string, string[]]> = [
  ['glued after the source', '2022-03-04 11:59:53来源:吉林日报责编:冯雅君', ['冯雅君']],
  ['a staff code', '责任编辑：化成雨_NBJ11143', ['化成雨']],
  ['two in brackets', '(责编：汤诗瑶、丁涛)', ['汤诗瑶', '丁涛']],
  ['a code after a space', '[责任编辑：朱家浒 PN054]', ['朱家浒']],
  ['a proofreader after', '编辑 刘晓阳 校对 李铭', ['刘晓阳']],
  ['【编辑:…】', '【编辑:陈海峰】', ['陈海峰']],
  ['a bar', '编辑|禤志杰', ['禤志杰']],
  ['a Latin name', '责任编辑：biaoffeng', ['biaoffeng']],
];

describe('editors', () => {
  it.each(EDITORS)('%s', (_why, text, names) => {
    expectAt(text, extractMetadata(textDoc(text)).editors, names);
  });

  it.each([
    ['编辑部', '编辑部近日收到读者来信，反映小区停车难。'],
    ['编辑点评', '编辑点评：佳能 7D 无疑是本年度最受人关注的产品。'],
    ['a verb', '他把这段视频编辑了一下发到网上。'],
  ])('none in %s', (_why, text) => {
    expect(extractMetadata(textDoc(text)).editors).toEqual([]);
  });
});
