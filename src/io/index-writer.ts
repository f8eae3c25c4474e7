// An index file written as it is built: a temporary file beside it, sections appended one after
// another (each at an 8-byte boundary, its checksum kept), the header written last at the start,
// flushed to disk and renamed over the file. Killed at any moment, the old file stays as it was.
import { closeSync, openSync, rmSync, write } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { fsyncSync } from 'node:fs';
import { HEADER_BYTES, writeHeader, type Section, type SectionName } from '../core/match/archive-format.js';
import { noByteWritten, readFully, writeFully } from './posting-spill.js';
import { syncFolder, tempBeside } from './write-output.js';

/** Bytes gathered before they are written: few system calls for many small records. */
const BLOCK = 1 << 20;

export class IndexWriter {
  private readonly sections: Partial<Record<SectionName, Section>> = {};
  private block = new Uint8Array(BLOCK);
  private blockUsed = 0;
  /** Where the block's first byte goes. */
  private blockAt = HEADER_BYTES;
  private current: { name: SectionName; offset: number; crc: number } | undefined;
  /** Writes of appendOwned not yet done: their bytes, and each one's end; the first that failed. */
  private inFlight = new Set<Promise<void>>();
  private inFlightBytes = 0;
  private failed: unknown;

  private constructor(
    private readonly file: string,
    private readonly temp: string,
    private fd: number | undefined,
  ) {}

  static create(file: string): IndexWriter {
    const temp = tempBeside(file);
    return new IndexWriter(file, temp, openSync(temp, 'wx+', 0o666));
  }

  /** Where the next byte goes. */
  get position(): number {
    return this.blockAt + this.blockUsed;
  }

  /** Starts a section at the next 8-byte boundary. */
  begin(name: SectionName): number {
    if (this.current) throw new Error(`section ${this.current.name} is still open`);
    this.append(new Uint8Array((8 - (this.position % 8)) % 8), false);
    this.current = { name, offset: this.position, crc: 0 };
    return this.position;
  }

  append(bytes: Uint8Array, checked = true): void {
    // (Node 20's crc32 gives 0 for bytes over an empty ArrayBuffer, whatever the running value)
    if (this.current && checked && bytes.byteLength > 0) this.current.crc = crc32(bytes, this.current.crc);
    if (bytes.byteLength > BLOCK - this.blockUsed) this.flush();
    if (bytes.byteLength >= BLOCK) {
      writeFully(this.openFd(), bytes, this.blockAt);
      this.blockAt += bytes.byteLength;
      return;
    }
    this.block.set(bytes, this.blockUsed);
    this.blockUsed += bytes.byteLength;
  }

  /**
   * Appends bytes the writer may hold until they are written (the caller lets go of them): a large
   * run is written on the thread pool while the caller goes on. `drain` bounds what is in flight.
   */
  appendOwned(bytes: Uint8Array): void {
    if (bytes.byteLength < BLOCK) return this.append(bytes);
    if (this.current) this.current.crc = crc32(bytes, this.current.crc);
    this.flush();
    const fd = this.openFd();
    const at = this.blockAt;
    this.blockAt += bytes.byteLength;
    this.inFlightBytes += bytes.byteLength;
    const done: Promise<void> = writeAt(fd, bytes, at)
      .catch((error: unknown) => {
        this.failed ??= error;
      })
      .finally(() => {
        this.inFlight.delete(done);
        this.inFlightBytes -= bytes.byteLength;
      });
    this.inFlight.add(done);
  }

  /** Waits until no more than `bytes` of appendOwned are in flight (none by default); throws if one failed. */
  async drain(bytes = 0): Promise<void> {
    while (this.inFlightBytes > bytes && this.inFlight.size > 0) await Promise.race(this.inFlight);
    if (this.failed !== undefined) throw this.failed;
  }

  end(options: { checksum: boolean }): Section {
    const open = this.current;
    if (!open) throw new Error('no section is open');
    const section = { offset: open.offset, length: this.position - open.offset, checksum: options.checksum ? open.crc : 0 };
    this.sections[open.name] = section;
    this.current = undefined;
    return section;
  }

  /** Bytes written already (at any offset before `position`). */
  readBack(offset: number, length: number): Uint8Array {
    if (this.inFlight.size > 0) throw new Error('bytes are still being written: drain first');
    this.flush();
    const bytes = new Uint8Array(length);
    readFully(this.openFd(), bytes, offset);
    return bytes;
  }

  /** Writes the header, flushes the file to disk and puts it in place. */
  async finish(version: number): Promise<void> {
    await this.drain();
    this.flush();
    const sections = this.sections as Record<SectionName, Section>;
    writeFully(this.openFd(), writeHeader({ version, fileLength: this.position, sections }, (b) => crc32(b)), 0);
    fsyncSync(this.openFd());
    closeSync(this.openFd());
    this.fd = undefined;
    await rename(this.temp, this.file);
    await syncFolder(path.dirname(this.file));
  }

  /** Gives up: the temporary file is removed, the file left as it was. */
  abort(): void {
    const fd = this.fd;
    this.fd = undefined;
    rmSync(this.temp, { force: true });
    if (fd === undefined) return;
    // a write still in flight must not meet another file given the same descriptor
    if (this.inFlight.size === 0) closeSync(fd);
    else void Promise.allSettled(this.inFlight).then(() => closeSync(fd));
  }

  private flush(): void {
    if (this.blockUsed === 0) return;
    writeFully(this.openFd(), this.block.subarray(0, this.blockUsed), this.blockAt);
    this.blockAt += this.blockUsed;
    this.blockUsed = 0;
  }

  private openFd(): number {
    if (this.fd === undefined) throw new Error('the index file is closed');
    return this.fd;
  }
}

/** All of `bytes` written at `position`, on the thread pool; a write that takes no byte is an error, not a retry for ever. */
function writeAt(fd: number, bytes: Uint8Array, position: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const step = (done: number) => {
      if (done === bytes.byteLength) return resolve();
      write(fd, bytes, done, bytes.byteLength - done, position + done, (error, n) => {
        if (error) reject(error);
        else if (n === 0) reject(noByteWritten(bytes.byteLength - done, position + done));
        else step(done + n);
      });
    };
    step(0);
  });
}
