import { rmSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, reprint, REPRINTS, type Workspace } from './workspace.js';

// 国际在线's 寒潮 report (cri-07) reprinted under a licence, its only credit a stock line naming no
// outlet: the remedy replaces it with 来源:国际在线, and --fix does what the remedy says.
const paragraphs = reprint(REPRINTS.alias).toString('utf8').split('\n').filter((l) => l.startsWith('　　'));
const HEADLINE = '寒潮来袭 中央气象台发布寒潮橙色预警 多地气温将下降10℃以上';
const page = (head: string[], foot: string[], eol = '\n') => [...head, '', ...paragraphs.flatMap((p) => [p, '']), ...foot].join(eol);

let ws: Workspace | undefined;

afterEach(() => {
  if (ws) rmSync(ws.dir, { recursive: true, force: true });
  ws = undefined;
});

function remedyOf(dir: string): string {
  const findings = JSON.parse(laiyuan(dir, ['check', 'content', '--format', 'json']).stdout).findings as { ruleId: string; remedy: string }[];
  expect(findings.map((f) => f.ruleId)).toEqual(['missing-attribution']);
  return findings[0].remedy.split('。')[0];
}

describe('check --fix on a credit naming no outlet (转载自互联网)', () => {
  it('moves a foot 转载自互联网 line up as 来源:国际在线, as the remedy says, and leaves no second credit', () => {
    ws = makeWorkspace({ licence: true });
    const original = page([HEADLINE], ['转载自互联网', '']);
    ws.write('content/hanchao.txt', original);
    expect(remedyOf(ws.dir)).toBe('删去「转载自互联网」，在标题下方加上「来源:国际在线」');
    expect(laiyuan(ws.dir, ['check', 'content', '--fix']).stderr).toBe('laiyuan: fixed 1 problem in 1 file; 0 problems left\n');
    expect(ws.read('content/hanchao.txt').toString('utf8')).toBe(original.replace(HEADLINE, `${HEADLINE}\n来源:国际在线`).replace('\n\n转载自互联网', ''));
    expect(parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json'])).findings).toEqual([]);
    expect(laiyuan(ws.dir, ['check', 'content', '--fix']).stderr).toBe('laiyuan: nothing to fix\n');
  });

  it('deletes the credit of a stock disclaimer in a GBK CRLF file, its other words kept', () => {
    ws = makeWorkspace({ licence: true });
    const original = page([HEADLINE], ['（本文转载自互联网，版权归原作者所有，如有侵权请联系删除）', ''], '\r\n');
    ws.write('content/hanchao.txt', iconv.encode(original, 'gbk'));
    expect(remedyOf(ws.dir)).toBe('删去「本文转载自互联网」，在标题下方加上「来源:国际在线」');
    laiyuan(ws.dir, ['check', 'content', '--fix']);
    const fixed = original.replace(HEADLINE, `${HEADLINE}\r\n来源:国际在线`).replace('本文转载自互联网，', '');
    expect(ws.read('content/hanchao.txt').equals(iconv.encode(fixed, 'gbk'))).toBe(true);
    expect(parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json'])).findings).toEqual([]);
  });

  it('rewrites 来源：网络 where it stands at the top of a Markdown page', () => {
    ws = makeWorkspace({ licence: true });
    const original = page([`# ${HEADLINE}`, '', '2023-12-14 11:06　来源：网络　责编：赵磊'], []);
    ws.write('content/hanchao.md', original);
    expect(remedyOf(ws.dir)).toBe('把「来源：网络」改为「来源:国际在线」');
    laiyuan(ws.dir, ['check', 'content', '--fix']);
    expect(ws.read('content/hanchao.md').toString('utf8')).toBe(original.replace('来源：网络', '来源:国际在线'));
    expect(parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json'])).findings).toEqual([]);
  });
});
