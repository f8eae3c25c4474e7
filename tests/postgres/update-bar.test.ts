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
/** A correction under 3 articles and 2 of the added: counted all along (COUNTED_FROM 3), boilerplate never (5 of 26 under bar 6). */
const CORRECTION = '更正：本台此前播发的稿件中部分港口吞吐量数据有误，现已依据交通运输部最新公布的统计予以更正。';

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
    if (i >= 12 && i < 15) text += `\n${CORRECTION}\n`;
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

type Writes = Record<string, { inserted: number; updated: number; deleted: number }>;
const COUNT_TABLES = { fingerprint_counts: 'hash', line_counts: 'line' } as const;

/** The rows the server counted inserted, updated and deleted in the count tables. */
async function countWrites(s: TestSchema): Promise<Writes> {
  const r = await adminQuery(s.server, `SELECT relname, n_tup_ins::int AS i, n_tup_upd::int AS u, n_tup_del::int AS d FROM pg_stat_user_tables WHERE schemaname = '${s.schema}' AND relname IN ('fingerprint_counts', 'line_counts') ORDER BY 1`);
  return Object.fromEntries((r.rows as Array<{ relname: string; i: number; u: number; d: number }>).map((row) => [row.relname, { inserted: row.i, updated: row.u, deleted: row.d }]));
}

/** What writing the count rows in place takes from one state to the other: a row inserted per key new, updated per key whose counts change, deleted per key gone. */
function inPlace(before: Record<string, unknown[]>, after: Record<string, unknown[]>): Writes {
  const byKey = (rows: unknown[], key: string) => new Map((rows as Array<Record<string, unknown>>).map((row) => [String(row[key]), JSON.stringify(row)]));
  const writes: Writes = {};
  for (const [table, key] of Object.entries(COUNT_TABLES)) {
    const field = table === 'fingerprint_counts' ? 'counts' : 'lineCounts';
    const [was, is] = [byKey(before[field], key), byKey(after[field], key)];
    writes[table] = {
      inserted: [...is.keys()].filter((k) => !was.has(k)).length,
      updated: [...is].filter(([k, row]) => was.has(k) && was.get(k) !== row).length,
      deleted: [...was.keys()].filter((k) => !is.has(k)).length,
    };
  }
  return writes;
}

/** The count tables' writes since `from`, once the update's backend has reported them (at its exit at the latest). */
async function writesSince(s: TestSchema, from: Writes, expected: Writes): Promise<Writes> {
  const since = async () => {
    const now = await countWrites(s);
    return Object.fromEntries(Object.keys(COUNT_TABLES).map((t) => [t, { inserted: now[t].inserted - from[t].inserted, updated: now[t].updated - from[t].updated, deleted: now[t].deleted - from[t].deleted }]));
  };
  let seen = await since();
  for (let i = 0; i < 20 && JSON.stringify(seen) !== JSON.stringify(expected); i++) {
    await new Promise((done) => setTimeout(done, 250));
    seen = await since();
  }
  return seen;
}

describe('index update on a server, the boilerplate bar moving', { timeout: 240000 }, () => {
  it('lines and fingerprints crossing the bar both ways: every table as a rebuild leaves it, the rows read by key', async () => {
    const s = freshSchema();
    expect(run(['index', 'build', '--index', s.url]).code).toBe(0);
    const built = await tables(s);
    expect(built.boilerplate).toContainEqual({ line: normalised(FOOTER) });
    expect(built.dropped.length).toBeGreaterThan(0);

    mkdirSync(path.join(site, 'corpus/added'));
    for (let n = 1; n <= 4; n++) writeFileSync(path.join(site, `corpus/added/a${n}.txt`), `${articleText(n)}${OTHER_FOOTER}\n${n <= 2 ? `${CORRECTION}\n` : ''}`);
    const before = await counters(s);
    const writesBefore = await countWrites(s);
    const grown = run(['index', 'update', s.url, 'corpus/added']);
    expect(grown.stderr).toBe('');
    expect(grown.stdout).toMatch(/^updated: 4 added, 0 removed, \d+ kept articles rewritten; 26 articles from 26 files into \S+: [\d,]+ fingerprints, generation 2, [\d.]+ s\n$/u);
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
    // the count rows written in place: those whose counts changed updated, not deleted and inserted again
    const grownWrites = inPlace(built, grownTables);
    expect(grownWrites.fingerprint_counts.updated).toBeGreaterThan(10);
    expect(grownWrites.line_counts.updated).toBeGreaterThan(0);
    expect(await writesSince(s, writesBefore, grownWrites)).toEqual(grownWrites);

    rmSync(path.join(site, 'corpus/added'), { recursive: true });
    const writesGrown = await countWrites(s);
    // the folder gone from the disk, its articles held: a removal, as in a file update
    const shrunk = run(['index', 'update', s.url, 'corpus/added']);
    expect(shrunk.stderr).toBe('');
    expect(shrunk.code).toBe(0);
    expect(shrunk.stdout).toMatch(/^updated: 0 added, 4 removed \(4 from 4 files gone from the corpus\), \d+ kept articles rewritten; .*generation 3, [\d.]+ s\n$/u);
    expect(await tables(s)).toEqual(built);
    const shrunkWrites = inPlace(grownTables, built);
    expect(await writesSince(s, writesGrown, shrunkWrites)).toEqual(shrunkWrites);
  });
});
