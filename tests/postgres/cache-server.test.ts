// check --cache against an index on a server: the cache must know the index written again, even
// when its generation count starts over (a schema dropped and built afresh, as a CI job's new
// database is each time), and never answer from results found against the archive it replaced.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { adminQuery } from './server.js';
import { freshSchema } from './schema.js';

let site: string;
const run = (args: string[]) => laiyuan(args, { cwd: site });

beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-pg-cache-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
  // an archive of one article that the demo's content does not reprint
  mkdirSync(path.join(site, 'small'));
  cpSync(path.join(site, 'corpus/cri-02-rouxing-gaitaikuang-dianchi.txt'), path.join(site, 'small/cri-02.txt'));
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

const sources = (stdout: string) => (JSON.parse(stdout) as { findings: { source: { file: string } | null }[] }).findings.filter((f) => f.source).length;

describe('check --cache against an index server', { timeout: 240000 }, () => {
  it('checks again after the index is built afresh in a new schema of the same name', async () => {
    const s = freshSchema();
    expect(run(['index', 'build', '--index', s.url]).code).toBe(0);
    const check = ['check', 'content', '--index', s.url, '--format', 'json'];
    const full = run([...check, '--cache']);
    expect(sources(full.stdout)).toBeGreaterThan(0);
    await adminQuery(s.server, `DROP SCHEMA "${s.schema}" CASCADE`);
    expect(run(['index', 'build', 'small', '--index', s.url]).code).toBe(0);
    const uncached = run(check);
    expect(sources(uncached.stdout)).toBeLessThan(sources(full.stdout));
    expect(run([...check, '--cache']).stdout).toBe(uncached.stdout);
  });
});
