import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { laiyuan, makeWorkspace, parseJson, type Workspace } from './workspace.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const page = (id: string) => readFileSync(path.join(ROOT, 'fixtures/corpus/cri', `${id}.txt`), 'utf8');
/** The first two body paragraphs of a corpus page (not its nav bar, headline, date line or 原标题). */
function paragraphs(id: string): string[] {
  return page(id)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 60 && !l.includes('|'))
    .slice(0, 2);
}
const OWN = 'cri-12-yangshan-gang-jizhuangxiang'; // 来源:国际在线
const THIRD = 'cri-18-chaganhu-dongbu-kaimu'; // 来源:吉林日报

let ws: Workspace;
afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

function workspace(content: Record<string, string>): Workspace {
  ws = makeWorkspace({ licence: true });
  for (const id of [OWN, THIRD]) copyFileSync(path.join(ROOT, 'fixtures/corpus/cri', `${id}.txt`), ws.at(`corpus/${id}.txt`));
  for (const [rel, text] of Object.entries(content)) ws.write(rel, text);
  return ws;
}

describe('check --fix on a compilation of articles of two origins', () => {
  it('adds no 来源 line that would credit the 吉林日报 text to 国际在线 or the other way round, and still reports both', () => {
    const mixed = ['港口与冬捕：岁末经济观察', '', ...paragraphs(OWN), ...paragraphs(THIRD), ''].join('\n');
    const single = ['查干湖冬捕节开幕', '', ...paragraphs(THIRD), ''].join('\n');
    workspace({ 'content/mixed.txt': mixed, 'content/single.txt': single });
    const fixed = laiyuan(ws.dir, ['check', 'content', '--fix', '--format', 'json']);
    expect(ws.read('content/mixed.txt').toString('utf8')).toBe(mixed);
    expect(ws.read('content/single.txt').toString('utf8')).toBe(single.replace('\n\n', '\n来源:吉林日报\n\n'));
    const left = parseJson(fixed).findings.filter((f) => f.file.endsWith('mixed.txt'));
    const missing = left.filter((f) => f.ruleId === 'missing-attribution');
    expect(missing.map((f) => f.attribution.expected).sort()).toEqual(['来源:吉林日报', '来源:国际在线']);
    const again = parseJson(laiyuan(ws.dir, ['check', 'content', '--format', 'json'])).findings;
    expect(again.filter((f) => f.ruleId === 'wrong-source')).toEqual([]);
    expect(again.filter((f) => f.file.endsWith('single.txt'))).toEqual([]);
  });
});
