// Rows for COPY … (FORMAT binary): each field its length and its bytes, integers big-endian.
// A posting is 26 bytes laid out with a few stores, where the text format spent most of a push's
// client time turning numbers into strings and the server parsing them back.

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

/** The stream's header (signature, flags, no extension) and trailer (field count -1). */
export const COPY_HEADER = Buffer.concat([SIGNATURE, Buffer.alloc(8)]);
export const COPY_TRAILER = Buffer.from([0xff, 0xff]);

const POSTING_BYTES = 2 + 3 * 8;

/** (hash, article, position) words as rows of three int4; the hash stored signed. */
export function postingRows(words: Uint32Array): Buffer {
  const rows = words.length / 3;
  const out = Buffer.allocUnsafe(rows * POSTING_BYTES);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let r = 0, o = 0, w = 0; r < rows; r++, o += POSTING_BYTES, w += 3) {
    view.setInt16(o, 3);
    view.setInt32(o + 2, 4);
    view.setInt32(o + 6, words[w] | 0);
    view.setInt32(o + 10, 4);
    view.setUint32(o + 14, words[w + 1]);
    view.setInt32(o + 18, 4);
    view.setUint32(o + 22, words[w + 2]);
  }
  return out;
}

/** One article row: id int4, file text, fingerprints int4, record bytea. */
export function articleRow(id: number, file: string, fingerprints: number, record: Uint8Array): Buffer {
  const name = Buffer.from(file, 'utf8');
  const out = Buffer.allocUnsafe(2 + 8 + 4 + name.length + 8 + 4 + record.byteLength);
  let o = out.writeInt16BE(4, 0);
  o = out.writeInt32BE(4, o);
  o = out.writeInt32BE(id, o);
  o = out.writeInt32BE(name.length, o);
  o += name.copy(out, o);
  o = out.writeInt32BE(4, o);
  o = out.writeInt32BE(fingerprints, o);
  o = out.writeInt32BE(record.byteLength, o);
  out.set(record, o);
  return out;
}

/** Postings as columns: row i is (hash[i], article[i], position[i]), the hash as stored (signed). */
export interface PostingColumns {
  rows: number;
  hash: Int32Array;
  article: Uint32Array;
  position: Uint32Array;
}

/**
 * Reads COPY (SELECT hash, article, position …) TO STDOUT (FORMAT binary), chunk by chunk, into
 * columns: a lookup at a million articles brings back millions of postings, which as rows (a
 * JavaScript array each) held gigabytes; here 12 bytes each.
 */
export class PostingRowReader {
  private readonly columns: PostingColumns = { rows: 0, hash: new Int32Array(1024), article: new Uint32Array(1024), position: new Uint32Array(1024) };
  private carry: Buffer = Buffer.alloc(0);
  private header = true;
  private ended = false;

  push(chunk: Buffer): void {
    let bytes: Buffer = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    if (this.header) {
      if (bytes.length < COPY_HEADER.length) return void (this.carry = bytes);
      if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('COPY TO STDOUT: not the binary format');
      const extension = bytes.readUInt32BE(SIGNATURE.length + 4);
      if (bytes.length < COPY_HEADER.length + extension) return void (this.carry = bytes);
      bytes = bytes.subarray(COPY_HEADER.length + extension);
      this.header = false;
    }
    let o = 0;
    while (!this.ended && bytes.length - o >= 2) {
      const fields = bytes.readInt16BE(o);
      if (fields === -1) {
        this.ended = true;
        o += 2;
        break;
      }
      if (bytes.length - o < POSTING_BYTES) break;
      if (fields !== 3 || bytes.readInt32BE(o + 2) !== 4 || bytes.readInt32BE(o + 10) !== 4 || bytes.readInt32BE(o + 18) !== 4) throw new Error('COPY TO STDOUT: a row is not three int4');
      this.add(bytes.readInt32BE(o + 6), bytes.readUInt32BE(o + 14), bytes.readUInt32BE(o + 22));
      o += POSTING_BYTES;
    }
    this.carry = o === bytes.length ? Buffer.alloc(0) : Buffer.from(bytes.subarray(o));
  }

  end(): PostingColumns {
    if (!this.ended || this.carry.length > 0) throw new Error('COPY TO STDOUT: the rows ended short of the trailer');
    return this.columns;
  }

  private add(hash: number, article: number, position: number): void {
    const c = this.columns;
    if (c.rows === c.hash.length) {
      c.hash = grown(c.hash, new Int32Array(c.rows * 2));
      c.article = grown(c.article, new Uint32Array(c.rows * 2));
      c.position = grown(c.position, new Uint32Array(c.rows * 2));
    }
    c.hash[c.rows] = hash;
    c.article[c.rows] = article;
    c.position[c.rows] = position;
    c.rows++;
  }
}

function grown<T extends Int32Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

const KEY_BYTES = 2 + 8 + 4 + 4 + 4;

/** Rows of (int8 key, int4 value): a line's key and an article or a count. */
export function keyRows(keys: ArrayLike<number>, values: ArrayLike<number>): Buffer {
  const out = Buffer.allocUnsafe(keys.length * KEY_BYTES);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let r = 0, o = 0; r < keys.length; r++, o += KEY_BYTES) {
    view.setInt16(o, 2);
    view.setInt32(o + 2, 8);
    view.setBigInt64(o + 6, BigInt(keys[r]));
    view.setInt32(o + 14, 4);
    view.setInt32(o + 18, values[r]);
  }
  return out;
}
