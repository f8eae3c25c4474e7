// The ordered pool of an index build's worker threads (src/io/build-workers.ts) when a worker stops
// while it holds no job: the build must fail, never end as if the corpus had no more files. A
// stand-in worker script answers each run of files at once (500 articles a file, so each run is
// one file) and then ends its thread once it has been idle a moment, as a crash would end it.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MATCH } from '../../src/core/config/config.js';
import type { PrepSetup } from '../../src/io/article-prep.js';
import { BuildPool } from '../../src/io/build-workers.js';
import { criPack } from '../helpers/corpus.js';

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
});
