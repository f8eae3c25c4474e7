// No silent green runs against a server: an index on a server built from no articles refuses a
// check as an empty index file does (exit 2, one line naming it), unless --allow-no-corpus (and is
// built only with --allow-no-corpus: tests/index/empty-corpus.test.ts).
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { freshSchema } from './schema.js';

const site = mkdtempSync(path.join(tmpdir(), 'laiyuan-pg-empty-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

it('exits 2 for a server index that holds no articles, naming the server', { timeout: 120000 }, () => {
  cpSync(path.join(ROOT, 'fixtures/demo/content'), path.join(site, 'content'), { recursive: true });
  cpSync(path.join(ROOT, 'fixtures/demo/laiyuan.yaml'), path.join(site, 'laiyuan.yaml'));
  mkdirSync(path.join(site, 'none'));
  const s = freshSchema();
  expect(laiyuan(['index', 'build', 'none', '--index', s.url, '--allow-no-corpus'], { cwd: site }).code).toBe(0);
  const run = laiyuan(['check', 'content', '--index', s.url], { cwd: site });
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^laiyuan: the index postgres:\/\/\S+ of pack 'cri' holds no articles, .*'laiyuan index build corpus --index "postgres:\/\/[^"]+"'.*--allow-no-corpus$/u);
  const allowed = laiyuan(['check', 'content', '--index', s.url, '--allow-no-corpus'], { cwd: site });
  expect(allowed.code).toBe(1);
  expect(allowed.stderr).toMatch(/laiyuan: note: the index postgres:\/\/\S+ of pack 'cri' holds no articles/u);
});
