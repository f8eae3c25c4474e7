// A read may return fewer bytes than asked before the end of a file (network and FUSE file systems
// do): readRegularFile must read on until the file's size is reached, never take a short read for
// the end and check a cut article; nor must readRegularFileSync, which an index build's reading uses.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readRegularFile, readRegularFileSync } from '../../src/io/safe-read.js';

/** Bytes a read returns at most, here. */
const SHORT = 1000;

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  type Done = (error: NodeJS.ErrnoException | null, bytesRead: number, buffer: Buffer) => void;
  const read = (fd: number, buffer: Buffer, offset: number, length: number, position: number | null, done: Done) =>
    actual.read(fd, buffer, offset, Math.min(length, SHORT), position, done);
  const promised = (fd: number, buffer: Buffer, offset: number, length: number, position: number | null) =>
    new Promise((resolve, reject) => read(fd, buffer, offset, length, position, (error, bytesRead) => (error ? reject(error) : resolve({ bytesRead, buffer }))));
  // what promisify(read) calls: fs.read's own gives { bytesRead, buffer }, a plain wrapper would not
  Object.assign(read, { [Symbol.for('nodejs.util.promisify.custom')]: promised });
  const readSync = (fd: number, buffer: Buffer, offset: number, length: number, position: number | null) => actual.readSync(fd, buffer, offset, Math.min(length, SHORT), position);
  return { ...actual, read, readSync, default: { ...actual, read, readSync } };
});

const ARTICLE = new URL('../../fixtures/corpus/cri/cri-18-chaganhu-dongbu-kaimu.txt', import.meta.url).pathname;

describe('readRegularFile over a file system that returns short reads', () => {
  it('reads a Chinese article whole, every byte', async () => {
    const whole = readFileSync(ARTICLE);
    expect(whole.length).toBeGreaterThan(3 * SHORT);
    const read = await readRegularFile(ARTICLE);
    expect(read.length).toBe(whole.length);
    expect(read.toString('utf8')).toBe(whole.toString('utf8'));
    expect(read.toString('utf8')).toContain('查干湖');
  });

  it('reads it whole on the calling thread too (readRegularFileSync), and holds it to the size limit', () => {
    const whole = readFileSync(ARTICLE);
    const read = readRegularFileSync(ARTICLE);
    expect(read.toString('utf8')).toBe(whole.toString('utf8'));
    expect(() => readRegularFileSync(ARTICLE, whole.length - 1)).toThrow(/over the .* limit/u);
  });
});
