// `index update` on a server over a corpus it cannot read, as on a file: a path that is not there
// and that the index holds nothing under, or a corpus file that cannot be read, refuses the whole
// update (one line each, which ends "not written (left as it was)", exit 2) before the server is
// written, however much else changed; a path gone that the index holds files under is a removal.
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { adminQuery } from './server.js';
import { demoSite } from './site.js';
import { freshSchema, type TestSchema } from './schema.js';
import { tables } from './tables.js';

let site: string;
let s: TestSchema;
const run = (args: string[]) => laiyuan(args, { cwd: site });
const ADDED = '天津港集装箱吞吐量创新高 智慧码头建设成效显著\n来源:国际在线\n2024年1月，天津港集装箱吞吐量同比增长百分之十二，港口方面表示，新开通的航线和智慧码头建设是增长的主要原因。\n据介绍，天津港全年新开通集装箱航线十五条，自动化码头作业效率比传统码头提高百分之二十以上。\n';
const NOT_WRITTEN = () => `; ${s.url} not written (left as it was)`;

beforeAll(() => {
  site = demoSite('laiyuan-pg-refused-');
  s = freshSchema();
  expect(run(['index', 'build', '--index', s.url]).code).toBe(0);
  // a change the refused updates would otherwise write: an article added, one edited
  writeFileSync(path.join(site, 'corpus/fixtures/tianjin-gang.txt'), ADDED);
  appendFileSync(path.join(site, 'corpus/fixtures/cri-05-lishu-moshi-heitudi.txt'), '\n记者手记：黑土地保护需要久久为功，更需要每一位农民的参与。\n');
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** Every table, and the generation (which any write bumps). */
async function index(): Promise<unknown> {
  const meta = await adminQuery(s.server, `SELECT generation::int AS g FROM "${s.schema}".index_meta`);
  return { ...(await tables(s)), generation: meta.rows[0] };
}

describe('index update on a server over a corpus it cannot read', { timeout: 240000 }, () => {
  it('a path not there that the index holds nothing under: refused, nothing written, as the file update', async () => {
    const before = await index();
    const r = run(['index', 'update', s.url, 'corpus/fixtures', 'corpus/fixtures/cri-99-no-such.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `laiyuan: corpus/fixtures/cri-99-no-such.txt: no such file or directory, and the index holds no corpus file there (check the path)${NOT_WRITTEN()}`,
    ]);
    expect(await index()).toEqual(before);
  });

  it('a corpus file that cannot be read (a NUL byte in a JSON Lines record): refused, nothing written', async () => {
    const before = await index();
    const nul = path.join(site, 'corpus/fixtures/cri-90-jilin.jsonl');
    const record = { id: 'cri-102', title: '长春汽车出口创新高', source: '国际在线', date: '2023-12-02', text: '国际在线长春消息：今年前十一个月，长春汽车出口量同\u0000比增长三成。' };
    writeFileSync(nul, `${JSON.stringify(record).replace('\\u0000', '\u0000')}\n`);
    try {
      const r = run(['index', 'update', s.url, 'corpus/fixtures']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^laiyuan: corpus\/fixtures\/cri-90-jilin\.jsonl:1:\d+: holds a NUL byte/u)]);
      expect(r.stderr.trimEnd().endsWith(NOT_WRITTEN())).toBe(true);
      expect(await index()).toEqual(before);
    } finally {
      rmSync(nul);
    }
  });

  it('a file gone that the index holds: a removal, written with the rest, exit 0', async () => {
    rmSync(path.join(site, 'corpus/fixtures/cri-12-yangshan-gang-jizhuangxiang.txt'));
    const r = run(['index', 'update', s.url, 'corpus/fixtures/cri-12-yangshan-gang-jizhuangxiang.txt', 'corpus/fixtures/tianjin-gang.txt']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^updated: 1 added, 1 removed \(1 from 1 file gone from the corpus\), \d+ kept articles rewritten; 37 articles from 37 files into \S+: [\d,]+ fingerprints, generation 2, [\d.]+ s\n$/u);
  });
});
