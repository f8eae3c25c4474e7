import { describe, expect, it } from 'vitest';
import { compileMarkerPatterns } from '../../src/core/config/marker-patterns.js';
import { findMarkers, isThirdPartyMarked, markCredit, thirdPartyMark } from '../../src/core/judge/markers.js';
import { extractMetadata } from '../../src/core/metadata/index.js';
import type { Pack } from '../../src/core/config/types.js';
import { fixture, textDoc } from '../helpers/docs.js';
import { CRI } from './cri-pack.js';

const NOTICE = fixture('notices/cri.txt');

function hits(text: string, pack: Pack = CRI) {
  return findMarkers(text, pack).map((h) => ({ value: h.value, start: h.span.start, pattern: h.pattern, place: h.place }));
}

describe('compileMarkerPatterns', () => {
  it('compiles literals and {place}', () => {
    const compiled = compileMarkerPatterns(CRI.ownContent?.markers ?? []);
    expect(compiled.map((c) => c.ok)).toEqual([true, true, true, true, true]);
  });

  it('returns an unknown slot, a stray brace and a slot-only pattern as errors, naming the pattern', () => {
    const [unknown, brace, bare] = compileMarkerPatterns(['国际在线{city}消息', '国际在线{place消息', '{place}']);
    expect(unknown).toMatchObject({ ok: false, pattern: '国际在线{city}消息' });
    expect(unknown.ok ? '' : unknown.error).toContain('{city}');
    expect(unknown.ok ? '' : unknown.error).toContain('{place}');
    expect(brace).toMatchObject({ ok: false, pattern: '国际在线{place消息' });
    expect(bare).toMatchObject({ ok: false, pattern: '{place}' });
  });

  it('treats regex characters in a pattern as literal text', () => {
    const pack: Pack = { ...CRI, ownContent: { thirdPartyMarkers: [], clause: 3, ...CRI.ownContent, markers: ['cri.cn(独家)', '国际在线{place}报道'] } };
    expect(hits('来自cri.cn(独家)的稿件', pack).map((h) => h.value)).toEqual(['cri.cn(独家)']);
    expect(hits('来自criXcn独家的稿件', pack)).toEqual([]);
  });
});

