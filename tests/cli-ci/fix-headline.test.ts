// --fix puts a missing 来源 line under a headline that exclaims mid-line (敦煌，你好！…), as under
// a plain one, and the fixed page then passes a fresh check.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, ROOT, type Workspace } from './workspace.js';

const HEADLINE = '敦煌，你好！数字敦煌艺术展走进布达佩斯';
const DATE = '2023-09-13 08:30';
const CORPUS_PAGE = path.join(ROOT, 'fixtures/corpus/cri/cri-03-dunhuang-bihua-budapeisi.txt');
/** The article's paragraphs as the publisher's page holds them, notice left out. */
const BODY = readFileSync(CORPUS_PAGE, 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('  '));

let ws: Workspace;
afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

describe('check --fix under a headline with ， and ！ inside it', () => {
  it('inserts 来源 under the headline, and a fresh check of the fixed page finds nothing', () => {
    expect(BODY.length).toBeGreaterThan(3);
    ws = makeWorkspace({ licence: true });
    const page = [HEADLINE, DATE, '', ...BODY.flatMap((p) => [p, ''])].join('\n');
    ws.write('content/dunhuang.txt', page);
    const before = parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json']));
    expect(before.findings.map((f) => f.ruleId)).toEqual(['missing-attribution']);

    // before: the headline's ！ made it the body's first line, and the credit went above it
    laiyuan(ws.dir, ['check', 'content', '--fix', '--format', 'json']);
    expect(ws.read('content/dunhuang.txt').toString('utf8')).toBe([HEADLINE, '来源:国际在线', DATE, '', ...BODY.flatMap((p) => [p, ''])].join('\n'));

    const after = laiyuan(ws.dir, ['check', 'content', '--format', 'json']);
    expect(parseJson(after).findings).toEqual([]);
    expect(after.status).toBe(0);
  });
});
