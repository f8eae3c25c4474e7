// Postings of a whole archive, gathered by the top 8 bits of their hash into 256 parts, held in
// memory up to a budget and written to a temporary file past it: a million articles' postings
// (about 400 million) never need to be in memory at once, only one part of them.
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { POSTING_WORDS as TRIPLE } from '../core/match/archive-format.js';

export const PART_BITS = 8;
const PARTS = 1 << PART_BITS;
/** Triples per chunk: 96 kB, so that 256 open chunks take 24 MB. */
const CHUNK = 8192;
/** Bytes of full chunks held in memory before they are written out. */
const BUDGET = 256 * 1024 * 1024;

/** A run of one part's triples: in memory (`held` keeps its buffer) or at `offset` in the temporary file. */
interface Chunk {
  data?: Uint32Array;
  offset: number;
  words: number;
}

/** A buffer held in memory and the chunks it holds (one for pushed triples, one a part for a batch's). */
interface Held {
  buffer: Uint32Array;
  chunks: Chunk[];
}

export class PostingSpill {
  private readonly open: Array<Uint32Array | undefined> = new Array<Uint32Array | undefined>(PARTS);
  private readonly fill = new Uint32Array(PARTS);
  private readonly chunks: Chunk[][] = Array.from({ length: PARTS }, () => []);
  private held: Held[] = [];
  private heldBytes = 0;
  private fd: number | undefined;
  private end = 0;
  /** Triples pushed. */
  count = 0;

  /** `dir`: where the temporary file goes, if one is needed (it is unlinked as soon as it is made). */
  constructor(private readonly dir: string) {}

  push(hash: number, article: number, position: number): void {
    const p = hash >>> (32 - PART_BITS);
    let buffer = this.open[p];
    if (!buffer) this.open[p] = buffer = new Uint32Array(CHUNK * TRIPLE);
    let at = this.fill[p];
    buffer[at++] = hash;
    buffer[at++] = article;
    buffer[at++] = position;
    this.count++;
    if (at < buffer.length) {
      this.fill[p] = at;
      return;
    }
    this.fill[p] = 0;
    this.open[p] = undefined;
    this.hold(buffer, [[p, 0, buffer.length]]);
  }

  /**
   * Adds triples already gathered by part (part p's are triples[ends[p - 1], ends[p]), in words),
   * after those pushed before; `triples` is kept as it is, not copied: the caller lets go of it.
   * Parts must not be mixed with push (whose open chunks would then come after).
   */
  addParts(triples: Uint32Array, ends: Uint32Array): void {
    const runs: Array<[number, number, number]> = [];
    for (let p = 0, start = 0; p < PARTS; start = ends[p++]) if (ends[p] > start) runs.push([p, start, ends[p] - start]);
    this.count += triples.length / TRIPLE;
    if (runs.length > 0) this.hold(triples, runs);
  }

  /** The triples of part `p`, in the order they were added; the part is emptied. */
  take(p: number): Uint32Array {
    const open = this.open[p]?.subarray(0, this.fill[p]);
    const chunks = this.chunks[p];
    const out = new Uint32Array(chunks.reduce((n, c) => n + c.words, 0) + (open?.length ?? 0));
    let at = 0;
    for (const chunk of chunks) {
      if (chunk.data) out.set(chunk.data, at);
      else readFully(this.file(), new Uint8Array(out.buffer, at * 4, chunk.words * 4), chunk.offset);
      chunk.data = undefined;
      at += chunk.words;
    }
    if (open) out.set(open, at);
    this.chunks[p] = [];
    this.open[p] = undefined;
    this.fill[p] = 0;
    return out;
  }

  /**
   * The triples of part `p` as runs to read one after the other: the chunks as they stand when each
   * is held in shared memory (another thread reads them without a copy), else take(p); the part is emptied.
   */
  runs(p: number): Uint32Array[] {
    const chunks = this.chunks[p];
    if (this.fill[p] > 0 || !chunks.every((c) => c.data?.buffer instanceof SharedArrayBuffer)) return [this.take(p)];
    const runs = chunks.map((c) => c.data as Uint32Array);
    for (const chunk of chunks) chunk.data = undefined;
    this.chunks[p] = [];
    return runs;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** Holds `buffer` whose runs [part, start, words] are chunks of their parts; past the budget, writes out all held. */
  private hold(buffer: Uint32Array, runs: Array<[number, number, number]>): void {
    const chunks = runs.map(([p, start, words]) => {
      const chunk: Chunk = { data: buffer.subarray(start, start + words), offset: start * 4, words };
      this.chunks[p].push(chunk);
      return chunk;
    });
    this.held.push({ buffer, chunks });
    this.heldBytes += buffer.byteLength;
    if (this.heldBytes > BUDGET) this.spill();
  }

  /** Writes each held buffer whose chunks are not all taken yet, whole; its chunks then point into the file. */
  private spill(): void {
    const fd = this.file();
    for (const { buffer, chunks } of this.held) {
      if (!chunks.some((c) => c.data)) continue;
      writeFully(fd, new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), this.end);
      for (const chunk of chunks) {
        chunk.offset += this.end;
        chunk.data = undefined;
      }
      this.end += buffer.byteLength;
    }
    this.held = [];
    this.heldBytes = 0;
  }

  private file(): number {
    if (this.fd === undefined) {
      const name = path.join(this.dir, `.postings.${process.pid}.${randomBytes(6).toString('hex')}.laiyuan.tmp`);
      this.fd = openSync(name, 'wx+', 0o600);
      unlinkSync(name);
    }
    return this.fd;
  }
}

export function writeFully(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.byteLength; ) {
    const n = writeSync(fd, bytes, done, bytes.byteLength - done, position + done);
    if (n === 0) throw noByteWritten(bytes.byteLength - done, position + done);
    done += n;
  }
}

/** A write that took none of its bytes (a full or failing disk that reports no error): trying again would never end. */
export function noByteWritten(left: number, position: number): Error {
  return new Error(`a write of ${left} bytes at byte ${position} wrote nothing (is the disk full?)`);
}

export function readFully(fd: number, into: Uint8Array, position: number): void {
  for (let done = 0; done < into.byteLength; ) {
    const n = readSync(fd, into, done, into.byteLength - done, position + done);
    if (n === 0) throw new Error(`unexpected end of a temporary file at ${position + done}`);
    done += n;
  }
}
