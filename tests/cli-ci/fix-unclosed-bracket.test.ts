// A credit whose bracket is never closed (标题【来源：CRI, ……首位。（来源：新华社) at the end of a
// headline or paragraph is read as the same credit closed is: judged for what it names, and --fix
// writes the required form in closed brackets, never glued to the headline's words.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, ROOT, type JsonFinding, type Workspace } from './workspace.js';

const HEADLINE = '敦煌，你好！数字敦煌艺术展走进布达佩斯';
const DATE = '2023-09-13 08:30';
const CORPUS_PAGE = path.join(ROOT, 'fixtures/corpus/cri/cri-03-dunhuang-bihua-budapeisi.txt');
/** The article's paragraphs as the publisher's page holds them, notice left out. */
const BODY = readFileSync(CORPUS_PAGE, 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('  '))
  .map((l) => l.trim());

let ws: Workspace;
afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

function page(headline: string, last = BODY[BODY.length - 1]): string {
  return [headline, DATE, '', ...[...BODY.slice(0, -1), last].flatMap((p) => [p, ''])].join('\n');
}

function check(): (JsonFinding & { remedy: string | null })[] {
  return parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json'])).findings as (JsonFinding & { remedy: string | null })[];
}

describe('a credit with an unclosed bracket', () => {
  it('at the end of the headline names its outlet: wrong-source, not missing-attribution, and no second credit written', () => {
    expect(BODY.length).toBeGreaterThan(3);
    ws = makeWorkspace({ licence: true });
    const text = page(`${HEADLINE}（来源：新华社`);
    ws.write('content/dunhuang.txt', text);
    const findings = check();
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['wrong-source', 1]]);
    expect(findings[0].message).toContain('注明的来源是「新华社」');
    laiyuan(ws.dir, ['check', 'content', '--fix']);
    expect(ws.read('content/dunhuang.txt').toString('utf8')).toBe(text);
  });

  it('at the end of the headline in a nonstandard form: --fix closes it there, and the fixed page passes', () => {
    ws = makeWorkspace({ licence: true });
    ws.write('content/dunhuang.txt', page(`${HEADLINE}【来源：CRI`));
    const findings = check();
    expect(findings.map((f) => f.ruleId)).toEqual(['nonstandard-attribution']);
    expect(findings[0].remedy).toContain('把「【来源：CRI」改为「【来源:国际在线】」');
    laiyuan(ws.dir, ['check', 'content', '--fix']);
    expect(ws.read('content/dunhuang.txt').toString('utf8')).toBe(page(`${HEADLINE}【来源:国际在线】`));
    expect(check()).toEqual([]);
  });

  it('closed, after the headline: --fix keeps its brackets, so the credit does not read as the headline\'s words', () => {
    ws = makeWorkspace({ licence: true });
    ws.write('content/dunhuang.txt', page(`${HEADLINE}（来源：CRI）`));
    laiyuan(ws.dir, ['check', 'content', '--fix']);
    expect(ws.read('content/dunhuang.txt').toString('utf8')).toBe(page(`${HEADLINE}（来源:国际在线）`));
  });

  it('at the end of the last paragraph names its outlet, as it does closed', () => {
    ws = makeWorkspace({ licence: true });
    const last = BODY[BODY.length - 1];
    ws.write('content/dunhuang.txt', page(HEADLINE, `${last}（来源：新华社`));
    const open = check();
    ws.write('content/dunhuang.txt', page(HEADLINE, `${last}（来源：新华社）`));
    expect(open.map((f) => f.ruleId)).toEqual(['wrong-source']);
    expect(open.map((f) => [f.ruleId, f.line, f.message])).toEqual(check().map((f) => [f.ruleId, f.line, f.message]));
  });

  it('on a line of its own: --fix drops the stray bracket', () => {
    ws = makeWorkspace({ licence: true });
    ws.write('content/dunhuang.txt', page(`${HEADLINE}\n【来源：CRI`));
    laiyuan(ws.dir, ['check', 'content', '--fix']);
    expect(ws.read('content/dunhuang.txt').toString('utf8')).toBe(page(`${HEADLINE}\n来源:国际在线`));
  });
});
