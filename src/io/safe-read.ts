// Reading a file whole without waiting forever: what is not a regular file is refused before it
// is opened (a FIFO blocks the open, /dev/zero never ends), and so is a file over the size limit.
import { closeSync, constants, fstatSync, open, read, stat, statSync, type Stats } from 'node:fs';
import { promisify } from 'node:util';
import { RefusedFile } from './error-code.js';

/** The default of --max-file-size: far above any article, far below what would fill memory. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Configs, packs and lists are a few kB: anything far bigger is a mistake, refused unread. */
export const CONFIG_MAX_BYTES = 16 * 1024 * 1024;

const statAsync = promisify(stat);
const openAsync = promisify(open);
const readAsync = promisify(read);

/**
 * The bytes of a regular file; throws RefusedFile for anything else, and the system's errors.
 * What may wait on the disk (the stat of the path, the open, the reads) runs on the thread pool;
 * the fstat of the open file and its close, which never wait on it, run here: each trip to the
 * pool cost more than a checked file's whole read (a FileHandle more still), three times less CPU
 * for the 10,000 files of a check.
 */
export async function readRegularFile(file: string, maxBytes = Infinity): Promise<Buffer> {
  refuse(await statAsync(file), maxBytes);
  // O_NONBLOCK: should the path turn into a FIFO after the stat, the open does not wait for a writer
  const fd = await openAsync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    refuse(info, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    // the first read asks for one byte more than the file's size: coming back short with the size
    // read, it reached the end, so no further read is made only to be told so; short before it (a
    // network or FUSE file system may return part of what is asked) it reads on
    let wanted = Math.min(info.size + 1, maxBytes + 1);
    for (;;) {
      const buffer = Buffer.allocUnsafe(wanted);
      const { bytesRead } = await readAsync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      // a file that grows while it is read is held to the limit all the same
      if (total > maxBytes) throw tooBig(maxBytes);
      chunks.push(buffer.subarray(0, bytesRead));
      if (bytesRead < buffer.length && total >= info.size) break;
      wanted = Math.min(65536, maxBytes + 1 - total);
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** The text of a regular file read as UTF-8 (configs, packs, lists). */
export async function readRegularText(file: string, maxBytes = Infinity): Promise<string> {
  return (await readRegularFile(file, maxBytes)).toString('utf8');
}

/** Throws RefusedFile unless `file` is a regular file (the system's error when it cannot be seen). */
export function requireRegularFileSync(file: string): void {
  refuse(statSync(file), Infinity);
}

function refuse(info: Stats, maxBytes: number): void {
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  const kind = specialKind(info);
  if (kind) throw new RefusedFile('ENOTREG', notRegular(kind, 'name a regular file'));
  if (info.size > maxBytes) throw tooBig(maxBytes, info.size);
}

/** What a path is when it is neither a file nor a folder: a FIFO, a device or a socket. */
export function specialKind(info: Pick<Stats, 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'>): string | undefined {
  return info.isFIFO() ? 'a FIFO (named pipe)' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : undefined;
}

/** Why a FIFO, device or socket is not read, and `advice` on what to do. */
export function notRegular(kind: string, advice: string): string {
  return `is ${kind}, not a regular file: not read, since reading it could wait or run forever; ${advice}`;
}

/** The refusal of a file over `maxBytes` (its size when known: a stream's is not). */
export function tooBig(maxBytes: number, size?: number): RefusedFile {
  const is = size === undefined ? 'is' : `is ${megabytes(size)},`;
  return new RefusedFile('EFBIG', `${is} over the ${megabytes(maxBytes)} limit: not read; raise --max-file-size to check it, or leave it out`);
}

/** Bytes as MB with up to one decimal (5 MB, 12.5 MB), or bytes below 100 kB. */
export function megabytes(bytes: number): string {
  if (bytes < 100_000) return `${bytes} bytes`;
  return `${Math.round(bytes / 104857.6) / 10} MB`;
}
