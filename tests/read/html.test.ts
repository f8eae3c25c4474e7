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
