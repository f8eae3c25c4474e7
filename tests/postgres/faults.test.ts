// Faults and concurrent writes against a real server: one clear line and exit code 2, never a
// partial report; retries cure a dropped pooled connection; a run never sees half an update.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import { narrowIndex } from '../../src/core/match/narrow.js';
import { ServerIndexStore } from '../../src/io/postgres/store.js';
import { serverTarget } from '../../src/io/postgres/url.js';
import { readDocuments } from '../../src/io/read-file.js';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { adminQuery } from './server.js';
import { freshSchema, type TestSchema } from './schema.js';

let site: string;
let built: TestSchema;
const run = (args: string[]) => laiyuan(args, { cwd: site });
const DOC = 'content/licensed/2024-01-yangshan-gang-jizhuangxiang.md';

beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-pg-faults-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
  built = freshSchema();
  expect(run(['index', 'build', '--index', built.url]).code).toBe(0);
}, 120000);
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** The URL of `schema` with a connection setting and an application name of its own, to find its connections by. */
function tagged(s: TestSchema, name: string, options?: string): string {
  const url = new URL(s.url);
  url.searchParams.set('application_name', name);
  if (options) url.searchParams.set('options', options);
  return url.toString();
}

async function candidates(store: ServerIndexStore): Promise<string[]> {
  const read = await readDocuments(path.join(site, DOC), { displayPath: DOC });
  if (!read.ok) throw new Error('fixture unreadable');
  const narrowed = await narrowIndex(read.documents[0], store, DEFAULT_MATCH);
  return narrowed.articles.map((a) => a.article.id);
}

const kill = (server: string, name: string, what: string) =>
  adminQuery(server, `select pg_terminate_backend(pid) from pg_stat_activity where application_name = '${name}' and query like '${what}'`);

describe('faults of an index server', { timeout: 180000 }, () => {
  it('check against a server that is down, or tables of another schema version: one line, exit 2, no report', async () => {
    const down = run(['check', 'content', '--index', 'postgres://postgres@127.0.0.1:9/test', '--format', 'json']);
    expect(down.code).toBe(2);
    expect(down.stdout).toBe('');
    expect(down.stderr).toBe('laiyuan: index server postgres://postgres@127.0.0.1:9/test: cannot connect (ECONNREFUSED): is the server running, and are host and port right?\n');
    const other = freshSchema();
    expect(run(['index', 'migrate', '--index', other.url]).code).toBe(0);
    await adminQuery(other.server, `update "${other.schema}".index_meta set schema_version = 3`);
    const versioned = run(['check', 'content', '--index', other.url, '--format', 'json']);
    expect(versioned.code).toBe(2);
    expect(versioned.stdout).toBe('');
    expect(versioned.stderr).toMatch(/^laiyuan: index server \S+: the index in schema '\S+' has schema version 3, this laiyuan reads version 2: upgrade laiyuan\n$/u);
  });

  it('a statement timeout mid-run: one line, exit 2, no report', async () => {
    const locker = new pg.Client({ connectionString: built.server });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query(`LOCK TABLE "${built.schema}".fingerprints IN ACCESS EXCLUSIVE MODE`);
      const slow = run(['check', 'content', '--index', tagged(built, 'lytimeout', '-c statement_timeout=800'), '--format', 'json']);
      expect(slow.code).toBe(2);
      expect(slow.stdout).toBe('');
      expect(slow.stderr).toMatch(/^laiyuan: index server \S+: a query was cancelled by the server's statement timeout \(canceling statement due to statement timeout\): the run is incomplete; raise statement_timeout or retry\n$/u);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
  });

  it('a dropped pooled connection is retried in the same snapshot; losing the snapshot\'s own connection stops the run with one line', async () => {
    const store = await ServerIndexStore.open(serverTarget(tagged(built, 'lydrop'), { env: {} }), { concurrency: 2, retry: { attempts: 3, firstDelayMs: 50 } });
    try {
      const first = await candidates(store);
      expect(first).toContain('cri-12-yangshan-gang-jizhuangxiang');
      await kill(built.server, 'lydrop', '%fingerprints WHERE hash%');
      expect(await candidates(store)).toEqual(first);
      await kill(built.server, 'lydrop', '%pg_export_snapshot%');
      await kill(built.server, 'lydrop', '%boilerplate_lines%');
      await kill(built.server, 'lydrop', '%FROM%articles WHERE id%');
      await kill(built.server, 'lydrop', '%fingerprints WHERE hash%');
      await expect(candidates(store)).rejects.toThrow(/^index server \S+: the connection holding the run's snapshot of the index was lost \(invalid snapshot identifier: "[^"]+"\): the run is incomplete$/u);
    } finally {
      await store.close().catch(() => {});
    }
  });

  it('a run reads one state of the index while another process rewrites it: no torn reads', async () => {
    const s = freshSchema();
    expect(run(['index', 'build', '--index', s.url]).code).toBe(0);
    const store = await ServerIndexStore.open(serverTarget(s.url, { env: {} }), { concurrency: 2 });
    try {
      const before = await candidates(store);
      expect(before).toContain('cri-12-yangshan-gang-jizhuangxiang');
      // the writer replaces the archive with one that lacks that article, and commits
      const rewritten = run(['index', 'build', 'corpus/cri-01-zhongou-banlie-changchun.txt', '--index', s.url]);
      expect(rewritten.stderr).toBe('');
      expect(rewritten.stdout).toMatch(/^indexed 1 article from 1 file into \S+: [\d,]+ fingerprints, generation 2/u);
      expect(await candidates(store)).toEqual(before);
      expect(store.articleCount).toBe(15);
      const fresh = await ServerIndexStore.open(serverTarget(s.url, { env: {} }));
      try {
        expect(fresh.meta.generation).toBe(2);
        expect(await candidates(fresh)).toEqual([]);
      } finally {
        await fresh.close();
      }
    } finally {
      await store.close();
    }
  });
});