describe('findMarkers', () => {
  it('finds 国际在线北京消息 in a lead, with its place', () => {
    const text = '国际在线北京消息（记者 李明）：据中国气象局消息，今年春季气温偏高。';
    expect(hits(text)).toEqual([{ value: '国际在线北京消息', start: 0, pattern: '国际在线{place}消息', place: '北京' }]);
  });

  it('finds the wire form with a date after the place: 国际在线北京3月1日消息, the place still 北京', () => {
    expect(hits('国际在线北京3月1日消息（记者 张三）：春季招聘会今天在北京开幕。')).toEqual([
      { value: '国际在线北京3月1日消息', start: 0, pattern: '国际在线{place}消息', place: '北京' },
    ]);
    expect(hits('国际在线东京12月31日报道（记者 王五）：当地时间31日……').map((h) => [h.value, h.place])).toEqual([['国际在线东京12月31日报道', '东京']]);
    expect(hits('国际在线北京３月１日消息：').map((h) => h.place)).toEqual(['北京']);
  });

  it('takes no number that is not a date for one: 国际在线北京3家企业消息 is no marker', () => {
    expect(hits('国际在线北京3家企业消息')).toEqual([]);
  });

  it('reads a year in the date and a date with no place: 国际在线北京2024年3月1日消息, 国际在线3月1日消息', () => {
    expect(hits('国际在线北京2024年3月1日消息（记者 张三）：第十届中国国际进口博览会筹备工作今天全面启动。')).toEqual([
      { value: '国际在线北京2024年3月1日消息', start: 0, pattern: '国际在线{place}消息', place: '北京' },
    ]);
    expect(hits('国际在线3月1日消息（记者 王蕾）：入夏以来，北京市已有30家公园将夜间开放时间延长至22时。')).toEqual([
      { value: '国际在线3月1日消息', start: 0, pattern: '国际在线{place}消息', place: undefined },
    ]);
    expect(hits('国际在线2024年3月1日报道：中欧班列今年累计开行一万二千列。').map((h) => [h.value, h.place])).toEqual([['国际在线2024年3月1日报道', undefined]]);
    expect(hits('国际在线北京六月二十五日消息（记者 张三）：').map((h) => [h.value, h.place])).toEqual([['国际在线北京六月二十五日消息', '北京']]);
  });

  it('reads places a joining word or a time word is part of: 呼和浩特, 和田, 大同, 驻东京记者', () => {
    const leads = [
      ['国际在线呼和浩特8月3日消息（记者 陈青）：内蒙古今年夏粮收购进度过半。', '呼和浩特'],
      ['国际在线和田消息（记者 李明）：新疆和田地区今年红枣喜获丰收。', '和田'],
      ['国际在线大同消息：山西大同古城墙今天起夜间开放。', '大同'],
      ['国际在线驻东京记者王五报道：当地时间4日，东京股市小幅上涨。', '驻东京记者王五'],
      ['国际在线台北消息：台北市今天举办灯会。', '台北'],
      ['国际在线视频报道：长春冰雪节今天开幕。', '视频'],
      // a word refused at the slot's start or end stands inside these: 及, 暨, 社, 今, 新闻
      ['国际在线埃及消息：当地时间4日，埃及政府宣布新首都行政区正式启用。', '埃及'],
      ['国际在线驻埃及记者报道：当地时间4日，开罗国际书展开幕。', '驻埃及记者'],
      ['国际在线驻埃及开罗记者3月1日报道：开罗国际书展今天开幕。', '驻埃及开罗记者'],
      ['国际在线社旗消息：河南社旗县今年小麦喜获丰收。', '社旗'],
      ['国际在线暨南消息：暨南大学今天举行毕业典礼。', '暨南'],
      ['国际在线驻开罗记者李今报道：当地时间4日，开罗国际书展开幕。', '驻开罗记者李今'],
    ];
    for (const [text, place] of leads) expect(hits(text).map((h) => h.place), text).toEqual([place]);
  });

  // the words between 国际在线 and 消息 are no place (a list, an outlet, a time, a person), or the sentence cites the marker
  it.each([
    ['等媒体, dated', '据央视、国际在线等媒体3月1日消息，北京市已有30家公园将夜间开放时间延长至22时，颐和园、北海公园还推出了夜间游船。'],
    ['等媒体, undated', '据央视、国际在线等媒体消息，北京市已有30家公园将夜间开放时间延长至22时。'],
    ['和 another outlet, then 显示', '国际在线和央视网3月1日消息显示，今年春运期间全国铁路累计发送旅客4.8亿人次，同比增长约两成。'],
    ['与 another outlet', '国际在线与新华社消息，今年春运期间全国铁路累计发送旅客4.8亿人次。'],
    ['今年 before the date', '有关公园延长开放的安排，国际在线今年3月1日消息已有提及，此后多家媒体跟进报道。'],
    ['网友', '有国际在线网友3月1日消息反映，颐和园夜间游船一票难求，不少游客排队超过一小时。'],
    ['昨日', '国际在线昨日消息，北京市已有30家公园将夜间开放时间延长至22时。'],
    ['the end of a list after 据, dated', '据央视、国际在线3月1日消息，北京市已有30家公园将夜间开放时间延长至22时。'],
    ['the end of a list after 据, undated', '据新华社、国际在线消息，中欧班列今年累计开行一万二千列。'],
    ['after 据…和', '据新华社和国际在线北京消息，中欧班列今年累计开行一万二千列。'],
    ['显示 after a date alone', '国际在线3月1日消息显示，今年春运期间全国铁路累计发送旅客4.8亿人次。'],
    ['称 after the marker', '国际在线北京消息称，中欧班列今年累计开行一万二千列。'],
    // a 据 that starts no sentence still cites a list, an outlet's name after 记者 is still one
    ['根据 before a list', '根据央视、国际在线消息，北京市已有30家公园将夜间开放时间延长至22时。'],
    ['此前据 before a list', '此前据新华社、国际在线3月1日消息，中欧班列今年累计开行一万二千列。'],
    ['据 after a comma', '会议于昨天闭幕，据新华社和国际在线北京消息，与会代表一致认为……'],
    ['记者 followed by more than a name', '国际在线记者在央视新闻消息中看到，北京市已有30家公园将夜间开放时间延长至22时。'],
  ])('takes no marker where the sentence cites outlets: %s', (_, text) => {
    expect(hits(text)).toEqual([]);
  });

  it('reads 国际在线网, the publisher’s other name, as the name in a marker: 国际在线网北京消息 is 国际在线北京消息', () => {
    expect(hits('国际在线网北京消息（记者 李明）：全国两会今天在北京开幕，来自各地的代表委员陆续抵京。')).toEqual([
      { value: '国际在线网北京消息', start: 0, pattern: '国际在线{place}消息', place: '北京' },
    ]);
    expect(hits('国际在线网北京3月1日消息（记者 张三）：春季招聘会今天在北京开幕。').map((h) => [h.value, h.place])).toEqual([['国际在线网北京3月1日消息', '北京']]);
    expect(hits('国际在线网报道（记者 张三）：3月4日，全国政协十三届五次会议开幕。').map((h) => [h.value, h.pattern])).toEqual([['国际在线网报道', '国际在线报道']]);
    expect(hits('國際在線網東京報道（記者 王五）：當地時間4日……').map((h) => [h.value, h.place])).toEqual([['國際在線網東京報道', '東京']]);
  });

  it('still reads the users of the site and the licensor as no name: 国际在线网友, 国际在线网民, 国际在线网络', () => {
    expect(hits('有国际在线网民消息反映，颐和园夜间游船一票难求。')).toEqual([]);
    expect(hits('有国际在线网友北京消息反映，颐和园夜间游船一票难求。')).toEqual([]);
    expect(hits('国广国际在线网络北京消息：本公司今天起调整办公地址。')).toEqual([]);
  });

  it('reads a reporter whose name ends as an outlet’s does (王新闻, 李建社, 刘捷报) after 记者 in the slot', () => {
    const leads = [
      ['国际在线驻东京记者王新闻报道：当地时间4日，东京股市小幅上涨。', '驻东京记者王新闻'],
      ['国际在线驻纽约记者李建社3月1日报道：当地时间1日，联合国安理会就加沙局势举行紧急会议。', '驻纽约记者李建社'],
      ['国际在线记者刘捷报报道：长春冰雪节今天开幕。', '记者刘捷报'],
    ];
    for (const [text, place] of leads) expect(hits(text).map((h) => h.place), text).toEqual([place]);
    // the byline after the marker was read before and still is
    expect(hits('国际在线北京消息（记者王新闻）：全国两会今天开幕。').map((h) => h.place)).toEqual(['北京']);
  });

  it('takes a 据 that ends another word (数据, 证据) for no citation before a list: the marker after it is read', () => {
    expect(hits('本文综合国家统计局最新数据、国际在线北京消息（记者 李明）：一季度国内生产总值同比增长5.3%。').map((h) => h.value)).toEqual(['国际在线北京消息']);
    expect(hits('警方公布的证据、国际在线报道（记者 张三）：涉案金额超过两亿元。').map((h) => h.value)).toEqual(['国际在线报道']);
    // a 据 further back still cites the list: 据国家统计局数据、国际在线消息
    expect(hits('据国家统计局数据、国际在线消息，一季度国内生产总值同比增长5.3%。')).toEqual([]);
  });

  it('reads a marker through zero-width characters, at the file’s columns, its words as they show', () => {
    expect(hits('国际在线\u200b北京消息（记者 李明）：全国两会今天开幕。')).toEqual([
      { value: '国际在线北京消息', start: 0, pattern: '国际在线{place}消息', place: '北京' },
    ]);
    const text = '\ufeff　　国\u2060际在线北\u200c京3月1日消息\u200d（记者 张三）：春季招聘会今天在北京开幕。';
    const [hit, ...rest] = findMarkers(text, CRI);
    expect(rest).toEqual([]);
    expect([hit.value, hit.place, hit.span]).toEqual(['国际在线北京3月1日消息', '北京', { start: 3, end: 17 }]);
    expect(text.slice(hit.span.start, hit.span.end)).toBe('国\u2060际在线北\u200c京3月1日消息');
    // a citation or a quotation stays one through them
    expect(hits('会议于昨天闭幕。据\u200b国际在线报道，与会代表一致认为……')).toEqual([]);
    expect(hits('凡本网注明“国际在线\u200b消息”的所有信息内容，未经书面授权，不得转载。')).toEqual([]);
  });

  it('finds a longer place: 国际在线吉林频道消息', () => {
    expect(hits('国际在线吉林频道消息：长春市今天举行招聘会。')[0]).toMatchObject({ value: '国际在线吉林频道消息', place: '吉林频道' });
  });

  it('finds 国际在线专稿 and 国际在线报道 in leads', () => {
    expect(hits('国际在线专稿：日本东京奥运会推迟一年举行。').map((h) => [h.value, h.pattern])).toEqual([['国际在线专稿', '国际在线专稿']]);
    expect(hits('国际在线报道（记者 张三）：3月4日，全国政协十三届五次会议开幕。').map((h) => h.value)).toEqual(['国际在线报道']);
    expect(hits('国际在线东京报道（记者 王五）：当地时间4日……').map((h) => h.place)).toEqual(['东京']);
  });

  it('finds the markers in traditional characters', () => {
    expect(hits('國際在線北京消息（記者 李明）：').map((h) => [h.value, h.place])).toEqual([['國際在線北京消息', '北京']]);
  });

  // OpenCC's Taiwan phrase conversion (s2twp) writes 在线 as 線上 and 消息 as 訊息
  it('finds the markers as a Taiwan conversion writes them: 國際線上專稿, 國際線上北京訊息', () => {
    expect(hits('國際線上北京訊息（記者 李明）：').map((h) => [h.value, h.place])).toEqual([['國際線上北京訊息', '北京']]);
    expect(hits('（國際線上專稿）').map((h) => h.value)).toEqual(['國際線上專稿']);
    expect(hits('國際線上報道：').map((h) => h.value)).toEqual(['國際線上報道']);
    expect(hits('国际在线北京讯息：').map((h) => h.value)).toEqual(['国际在线北京讯息']);
  });

  it('reads no 线上 outside the marker words: 线上教育, 国际线上展会报名', () => {
    expect(hits('国际线上教育平台今年用户增长三成，国际线上展会报名开始。')).toEqual([]);
  });

  it('ignores markers named in quotes, as the notice names them', () => {
    expect(hits(NOTICE)).toEqual([]);
  });

  it('finds a lead set in brackets: 【】（）[]〔〕, and 『』「」 where they hold the marker alone where a lead stands', () => {
    const leads = ['【国际在线报道】', '（国际在线专稿）', '[国际在线报道]', '〔国际在线北京消息〕', '『国际在线北京消息』', '「國際在線北京消息」', '『 国际在线东京报道 』'];
    for (const lead of leads) {
      const text = `　　${lead}记者从国家发展改革委获悉，今年以来中欧班列累计开行一万二千列。`;
      expect(hits(text).map((h) => h.value), lead).toEqual([lead.replace(/^[^国國]+|[^息道稿]+$/gu, '')]);
    }
    // after header matter on its line: a date, 责编
    expect(hits('2024-03-04 10:20:00　『国际在线专稿』　责编：李明').map((h) => h.value)).toEqual(['国际在线专稿']);
  });

  it('takes 『』「」 for quotation marks still where they quote the words: mid-sentence, in a list, around more than the marker', () => {
    const quoted = [
      '凡本网注明「国际在线消息」的所有信息内容，未经书面授权，不得转载。',
      '「國際在線專稿」、「國際在線消息」等信息內容均由國廣國際在線網絡（北京）有限公司統一管理。',
      '『国际在线报道』等字样不得擅自使用。',
      '『国际在线北京消息称』，今年以来中欧班列累计开行一万二千列。',
    ];
    for (const text of quoted) expect(hits(text), text).toEqual([]);
  });

  it('takes a marker in title marks 《》〈〉 for the name of a programme or column, which marks nothing', () => {
    const named = [
      '　　在《国际在线报道》栏目中，记者走访了长白山脚下的万达滑雪场，雪道上游客络绎不绝。',
      '　　据《国际在线消息》统计，今年雪季吉林接待游客同比增长两成。',
      '　　该台开办的《國際在線北京報道》周刊，今年已出版五十期。',
      '　　他的评论曾多次被《环球时报〈国际在线专稿〉》转载。',
      '　　节目单：〈国际在线报道〉、〈体育新闻〉，每晚八点播出。',
    ];
    for (const text of named) expect(hits(text), text).toEqual([]);
    // before: every one of these marked own content
    const doc = ['冰雪旅游持续升温 吉林雪季接待游客同比增两成', '2024-03-01 10:00　责编：李四', '', named[0], '', '　　今年雪季吉林接待游客同比增长两成。'].join('\n');
    expect(findMarkers(doc, CRI)).toEqual([]);
    // a title mark left open names nothing, and one that closes does not hide a lead after it
    expect(hits('《冰雪季 国际在线报道：记者从吉林省文旅厅获悉，今年雪季游客同比增长两成。').map((h) => h.value)).toEqual(['国际在线报道']);
    expect(hits('《冰雪季》　国际在线北京消息：记者从吉林省文旅厅获悉，今年雪季游客同比增长两成。').map((h) => h.value)).toEqual(['国际在线北京消息']);
  });

  it('does not take 据国际在线报道 as own content: it is a claimed source', () => {
    const text = '会议于昨天闭幕。据国际在线报道，与会代表一致认为……';
    expect(hits(text)).toEqual([]);
    expect(extractMetadata(textDoc(text)).sources.map((s) => [s.form, s.value])).toEqual([['据…报道', '国际在线']]);
  });

  it('needs a place for a {place} slot and no punctuation in it', () => {
    expect(hits('国际在线，北京消息')).toEqual([]);
  });

  it('reports each marker once, in order', () => {
    const text = '国际在线报道：……\n（国际在线专稿）';
    expect(hits(text).map((h) => h.value)).toEqual(['国际在线报道', '国际在线专稿']);
  });
});

