// A finding stands where the user looks to act on it. In an HTML page whose <title> the reused
// passage starts in (the browser's tab), a finding on the reuse is at the <h1>, as in a text file
// it is at the headline; one about a credit is at the credit's element; and a page whose credit
// names no outlet (来源：网络) is told so at that credit, the line to change. The --format github
// annotations carry the same lines.
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { LICENCE, laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, type Workspace } from './workspace.js';

// 国际在线's 寒潮 report (cri-07) as reprinted, credited 来源：国际在线网
const text = reprint(REPRINTS.alias).toString('utf8');
const HEADLINE = '寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上';
const paragraphs = text.split('\n').filter((l) => l.startsWith('　　')).map((l) => l.trim());

/** A saved page: <head> on line 1 (its <title> text at column 42), <h1> on line 3, the credit's element on line 4. */
function htmlPage(credit: string): string {
  return [
    `<html><head><meta charset="utf-8"><title>${HEADLINE}</title></head>`,
    '<body>',
    `<h1>${HEADLINE}</h1>`,
    `<div class="info">${credit}</div>`,
    ...paragraphs.map((p) => `<p>${p}</p>`),
    '</body></html>',
    '',
  ].join('\n');
}

let ws: Workspace;
afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

interface Placed {
  ruleId: string;
  line: number;
  column: number;
  message: string;
}

function findings(dir: string): Placed[] {
  return parseJson(laiyuan(dir, ['check', 'content', '--format', 'json'])).findings.map(({ ruleId, line, column, message }) => ({ ruleId, line, column, message }));
}

/** rule, line and column of each --format github annotation. */
function annotations(dir: string): string[] {
  const lines = laiyuan(dir, ['check', 'content', '--format', 'github']).stdout.split('\n').filter((l) => l.startsWith('::'));
  return lines.map((l) => {
    const m = /line=(\d+),col=(\d+),.*title=laiyuan ([a-z-]+)/.exec(l);
    return m ? `${m[3]} ${m[1]}:${m[2]}` : l;
  });
}

describe('where an HTML page is told of its reuse and its credit', () => {
  it('an unlicensed reprint is at its <h1>, not in its <title>; the misworded credit at its element', () => {
    ws = makeWorkspace();
    ws.write('content/hanchao.html', htmlPage('来源：国际在线网'));
    expect(findings(ws.dir).map((f) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual(['unauthorized-reuse 3:5']);
    expect(annotations(ws.dir)).toEqual(['unauthorized-reuse 3:5']);
    ws.write('laiyuan.yaml', `${ws.read('laiyuan.yaml').toString('utf8')}${LICENCE}`);
    expect(annotations(ws.dir)).toEqual(['nonstandard-attribution 4:19']);
  });

  it('a licensed reprint crediting 来源：网络 is at that credit, which the message names', () => {
    ws = makeWorkspace({ licence: true });
    ws.write('content/hanchao.html', htmlPage('来源：网络'));
    expect(findings(ws.dir)).toEqual([
      { ruleId: 'missing-attribution', line: 4, column: 19, message: '注明的来源「网络」没有指明是哪家媒体，授权使用国际在线的内容，应注明「来源:国际在线」' },
    ]);
    expect(annotations(ws.dir)).toEqual(['missing-attribution 4:19']);
  });
});

describe('where a text is told its credit names no outlet', () => {
  it('来源：网络 on the date line: at that credit, not at the headline', () => {
    ws = makeWorkspace({ licence: true });
    ws.write('content/hanchao.txt', text.replace('来源：国际在线网', '来源：网络'));
    expect(findings(ws.dir)).toEqual([
      { ruleId: 'missing-attribution', line: 4, column: 18, message: '注明的来源「网络」没有指明是哪家媒体，授权使用国际在线的内容，应注明「来源:国际在线」' },
    ]);
    expect(annotations(ws.dir)).toEqual(['missing-attribution 4:18']);
  });

  it('a Markdown page: 来源：网络 under the heading, and --fix writes the required credit there', () => {
    ws = makeWorkspace({ licence: true });
    const original = [`# ${HEADLINE}`, '', '2023-12-14 11:06　来源：网络　责编：赵磊', '', ...paragraphs.flatMap((p) => [p, '']), ''].join('\n');
    ws.write('content/hanchao.md', original);
    expect(findings(ws.dir).map((f) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual(['missing-attribution 3:18']);
    laiyuan(ws.dir, ['check', 'content', '--fix']);
    expect(ws.read('content/hanchao.md').toString('utf8')).toBe(original.replace('来源：网络', '来源:国际在线'));
  });

  it('a stock disclaimer at the foot is no credit at the top: the finding stays at the headline, worded as before', () => {
    ws = makeWorkspace({ licence: true });
    ws.write('content/hanchao.txt', text.replace(' 来源：国际在线网', '').replace('免责声明：本站部分内容来自网络，如有侵权请联系删除。', '（本文转载自互联网，版权归原作者所有）'));
    expect(findings(ws.dir)).toEqual([
      { ruleId: 'missing-attribution', line: 3, column: 1, message: '授权使用国际在线的内容，但全文没有注明来源，应注明「来源:国际在线」' },
    ]);
  });
});
