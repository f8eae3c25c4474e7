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

interface Chunk {
  data?: Uint32Array;
  offset: number;
  words: number;
}

export class PostingSpill {
  private readonly open: Array<Uint32Array | undefined> = new Array<Uint32Array | undefined>(PARTS);
  private readonly fill = new Uint32Array(PARTS);
  private readonly chunks: Chunk[][] = Array.from({ length: PARTS }, () => []);
  private held: Chunk[] = [];
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
    this.seal(p, buffer);
  }

  /** The triples of part `p`, in the order they were pushed; the part is emptied. */
  take(p: number): Uint32Array {
    const open = this.open[p]?.subarray(0, this.fill[p]);
    const chunks = this.chunks[p];
    const out = new Uint32Array(chunks.reduce((n, c) => n + c.words, 0) + (open?.length ?? 0));
    let at = 0;
    for (const chunk of chunks) {
      if (chunk.data) {
        out.set(chunk.data, at);
        this.heldBytes -= chunk.data.byteLength;
        chunk.data = undefined;
      } else readFully(this.file(), new Uint8Array(out.buffer, at * 4, chunk.words * 4), chunk.offset);
      at += chunk.words;
    }
    if (open) out.set(open, at);
    this.chunks[p] = [];
    this.open[p] = undefined;
    this.fill[p] = 0;
    return out;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private seal(p: number, data: Uint32Array): void {
    const chunk: Chunk = { data, offset: 0, words: data.length };
    this.chunks[p].push(chunk);
    this.held.push(chunk);
    this.heldBytes += data.byteLength;
    if (this.heldBytes > BUDGET) this.spill();
  }

  private spill(): void {
    const fd = this.file();
    for (const chunk of this.held) {
      const data = chunk.data;
      if (!data) continue; // taken since
      chunk.offset = this.end;
      writeFully(fd, new Uint8Array(data.buffer, data.byteOffset, data.byteLength), this.end);
      this.end += data.byteLength;
      chunk.data = undefined;
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
  for (let done = 0; done < bytes.byteLength; ) done += writeSync(fd, bytes, done, bytes.byteLength - done, position + done);
}

export function readFully(fd: number, into: Uint8Array, position: number): void {
  for (let done = 0; done < into.byteLength; ) {
    const n = readSync(fd, into, done, into.byteLength - done, position + done);
    if (n === 0) throw new Error(`unexpected end of a temporary file at ${position + done}`);
    done += n;
  }
}
