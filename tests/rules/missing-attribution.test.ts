import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../../src/core/judge/types.js';
import { LICENCE, check, lines, checkRule, itReportsNothing, oneFinding, paragraphs, type Case } from './harness.js';

const RULE = 'missing-attribution';

const RUOXING = await paragraphs('cri-02-rouxing-gaitaikuang-dianchi');
const ZAOLIN = await paragraphs('cri-09-zaolin-zhongcao-senlin-fugailv');
const XIALIANG = await paragraphs('cri-14-xialiang-shougou-youzhi-youjia');
const JILIN = await paragraphs('cri-page-jilin-2022-03-04');

function applied(text: string, fix: TextEdit[] | undefined): string {
  let out = text;
  for (const edit of [...(fix ?? [])].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

interface Invalid {
  name: string;
  text: string;
  case?: Case;
  at: string;
  clause: 3 | 4;
  expected: string;
  /** What the source line is for, in the message. */
  says: string;
  /** The headline under which the fix inserts the attribution; none for HTML (no fix offered). */
  headline?: string;
}

const invalid: Invalid[] = [
  {
    name: 'a licensed reprint of 国际在线 content that names no source',
    text: lines('柔性钙钛矿电池效率达24.6%', '', ...RUOXING),
    case: { licences: [LICENCE] },
    at: RUOXING[0],
    clause: 3,
    expected: '来源:国际在线',
    says: '授权使用国际在线的内容',
    headline: '柔性钙钛矿电池效率达24.6%',
  },
  {
    name: 'a licensed Markdown reprint of a 国际在线北京消息 article, CRLF, no source',
    text: ['---', 'title: 造林种草1.2亿亩', 'date: 2024-03-13', '---', '', '# 造林种草1.2亿亩', '', ...ZAOLIN.flatMap((p) => [p, ''])].join('\r\n'),
    case: { licences: [LICENCE], path: 'content/licensed/zaolin.md' },
    at: ZAOLIN[0],
    clause: 3,
    expected: '来源:国际在线',
    says: '授权使用国际在线的内容',
    headline: '# 造林种草1.2亿亩',
  },
  {
    // a heading that ends a sentence reads as prose, but a # heading is the headline all the same
    name: 'a licensed Markdown reprint whose # headline ends on ！',
    text: ['---', 'date: 2024-03-13', '---', '', '# 去年造林种草1.2亿亩！', '', ...ZAOLIN.flatMap((p) => [p, ''])].join('\n'),
    case: { licences: [LICENCE], path: 'content/licensed/zaolin.md' },
    at: ZAOLIN[0],
    clause: 3,
    expected: '来源:国际在线',
    says: '授权使用国际在线的内容',
    headline: '# 去年造林种草1.2亿亩！',
  },
  {
    name: 'the seed page (吉林日报 on a 国际在线 page) reprinted with no source and no licence',
    text: lines('吉林省领导赴京与国家部委会谈', '', ...JILIN),
    at: JILIN[0],
    clause: 4,
    expected: '来源:吉林日报',
    says: '转载自吉林日报',
    headline: '吉林省领导赴京与国家部委会谈',
  },
  {
    name: 'a 人民日报 article from a 国际在线 page as an HTML page with no source',
    text: `<html><head><title>夏粮收购进度过半</title></head><body>\n<h1>夏粮收购进度过半</h1>\n${XIALIANG.map((p) => `<p>${p}</p>`).join('\n')}\n</body></html>`,
    case: { path: 'content/news/xialiang.html' },
    at: XIALIANG[0],
    clause: 4,
    expected: '来源:人民日报',
    says: '转载自人民日报',
  },
];

describe('missing-attribution: licensed or third-party content that names no source', () => {
  for (const c of invalid) {
    it(c.name, async () => {
      const f = await oneFinding(RULE, c.text, c.case, { severity: 'error', clause: c.clause, at: c.at });
      expect(f.attribution).toEqual({ claimed: null, expected: c.expected });
      expect(f.message).toContain(c.says);
      expect(f.message).toContain(`应注明「${c.expected}」`);
      expect(f.remedy).toContain(`在标题下方加上「${c.expected}」`);
      if (c.headline) {
        const eol = c.text.includes('\r\n') ? '\r\n' : '\n';
        expect(applied(c.text, f.fix)).toBe(c.text.replace(`${c.headline}${eol}`, `${c.headline}${eol}${c.expected}${eol}`));
      } else {
        expect(f.fix).toBeUndefined();
      }
    });
  }

  // The usual Hugo/Jekyll page: the title only in front matter, the body's first paragraph the
  // first line with text. The line goes above that paragraph, where nonstandard-attribution
  // accepts it, not under it (a second run warned 「来源:国际在线」… 已在正文开始之后).
  const headless = [
    {
      name: 'Markdown with front matter and no # headline, CRLF',
      path: 'content/licensed/rouxing.md',
      text: ['---', 'title: 柔性钙钛矿电池效率达24.6%', 'date: 2024-04-17', '---', '', ...RUOXING.flatMap((p) => [p, ''])].join('\r\n'),
      first: RUOXING[0],
      inserted: `来源:国际在线\r\n\r\n${RUOXING[0]}`,
    },
    {
      name: 'plain text that starts with its first paragraph',
      path: 'content/licensed/zaolin.txt',
      text: lines(...ZAOLIN),
      first: ZAOLIN[0],
      inserted: `来源:国际在线\n${ZAOLIN[0]}`,
    },
  ];
  for (const c of headless) {
    it(`${c.name}: the line goes above the body, and the fixed document is clean`, async () => {
      const [f] = await checkRule(RULE, c.text, { licences: [LICENCE], path: c.path });
      const fixed = applied(c.text, f.fix);
      expect(fixed).toBe(c.text.replace(c.first, c.inserted));
      expect(await check(fixed, { licences: [LICENCE], path: c.path })).toEqual([]);
    });
  }

  it('a fixed document is clean', async () => {
    const text = lines('吉林省领导赴京与国家部委会谈', '', ...JILIN);
    const [f] = await checkRule(RULE, text);
    expect(await check(applied(text, f.fix))).toEqual([]);
  });
});

describe('missing-attribution does not fire', () => {
  itReportsNothing(RULE, [
    { name: 'the empty document', text: '', case: { licences: [LICENCE] } },
    { name: 'own content with no licence and no source (that is unauthorized-reuse)', text: lines('柔性钙钛矿电池效率达24.6%', '', ...RUOXING) },
    { name: 'a licensed reprint with 来源：国际在线', text: lines('柔性钙钛矿电池效率达24.6%', '来源：国际在线', '', ...RUOXING), case: { licences: [LICENCE] } },
    { name: 'the seed page credited 来源：吉林日报', text: lines('吉林省领导赴京与国家部委会谈', '来源：吉林日报', '', ...JILIN) },
    { name: 'the seed page credited in prose, 据吉林日报报道', text: lines('吉林省领导赴京与国家部委会谈', '', `据吉林日报报道，${JILIN[0]}`, ...JILIN.slice(1)) },
    { name: 'a 人民日报 article credited in front matter', text: ['---', 'title: 夏粮收购进度过半', 'source: 人民日报', '---', '', ...XIALIANG].join('\n'), case: { path: 'content/news/xialiang.md' } },
    { name: 'a 人民日报 article credited in a <meta name="source">', text: `<html><head><meta name="source" content="人民日报"></head><body>${XIALIANG.map((p) => `<p>${p}</p>`).join('')}</body></html>`, case: { path: 'content/news/xialiang.html' } },
    { name: 'the seed page credited to the wrong outlet (that is wrong-source)', text: lines('吉林省领导赴京与国家部委会谈', '来源：国际在线', ...JILIN) },
    // a credit right after a third-party mark on its line is the document's credit, as on a corpus page
    { name: 'a licensed reprint credited 第三方版权 来源：国际在线 on one line', text: lines('柔性钙钛矿电池效率达24.6%', '第三方版权 来源：国际在线', '', ...RUOXING), case: { licences: [LICENCE] } },
    { name: 'the seed page credited （非国际在线，来源：吉林日报）', text: lines('吉林省领导赴京与国家部委会谈', '2022-03-05 08:00:00（非国际在线，来源：吉林日报）', '', ...JILIN) },
    { name: 'original news that reuses nothing', text: lines('梨树县举办农民丰收节', '', '10月7日，梨树县第七届农民丰收节在县城文化广场举行，来自全县21个乡镇的农户带来了特色农产品。') },
  ]);
});

describe('missing-attribution in a JSON Lines record', () => {
  const jsonl = { licences: [LICENCE], path: 'content/licensed/feed.jsonl' };
  const record = (title: string, body: string[], fields: Record<string, string>) =>
    JSON.stringify({ id: 'x1', title, ...fields, date: '2024-07-02', content: body.join('\n') });

  it.each([
    { name: '国际在线 content', title: '我国森林覆盖率超过24%', body: ZAOLIN, clause: 3, outlet: '国际在线' },
    { name: 'a 人民日报 reprint', title: '夏粮收购进度过半 优质优价特征明显', body: XIALIANG, clause: 4, outlet: '人民日报' },
  ])('$name: the remedy names the source field to add, whose value then passes (no line is inserted in a record)', async ({ title, body, clause, outlet }) => {
    const found = await checkRule(RULE, record(title, body, {}), jsonl);
    expect(found).toHaveLength(1);
    const [f] = found;
    expect([f.severity, f.clause.number, f.fix]).toEqual(['error', clause, undefined]);
    expect(f.remedy).toMatch(new RegExp(`^在这条记录中加上来源字段："source": "${outlet}"`, 'u'));
    expect(await check(record(title, body, { source: outlet }), jsonl)).toEqual([]);
  });
});
