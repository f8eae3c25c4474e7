// `index update` on a server writes only what changed, in one transaction: the rows of articles
// added, replaced or removed, and of kept articles whose postings the archive's new boilerplate
// altered; the rest stay as they were. The result checks byte for byte as a rebuild does, and a
// run that started before the update goes on reading the index as it was.
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { narrowIndex } from '../../src/core/match/narrow.js';
import { ServerIndexStore } from '../../src/io/postgres/store.js';
import { serverTarget } from '../../src/io/postgres/url.js';
import { readDocuments } from '../../src/io/read-file.js';
import { laiyuan } from '../e2e/cli.js';
import { adminQuery } from './server.js';
import { demoSite, FIXTURES } from './site.js';
import { freshSchema, type TestSchema } from './schema.js';
import { tables } from './tables.js';

let site: string;
const run = (args: string[]) => laiyuan(args, { cwd: site });
/** A desk's note, put under two articles before the build and under a new one by the update: the third makes it boilerplate. */
const NOTE = '\n编辑提示：本网所有稿件均经三审三校后发布，如发现差错请拨打本网新闻值班室电话。\n';
const ADDED = `天津港集装箱吞吐量创新高 智慧码头建设成效显著\n来源:国际在线\n2024年1月，天津港集装箱吞吐量同比增长百分之十二，港口方面表示，新开通的航线和智慧码头建设是增长的主要原因。\n据介绍，天津港全年新开通集装箱航线十五条，自动化码头作业效率比传统码头提高百分之二十以上。${NOTE}`;

beforeAll(() => {
  site = demoSite('laiyuan-pg-update-');
  for (const file of ['cri-01-zhongou-banlie-changchun.txt', 'cri-09-zaolin-zhongcao-senlin-fugailv.txt']) appendFileSync(path.join(site, 'corpus/fixtures', file), NOTE);
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

async function oneRow(s: TestSchema, sql: string): Promise<Record<string, string>> {
  return (await adminQuery(s.server, sql.replaceAll('S.', `"${s.schema}".`))).rows[0] as Record<string, string>;
}

describe('index update on a server', { timeout: 240000 }, () => {
  it('an article added, one replaced, one removed, the boilerplate grown: only those rows written, and findings byte for byte a rebuild\'s', async () => {
    const s = freshSchema();
    expect(run(['index', 'build', '--index', s.url]).code).toBe(0);
    const { x: built } = await oneRow(s, 'SELECT xmin::text AS x FROM S.fingerprints LIMIT 1');
    const linesBefore = Number((await oneRow(s, 'SELECT count(*) AS n FROM S.boilerplate_lines')).n);
    writeFileSync(path.join(site, 'corpus/fixtures/tianjin-gang.txt'), ADDED);
    rmSync(path.join(site, 'corpus/fixtures/cri-03-dunhuang-bihua-budapeisi.txt'));
    const replaced = path.join(site, 'corpus/fixtures/cri-05-lishu-moshi-heitudi.txt');
    writeFileSync(replaced, readFileSync(replaced, 'utf8').replace('保护性耕作', '保护性耕种'));

    const updated = run(['index', 'update', s.url, 'corpus/fixtures']);
    expect(updated.stderr).toBe('');
    expect(updated.stdout).toMatch(/^updated: 2 added, 2 removed \(1 from 1 file gone from the corpus\), 2 kept articles rewritten; 37 articles from 37 files into \S+: [\d,]+ fingerprints, generation 2, [\d.]+ s\n$/u);
    expect(Number((await oneRow(s, 'SELECT count(*) AS n FROM S.boilerplate_lines')).n)).toBe(linesBefore + 1);
    // the rows of the 34 articles left alone are the build's own
    const rows = await oneRow(s, `SELECT count(*) FILTER (WHERE xmin::text = '${built}') AS kept, count(*) AS total FROM S.fingerprints`);
    expect(Number(rows.kept)).toBeGreaterThan(Number(rows.total) * 0.8);
    expect(Number(rows.kept)).toBeLessThan(Number(rows.total));
    const articles = await oneRow(s, `SELECT count(*) FILTER (WHERE xmin::text = '${built}') AS kept, count(*) AS total FROM S.articles`);
    expect(articles).toEqual({ kept: '33', total: '37' });

    const rebuilt = freshSchema();
    expect(run(['index', 'build', '--index', rebuilt.url]).code).toBe(0);
    const statsOf = (url: string) => {
      const { index: _i, updatedAt: _u, generation: _g, fingerprintTableBytes: _a, fingerprintIndexBytes: _b, articleTableBytes: _c, ...rest } = JSON.parse(run(['index', 'stats', url, '--format', 'json']).stdout) as Record<string, unknown>;
      return rest;
    };
    expect(statsOf(s.url)).toEqual(statsOf(rebuilt.url));
    expect(await tables(s)).toEqual(await tables(rebuilt));
    const fromUpdate = run(['check', ...FIXTURES, '--format', 'json', '--index', s.url]);
    expect(fromUpdate.code).toBe(1);
    expect(fromUpdate.stdout).toBe(run(['check', ...FIXTURES, '--format', 'json', '--index', rebuilt.url]).stdout);
    expect(run(['check', 'content', '--index', s.url, '--evidence']).stdout).toBe(run(['check', 'content', '--index', rebuilt.url, '--evidence']).stdout);
    // nothing changed since: nothing written
    expect(run(['index', 'update', s.url, 'corpus']).stdout).toMatch(/^updated: 0 added, 0 removed, 0 kept articles rewritten; .*generation 3, [\d.]+ s\n$/u);
  });

  it('a run that started before an update reads the index as it was; the next run sees the update', async () => {
    const s = freshSchema();
    expect(run(['index', 'build', '--index', s.url]).code).toBe(0);
    const doc = 'content/licensed/2024-01-yangshan-gang-jizhuangxiang.md';
    const read = await readDocuments(path.join(site, doc), { displayPath: doc });
    if (!read.ok) throw new Error('fixture unreadable');
    const candidates = async (store: ServerIndexStore) => (await narrowIndex(read.documents[0], store, DEFAULT_MATCH)).articles.map((a) => a.article.id).sort();
    const store = await ServerIndexStore.open(serverTarget(s.url, { env: {} }), { concurrency: 2 });
    const moved = path.join(site, 'corpus-away');
    try {
      const before = await candidates(store);
      expect(before).toContain('cri-12-yangshan-gang-jizhuangxiang');
      cpSync(path.join(site, 'corpus'), moved, { recursive: true });
      for (const folder of ['corpus', 'corpus/fixtures']) rmSync(path.join(site, folder, 'cri-12-yangshan-gang-jizhuangxiang.txt'));
      const updated = run(['index', 'update', s.url, 'corpus']);
      expect(updated.stdout).toMatch(/^updated: 0 added, 2 removed \(2 from 2 files gone from the corpus\), \d+ kept articles rewritten; .*generation 2, [\d.]+ s\n$/u);
      expect(await candidates(store)).toEqual(before);
      const fresh = await ServerIndexStore.open(serverTarget(s.url, { env: {} }));
      try {
        expect(fresh.meta.generation).toBe(2);
        expect(await candidates(fresh)).not.toContain('cri-12-yangshan-gang-jizhuangxiang');
      } finally {
        await fresh.close();
      }
    } finally {
      await store.close();
      rmSync(path.join(site, 'corpus'), { recursive: true, force: true });
      cpSync(moved, path.join(site, 'corpus'), { recursive: true });
      rmSync(moved, { recursive: true, force: true });
    }
  });
});
