import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/metadata/index.js';
import { parseDocuments } from '../../src/core/read/index.js';
import { textDoc } from '../helpers/docs.js';
import { marked } from './marked.js';

// Source lines as the named sites print them: ⟪⟫ marks the attribution, ⟦⟧ its value.
const FORMS: Array<[site: string, source: string, form: string]> = [
  ['新华网 header', '国务院常务会议部署稳就业举措\n2022-03-04 11:59:53　⟪来源：⟦新华网⟧⟫\n【字体：大 中 小】', '来源'],
  ['新华网 footer', '会议还研究了其他事项。\n⟪【来源：⟦新华社⟧】⟫\n【纠错】', '来源'],
  ['人民网 header', '2019年06月15日08:18\u00a0\u00a0⟪来源：⟦人民网-文化频道⟧⟫\n分享到：', '来源'],
  ['人民网 footer', '（责编：汤诗瑶、丁涛）\n⟪来源：⟦人民网－人民日报⟧⟫', '来源'],
  ['中新网 header', '2022年03月04日 10:21　⟪来源：⟦中国新闻网⟧⟫\n参与互动', '来源'],
  ['中新网 credit', '中新网北京3月4日电 两会期间……。\n⟪【来源：⟦中国新闻网⟧】⟫【编辑:王祎】', '来源'],
  ['澎湃 header', '澎湃新闻记者 贺梨萍\n2020-06-06 10:08 ⟪来源：⟦澎湃新闻⟧⟫\n字号', '来源'],
  ['澎湃号', '2019-08-13 14:07⟪来源：⟦澎湃新闻·澎湃号·政务⟧⟫\n字号', '来源'],
  ['网易 header', '2020-07-04 01:55:04\u3000⟪来源: ⟦央视新闻客户端⟧⟫\n举报', '来源'],
  ['网易 footer', '详情>>\n⟪本文来源：⟦央视新闻客户端⟧⟫\n责任编辑：化成雨_NBJ11143', '本文来源'],
  ['新浪 header', '2019年11月25日 18:57 ⟪来源：⟦新京报⟧⟫', '来源'],
  ['新浪 footer glued to a widget', '因为确实没有额度。\u00a0\u00a0\u00a0\u00a0 ⟪文章来源：⟦渤海早报⟧⟫我要评论', '文章来源'],
  ['凤凰 header', '2019年09月09日 18:13:22\n⟪来源：⟦新华网⟧⟫\n57人参与11评论', '来源'],
  ['腾讯 credit after the author', '作者：刘俊\u3000⟪（来源：⟦广州日报⟧）⟫', '来源'],
  ['国际在线 seed header', '2022-03-04 11:59:53⟪来源:⟦吉林日报⟧⟫责编:冯雅君', '来源'],
  ['国际在线 own header', '2022-03-05 09:30:12⟪来源:⟦国际在线⟧⟫编辑:刘洋', '来源'],
  ['国际在线 with 责任编辑', '2022-03-04 11:59:53⟪来源：⟦国际在线⟧⟫责任编辑：李明', '来源'],
  ['glued 作者', '2022-03-04 10:00⟪来源：⟦新华网⟧⟫作者：张三', '来源'],
  ['glued 记者', '⟪来源：⟦长江日报⟧⟫记者：王磊', '来源'],
  ['glued 编审', '⟪来源：⟦中国日报网⟧⟫编审：李四', '来源'],
  ['glued 字号', '2022-03-04 10:00⟪来源：⟦新华网⟧⟫字号：大 中 小', '来源'],
  ['glued 分享', '⟪来源：⟦腾讯新闻⟧⟫分享到：微信 微博', '来源'],
  ['glued date', '⟪来源：⟦国际在线⟧⟫2024-03-01 10:00', '来源'],
  ['glued date in 年月日', '⟪来源：⟦吉林日报⟧⟫2022年3月4日', '来源'],
  ['glued date with slashes', '⟪来源：⟦国际在线⟧⟫2024/03/01', '来源'],
  ['glued 举报 and its count (网易 joined)', '2020-07-04 01:55:04\u3000⟪来源: ⟦央视新闻客户端⟧⟫举报5772分享到：易信微信', '来源'],
  ['glued 举报 at the line end', '⟪来源：⟦国际在线⟧⟫举报', '来源'],
  ['glued 点击 and its count', '⟪来源：⟦国际在线⟧⟫点击：123', '来源'],
  ['举报 inside a name stays', '⟪来源：⟦中央网信办违法和不良信息举报中心⟧⟫', '来源'],
  ['digits inside a name stay', '⟪来源：⟦21世纪经济报道⟧⟫', '来源'],
  ['求是 header', '2020年07月04日 12:10　⟪来源：⟦求是网⟧⟫参与互动', '来源'],
  ['ideographic space', '⟪来源：\u3000⟦光明日报⟧⟫', '来源'],
  ['space as separator', '⟪来源 ⟦北京日报⟧⟫ 2022-03-04', '来源'],
  ['end-of-line credit', '有关负责人表示，将继续推进这项工作。⟪（来源：⟦经济日报⟧）⟫', '来源'],
  ['square brackets', '⟪[来源:⟦央视网⟧]⟫', '来源'],
  ['angle brackets', '正文完。\n⟪〈本文来源：⟦国际在线⟧〉⟫', '本文来源'],
  ['angle brackets around a byline too: they stay out', '正文完。\n〈⟪本文来源：⟦国际在线⟧⟫ 记者 张三〉', '本文来源'],
  ['parentheses around an editor too: they stay out', '（⟪本文来源：⟦国际在线⟧⟫ 编辑：李四）\n据介绍，展会为期三天。', '本文来源'],
  ['an opening bracket that never closes is the credit\'s', '⟪【来源：⟦新华社⟧⟫\n会议于昨天闭幕。', '来源'],
  ['book-title marks', '⟪来源：《⟦人民日报⟧》⟫', '来源'],
  ['稿件来源 in a header', '发布时间：2022-03-04 08:00　⟪稿件来源：⟦吉林日报⟧⟫　作者：张三', '稿件来源'],
  ['信息来源', '⟪信息来源：⟦长春市人民政府网站⟧⟫', '信息来源'],
  ['新闻来源', '⟪新闻来源：⟦中国日报网⟧⟫', '新闻来源'],
  ['转载自', '⟪转载自⟦光明网⟧⟫', '转载自'],
  ['本文转自', '⟪本文转自⟦澎湃新闻⟧⟫，如有侵权请联系删除。', '本文转自'],
  ['转自 with a colon', '⟪转自：⟦环球网⟧⟫', '转自'],
  ['来源于 at a line start', '⟪来源于⟦新华社⟧⟫', '来源于'],
  ['本文来源于', '⟪本文来源于⟦网络⟧⟫，如有侵权请联系删除。', '本文来源于'],
  ['来源 bar', '责编|陈梦莹\n⟪来源|⟦广州参考、广州南沙发布、羊城晚报⟧⟫', '来源'],
  ['English', '⟪Source: ⟦Xinhua⟧⟫', 'Source'],
  ['English upper case', '⟪SOURCE：⟦China Daily⟧⟫', 'Source'],
  ['CSDN, no separator before a Latin name', '1164次阅读|\n⟪来源⟦CSDN⟧⟫|', '来源'],
  ['据…报道 at a line start', '⟪据⟦新华社⟧报道⟫，国务院日前印发通知。', '据…报道'],
  ['据…报道 after a full stop', '会议于昨天闭幕。⟪据⟦国际在线⟧报道⟫，与会代表一致认为……', '据…报道'],
  ['据《…》报道', '⟪据《⟦人民日报⟧》报道⟫，今年春运……', '据…报道'],
  ['据 place 《…》报道', '中新网8月4日电 ⟪据美国《⟦侨报⟧》报道⟫，美国国安部长……', '据…报道'],
  ['据…消息', '⟪据⟦央视新闻⟧消息⟫，3月4日……', '据…消息'],
  ['据…电 with place and date', '⟪据⟦新华社⟧北京3月4日电⟫ 十三届全国人大……', '据…电'],
  ['据…报道 with a date', '⟪据⟦中新网⟧9月9日报道⟫，针对外媒……', '据…报道'],
  ['另据', '另⟪据⟦法新社⟧报道⟫，活动预计吸引7500人参加。', '据…报道'],
  ['headline credit, then a media tag', '寒潮来袭 中央气象台发布寒潮橙色预警⟪（来源：⟦国际在线⟧）⟫（组图）', '来源'],
  ['headline credit, then two tags', '北京迎来今冬初雪 故宫雪景美如画⟪【来源：⟦新华网⟧】⟫【高清组图】（视频）', '来源'],
  ['headline credit, then a bracket opened and left', '寒潮来袭 中央气象台发布寒潮橙色预警⟪（来源：⟦国际在线⟧）⟫（', '来源'],
  ['headline credit with a reporter in its brackets: they stay', '寒潮来袭 中央气象台发布寒潮橙色预警（⟪来源：⟦国际在线⟧⟫ 记者 马晓婷）', '来源'],
  ['the same, the bracket never closed', '寒潮来袭 中央气象台发布寒潮橙色预警（⟪来源：⟦国际在线⟧⟫ 记者 马晓婷', '来源'],
  ['发布时间 label before the date', '春季招聘会在京开幕 岗位数量同比增长\n发布时间：2024-03-01 10:00 ⟪来源：⟦国际在线⟧⟫ 责编：李四', '来源'],
  ['时间 label, no clock', '时间：2024-03-01 ⟪来源：⟦国际在线⟧⟫ 编辑：张三', '来源'],
  ['labelled date, ideographic spaces, then 作者', '发布时间：2024-03-01 10:00\u3000⟪来源：⟦国际在线⟧⟫\u3000作者：王芳', '来源'],
  ['labelled date with slashes', '发布时间:2024/03/01 ⟪来源:⟦国际在线⟧⟫', '来源'],
  ['date in 年月日 and a bar', '2024年03月01日 10:00 | ⟪来源：⟦国际在线⟧⟫', '来源'],
  ['headline, an ideographic space, then the credit', '春季招聘会在京开幕：岗位数量同比增长三成\u3000⟪来源：⟦国际在线⟧⟫\n\n　　3月1日，春季招聘会在北京开幕。', '来源'],
  ['blank lines above the headline and its credit', '\n\n\u3000\n春季招聘会在京开幕\u3000⟪来源：⟦国际在线⟧⟫\n\n　　3月1日，春季招聘会在北京开幕。', '来源'],
  ['headline, a space, then the credit', '春季招聘会在京开幕 岗位数量同比增长三成 ⟪来源：⟦国际在线⟧⟫\n正文。', '来源'],
  ['headline credit, a comma, then a reporter in its brackets', '寒潮来袭 中央气象台发布寒潮橙色预警（⟪来源：⟦国际在线⟧⟫，记者 马晓婷）', '来源'],
  ['the same after a semicolon', '寒潮来袭 中央气象台发布寒潮橙色预警（⟪来源：⟦国际在线⟧⟫；记者 马晓婷）', '来源'],
  ['the same after a slash: the slash is not the name\'s', '寒潮来袭 中央气象台发布寒潮橙色预警（⟪来源：⟦国际在线⟧⟫/记者 马晓婷）', '来源'],
  ['headline credit with a translator in its brackets', '日本央行维持超宽松货币政策不变（⟪来源：⟦国际在线⟧⟫ 编译 周敏）', '来源'],
  ['the same with 译, then a media tag', '日本央行维持超宽松货币政策不变（⟪来源：⟦国际在线⟧⟫ 译 周敏）（图）', '来源'],
  ['headline credit with a photographer in its brackets', '长江口迎来首批候鸟越冬（⟪来源：⟦国际在线⟧⟫，摄影 陈立）', '来源'],
  ['headline credit with 摄 in its brackets', '长江口迎来首批候鸟越冬（⟪来源：⟦国际在线⟧⟫ 陈立 摄）', '来源'],
  ['headline credit with 供稿 and 整理 in its brackets', '全市中小学秋季开学（⟪来源：⟦国际在线⟧⟫ 供稿 市教育局 整理 刘洋）', '来源'],
  ['headline credit with an intern in its brackets', '全市中小学秋季开学（⟪来源：⟦国际在线⟧⟫ 见习记者 王晨 实习生 李想）', '来源'],
  ['headline, an ideographic space, the credit, then a reporter', '春季招聘会在京开幕：岗位数量同比增长三成\u3000⟪来源：⟦国际在线⟧⟫\u3000记者 马晓婷\n\n　　3月1日，春季招聘会在北京开幕。', '来源'],
  ['headline, a space, the credit, then an editor', '春季招聘会在京开幕 岗位数量同比增长三成 ⟪来源：⟦国际在线⟧⟫ 编辑：孙悦\n正文。', '来源'],
  ['headline, the credit, then a translator', '日本央行维持超宽松货币政策不变\u3000⟪来源：⟦国际在线⟧⟫\u3000编译 周敏\n正文。', '来源'],
  ['发布日期 label before a date in 年月日', '春季招聘会在京开幕\n发布日期：2024年01月04日 10:00 ⟪来源：⟦国际在线⟧⟫', '来源'],
  ['发稿时间 label, then an editor', '春季招聘会在京开幕\n发稿时间：2024-01-04 10:00\u3000⟪来源：⟦国际在线⟧⟫\u3000责编：李四', '来源'],
  ['稿件日期 label', '春季招聘会在京开幕\n稿件日期：2024-01-04 ⟪来源：⟦国际在线⟧⟫', '来源'],
  ['a breadcrumb, a date, then the credit', '春季招聘会在京开幕\n首页 > 新闻 > 正文 2024-01-02 10:00 ⟪来源：⟦国际在线⟧⟫', '来源'],
  ['当前位置 and a breadcrumb in full-width marks', '春季招聘会在京开幕\n当前位置：首页＞国际＞正文\u30002024年01月02日\u3000⟪来源：⟦国际在线⟧⟫', '来源'],
  ['headline credit with 有删改 in its brackets: they stay', '春季招聘会在京开幕（⟪来源：⟦国际在线⟧⟫，有删改）', '来源'],
  ['headline credit, then （有删改）', '春季招聘会在京开幕⟪（来源：⟦国际在线⟧）⟫（有删改）', '来源'],
  ['headline, a space, the credit, then a date', '春季招聘会在京开幕 ⟪来源：⟦国际在线⟧⟫ 2024-01-08\n正文。', '来源'],
  ['headline credit, 、, then a reporter: the 、 is not the name\'s', '春季招聘会在京开幕（⟪来源：⟦国际在线⟧⟫、记者 张三）', '来源'],
  ['headline, the credit, then a reporter with a trainee tag', '春季招聘会在京开幕：岗位数量同比增长三成\u3000⟪来源：⟦国际在线⟧⟫\u3000记者 马晓婷（实习）\n正文。', '来源'],
  ['headline, the credit, then two reporters, one tagged 见习记者', '春季招聘会在京开幕 ⟪来源：⟦国际在线⟧⟫ 记者 马晓婷 王晨（见习记者）\n正文。', '来源'],
  ['headline credit with a trainee-tagged reporter in its brackets', '全市中小学秋季开学（⟪来源：⟦国际在线⟧⟫ 记者 王晨（实习生））', '来源'],
  ['a breadcrumb above the headline and its credit', '首页 > 新闻\n中欧班列年内开行突破400列\u3000⟪来源：⟦国际在线⟧⟫\n\n　　11月20日上午，一列中欧班列从长春国际陆港驶出。', '来源'],
  ['a navigation bar above the headline, its credit and a reporter', '首页 | 国际 | 国内 | 财经\n中欧班列年内开行突破400列\u3000⟪来源：⟦国际在线⟧⟫\u3000记者 李雪\n\n　　11月20日上午，一列中欧班列从长春国际陆港驶出。', '来源'],
  ['a font-size switch above the headline and its credit', '【字号 大 中 小】\n中欧班列年内开行突破400列 ⟪来源：⟦国际在线⟧⟫\n\n　　11月20日上午，一列中欧班列从长春国际陆港驶出。', '来源'],
  ['an editor\'s note above the headline and its credit', '编者按：今年以来，中欧班列开行量持续增长。本网推出系列报道，敬请关注。\n中欧班列年内开行突破400列\u3000⟪来源：⟦国际在线⟧⟫\n\n　　11月20日上午，一列中欧班列从长春国际陆港驶出。', '来源'],
  ['a font-size switch before the date and credit', '中欧班列年内开行突破400列\n【字号 大 中 小】 2023-11-21 ⟪来源：⟦国际在线⟧⟫\n\n　　11月20日上午，一列中欧班列从长春国际陆港驶出。', '来源'],
  ['paragraph-end credit with an editor in its brackets, then a tag', '各地需持续关注最新天气预报和预警信息。（⟪来源：⟦国际在线⟧⟫ 编辑：孙悦）（图）', '来源'],
  ['a web address, read whole past its colon', '2024-11-21 09:45:12\u3000⟪来源：⟦https://news.cri.cn/20241121/abc.html⟧⟫\u3000责编：张萌', '来源'],
  ['a web address with a query, closing a paragraph in brackets', '各地需持续关注最新天气预报和预警信息。⟪（来源：⟦http://www.cri.cn/2024/01/05/a.shtml?spm=C1.0⟧）⟫', '来源'],
  ['a web address before a full stop', '⟪来源：⟦www.cri.cn/20241121/abc.html⟧⟫。', '来源'],
  ['the label misspelt 来原, before a colon and an outlet', '我国去年完成造林种草1.2亿亩\n⟪来原：⟦国际在线⟧⟫\n正文。', '来原'],
  ['the label misspelt 来滩, in a date line', '2024-03-12 09:18:43 ⟪来滩：⟦新华网⟧⟫ 责编：郑洁', '来滩'],
  ['the label misspelt, in brackets closing a headline', '我国去年完成造林种草1.2亿亩⟪（来原：⟦国际在线⟧）⟫', '来原'],
  ['a stray space inside a name: read whole', '我国去年完成造林种草1.2亿亩\n⟪来源：⟦国际 在线⟧⟫\n正文。', '来源'],
  ['a stray space after its first character', '⟪来源：⟦国 际在线⟧⟫ 责编：郑洁', '来源'],
  ['a stray space, then a reporter', '⟪来源：⟦吉林 日报⟧⟫ 记者 张三', '来源'],
];

