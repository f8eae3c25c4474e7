import { rmSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, type Workspace } from './workspace.js';

// 国际在线's 寒潮 report (cri-07) as a local news site's HTML page prints it: the credit forms read
// since the spaced label, 来源/ and ︰ came in, rewritten by --fix in HTML as in text, tags kept.
const paragraphs = reprint(REPRINTS.alias).toString('utf8').split('\n').filter((l) => l.startsWith('　　'));
const HEADLINE = '寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上';
const html = (info: string, eol = '\n') =>
  [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"><title>寒潮来袭 中央气象台发布寒潮橙色预警_北方新闻网</title></head><body>',
    `<div class="article"><h1>${HEADLINE}</h1>`,
    info,
    ...paragraphs.map((p) => `<p>${p}</p>`),
    '</div></body></html>',
    '',
  ].join(eol);

let ws: Workspace | undefined;

afterEach(() => {
  if (ws) rmSync(ws.dir, { recursive: true, force: true });
  ws = undefined;
});

const CASES: [string, string, string][] = [
  ['a label spaced with &nbsp;', '<div class="info">发布时间：2023-12-14 11:06&nbsp;&nbsp;来&nbsp;&nbsp;源：CRI&nbsp;&nbsp;责编：赵磊</div>', '<div class="info">发布时间：2023-12-14 11:06&nbsp;&nbsp;来源:国际在线&nbsp;&nbsp;责编：赵磊</div>'],
  ['a spaced label in its own <span>', '<p class="info"><span class="label">来&nbsp;&nbsp;源：</span><span class="name">国广国际在线</span></p>', '<p class="info"><span class="label">来源:</span><span class="name">国际在线</span></p>'],
  ['来源/ in <strong>', '<p><strong>来源/</strong>国际在线网</p>', '<p><strong>来源:</strong>国际在线</p>'],
  ['the ︰ colon before a link', '<p>来源︰<a href="http://news.cri.cn/">国广国际在线</a></p>', '<p>来源:<a href="http://news.cri.cn/">国际在线</a></p>'],
  ['国广国际在线 after an &nbsp;', '<p>来源：&nbsp;国广国际在线</p>', '<p>来源:国际在线</p>'],
];

describe('check --fix on the newly read credit forms in HTML', () => {
  for (const [what, info, fixed] of CASES) {
    it(`rewrites ${what}, only the credit's words changed`, () => {
      ws = makeWorkspace({ licence: true });
      const page = html(info);
      ws.write('content/hanchao.html', page);
      const before = parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json'])).findings;
      expect(before.map((f) => f.ruleId)).toEqual(['nonstandard-attribution']);
      expect(laiyuan(ws.dir, ['check', 'content', '--fix']).stderr).toBe('laiyuan: fixed 1 problem in 1 file; 0 problems left\n');
      expect(ws.read('content/hanchao.html').toString('utf8')).toBe(page.replace(info, fixed));
      expect(parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json'])).findings).toEqual([]);
    });
  }

  it('rewrites 来&nbsp;&nbsp;源：CRI in a GBK page with CRLF, bytes kept elsewhere', () => {
    ws = makeWorkspace({ licence: true });
    const info = '<p>来&nbsp;&nbsp;源：CRI</p>';
    const page = html(info, '\r\n').replace('utf-8', 'gbk');
    ws.write('content/hanchao.html', iconv.encode(page, 'gbk'));
    laiyuan(ws.dir, ['check', 'content', '--fix']);
    expect(ws.read('content/hanchao.html').equals(iconv.encode(page.replace(info, '<p>来源:国际在线</p>'), 'gbk'))).toBe(true);
    expect(parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json'])).findings).toEqual([]);
  });
});
