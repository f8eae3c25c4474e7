import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, type JsonFinding, type Workspace } from './workspace.js';

// 国际在线's 寒潮 report (cri-07) under a header laid out as a table, as CMS exports write it.
const paragraphs = reprint(REPRINTS.alias).toString('utf8').split('\n').filter((l) => l.startsWith('　　'));
const HEADLINE = '寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上';
const markdown = (table: string[], eol = '\n') => [`# ${HEADLINE}`, '', ...table, '', ...paragraphs.flatMap((p) => [p, ''])].join(eol);

let ws: Workspace | undefined;

afterEach(() => {
  if (ws) rmSync(ws.dir, { recursive: true, force: true });
  ws = undefined;
});

function findings(dir: string): JsonFinding[] {
  return parseJson(laiyuan(dir, ['check', 'content', '--format', 'json'])).findings;
}

describe('check --fix on a credit across a table row', () => {
  it('rewrites | 来源 | 国广国际在线 | cell by cell in a CRLF Markdown page, the table kept', () => {
    ws = makeWorkspace({ licence: true });
    const table = ['| 项目 | 内容 |', '| --- | --- |', '| 时间 | 2023-12-14 11:06 |', '| 来源 | 国广国际在线 |', '| 责编 | 赵磊 |'];
    const page = markdown(table, '\r\n');
    ws.write('content/hanchao.md', page);
    expect(findings(ws.dir).map((f) => `${f.line} ${f.ruleId} ${f.attribution.claimed}`)).toEqual(['6 nonstandard-attribution 来源 | 国广国际在线']);
    expect(laiyuan(ws.dir, ['check', 'content', '--fix']).stderr).toBe('laiyuan: fixed 1 problem in 1 file; 0 problems left\n');
    expect(ws.read('content/hanchao.md').toString('utf8')).toBe(page.replace('| 来源 | 国广国际在线 |', '| 来源: | 国际在线 |'));
    expect(findings(ws.dir)).toEqual([]);
    expect(laiyuan(ws.dir, ['check', 'content', '--fix']).stderr).toBe('laiyuan: nothing to fix\n');
  });

  it('takes | 来源: | 国际在线 | as the required credit, as <td>来源:</td><td>国际在线</td> is', () => {
    ws = makeWorkspace({ licence: true });
    ws.write('content/hanchao.md', markdown(['| 来源: | 国际在线 |', '| --- | --- |']));
    expect(findings(ws.dir)).toEqual([]);
  });

  it('rewrites a cell holding 来源：国际在线网 beside the date cell', () => {
    ws = makeWorkspace({ licence: true });
    const page = markdown(['| 2023-12-14 11:06 | 来源：国际在线网 | 责编：赵磊 |', '| --- | --- | --- |']);
    ws.write('content/hanchao.md', page);
    laiyuan(ws.dir, ['check', 'content', '--fix']);
    expect(ws.read('content/hanchao.md').toString('utf8')).toBe(page.replace('来源：国际在线网', '来源:国际在线'));
    expect(findings(ws.dir)).toEqual([]);
  });

  it('quotes an HTML row’s label and name cells apart, as the page reads, and fixes them', () => {
    ws = makeWorkspace({ licence: true });
    const row = '<table class="info"><tr><th>来源</th><td>国广国际在线</td><th>责编</th><td>赵磊</td></tr></table>';
    const page = [`<html><head><meta charset="utf-8"><title>寒潮来袭</title></head><body>`, `<h1>${HEADLINE}</h1>`, row, ...paragraphs.map((p) => `<p>${p}</p>`), '</body></html>', ''].join('\n');
    ws.write('content/hanchao.html', page);
    const [finding] = findings(ws.dir);
    expect(finding.message).toBe('来源写作「来源 国广国际在线」，国际在线要求的写法是「来源:国际在线」');
    expect(finding.attribution.claimed).toBe('来源 国广国际在线');
    laiyuan(ws.dir, ['check', 'content', '--fix']);
    expect(ws.read('content/hanchao.html').toString('utf8')).toBe(page.replace('<th>来源</th><td>国广国际在线</td>', '<th>来源:</th><td>国际在线</td>'));
    expect(findings(ws.dir)).toEqual([]);
  });
});
