// Reading a file whole without waiting forever: what is not a regular file is refused before it
// is opened (a FIFO blocks the open, /dev/zero never ends), and so is a file over the size limit.
import { closeSync, constants, fstatSync, open, openSync, read, readSync, stat, statSync, type Stats } from 'node:fs';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
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
    const whole = new Whole(fstatSync(fd), maxBytes);
    while (whole.wanted > 0) {
      const buffer = Buffer.allocUnsafe(whole.wanted);
      whole.took(buffer, (await readAsync(fd, buffer, 0, buffer.length, null)).bytesRead);
    }
    return whole.bytes();
  } finally {
    closeSync(fd);
  }
}

/**
 * readRegularFile on this thread, each call waiting on the disk: for a worker thread whose work is
 * reading files one after another (an index build's), where the three trips to the thread pool a
 * file cost three times the CPU of the reads themselves (10,000 corpus files: 0.15 s against 0.5 s).
 */
export function readRegularFileSync(file: string, maxBytes = Infinity): Buffer {
  refuse(statSync(file), maxBytes);
  return readOpened(openSync(file, constants.O_RDONLY | constants.O_NONBLOCK), maxBytes);
}

/**
 * readRegularFileSync for a file a folder's walk saw as a regular file a moment before: opened
 * without a stat of its path first (a fifth of the CPU of reading 10,000 corpus files). O_NONBLOCK
 * and the fstat of the open file still refuse one that has turned into a FIFO or a device since; an
 * open that fails goes the usual way, so that the stat says why as it does for any file.
 */
export function readWalkedFileSync(file: string, maxBytes = Infinity): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return readRegularFileSync(file, maxBytes);
  }
  return readOpened(fd, maxBytes);
}

/** The bytes of the file open as `fd` (refused unless regular and within `maxBytes`), which is closed. */
function readOpened(fd: number, maxBytes: number): Buffer {
  try {
    const whole = new Whole(fstatSync(fd), maxBytes);
    while (whole.wanted > 0) {
      const buffer = Buffer.allocUnsafe(whole.wanted);
      whole.took(buffer, readSync(fd, buffer, 0, buffer.length, null));
    }
    return whole.bytes();
  } finally {
    closeSync(fd);
  }
}

/** A regular file's bytes as they are read, held to the size limit. */
class Whole {
  private readonly chunks: Buffer[] = [];
  private total = 0;
  /** Bytes to ask for next; 0 once the end is reached. */
  wanted: number;

  constructor(
    private readonly info: Stats,
    private readonly maxBytes: number,
  ) {
    refuse(info, maxBytes);
    // the first read asks for one byte more than the file's size: coming back short with the size
    // read, it reached the end, so no further read is made only to be told so; short before it (a
    // network or FUSE file system may return part of what is asked) it reads on
    this.wanted = Math.min(info.size + 1, maxBytes + 1);
  }

  took(buffer: Buffer, bytesRead: number): void {
    if (bytesRead === 0) {
      this.wanted = 0;
      return;
    }
    this.total += bytesRead;
    // a file that grows while it is read is held to the limit all the same
    if (this.total > this.maxBytes) throw tooBig(this.maxBytes);
    this.chunks.push(buffer.subarray(0, bytesRead));
    this.wanted = bytesRead < buffer.length && this.total >= this.info.size ? 0 : Math.min(65536, this.maxBytes + 1 - this.total);
  }

  bytes(): Buffer {
    return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.total);
  }
}

/** The SHA-256 (hex) of a regular file's bytes, read a megabyte at a time: for a file too big to hold. */
export async function hashRegularFile(file: string): Promise<string> {
  refuse(await statAsync(file), Infinity);
  const fd = await openAsync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    refuse(fstatSync(fd), Infinity);
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (let n = (await readAsync(fd, buffer, 0, buffer.length, null)).bytesRead; n > 0; n = (await readAsync(fd, buffer, 0, buffer.length, null)).bytesRead) hash.update(buffer.subarray(0, n));
    return hash.digest('hex');
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

/** The refusal of a file over `maxBytes` (its size when known: a stream's is not), and what to do. */
export function tooBig(maxBytes: number, size?: number, advice = 'raise --max-file-size to check it, or leave it out'): RefusedFile {
  const limit = megabytes(maxBytes);
  // a size that rounds to the limit (5,242,977 bytes against 5 MB) said in bytes, both of them
  const close = size !== undefined && megabytes(size) === limit;
  const is = size === undefined ? 'is' : close ? `is ${size} bytes,` : `is ${megabytes(size)},`;
  return new RefusedFile('EFBIG', `${is} over the ${close ? `${limit} (${maxBytes} bytes)` : limit} limit: not read; ${advice}`, size);
}

/** The other cause of a JSON Lines record over the limit, and its cure. */
export const LOST_BREAKS = '(or, if records lost their line breaks, put each article on a line of its own)';

/** Bytes as MB with up to one decimal (5 MB, 12.5 MB), or bytes below 100 kB. */
export function megabytes(bytes: number): string {
  if (bytes < 100_000) return `${bytes} bytes`;
  return `${Math.round(bytes / 104857.6) / 10} MB`;
}

/** Bytes as --max-file-size takes them back, as short as exact: 20MB, 500k, or a number of bytes. */
export function sizeArgument(bytes: number): string {
  if (bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3}GB`;
  if (bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2}MB`;
  return bytes % 1024 === 0 ? `${bytes / 1024}k` : String(bytes);
}
