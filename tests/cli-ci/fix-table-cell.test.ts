import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, type Workspace } from './workspace.js';

const r11 = reprint(REPRINTS.alias).toString('utf8');
let ws: Workspace | undefined;

afterEach(() => {
  if (ws) rmSync(ws.dir, { recursive: true, force: true });
  ws = undefined;
});

describe('check --fix on a credit across an HTML table row’s cells', () => {
  it('rewrites <td>来源：</td><td>CRI</td> cell by cell, the page’s tags and CRLF kept, and a re-check passes', () => {
    ws = makeWorkspace({ licence: true });
    const paragraphs = r11.split('\n').filter((l) => l.startsWith('　　'));
    const html = [
      '<html><head><title>寒潮来袭 中央气象台发布寒潮橙色预警</title></head><body>',
      '<h1>寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上</h1>',
      '<table class="info"><tr><td>2023-12-14 11:06</td><td>来源：</td><td>CRI</td><td>责编：赵磊</td></tr></table>',
      ...paragraphs.map((p) => `<p>${p}</p>`),
      '</body></html>',
      '',
    ].join('\r\n');
    ws.write('content/hanchao.html', html);
    const run = laiyuan(ws.dir, ['check', 'content', '--fix']);
    expect(run.stderr).toBe('laiyuan: fixed 1 problem in 1 file; 0 problems left\n');
    expect(ws.read('content/hanchao.html').toString('utf8')).toBe(html.replace('<td>来源：</td><td>CRI</td>', '<td>来源:</td><td>国际在线</td>'));
    expect(parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json'])).findings).toEqual([]);
  });
});
