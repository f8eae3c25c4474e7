import { describe, expect, it } from 'vitest';
import { documentRange } from '../../src/core/read/positions.js';
import { parseDocuments } from '../../src/core/read/index.js';
import { expectTextOverRaw } from './invariants.js';

function read(raw: string) {
  const { documents, errors } = parseDocuments(raw, 'site/news.html', 'html');
  expect(errors).toEqual([]);
  documents.forEach(expectTextOverRaw);
  return documents[0];
}

describe('HTML', () => {
  it('keeps a byte order mark left in the page, so offsets after it are not shifted', () => {
    const raw = '\uFEFF<p>辽源袜业出口订单增长。</p><p>来源：吉林日报</p>';
    const { documents } = parseDocuments(raw, 'a.html', 'html');
    documents.forEach(expectTextOverRaw);
    expect(documents[0].text.indexOf('来源：吉林日报')).toBe(raw.indexOf('来源：吉林日报'));
  });

  it('keeps only what a reader sees, with block boundaries as line breaks', () => {
    const doc = read(
      '<HTML><HEAD><TITLE>四平新闻</TITLE><STYLE>p{}</STYLE></HEAD><BODY><P>第一段。</P><P>第二段。<BR>来源：国际在线</P></BODY></HTML>',
    );
    expect(doc.text.replace(/ +/g, '')).toBe('\n四平新闻\n\n第一段。\n\n第二段。\n来源：国际在线\n');
    expect(doc.fields.title).toBe('四平新闻');
  });

  it('hides head, script, style, nav, noscript, template and comments, wherever they stand', () => {
    const doc = read(
      [
        '<head><meta name="description" content="头部描述"></head>',
        '<body><nav>导航<a>首页</a></nav>',
        '<script>document.write("<p>脚本文字</p>")</script>',
        '<!-- 注释 <p>不可见</p> -->',
        '<div>正文：吉林省白山市<noscript>请开启脚本</noscript>启动林下经济项目。</div>',
        '<template><p>模板</p></template></body>',
      ].join('\n'),
    );
    expect(doc.text.replace(/\s+/g, '')).toBe('正文：吉林省白山市启动林下经济项目。');
  });

  it('shows the body of a page that never closes its head', () => {
    const doc = read('<html><head><title>梅河口新闻</title><meta name="author" content="孙丽">\n<div>梅河口市举办农民丰收节。</div></html>');
    expect(doc.text.replace(/\s+/g, '')).toBe('梅河口新闻梅河口市举办农民丰收节。');
    expect(doc.fields).toEqual({ title: '梅河口新闻', author: '孙丽' });
  });

  it('reads meta and og: keys and the canonical link, <title> before og:title', () => {
    const raw = [
      '<head>',
      '<meta property="og:title" content="社交标题">',
      '<title> 延边&amp;珲春：口岸经济 </title>',
      '<meta name="来源" content="吉林日报">',
      '<meta property="article:published_time" content="2023-08-01T09:00:00+08:00">',
      '<meta name="Author" content="金哲">',
      '<link rel="canonical" href="https://news.example.cn/yanbian/1.html">',
      '</head><body><p>正文。</p></body>',
    ].join('\n');
    const doc = read(raw);
    expect(doc.fields).toEqual({
      title: '延边&珲春：口岸经济',
      source: '吉林日报',
      date: '2023-08-01T09:00:00+08:00',
      author: '金哲',
      url: 'https://news.example.cn/yanbian/1.html',
    });
    const source = doc.fieldSpans.source;
    expect(source && documentRange(doc, source)).toMatchObject({ line: 4, column: 26 });
    const title = doc.fieldSpans.title;
    expect(title && doc.raw.slice(title.start, title.end)).toBe('延边&amp;珲春：口岸经济');
  });

  it('puts an entity character where the entity stands, astral ones included', () => {
    const doc = read('<p>&#x1F4F0;&nbsp;&ldquo;新闻&rdquo;&amp;评论</p>');
    // a numeric reference of a non-ASCII character is read as written out (html-decoded.ts)
    expect(doc.raw).toBe('<p>📰&nbsp;&ldquo;新闻&rdquo;&amp;评论</p>');
    expect(doc.escaped).toEqual([3, 8]);
    const at = doc.raw.indexOf('&ldquo;');
    expect(doc.text.slice(at, at + 1)).toBe('“');
    expect(doc.text.replace(/ +/g, '')).toBe('\n📰\u00a0“新闻”&评论\n');
  });
});

/** The text of each heading span the reader recorded, without the blanks where markup stood. */
function headings(raw: string): string[] {
  const doc = read(raw);
  return (doc.headings ?? []).map((s) => doc.text.slice(s.start, s.end).replace(/\s+/gu, ''));
}

describe('HTML headings: the visible text of <title> and <h1>, as the parser reads them', () => {
  it('holds a headline set in inline markup, on two lines, or in capitals with attributes', () => {
    expect(
      headings(
        [
          '<html><head><title>多地气温骤降超10℃ 寒潮橙色预警发布_国际在线</title></head><body>',
          '<H1 class=x data-id="20240105"><span class="kicker">多地气温骤降超10℃</span><BR>寒潮来袭！<a href="/t/1">中央气象台</a>发布寒潮橙色预警</H1>',
          '<p>中央气象台12月5日发布寒潮橙色预警。</p></body></html>',
        ].join('\n'),
      ),
    ).toEqual(['多地气温骤降超10℃寒潮橙色预警发布_国际在线', '多地气温骤降超10℃寒潮来袭！中央气象台发布寒潮橙色预警']);
  });

  it('holds no tag named in a comment or a script, nor an <h1> hidden in a template or <nav>', () => {
    const raw = [
      '<head><!-- 标题同 <title>，由 CMS 生成 --><title>寒潮来袭！</title></head><body>',
      '<nav><h1>国际在线</h1></nav><template><h1>分享卡片</h1></template>',
      '<!-- 正文首段勿重复 <h1 class="title"> 的文字 -->',
      '<script>var share = "<h1>" + document.title;</script>',
      '<p>中央气象台12月5日发布寒潮橙色预警。</p></body>',
    ].join('\n');
    expect(headings(raw)).toEqual(['寒潮来袭！']);
  });

  it('holds an <h1> of a sidebar after the body, and of a page that never closes it', () => {
    const sidebar = '<body><h1>寒潮来袭！</h1><p>中央气象台发布寒潮橙色预警。</p><aside><h1>热点推荐</h1></aside></body>';
    expect(headings(sidebar)).toEqual(['寒潮来袭！', '热点推荐']);
    expect(headings('<body><h1>寒潮来袭！<p>中央气象台发布寒潮橙色预警。')).toEqual(['寒潮来袭！中央气象台发布寒潮橙色预警。']);
  });

  it('is empty for a page with neither, and missing for a text', () => {
    expect(read('<body><h2>寒潮来袭！</h2><p>中央气象台发布寒潮橙色预警。</p></body>').headings).toEqual([]);
    expect(parseDocuments('寒潮来袭！\n', 'a.txt', 'text').documents[0].headings).toBeUndefined();
  });
});
