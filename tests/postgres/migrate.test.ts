// `laiyuan index migrate` against a real server: the tables, the version check, the faults.
import { userInfo } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { adminQuery, startEmbedded, type TestServer } from './server.js';
import { freshSchema } from './schema.js';

async function partitionsOf(server: string, schema: string): Promise<number> {
  const r = await adminQuery(server, `select count(*)::int as n from pg_inherits where inhparent = '"${schema}".fingerprints'::regclass`);
  return (r.rows[0] as { n: number }).n;
}

describe('laiyuan index migrate', () => {
  it('creates the tables once, fingerprints split by hash, and records schema version 2', async () => {
    const s = freshSchema();
    const first = laiyuan(['index', 'migrate', '--index', s.url, '--partitions', '4']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^created the index tables \(schema version 2, 4 fingerprint partitions\) in postgres:\/\/.*schema=lytest_/);
    expect(await partitionsOf(s.server, s.schema)).toBe(4);
    const meta = await adminQuery(s.server, `select schema_version, articles, generation from "${s.schema}".index_meta`);
    expect(meta.rows).toEqual([{ schema_version: 2, articles: 0, generation: '0' }]);
    const tables = await adminQuery(s.server, `select table_name from information_schema.tables where table_schema = '${s.schema}' and table_name not like 'fingerprints\\_%' order by 1`);
    expect(tables.rows.map((r: { table_name: string }) => r.table_name)).toEqual(['article_lines', 'articles', 'boilerplate_lines', 'dropped_fingerprints', 'fingerprint_counts', 'fingerprints', 'index_meta', 'line_counts']);

    const again = laiyuan(['index', 'migrate', '--index', s.url]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/are there already \(schema version 2\)/);
    expect(await partitionsOf(s.server, s.schema)).toBe(4);
  });

  it('refuses tables of another schema version with one line, exit 2', async () => {
    const s = freshSchema();
    expect(laiyuan(['index', 'migrate', '--index', s.url]).code).toBe(0);
    await adminQuery(s.server, `update "${s.schema}".index_meta set schema_version = 7`);
    const run = laiyuan(['index', 'migrate', '--index', s.url]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^laiyuan: index server postgres:\/\/\S+: the index in schema '\S+' has schema version 7, this laiyuan reads version 2: upgrade laiyuan\n$/);
  });

  it('refuses a version-1 index (0.2.0) with one line saying what to run, exit 2; migrate and stats alike', async () => {
    const s = freshSchema();
    expect(laiyuan(['index', 'migrate', '--index', s.url]).code).toBe(0);
    await adminQuery(s.server, `update "${s.schema}".index_meta set schema_version = 1`);
    // the server by its URL as shown (a shell word), which the user gave with ?schema=
    const quoted = s.url.replace(/[.?]/gu, (c) => `\\${c}`);
    const said = `index server ${'\\S+'}: the index in schema '${s.schema}' has schema version 1, this laiyuan reads version 2: version 1 lacks the left-out fingerprints and the counts that lookups and updates now read, and they cannot be made from its rows: drop it \\(DROP SCHEMA "${s.schema}" CASCADE\\), then push the index file again \\(laiyuan index push <file> --to "${quoted}"\\) or build it again \\(laiyuan index build … --index "${quoted}"\\)`;
    for (const args of [['index', 'migrate', '--index', s.url], ['index', 'stats', s.url]]) {
      const run = laiyuan(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^laiyuan: ${said}\\n$`, 'u'));
    }
    expect((await adminQuery(s.server, `select schema_version from "${s.schema}".index_meta`)).rows).toEqual([{ schema_version: 1 }]);
  });

  it('says in one line that the server is down, after retrying, exit 2', () => {
    const run = laiyuan(['index', 'migrate', '--index', 'postgres://127.0.0.1:9/test']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('laiyuan: index server postgres://root@127.0.0.1:9/test: cannot connect (ECONNREFUSED): is the server running, and are host and port right?\n'.replace('root', process.env.PGUSER ?? userInfo().username));
  });

  it('prints its SQL with --print, and docs/scale.md shows the same DDL', async () => {
    const run = laiyuan(['index', 'migrate', '--index', 'postgres://db.example/archive', '--print']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('CREATE TABLE "laiyuan".fingerprints (');
    expect(run.stdout).toContain('PARTITION BY HASH (hash)');
    const { readFile } = await import('node:fs/promises');
    const doc = await readFile(new URL('../../docs/scale.md', import.meta.url), 'utf8');
    expect(doc).toContain(run.stdout.trim());
  });
});

describe('passwords', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startEmbedded({ password: '来源-s3cret' });
  }, 120000);
  afterAll(async () => server?.stop());

  const bare = () => {
    const u = new URL(server.url);
    u.password = '';
    u.searchParams.set('schema', 'pw_test');
    return u.toString();
  };

  it('a wrong password is one line, exit 2; PGPASSWORD or LAIYUAN_INDEX_URL give the right one', () => {
    const wrong = laiyuan(['index', 'migrate', '--index', bare()], { env: { PGPASSWORD: 'wrong' } });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^laiyuan: index server postgres:\/\/postgres@127\.0\.0\.1:\d+\/test\?schema=pw_test: authentication failed \(password authentication failed for user "postgres"\): set PGPASSWORD or LAIYUAN_INDEX_URL with the right password\n$/);
    expect(wrong.stderr).not.toContain('wrong');
    const viaPgPassword = laiyuan(['index', 'migrate', '--index', bare()], { env: { PGPASSWORD: '来源-s3cret' } });
    expect(viaPgPassword.code).toBe(0);
    const viaUrl = laiyuan(['index', 'migrate'], { env: { LAIYUAN_INDEX_URL: server.url.replace('/test', '/test?schema=pw_test') } });
    expect(viaUrl.stdout).toMatch(/are there already/);
    expect(viaUrl.stdout).not.toContain('s3cret');
  });
});