describe('a misspelt label or a spaced word that makes no credit', () => {
  const none = [
    ['no outlet after the misspelt label', '我国去年完成造林种草1.2亿亩\n来原：不详\n正文。'],
    ['no colon after it', '我国去年完成造林种草1.2亿亩\n来原 国际在线\n正文。'],
    ['inside a sentence', '植树造林为当地带来原：国际在线记者走访发现，沙地上长出了草和树。'],
    ['未来原因 is no label', '未来原因：国际在线此前报道过的几项工程仍在推进。'],
    ['客源 is no misspelt 来源', '客源：携程网、去哪儿网等平台的数据显示，林区旅游人数增长三成。'],
  ];
  it.each(none)('%s', (_name, text) => {
    expect(extractMetadata(textDoc(text)).sources).toEqual([]);
  });

  it('a word after a space that makes no outlet with the one before it stays apart: 来源：网络 图片', () => {
    expect(extractMetadata(textDoc('来源：网络 图片')).sources.map((c) => c.value)).toEqual(['网络']);
  });
});

describe('claimed sources: the forms news pages use', () => {
  it.each(FORMS)('%s', (_site, source, form) => {
    const { text, lines, values } = marked(source);
    const claims = extractMetadata(textDoc(text)).sources;
    expect(claims.map((c) => ({ value: c.value, span: c.span, line: c.line.span }))).toEqual(
      values.map((v, i) => ({ value: text.slice(v.start, v.end), span: v, line: lines[i] })),
    );
    expect(claims[0].form).toBe(form);
    expect(claims[0].line.value).toBe(text.slice(lines[0].start, lines[0].end));
  });

  it('keeps 《》 in the line as written and drops them from the value', () => {
    const [claim] = extractMetadata(textDoc('来源：《人民日报》')).sources;
    expect(claim.value).toBe('人民日报');
    expect(claim.line.value).toBe('来源：《人民日报》');
  });

  it('keeps two outlets joined by 、 as one value: only a byline after the 、 parts it', () => {
    const [claim] = extractMetadata(textDoc('春季招聘会在京开幕\n2024-03-01 10:00 来源：新华社、人民日报\n正文。')).sources;
    expect(claim.value).toBe('新华社、人民日报');
  });

  it('reads CRLF text with the same offsets as the file', () => {
    const text = '两会速递\r\n2022-03-04 11:59:53来源：新华网\r\n正文第一段。\r\n';
    const [claim] = extractMetadata(textDoc(text)).sources;
    expect(claim.value).toBe('新华网');
    expect(claim.span.start).toBe(text.indexOf('新华网'));
    expect(claim.line.value).toBe('来源：新华网');
  });

  it('reads a credit across the cells of an HTML table row, as the page shows them on one line', () => {
    const raw = '<h1>中欧班列（长春）年内开行突破400列</h1>\n<table><tr><td>来源：</td><td>国际在线</td><td>责编：张萌</td></tr></table>\n<p>正文第一段。</p>\n';
    const [doc] = parseDocuments(raw, 'banlie.html', 'html').documents;
    const [claim] = extractMetadata(doc).sources;
    expect([claim.value, claim.line.value]).toEqual(['国际在线', '来源：国际在线']);
    expect(raw.slice(claim.span.start, claim.span.end)).toBe('国际在线');
  });

  it('reads a source line across tags and entities in HTML as the page shows it, spans still in the file', () => {
    const raw = '<h1>我国去年完成造林种草1.2亿亩</h1>\n<p class="info">2024-03-13 08:05&nbsp;&nbsp;<span>来源：</span><a href="https://www.xinhuanet.com/">新华网</a></p>\n<p>正文第一段。</p>\n';
    const [doc] = parseDocuments(raw, 'zaolin.html', 'html').documents;
    const [claim] = extractMetadata(doc).sources;
    expect(claim.value).toBe('新华网');
    expect(claim.line.value).toBe('来源：新华网');
    expect(raw.slice(claim.span.start, claim.span.end)).toBe('新华网');
    expect(raw.slice(claim.line.span.start, claim.line.span.end)).toBe('来源：</span><a href="https://www.xinhuanet.com/">新华网');
  });

  it('lists every claim in document order: header first, then a credit in the body', () => {
    const text = '2019-09-07 16:28:35　来源: 新京报\n（原标题：民警电话遭停机）\n（来源：梨视频）\n正文。\n本文来源：新京报';
    const claims = extractMetadata(textDoc(text)).sources;
    expect(claims.map((c) => [c.form, c.value])).toEqual([['来源', '新京报'], ['来源', '梨视频'], ['本文来源', '新京报']]);
  });

  it('lists a Latin Source: line among the Chinese credits in document order, either way round', () => {
    const english = 'Source: China Daily\n中国日报网3月4日消息，两会期间……。\n（来源：新华社）';
    expect(extractMetadata(textDoc(english)).sources.map((c) => [c.form, c.value])).toEqual([['Source', 'China Daily'], ['来源', '新华社']]);
    const chinese = '2022-03-04 10:00　来源：新华网\n两会期间……。\nSource: Xinhua';
    expect(extractMetadata(textDoc(chinese)).sources.map((c) => [c.form, c.value])).toEqual([['来源', '新华网'], ['Source', 'Xinhua']]);
  });
});
