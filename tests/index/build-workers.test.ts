// The ordered pool of an index build's worker threads (src/io/build-workers.ts) when a worker stops
// while it holds no job: the build must fail, never end as if the corpus had no more files. A
// stand-in worker script answers each run of files at once (500 articles a file, so each run is
// one file) and then ends its thread once it has been idle a moment, as a crash would end it.
// And a serial build's batches: many files each, as a worker's, and no more articles than about
// a worker's; and how many threads 'auto' takes.
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import type { PrepSetup } from '../../src/io/article-prep.js';
import { BuildPool, buildThreadsFor, preparedHere } from '../../src/io/build-workers.js';
import { criPack, ROOT } from '../helpers/corpus.js';

const STANDIN = `
import { writeFileSync } from 'node:fs';
import { parentPort, threadId } from 'node:worker_threads';
let idle;
parentPort.on('message', ({ id, job }) => {
  clearTimeout(idle);
  const files = job.files;
  parentPort.postMessage({ id, result: { absolute: files.map((f) => f.absolute), names: files.map((f) => f.file), counts: files.map(() => 500), errors: [] } });
  idle = setTimeout(() => {
    writeFileSync(new URL('./ended-' + threadId, import.meta.url), '');
    process.exit(0);
  }, 100);
});
`;

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('index build worker threads', () => {
  it('fails when a worker thread ends while the build still has files to hand out', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-build-workers-'));
    const script = path.join(dir, 'standin.mjs');
    writeFileSync(script, STANDIN);
    const files = Array.from({ length: 40 }, (_, i) => ({ file: `corpus/${i}.txt`, absolute: path.join(dir, `corpus/${i}.txt`) }));
    const setup: PrepSetup = { pack: await criPack(), match: DEFAULT_MATCH, notice: '', dir, cwd: dir };
    const pool = new BuildPool(pathToFileURL(script), setup, 2);
    const batches = pool.batches(files);
    const names: string[] = [];
    const first = await batches.next();
    if (!first.done) names.push(...first.value.names);
    // the builder busy writing: the workers answer what they hold and go idle, then end
    while (readdirSync(dir).filter((f) => f.startsWith('ended-')).length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    const rest = (async () => {
      for await (const batch of batches) names.push(...batch.names);
    })();
    await expect(rest).rejects.toThrow(/a worker thread stopped before its work was done/u);
    expect(names.length).toBeLessThan(files.length);
    await pool.close();
  });

  it('prepares the files of a serial build in batches of many files, each article in its file and order', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-build-serial-'));
    const corpus = path.join(ROOT, 'fixtures/corpus/cri');
    const files = readdirSync(corpus)
      .sort()
      .map((name) => ({ file: `cri/${name}`, absolute: path.join(corpus, name) }));
    const setup: PrepSetup = { pack: await criPack(), match: DEFAULT_MATCH, notice: '', dir: path.join(ROOT, 'fixtures/corpus'), cwd: ROOT };
    const batches = [];
    for await (const batch of preparedHere(files, setup)) batches.push(batch);
    // a batch a file gave the builder a chunk of every part of the postings per file: a tenth of a 10,000-file build's CPU to gather again
    expect(files.length).toBeGreaterThan(20);
    expect(batches).toHaveLength(1);
    expect(batches[0].names).toEqual(files.map((f) => f.file));
    expect(batches[0].fingerprints.length).toBe(batches[0].counts.reduce((n, c) => n + c, 0));
  });

  it('cuts a serial batch of JSON Lines files by articles too, not by files alone (memory stays bounded)', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-build-lines-'));
    const corpus = path.join(ROOT, 'fixtures/corpus/cri');
    const texts = readdirSync(corpus)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(path.join(corpus, name), 'utf8'));
    // 6 dumps of 300 records each: 64 files a batch held all 1,800 articles at once
    const files = Array.from({ length: 6 }, (_, f) => {
      const absolute = path.join(dir, `dump-${f}.jsonl`);
      const lines = Array.from({ length: 300 }, (_, r) => JSON.stringify({ id: `${f}-${r}`, title: `第${r}号`, content: `${texts[(f * 300 + r) % texts.length]}\n（编号${f}-${r}）` }));
      writeFileSync(absolute, `${lines.join('\n')}\n`);
      return { file: `dump-${f}.jsonl`, absolute };
    });
    const setup: PrepSetup = { pack: await criPack(), match: DEFAULT_MATCH, notice: '', dir, cwd: dir };
    const sizes: number[] = [];
    const names: string[] = [];
    for await (const batch of preparedHere(files, setup)) {
      sizes.push(batch.counts.reduce((n, c) => n + c, 0));
      names.push(...batch.names);
    }
    expect(names).toEqual(files.map((f) => f.file));
    expect(sizes.reduce((n, c) => n + c, 0)).toBe(1800);
    expect(sizes).toEqual([600, 600, 600]);
  });

  it("takes for 'auto' one thread per 8 MB of corpus up to the cores, sized as listed (a file gone counts nothing)", () => {
    dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-build-auto-'));
    // sparse files: sizes without the bytes
    const files = ['a.jsonl', 'b.jsonl', 'c.jsonl'].map((name) => ({ file: name, absolute: path.join(dir, name) }));
    for (const { absolute } of files.slice(0, 2)) {
      writeFileSync(absolute, '{"id":"1","content":"国际在线消息"}\n');
      truncateSync(absolute, 9 * 1024 * 1024);
    }
    expect(buildThreadsFor('auto', files.slice(0, 1), 2)).toBe(1);
    expect(buildThreadsFor('auto', files, 2)).toBe(2);
    expect(buildThreadsFor('auto', files, 4)).toBe(2);
    expect(buildThreadsFor('auto', [files[2], files[0]], 4)).toBe(1);
    expect(buildThreadsFor(3, files, 2)).toBe(3);
  });

  it("measures for 'auto' one file in every few of a large corpus, for those around it", () => {
    dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-build-sample-'));
    // 512 files listed, every other one there (48 kB, sparse): the ones measured stand for two each, 24 MB in all
    const files = Array.from({ length: 512 }, (_, i) => ({ file: `${i}.txt`, absolute: path.join(dir, `${String(i).padStart(3, '0')}.txt`) }));
    for (const { absolute } of files.filter((_, i) => i % 2 === 0)) {
      writeFileSync(absolute, '国际在线消息');
      truncateSync(absolute, 48 * 1024);
    }
    expect(buildThreadsFor('auto', files, 4)).toBe(3);
  });

  it('hands out smaller runs of files as the end of the corpus nears, so that the threads end together', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-build-tail-'));
    const script = path.join(dir, 'standin.mjs');
    // an article a file: runs of as many files as a batch holds at most, until the end nears
    writeFileSync(script, `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', ({ id, job }) => parentPort.postMessage({ id, result: { absolute: job.files.map((f) => f.absolute), names: job.files.map((f) => f.file), counts: job.files.map(() => 1), errors: [] } }));\n`);
    const files = Array.from({ length: 4000 }, (_, i) => ({ file: `corpus/${i}.txt`, absolute: path.join(dir, `corpus/${i}.txt`) }));
    const setup: PrepSetup = { pack: await criPack(), match: DEFAULT_MATCH, notice: '', dir, cwd: dir };
    const pool = new BuildPool(pathToFileURL(script), setup, 2);
    const sizes: number[] = [];
    for await (const batch of pool.batches(files)) sizes.push(batch.names.length);
    await pool.close();
    expect(sizes.reduce((n, c) => n + c, 0)).toBe(files.length);
    expect(Math.max(...sizes)).toBe(256);
    expect(sizes.slice(-4).every((size) => size <= 2)).toBe(true);
  });
});
