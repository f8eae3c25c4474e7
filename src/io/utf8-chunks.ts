// A report's text, given in pieces, as UTF-8 bytes a buffer at a time: each piece is encoded once,
// straight into the buffer (Buffer.from measures a string's UTF-8 length in a pass of its own
// first), and a piece longer than a buffer holds is cut, so that no report is ever one Buffer.

/** Bytes a buffer holds: about what one write to a file or pipe is given. */
export const CHUNK_BYTES = 1 << 20;

/** A buffer with less room than this left is given out rather than filled a few characters at a time. */
const LEAST_ROOM = 4096;

/** UTF-8 takes at most 3 bytes for a UTF-16 unit (4 for a surrogate pair of 2). */
const MOST_BYTES = 3;

/**
 * `pieces` as UTF-8, in buffers of at most `size` bytes, each filled to within a few kilobytes:
 * the same bytes as Buffer.from(pieces.join('')), given that no piece ends in half a surrogate
 * pair (each piece is encoded whole, as it always was). A buffer is not used again once given.
 */
export function* utf8Chunks(pieces: Iterable<string>, size = CHUNK_BYTES): Generator<Uint8Array> {
  let buf = Buffer.allocUnsafe(size);
  let used = 0;
  for (const piece of pieces) {
    for (let at = 0; at < piece.length; ) {
      const room = size - used;
      if (used > 0 && room < LEAST_ROOM && room < (piece.length - at) * MOST_BYTES) {
        yield buf.subarray(0, used);
        buf = Buffer.allocUnsafe(size);
        used = 0;
        continue;
      }
      let end = Math.min(piece.length, at + Math.floor(room / MOST_BYTES));
      // never between the halves of a surrogate pair: each half alone would be written as U+FFFD
      if (end < piece.length && isHighSurrogate(piece.charCodeAt(end - 1))) end--;
      used += buf.write(at === 0 && end === piece.length ? piece : piece.slice(at, end), used);
      at = end;
    }
  }
  if (used > 0) yield buf.subarray(0, used);
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
