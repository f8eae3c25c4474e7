// `index push` streams the index file to the server a chunk at a time: pushed in many small
// pieces, the server holds the rows a build on the server writes, and checks report byte for
// byte what the index file reports; a damaged file writes nothing.
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_BYTES, readHeader } from '../../src/core/match/archive-format.js';
import { checksum } from '../../src/io/index-file.js';
import { pushServerArchive } from '../../src/io/postgres/archive.js';
import { connect, disconnect } from '../../src/io/postgres/connect.js';
import { serverTarget } from '../../src/io/postgres/url.js';
import { laiyuan } from '../e2e/cli.js';
import { adminQuery } from './server.js';
import { demoSite, FIXTURES } from './site.js';
import { freshSchema, type TestSchema } from './schema.js';

let site: string;
const run = (args: string[]) => laiyuan(args, { cwd: site });

beforeAll(() => {
  site = demoSite('laiyuan-pg-push-');
  expect(run(['index', 'build', '-o', 'archive.lyx']).code).toBe(0);
  // the same index in another folder: its records name their files from there
  mkdirSync(path.join(site, 'elsewhere'));
  expect(run(['index', 'build', '-o', 'elsewhere/archive.lyx']).code).toBe(0);
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

async function pushed(file: string, chunkWords: number, chunkBytes: number, s = freshSchema()): Promise<TestSchema> {
  const server = connect(serverTarget(s.url));
  try {
    await pushServerArchive(server, file, { cwd: site, base: site }, { chunkWords, chunkBytes });
  } finally {
    await disconnect(server);
  }
  return s;
}

async function rows(s: TestSchema, table: 'fingerprints' | 'articles'): Promise<string> {
  const sql =
    table === 'fingerprints'
      ? `SELECT hash, article, position FROM "${s.schema}".fingerprints ORDER BY hash, article, position`
      : `SELECT id, file, fingerprints, md5(record) AS record FROM "${s.schema}".articles ORDER BY id`;
  return JSON.stringify((await adminQuery(s.server, sql)).rows);
}

describe('index push in chunks', { timeout: 240000 }, () => {
  it('pushed 7 postings and a few records at a time: the rows of a build on the server, findings byte for byte the index file\'s', async () => {
    const built = freshSchema();
    expect(run(['index', 'build', '--index', built.url]).code).toBe(0);
    const small = await pushed('archive.lyx', 21, 3000);
    const moved = await pushed('elsewhere/archive.lyx', 3 * 1000, 1);
    const postings = (await adminQuery(built.server, `SELECT count(*)::int AS n FROM "${built.schema}".fingerprints`)).rows[0] as { n: number };
    expect(postings.n).toBeGreaterThan(3 * 21 * 100);
    for (const s of [small, moved]) {
      expect(await rows(s, 'fingerprints')).toBe(await rows(built, 'fingerprints'));
      expect(await rows(s, 'articles')).toBe(await rows(built, 'articles'));
    }
    const fromFile = run(['check', ...FIXTURES, '--format', 'json', '--index', 'archive.lyx']);
    const fromServer = run(['check', ...FIXTURES, '--format', 'json', '--index', small.url]);
    expect(fromServer.stderr).toBe(fromFile.stderr);
    expect(fromServer.stdout).toBe(fromFile.stdout);
    expect(JSON.parse(fromServer.stdout).summary.errors).toBeGreaterThan(50);
    // the lookups' covering index, made again after the COPY, is there
    const indexes = await adminQuery(small.server, `SELECT indexdef FROM pg_indexes WHERE schemaname = '${small.schema}' AND tablename = 'fingerprints'`);
    expect(indexes.rows).toEqual([{ indexdef: `CREATE INDEX fingerprints_hash ON ONLY ${small.schema}.fingerprints USING btree (hash, article) INCLUDE ("position")` }]);
  });

  it('a push over a filled index replaces it whole: the next generation, the same rows', async () => {
    const s = await pushed('archive.lyx', 3 * 50, 5000);
    const first = await rows(s, 'fingerprints');
    const again = run(['index', 'push', 'archive.lyx', '--to', s.url]);
    expect(again.stderr).toBe('');
    expect(again.stdout).toMatch(/^pushed 37 articles from 37 files into \S+: [\d,]+ fingerprints, generation 2/u);
    expect(await rows(s, 'fingerprints')).toBe(first);
    expect(run(['check', ...FIXTURES, '--format', 'json', '--index', s.url]).stdout).toBe(run(['check', ...FIXTURES, '--format', 'json', '--index', 'archive.lyx']).stdout);
  });

  it('a file whose postings are damaged past the first chunk: one line, exit 2, nothing written', async () => {
    const damaged = path.join(site, 'damaged.lyx');
    writeFileSync(damaged, readFileSync(path.join(site, 'archive.lyx')));
    const header = readHeader(Uint8Array.from(readFileSync(damaged).subarray(0, HEADER_BYTES)), checksum);
    if ('problem' in header) throw new Error(`unreadable header: ${header.problem}`);
    const postings = header.sections.postings;
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.from([0x5a, 0xa5]), 0, 2, postings.offset + postings.length - 40);
    closeSync(fd);
    // in 21-word chunks, the damage is met after many chunks were copied: they are rolled back
    const line = "the index damaged.lyx is damaged (checksum or layout does not hold): rebuild it with 'laiyuan index build'";
    const early = freshSchema();
    await expect(pushed('damaged.lyx', 21, 3000, early)).rejects.toThrow(line);
    const s = freshSchema();
    const result = run(['index', 'push', 'damaged.lyx', '--to', s.url]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`laiyuan: ${line}\n`);
    for (const { server, schema } of [early, s]) {
      const meta = await adminQuery(server, `SELECT generation, pack, (SELECT count(*)::int FROM "${schema}".fingerprints) AS n FROM "${schema}".index_meta`);
      expect(meta.rows).toEqual([{ generation: '0', pack: null, n: 0 }]);
    }
  });
});
