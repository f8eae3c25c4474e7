// A report written a piece at a time (--format json to --output-file) through writeAtomic: a write
// may take fewer bytes than it is given (as on a disk nearly full, or a file system that splits
// large writes), and the file must still be renamed into place whole, never cut short.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeAtomic } from '../../src/io/write-output.js';

/** Bytes a write takes at most, here. */
const SHORT = 1000;

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const open = async (...args: Parameters<typeof actual.open>): Promise<FileHandle> => {
    const handle = await actual.open(...args);
    const write = handle.write.bind(handle) as (buffer: Uint8Array, offset?: number, length?: number) => Promise<{ bytesWritten: number; buffer: Uint8Array }>;
    const short = (buffer: Uint8Array, offset = 0, length = buffer.byteLength - offset) => write(buffer, offset, Math.min(length, SHORT));
    return Object.assign(handle, { write: short });
  };
  return { ...actual, open, default: { ...actual, open } };
});

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeAtomic with writes that take part of their bytes', () => {
  it('writes every piece whole', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-atomic-'));
    const pieces = ['{\n  "findings": [', '来源：国际在线'.repeat(700), '\n  ]\n}\n'];
    const file = path.join(dir, 'report.json');
    await writeAtomic(file, pieces.map((p) => Buffer.from(p, 'utf8')));
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
  });
});
