// index update says what changed under its paths, in the same words for a file and a server:
// articles added (new or edited) and removed (gone or edited), told apart by their records.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { freshSchema } from '../postgres/schema.js';

let site: string;

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-update-changes-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

const run = (args: string[]) => laiyuan(args, { cwd: site });
const corpus = (name: string) => path.join(site, 'corpus', name);

describe('index update names what changed', { timeout: 180000 }, () => {
  it('an article edited, one added, one removed: "updated: 2 added, 2 removed (1 from 1 file gone from the corpus); " from a file and a server alike, each count said once; nothing changed: 0 and 0', () => {
    const s = freshSchema();
    expect(run(['index', 'build', 'corpus', '-o', 'archive.lyx']).code).toBe(0);
    expect(run(['index', 'build', 'corpus', '--index', s.url]).code).toBe(0);
    expect(run(['index', 'update', 'archive.lyx', 'corpus']).stdout).toMatch(/^updated: 0 added, 0 removed; 15 articles from 15 files into archive\.lyx: .* left out as boilerplate\n$/u);
    const edited = readFileSync(corpus('cri-01-zhongou-banlie-changchun.txt'), 'utf8').replace('长春国际陆港', '长春国际内陆港');
    writeFileSync(corpus('cri-01-zhongou-banlie-changchun.txt'), edited);
    cpSync(path.join(ROOT, 'fixtures/corpus/cri/cri-05-lishu-moshi-heitudi.txt'), corpus('cri-95-lishu-moshi.txt'));
    rmSync(corpus('cri-13-jiuquan-yijian-sixing.txt'));
    const file = run(['index', 'update', 'archive.lyx', 'corpus']);
    expect(file.code).toBe(0);
    // one line, each count said once: the article of the file gone is among those removed
    expect(file.stdout).toMatch(/^updated: 2 added, 2 removed \(1 from 1 file gone from the corpus\); 15 articles from 15 files into archive\.lyx: .* left out as boilerplate\n$/u);
    expect(file.stdout.match(/removed/gu)).toHaveLength(1);
    const server = run(['index', 'update', s.url, 'corpus']);
    expect(server.code).toBe(0);
    expect(server.stdout).toMatch(/^updated: 2 added, 2 removed \(1 from 1 file gone from the corpus\), \d+ kept articles rewritten; 15 articles from 15 files into \S+: .* s\n$/u);
    // a path named alone: only what lies under it is counted
    expect(run(['index', 'update', 'archive.lyx', 'corpus/cri-95-lishu-moshi.txt']).stdout).toMatch(/^updated: 0 added, 0 removed; /u);
  });

  it('a JSON Lines record deleted: the records below it, only moved up a line, are neither added nor removed', () => {
    // a news export of the corpus's articles, one record a line, no id of their own (news:3 is the third line)
    const names = readdirSync(path.join(ROOT, 'fixtures/corpus/cri')).filter((n) => n.endsWith('.txt')).sort().slice(0, 8);
    const record = (name: string) => JSON.stringify({ source: '国际在线', text: readFileSync(path.join(ROOT, 'fixtures/corpus/cri', name), 'utf8').trim() });
    const records = names.map(record);
    rmSync(path.join(site, 'corpus'), { recursive: true });
    writeFileSync(path.join(site, 'news.jsonl'), `${records.join('\n')}\n`);
    const s = freshSchema();
    expect(run(['index', 'build', 'news.jsonl', '-o', 'archive.lyx']).code).toBe(0);
    expect(run(['index', 'build', 'news.jsonl', '--index', s.url]).code).toBe(0);
    const edited = records[5].replace('。', '，记者从有关方面获悉。');
    const appended = record('cri-09-zaolin-zhongcao-senlin-fugailv.txt');
    writeFileSync(path.join(site, 'news.jsonl'), `${[records[0], ...records.slice(2, 5), edited, ...records.slice(6), appended].join('\n')}\n`);
    const file = run(['index', 'update', 'archive.lyx', 'news.jsonl']);
    expect(file.code, file.stderr).toBe(0);
    expect(file.stdout).toMatch(/^updated: 2 added, 2 removed; 8 articles from 1 file into archive\.lyx: .*boilerplate\n$/u);
    expect(run(['index', 'build', 'news.jsonl', '-o', 'rebuilt.lyx']).code).toBe(0);
    expect(readFileSync(path.join(site, 'archive.lyx')).equals(readFileSync(path.join(site, 'rebuilt.lyx')))).toBe(true);
    // a server rewrites the moved records' rows (their line is stored): counted as kept articles rewritten
    const server = run(['index', 'update', s.url, 'news.jsonl']);
    expect(server.code, server.stderr).toBe(0);
    expect(server.stdout).toMatch(/^updated: 2 added, 2 removed, \d+ kept articles rewritten; 8 articles from 1 file into \S+: .* s\n$/u);
  });
});
