import { rmSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, type Workspace } from './workspace.js';

// An editor's copy of 国际在线's 寒潮 report (cri-07) credited to another outlet under the headline,
// with the excerpt note naming 国际在线 at the foot: --fix moves the foot credit over the wrong one.
const paragraphs = reprint(REPRINTS.alias).toString('utf8').split('\n').filter((l) => l.startsWith('　　'));
const HEADLINE = '寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上';
const page = (head: string[], foot: string, eol = '\n') => [...head, '', ...paragraphs.flatMap((p) => [p, '']), foot, ''].join(eol);

let ws: Workspace | undefined;

afterEach(() => {
  if (ws) rmSync(ws.dir, { recursive: true, force: true });
  ws = undefined;
});

/** --fix, then what a check of the result and a second --fix say. */
function fixTwice(file: string) {
  if (!ws) throw new Error('no workspace');
  const first = laiyuan(ws.dir, ['check', 'content', '--fix']);
  const after = parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json'])).findings;
  const second = laiyuan(ws.dir, ['check', 'content', '--fix']);
  return { first: first.stderr, after, second: second.stderr, bytes: ws.read(file) };
}

describe('check --fix moving a foot credit up over a wrong credit at the top', () => {
  it('writes 来源:国际在线 over 来源：新华网 and deletes （本文摘编自国际在线）: one right credit, both findings fixed', () => {
    ws = makeWorkspace({ licence: true });
    const original = page([HEADLINE, '来源：新华网'], '（本文摘编自国际在线）');
    ws.write('content/hanchao.txt', original);
    const before = parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json'])).findings;
    expect(before.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['2 wrong-source', '16 nonstandard-attribution']);
    const run = fixTwice('content/hanchao.txt');
    expect(run.first).toBe('laiyuan: fixed 2 problems in 1 file; 0 problems left\n');
    expect(run.bytes.toString('utf8')).toBe(original.replace('来源：新华网', '来源:国际在线').replace('\n\n（本文摘编自国际在线）', ''));
    expect(run.after).toEqual([]);
    expect(run.second).toBe('laiyuan: nothing to fix\n');
  });

  it('says the same in both remedies: rewrite the top one, delete the foot one', () => {
    ws = makeWorkspace({ licence: true });
    ws.write('content/hanchao.txt', page([HEADLINE, '来源：新华网'], '（本文摘编自国际在线）'));
    const remedies = JSON.parse(laiyuan(ws.dir, ['check', 'content', '--format', 'json']).stdout).findings.map((f: { remedy: string }) => f.remedy.split('。')[0]);
    expect(remedies).toEqual(['把「来源：新华网」改为「来源:国际在线」，删去「（本文摘编自国际在线）」', '把「来源：新华网」改为「来源:国际在线」，删去「（本文摘编自国际在线）」']);
  });

  it('in Markdown with CRLF, rewrites the credit on the date line and carries the note of cuts up with it', () => {
    ws = makeWorkspace({ licence: true });
    const original = page([`# ${HEADLINE}`, '', '2023-12-14 11:06　来源：新华网　责编：赵磊'], '（来源：国际在线）（有删改）', '\r\n');
    ws.write('content/hanchao.md', original);
    const run = fixTwice('content/hanchao.md');
    expect(run.first).toBe('laiyuan: fixed 2 problems in 1 file; 0 problems left\n');
    expect(run.bytes.toString('utf8')).toBe(original.replace('来源：新华网', '来源:国际在线（有删改）').replace('\r\n\r\n（来源：国际在线）（有删改）', ''));
    expect(run.after).toEqual([]);
    expect(run.second).toBe('laiyuan: nothing to fix\n');
  });

  it('in a GBK text with CRLF, moves a rightly worded foot 来源:国际在线 over 来源：新华社', () => {
    ws = makeWorkspace({ licence: true });
    const original = page([HEADLINE, '来源：新华社'], '来源:国际在线', '\r\n');
    ws.write('content/hanchao.txt', iconv.encode(original, 'gbk'));
    const run = fixTwice('content/hanchao.txt');
    expect(run.first).toBe('laiyuan: fixed 2 problems in 1 file; 0 problems left\n');
    expect(run.bytes.equals(iconv.encode(original.replace('来源：新华社', '来源:国际在线').replace('\r\n\r\n来源:国际在线', ''), 'gbk'))).toBe(true);
    expect(run.after).toEqual([]);
  });

  it('writes over a 来源 line that a front matter source field restates, the field left to the editor', () => {
    ws = makeWorkspace({ licence: true });
    const original = page(['---', `title: ${HEADLINE}`, 'source: 新华网', '---', '', `# ${HEADLINE}`, '', '来源：新华网'], '（本文摘编自国际在线）');
    ws.write('content/hanchao.md', original);
    const run = fixTwice('content/hanchao.md');
    expect(run.bytes.toString('utf8')).toBe(original.replace('来源：新华网', '来源:国际在线').replace('\n\n（本文摘编自国际在线）', ''));
    expect(run.after.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['3 wrong-source']);
  });

  it('in HTML, rewrites the top <p> and deletes the foot one, the rest of the page as it was', () => {
    ws = makeWorkspace({ licence: true });
    const html = [
      '<html><head><meta charset="utf-8"><title>寒潮来袭_示例新闻网</title></head><body>',
      `<h1>${HEADLINE}</h1>`,
      '<p class="source">来源：新华网</p>',
      ...paragraphs.map((p) => `<p>${p}</p>`),
      '<p class="note">（本文摘编自国际在线）</p>',
      '</body></html>',
      '',
    ].join('\n');
    ws.write('content/hanchao.html', html);
    const run = fixTwice('content/hanchao.html');
    expect(run.first).toBe('laiyuan: fixed 2 problems in 1 file; 0 problems left\n');
    expect(run.bytes.toString('utf8')).toBe(html.replace('来源：新华网', '来源:国际在线').replace('<p class="note">（本文摘编自国际在线）</p>\n', ''));
    expect(run.after).toEqual([]);
    expect(run.second).toBe('laiyuan: nothing to fix\n');
  });
});
