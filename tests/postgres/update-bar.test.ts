// `index update` on a server when the boilerplate bar moves with the article count: a footer line
// and a shared sentence held by as many articles as the bar cross it both ways, and every table
// (postings kept and left out, counts, lines) ends as a rebuild's; the update reads the rows the
// change touches by key, never a whole table (pg_stat_user_tables, the server's own counters).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { articleText } from '../helpers/common-phrase.js';
import { ROOT } from '../helpers/corpus.js';
import { adminQuery } from './server.js';
import { freshSchema, type TestSchema } from './schema.js';
import { tables } from './tables.js';

let site: string;
const normalised = (line: string) => line.replace(/[，。：]/gu, '');
const run = (args: string[]) => laiyuan(args, { cwd: site });
/** A desk's footer, under 5 of the 22 articles: boilerplate at 22 articles (bar ceil(0.2 × 22) = 5), not at 26 (bar 6). */
const FOOTER = '本文版权归国际在线所有，未经授权不得转载，如需合作请联系本网版权部门。';
/** A sentence 5 articles carry inside their own lines: its fingerprints are left out at 22 articles, kept at 26. */
const SENTENCE = '据不完全统计，今年以来全国已有二十多个省份出台了支持民营经济发展的具体措施。';
/** Another footer, under 2 articles and the 4 added: boilerplate only once they are there. */
const OTHER_FOOTER = '欢迎关注国际在线官方微信公众号，获取更多新闻资讯和精彩内容推送服务。';

beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-pg-bar-'));
  cpSync(path.join(ROOT, 'fixtures/corpus/cri'), path.join(site, 'corpus'), { recursive: true });
  writeFileSync(path.join(site, 'laiyuan.yaml'), 'packs: [cri]\ncorpus:\n  cri: [corpus/]\nmatch:\n  boilerplateShare: 0.2\n');
  const files = readdirSync(path.join(site, 'corpus')).filter((f) => f.endsWith('.txt')).sort();
  files.forEach((file, i) => {
    const at = path.join(site, 'corpus', file);
    let text = readFileSync(at, 'utf8');
    if (i < 5) text += `\n${FOOTER}\n`;
    if (i >= 5 && i < 10) text += `\n第${i}号观察：${SENTENCE}\n`;
    if (i >= 10 && i < 12) text += `\n${OTHER_FOOTER}\n`;
    writeFileSync(at, text);
  });
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** The server's counters of the schema's tables: whole-table scans, and rows fetched by index. */
async function counters(s: TestSchema): Promise<{ seqScans: number; articleRows: number }> {
  const r = await adminQuery(s.server, `SELECT coalesce(sum(seq_scan), 0)::int AS seq, coalesce(sum(idx_tup_fetch) FILTER (WHERE relname = 'articles'), 0)::int AS art FROM pg_stat_user_tables WHERE schemaname = '${s.schema}' AND relname <> 'index_meta' AND relname <> 'boilerplate_lines'`);
  const row = r.rows[0] as { seq: number; art: number };
  return { seqScans: row.seq, articleRows: row.art };
}

/** Counters once the update's backends have ended and reported. */
async function settled(s: TestSchema, before: { seqScans: number; articleRows: number }) {
  let now = await counters(s);
  for (let i = 0; i < 20 && now.articleRows === before.articleRows; i++) {
    await new Promise((done) => setTimeout(done, 250));
    now = await counters(s);
  }
  return now;
}

describe('index update on a server, the boilerplate bar moving', { timeout: 240000 }, () => {
  it('lines and fingerprints crossing the bar both ways: every table as a rebuild leaves it, the rows read by key', async () => {
    const s = freshSchema();
    expect(run(['index', 'build', '--index', s.url]).code).toBe(0);
    const built = await tables(s);
    expect(built.boilerplate).toContainEqual({ line: normalised(FOOTER) });
    expect(built.dropped.length).toBeGreaterThan(0);

    mkdirSync(path.join(site, 'corpus/added'));
    for (let n = 1; n <= 4; n++) writeFileSync(path.join(site, `corpus/added/a${n}.txt`), `${articleText(n)}${OTHER_FOOTER}\n`);
    const before = await counters(s);
    const grown = run(['index', 'update', s.url, 'corpus/added']);
    expect(grown.stderr).toBe('');
    expect(grown.stdout).toMatch(/^updated 26 articles from 26 files into \S+: [\d,]+ fingerprints, generation 2, [\d.]+ s \(4 added, 0 removed, \d+ kept articles rewritten\)\n$/u);
    const after = await settled(s, before);
    // no table read whole; article rows read: the 5 holding the footer that stops being boilerplate
    // and the 2 holding the one that becomes it, each once for its record and once to set its new
    // fingerprint count, and the row of the highest id (the next id); of the 26
    expect(after.seqScans).toBe(before.seqScans);
    expect(after.articleRows - before.articleRows).toBeLessThanOrEqual(2 * (5 + 2) + 1);
    const rebuilt = freshSchema();
    expect(run(['index', 'build', '--index', rebuilt.url]).code).toBe(0);
    const grownTables = await tables(s);
    expect(grownTables).toEqual(await tables(rebuilt));
    expect(grownTables.boilerplate).not.toContainEqual({ line: normalised(FOOTER) });
    expect(grownTables.boilerplate).toContainEqual({ line: normalised(OTHER_FOOTER) });
    expect(grownTables.dropped.length).toBeLessThan(built.dropped.length);

    rmSync(path.join(site, 'corpus/added'), { recursive: true });
    const shrunk = run(['index', 'update', s.url, 'corpus/added']);
    expect(shrunk.stdout).toMatch(/generation 3, [\d.]+ s \(0 added, 4 removed, \d+ kept articles rewritten\)\n$/u);
    expect(await tables(s)).toEqual(built);
  });
});
