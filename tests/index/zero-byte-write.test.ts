// A disk that takes no byte of a write and reports no error (a full or failing one, some network
// and FUSE file systems): the index writer stops with an error instead of trying again for ever.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toFileRecord } from '../../src/io/index-records.js';
import { IndexWriter } from '../../src/io/index-writer.js';
import { articleOf, criPack, readAll, ROOT } from '../helpers/corpus.js';

const disk = vi.hoisted(() => ({ full: false }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  type Done = (error: NodeJS.ErrnoException | null, written: number) => void;
  const write = (...args: unknown[]) => {
    if (!disk.full) return (fs.write as (...a: unknown[]) => void)(...args);
    const done = args[args.length - 1] as Done;
    setImmediate(() => done(null, 0));
  };
  const writeSync = (...args: unknown[]) => (disk.full ? 0 : (fs.writeSync as (...a: unknown[]) => number)(...args));
  return { ...fs, default: { ...fs, write, writeSync }, write, writeSync };
});

/** The records of the seed and reuse fixtures, one after another until over `bytes`: a run of records as a build writes it. */
async function recordRun(bytes: number): Promise<Uint8Array> {
  const pack = await criPack();
  const records = (await readAll(['fixtures/seed', 'fixtures/reuse'])).map((doc) => toFileRecord(articleOf(doc, pack), ROOT, ROOT));
  const run: Uint8Array[] = [];
  let length = 0;
  for (let i = 0; length <= bytes; i++) {
    run.push(records[i % records.length]);
    length += records[i % records.length].byteLength;
  }
  return Buffer.concat(run);
}

describe('the index writer on a disk that takes no byte', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-zero-write-'));
    disk.full = false;
  });
  afterEach(() => {
    disk.full = false;
    rmSync(dir, { recursive: true, force: true });
  });

  it('a large run written on the thread pool: drain rejects, saying what happened, and abort leaves no temporary file', async () => {
    const run = await recordRun(3 << 20);
    const writer = IndexWriter.create(path.join(dir, 'archive.lyx'));
    writer.begin('records');
    disk.full = true;
    writer.appendOwned(run);
    await expect(writer.drain()).rejects.toThrow(/wrote nothing \(is the disk full\?\)/u);
    writer.abort();
    expect(readdirSync(dir)).toEqual([]);
  }, 10_000);

  it('a large run written at once: append throws instead of looping', async () => {
    const run = await recordRun(2 << 20);
    const writer = IndexWriter.create(path.join(dir, 'archive.lyx'));
    writer.begin('records');
    disk.full = true;
    expect(() => writer.append(run)).toThrow(/a write of \d+ bytes at byte \d+ wrote nothing/u);
    writer.abort();
  }, 10_000);
});
