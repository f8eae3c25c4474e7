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