describe('isThirdPartyMarked', () => {
  it('is false for an own article citing the publisher and carrying the notice', () => {
    const own = `国际在线北京消息（记者 李明）：全国两会今天开幕。\n2022-03-04 来源：国际在线\n${NOTICE}`;
    expect(isThirdPartyMarked(own, CRI)).toBe(false);
  });

  it('is true for a source naming another outlet', () => {
    expect(isThirdPartyMarked('2022-03-04 11:59:53来源:吉林日报责编:冯雅君\n正文。', CRI)).toBe(true);
    expect(isThirdPartyMarked('正文。（来源：新华社）', CRI)).toBe(true);
  });

  it('is false when the source is an alias, or written in traditional characters', () => {
    expect(isThirdPartyMarked('來源：國際在線\n正文。', CRI)).toBe(false);
    expect(isThirdPartyMarked('来源：国际在线网\n正文。', CRI)).toBe(false);
  });

  it('is not moved by a 据…报道 citation inside an own story', () => {
    expect(isThirdPartyMarked('国际在线报道：……。据新华社报道，会议将持续一周。', CRI)).toBe(false);
  });

  it('is true for the pack’s third-party words in a credit', () => {
    expect(isThirdPartyMarked('正文。\n（本文为第三方版权内容）', CRI)).toBe(true);
    expect(isThirdPartyMarked('国际在线报道：……\n非国际在线稿件', CRI)).toBe(true);
  });

  it('reads the pack’s third-party words through zero-width characters, at the file’s offsets', () => {
    const text = '正文。\n（本文为第三\u200b方版权内容）';
    expect(isThirdPartyMarked(text, CRI)).toBe(true);
    expect(thirdPartyMark(text, CRI)).toEqual({ line: '（本文为第三方版权内容）', start: 8, end: 14, lineEnd: 17 });
    expect(isThirdPartyMarked('国际在线报道：……\n非国际\ufeff在线稿件', CRI)).toBe(true);
  });

  it('reads the credit after a mark through zero-width characters: 第三方版权 来\u200b源：澎湃新闻 names 澎湃新闻 at the file’s offsets', () => {
    const text = '深圳港吞吐量创新高\n第三方\u2060版权 来\u200b源：澎湃新闻\n\n记者从深圳市交通运输局获悉，今年前5个月深圳港集装箱吞吐量创历史同期新高。';
    const doc = textDoc(text);
    const mark = thirdPartyMark(text, CRI);
    const credit = mark && markCredit(doc, mark);
    expect(credit && [credit.value, text.slice(credit.span.start, credit.span.end), credit.line.value]).toEqual(['澎湃新闻', '澎湃新闻', '来源：澎湃新闻']);
  });

  it('is false for those words in the notice’s long clause or in quotes', () => {
    expect(isThirdPartyMarked(`国际在线专稿：……\n${NOTICE}`, CRI)).toBe(false);
    expect(isThirdPartyMarked('他说：“这是非国际在线的稿件吗？”', CRI)).toBe(false);
  });
});
