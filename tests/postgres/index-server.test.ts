// The archive index on a real PostgreSQL server, through the built CLI: build, push, update,
// stats, and check reporting byte for byte what the index file and the corpus folder report.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { adminQuery } from './server.js';
import { demoSite, FIXTURES } from './site.js';
import { freshSchema } from './schema.js';

let site: string;
const run = (args: string[], env?: Record<string, string>) => laiyuan(args, { cwd: site, env });

beforeAll(() => {
  site = demoSite('laiyuan-pg-cli-');
  expect(run(['index', 'build', '-o', 'archive.lyx']).code).toBe(0);
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('an archive index on a PostgreSQL server', { timeout: 240000 }, () => {
  it('build --index, then check: findings byte for byte those of the index file and of the corpus folder, over all fixtures', () => {
    const s = freshSchema();
    const built = run(['index', 'build', '--index', s.url]);
    expect(built.stderr).toBe('');
    expect(built.stdout).toMatch(/^indexed 37 articles from 37 files into postgres:\/\/\S+schema=lytest_\S+: [\d,]+ fingerprints, generation 1, [\d.]+ s\n$/u);
    const fromCorpus = run(['check', ...FIXTURES, '--format', 'json']);
    const fromFile = run(['check', ...FIXTURES, '--format', 'json', '--index', 'archive.lyx']);
    const fromServer = run(['check', ...FIXTURES, '--format', 'json', '--index', s.url, '--concurrency', '3']);
    expect(fromServer.stderr).toBe(fromFile.stderr);
    expect(fromServer.code).toBe(1);
    expect(fromServer.stdout).toBe(fromFile.stdout);
    expect(fromServer.stdout).toBe(fromCorpus.stdout);
    const report = JSON.parse(fromServer.stdout) as { summary: { filesChecked: number; errors: number } };
    expect(report.summary.filesChecked).toBeGreaterThan(100);
    expect(report.summary.errors).toBeGreaterThan(50);
    const pretty = (index: string) => run(['check', 'content', '--index', index, '--evidence']).stdout;
    expect(pretty(s.url)).toBe(pretty('archive.lyx'));
  });

  it('push loads a built file by COPY; stats tells what the server holds', async () => {
    const s = freshSchema();
    const pushed = run(['index', 'push', 'archive.lyx', '--to', s.url]);
    expect(pushed.stderr).toBe('');
    expect(pushed.stdout).toMatch(/^pushed 37 articles from 37 files into \S+: [\d,]+ fingerprints, generation 1/u);
    const stats = JSON.parse(run(['index', 'stats', s.url, '--format', 'json']).stdout) as Record<string, unknown>;
    const file = JSON.parse(run(['index', 'stats', 'archive.lyx', '--format', 'json']).stdout) as Record<string, number>;
    expect(stats).toMatchObject({ schemaVersion: 2, pack: 'cri', articles: 37, fingerprints: file.postings, droppedFingerprints: file.droppedFingerprints, partitions: 16, generation: 1 });
    expect(stats.buildOptions).toEqual({ k: 8, window: 4, boilerplateShare: 0.05, maxFileSize: 5 * 1024 * 1024 });
    const rows = await adminQuery(s.server, `select count(*)::int as n from "${s.schema}".fingerprints`);
    expect(rows.rows[0]).toEqual({ n: file.postings });
    const fromServer = run(['check', ...FIXTURES, '--format', 'json', '--index', s.url]);
    expect(fromServer.stdout).toBe(run(['check', ...FIXTURES, '--format', 'json', '--index', 'archive.lyx']).stdout);
  });

  it("the archive's own corpus files are never checked against themselves, as with the index file", () => {
    const s = freshSchema();
    expect(run(['index', 'build', '--index', s.url]).code).toBe(0);
    const fromFile = run(['check', '.', '--format', 'json', '--index', 'archive.lyx']);
    const fromServer = run(['check', '.', '--format', 'json', '--index', s.url]);
    expect(fromServer.stderr).toBe(fromFile.stderr);
    expect(fromServer.stdout).toBe(fromFile.stdout);
    const report = JSON.parse(fromServer.stdout) as { summary: { filesChecked: number }; findings: Array<{ file: string }> };
    expect(report.findings.length).toBeGreaterThan(5);
    expect(report.findings.filter((f) => f.file.startsWith('corpus/'))).toEqual([]);
    // the corpus folder alone: nothing left to check, as with the index file
    const corpusOnly = run(['check', 'corpus', '--index', s.url]);
    expect(corpusOnly.code).toBe(2);
    expect(corpusOnly.stderr).toBe(run(['check', 'corpus', '--index', 'archive.lyx']).stderr);
    expect(corpusOnly.stderr).toMatch(/^laiyuan: no files to check in corpus: /u);
    expect(run(['match', 'corpus', 'content', '--index', s.url, '--format', 'json']).stdout).toBe(run(['match', 'corpus', 'content', '--index', 'archive.lyx', '--format', 'json']).stdout);
  });

  it('update reads changed corpus files again and equals a rebuild; the config may name the server', () => {
    const s = freshSchema();
    const rebuilt = freshSchema();
    expect(run(['index', 'build', '--index', s.url]).code).toBe(0);
    const changed = path.join(site, 'corpus/fixtures/added-article.txt');
    writeFileSync(changed, '新增文章：天津港集装箱吞吐量创新高\n来源:国际在线\n2024年1月，天津港集装箱吞吐量同比增长百分之十二，港口方面表示，新开通的航线和智慧码头建设是增长的主要原因。\n');
    try {
      const updated = run(['index', 'update', s.url, 'corpus/fixtures']);
      expect(updated.stderr).toBe('');
      expect(updated.stdout).toMatch(/^updated: [^;]*; 38 articles from 38 files into \S+: [\d,]+ fingerprints, generation 2/u);
      expect(run(['index', 'build', '--index', rebuilt.url]).code).toBe(0);
      const statsOf = (url: string) => {
        const { index: _i, updatedAt: _u, generation: _g, fingerprintTableBytes: _a, fingerprintIndexBytes: _b, articleTableBytes: _c, ...rest } = JSON.parse(run(['index', 'stats', url, '--format', 'json']).stdout) as Record<string, unknown>;
        return rest;
      };
      expect(statsOf(s.url)).toEqual(statsOf(rebuilt.url));
      expect(run(['check', ...FIXTURES, '--format', 'json', '--index', s.url]).stdout).toBe(run(['check', ...FIXTURES, '--format', 'json', '--index', rebuilt.url]).stdout);
    } finally {
      rmSync(changed);
    }
    writeFileSync(path.join(site, 'server.yaml'), `packs: [cri]\nindex:\n  cri: '${s.url}'\n`);
    const viaConfig = run(['check', 'content', '--config', 'server.yaml', '--format', 'json']);
    expect(viaConfig.code).toBe(1);
    expect(JSON.parse(viaConfig.stdout).summary.errors).toBeGreaterThan(3);
    const withPassword = s.url.replace('postgres://', 'postgres://postgres:secret@').replace('postgres://postgres:secret@postgres@', 'postgres://postgres:secret@');
    writeFileSync(path.join(site, 'leaky.yaml'), `packs: [cri]\nindex:\n  cri: '${withPassword}'\n`);
    const leaky = run(['check', 'content', '--config', 'leaky.yaml']);
    expect(leaky.code).toBe(2);
    expect(leaky.stdout).toBe('');
    expect(leaky.stderr).toMatch(/^laiyuan: \S*leaky\.yaml: the index URL holds a password; remove it and set PGPASSWORD or LAIYUAN_INDEX_URL in the environment instead\n$/u);
  });
});
