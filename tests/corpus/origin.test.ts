import { describe, expect, it } from 'vitest';
import { articleOf, criPack } from '../helpers/corpus.js';
import { fixture, SEED, textDoc } from '../helpers/docs.js';
import { parseDocuments } from '../../src/core/read/index.js';

/** The body of a corpus page, below its headline and header lines. */
const BODY = '\n\n　　12月17日，第二十六届哈尔滨冰雪大世界正式开园迎客，首日接待游客超过四万人次。\n';

describe('whose content a corpus page is (clauses 3 and 4)', () => {
  it('the seed page is a reprint from 吉林日报', async () => {
    const a = articleOf(textDoc(fixture(SEED), 'corpus/seed.txt'), await criPack());
    expect(a.origin).toMatchObject({ kind: 'third-party', source: '吉林日报' });
    expect(a.title).toBe('深入对接创新资源 持续开展务实合作 为吉林振兴发展培育新优势注入新动能');
    expect(a.date).toBe('2022-03-04T11:59:53');
    expect(a.byline).toBe('黄鹭 于小博');
  });

  it('a page with 来源:国际在线 is own content', async () => {
    const a = articleOf(textDoc(fixture('corpus/cri/cri-01-zhongou-banlie-changchun.txt'), 'c.txt'), await criPack());
    expect(a.origin).toMatchObject({ kind: 'own', source: '国际在线' });
  });

  it('a page crediting 国际在线 in another form the notice\'s names allow is own content, as a document\'s credit would be', async () => {
    const pack = await criPack();
    const body = '\r\n　　記者從中國鐵路瀋陽局集團獲悉，今年以來中歐班列長春站累計開行突破一百列，運送貨物一萬餘標箱。\r\n';
    for (const header of ['2024-03-05 09:12:30　來源：國際在線網　責編：李明', '2024-03-05 09:12:30　来源：国际在线客户端　责编：李明']) {
      const a = articleOf(textDoc(`中歐班列長春站今年開行突破百列\r\n${header}${body}`, 'p.txt'), pack);
      expect(a.origin, header).toMatchObject({ kind: 'own', source: '国际在线' });
    }
  });

  it('a page crediting another outlet in traditional characters names it in simplified ones, by the forms --fix writes', async () => {
    const pack = await criPack();
    const body = '\n\n　　鹿谷鄉農會表示，今年春茶比賽報名件數創下新高，得獎茶葉將於五月底公開標售。\n';
    const cases = [
      ['2024-05-08 09:00:00　來源：聯合新聞網　責編：林怡君', '联合新闻网'],
      ['第三方版權 來源：澎湃新聞', '澎湃新闻'],
      // 乾 is the traditional form of no simplified character here (干 is written 幹): a matching fold would make it 干县
      ['2024-05-08 09:00:00　來源：乾縣融媒體中心', '乾县融媒体中心'],
      // a simplified name stays as written, 著 and all
      ['2024-05-08 09:00:00　来源：著名商标网', '著名商标网'],
    ];
    for (const [header, source] of cases) {
      // before: the page's own characters (聯合新聞網), the credit asked for 来源:联合新聞網 half and half
      expect(articleOf(textDoc(`春茶開採\n${header}${body}`, 'p.txt'), pack).origin, header).toMatchObject({ kind: 'third-party', source });
    }
  });

  it('a page whose lead is 国际在线北京消息 and names no source is own content', async () => {
    const text = '故宫数字文物库新增展品\n国际在线北京消息（记者 张明）：故宫博物院3日宣布，数字文物库新增两万件高清文物影像，公众可在线免费浏览。';
    const a = articleOf(textDoc(text, 'p.txt'), await criPack());
    expect(a.origin).toMatchObject({ kind: 'own', evidence: '国际在线北京消息' });
  });

  it('据新华社报道 in the body of an own page does not make it 新华社\'s', async () => {
    const text = '中老铁路客运量创新高\n2024-01-05 10:00:00来源:国际在线责编:王晓\n  据新华社报道，中老铁路开通两年来累计发送旅客2400万人次。国际在线记者从昆明了解到，春运期间将加开列车。';
    const a = articleOf(textDoc(text, 'p.txt'), await criPack());
    expect(a.origin.kind).toBe('own');
    const noSourceLine = articleOf(textDoc('中老铁路客运量创新高\n  据新华社报道，中老铁路开通两年来累计发送旅客2400万人次，春运期间还将加开列车。', 'q.txt'), await criPack());
    expect(noSourceLine.origin.kind).toBe('own');
  });

  it('a page marked third-party (第三方版权, 非国际在线) that names no source is a reprint from an unnamed outlet', async () => {
    const pack = await criPack();
    const marked = [
      ['哈尔滨冰雪大世界开园\n2024-12-18 09:30:12　责编：刘洋\n本文为第三方版权内容', '本文为第三方版权内容'],
      ['哈尔滨冰雪大世界开园\n2024-12-18 09:30:12（非国际在线）　责编：刘洋', '2024-12-18 09:30:12（非国际在线）　责编：刘洋'],
    ];
    for (const [head, line] of marked) {
      const a = articleOf(textDoc(`${head}${BODY}`, 'p.txt'), pack);
      // before: { kind: 'own', source: '国际在线' }, and every reuse of it unauthorized-reuse
      expect(a.origin, head).toEqual({ kind: 'third-party', source: '', evidence: line });
    }
  });

  it('a page whose lead is 国际在线北京消息 but marked 第三方版权 is not own content; one crediting 国际在线 is', async () => {
    const pack = await criPack();
    const lead = '\n国际在线北京消息：故宫博物院3日宣布，数字文物库新增两万件高清文物影像，公众可在线免费浏览。';
    expect(articleOf(textDoc(`故宫数字文物库新增展品\n【第三方版权】${lead}`, 'p.txt'), pack).origin).toMatchObject({ kind: 'third-party', source: '' });
    const credited = articleOf(textDoc(`故宫数字文物库新增展品\n来源：国际在线\n【第三方版权】${lead}`, 'p.txt'), pack);
    expect(credited.origin).toMatchObject({ kind: 'own', source: '国际在线' });
  });

  it('a credit right after the third-party mark on its line names the original outlet', async () => {
    const pack = await criPack();
    const cases = [
      ['第三方版权 来源：澎湃新闻', '澎湃新闻'],
      ['第三方版权　来源:澎湃新闻　作者：李华', '澎湃新闻'],
      ['2024-12-18 09:30:12（非国际在线，来源：澎湃新闻）', '澎湃新闻'],
      // a picture's credit, a credit further on, one naming 国际在线 (which the mark contradicts): no outlet named
      ['本文为第三方版权内容，图片来源：视觉中国', ''],
      ['第三方版权 责编：刘洋 来源：澎湃新闻', ''],
      ['第三方版权 来源：国际在线', ''],
    ];
    for (const [line, source] of cases) {
      const a = articleOf(textDoc(`哈尔滨冰雪大世界开园\n${line}${BODY}`, 'p.txt'), pack);
      // before: source '' for every one of them, the 来源 after 第三方版权 not read
      expect(a.origin, line).toEqual({ kind: 'third-party', source, evidence: line });
    }
  });

  it('an HTML page\'s mark line whose credit is a link names the outlet as the page shows it', async () => {
    const html = '<html><body><h1>深圳港集装箱吞吐量创同期新高</h1><p>2024-06-11 15:20:00　责编：陈晨</p><p>第三方版权　来源：<a href="https://www.thepaper.cn/newsDetail_forward_27645310">澎湃新闻</a></p><p>记者从深圳市交通运输局获悉，今年前5个月深圳港完成集装箱吞吐量一千二百六十万标准箱。</p></body></html>';
    const { documents } = parseDocuments(html, 'p.html', 'html');
    // before: the link's tags, blanked to spaces, made the mark line no short line: an own page
    expect(articleOf(documents[0], await criPack()).origin).toMatchObject({ kind: 'third-party', source: '澎湃新闻' });
  });

  it('a long line of running text that mentions 第三方版权 and a 来源 marks nothing and names nothing', async () => {
    const text = '短视频平台加强版权保护\n2024-04-26 10:00:00　责编：王晓\n  平台表示，对于用户上传的涉及第三方版权的内容，来源：权利人投诉的将在二十四小时内下架处理，并向权利人反馈处理结果。';
    expect(articleOf(textDoc(text, 'p.txt'), await criPack()).origin).toEqual({ kind: 'own', source: '国际在线' });
  });

  it('the notice\'s own footer, which says 第三方版权 in a long clause, marks nothing', async () => {
    const notice = '3、“国际在线”自有版权信息（包括但不限于“国际在线专稿”、“国际在线消息”等信息内容，但明确标注为第三方版权的内容除外）均由国广国际在线网络(北京)有限公司统一管理和销售。';
    const a = articleOf(textDoc(`中老铁路客运量创新高\n  中老铁路开通两年来累计发送旅客2400万人次，春运期间将加开列车。\n\n${notice}`, 'p.txt'), await criPack());
    expect(a.origin).toEqual({ kind: 'own', source: '国际在线' });
  });

  it('an empty page is the publisher\'s, with the file name as id and title', async () => {
    const a = articleOf(textDoc('', 'corpus/empty.txt'), await criPack());
    expect(a).toMatchObject({ id: 'empty', origin: { kind: 'own' } });
  });
});

describe('the title of a corpus article', () => {
  it('is the first sentence, or 40 characters, of a record whose headline is glued to its body', async () => {
    const body = '中欧班列长春至汉堡线路今年开行突破四百列。记者从长春国际陆港获悉，截至十一月底，中欧班列（长春）今年累计开行四百零二列，同比增长三成。';
    const a = articleOf(textDoc(body, 'corpus/th7.txt'), await criPack());
    expect(a.title).toBe('中欧班列长春至汉堡线路今年开行突破四百列。');
    const run = articleOf(textDoc('截至十一月底中欧班列长春今年累计开行四百零二列同比增长三成运送货物四万标箱货值逾一百亿元', 'corpus/x.txt'), await criPack());
    expect([...run.title]).toHaveLength(41);
    expect(run.title.endsWith('…')).toBe(true);
  });
});
