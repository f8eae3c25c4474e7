// index build|update on a server take --max-file-size as on an index file: a rights holder whose
// archive on a server holds a big export had no way to pass it over or raise the limit (the
// option was refused). A corpus file over the limit is passed over with the file build's note, the
// limit is recorded with the build options, and an update reads by it unless it reads every file again.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { adminQuery } from './server.js';
import { demoSite } from './site.js';
import { freshSchema, type TestSchema } from './schema.js';

let site: string;
let s: TestSchema;
const run = (args: string[]) => laiyuan(args, { cwd: site });
const PAGE_NOTE = 'laiyuan: note: corpus/cri-page-jilin-2022-03-04.txt: is 6403 bytes, over the 5120 bytes limit: not read; raise --max-file-size to index it, or leave it out of the corpus\n';

beforeAll(() => {
  site = demoSite('laiyuan-pg-size-');
  s = freshSchema();
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

function stats(): { articles: number; generation: number; buildOptions: Record<string, number> } {
  return JSON.parse(run(['index', 'stats', s.url, '--format', 'json']).stdout) as { articles: number; generation: number; buildOptions: Record<string, number> };
}

describe('--max-file-size for an index on a server', { timeout: 240000 }, () => {
  it('build: the archive page over 5k passed over with the note of a file build, the limit recorded', () => {
    const r = run(['index', 'build', '--index', s.url, '--max-file-size', '5k']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(PAGE_NOTE);
    const file = run(['index', 'build', '-o', 'archive.lyx', '--max-file-size', '5k']);
    expect(file.stderr).toBe(PAGE_NOTE);
    const held = JSON.parse(run(['index', 'stats', 'archive.lyx', '--format', 'json']).stdout) as { articles: number };
    expect(stats()).toMatchObject({ articles: held.articles, buildOptions: { maxFileSize: 5120 } });
  });

  it('update: the recorded limit by default; another one refused for part of the corpus, taken for all of it', async () => {
    const kept = run(['index', 'update', s.url, 'corpus']);
    expect(kept.code, kept.stderr).toBe(0);
    expect(kept.stderr).toBe(PAGE_NOTE);
    const before = stats();
    const part = run(['index', 'update', s.url, 'corpus/cri-01-zhongou-banlie-changchun.txt', '--max-file-size', '1MB']);
    expect(part.code).toBe(2);
    expect(part.stderr).toBe(
      `laiyuan: the index ${s.url} was built with --max-file-size 5120 bytes, and an update keeps the files outside its paths as they were read then: ` +
        `leave the option out, update it over every path it indexes, or rebuild it with 'laiyuan index build corpus --index "${s.url}" --max-file-size 1MB'\n`,
    );
    expect(stats().generation).toBe(before.generation);
    const all = run(['index', 'update', s.url, 'corpus', '--max-file-size', '1MB']);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stderr).toBe('');
    expect(stats()).toMatchObject({ articles: before.articles + 1, buildOptions: { maxFileSize: 1024 * 1024 } });
    const meta = await adminQuery(s.server, `SELECT built->'options'->>'maxFileSize' AS limit FROM "${s.schema}".index_meta`);
    expect(meta.rows).toEqual([{ limit: '1048576' }]);
  });

  it('the rebuild that refusal suggests runs as printed, in a folder whose config names no corpus: the corpus folder the server holds, --index and the size', () => {
    const bare = mkdtempSync(path.join(tmpdir(), 'laiyuan-pg-size-bare-'));
    try {
      cpSync(path.join(site, 'corpus'), path.join(bare, '稿库'), { recursive: true });
      writeFileSync(path.join(bare, 'laiyuan.yaml'), 'packs:\n  - cri\n');
      const t = freshSchema();
      const inBare = (args: string[]) => laiyuan(args, { cwd: bare });
      expect(inBare(['index', 'build', '稿库', '--index', t.url, '--max-file-size', '5k']).code).toBe(0);
      const u = inBare(['index', 'update', t.url, '稿库/cri-01-zhongou-banlie-changchun.txt', '--max-file-size', '1MB']);
      expect(u.code).toBe(2);
      const suggested = /rebuild it with '([^']+)'\n$/u.exec(u.stderr)?.[1] ?? '';
      expect(suggested).toBe(`laiyuan index build 稿库 --index "${t.url}" --max-file-size 1MB`);
      // the words as a shell gives them: the URL in its double quotes is one
      const words = (suggested.match(/"[^"]*"|\S+/gu) ?? []).map((w) => w.replace(/^"(.*)"$/u, '$1'));
      const again = inBare(words.slice(1));
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/^indexed \d+ articles from \d+ files into /u);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
