// --fix puts a missing 来源 line under a setext heading's underline (标题 over ======, as Pandoc
// writes Markdown), not between the heading's text and its underline, where it joined the heading
// (# 中欧班列… 来源:国际在线) and a fresh check read it as a credit all the same.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, ROOT, type Workspace } from './workspace.js';

const CORPUS_PAGE = path.join(ROOT, 'fixtures/corpus/cri/cri-01-zhongou-banlie-changchun.txt');
/** The article's paragraphs as the publisher's page holds them, indent and notice left out. */
const BODY = readFileSync(CORPUS_PAGE, 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('  '))
  .map((l) => l.trim());
const TITLE = '中欧班列长春年开行破400列';

let ws: Workspace;
afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

/** A fresh check of content/ and the 来源 line `inspect` reads in the file. */
function recheck(file: string): { findings: unknown[]; credit: string | undefined } {
  const after = parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json']));
  const inspected = laiyuan(ws.dir, ['inspect', file]).stdout;
  return { findings: after.findings, credit: /^ {2}来源 +国际在线 +(\d+):/mu.exec(inspected)?.[1] };
}

describe('check --fix under a setext heading', () => {
  it.each([
    ['level one (======), a date line under it', ['======', '', '2023-11-21 10:02  长春晚报'], 3],
    ['level two (------), the body right under it', ['------'], 3],
    ['over two lines, one underline', ['“长满欧”通道运量创新高', '======'], 4],
  ])('%s: the credit goes under the underline, and the heading keeps its words', (_, head, creditLine) => {
    expect(BODY.length).toBeGreaterThan(3);
    ws = makeWorkspace({ licence: true });
    const top = [TITLE, ...head];
    const rest = ['', ...BODY.flatMap((p) => [p, ''])];
    ws.write('content/banlie.md', [...top, ...rest].join('\n'));
    const before = parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json']));
    expect(before.findings.map((f) => f.ruleId)).toEqual(['missing-attribution']);

    laiyuan(ws.dir, ['check', 'content', '--fix', '--format', 'json']);
    const under = top.findIndex((l) => l.startsWith('==') || l.startsWith('--')) + 1;
    const fixed = [...top.slice(0, under), '来源:国际在线', ...top.slice(under), ...rest];
    expect(ws.read('content/banlie.md').toString('utf8')).toBe(fixed.join('\n'));

    expect(recheck('content/banlie.md')).toEqual({ findings: [], credit: String(creditLine) });
  });
});
