// A JSON Lines file too big to read whole (a rights holder's archive export of 10,000 records) is
// read a piece of whole lines at a time: no more than a piece and one record is held at once.
import type { Hash } from 'node:crypto';
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { utf16Of } from './decode.js';
import { requireRegularFileSync } from './safe-read.js';

/** Whole lines, the first of which is line `firstLine` (0-based) of the file; or a line over the limit of a record, not read. */
export type JsonlPiece = { bytes: Uint8Array; firstLine: number } | { tooLong: number };

/** Bytes read at a time: about a piece's size. */
const CHUNK = 1 << 20;

const LF = 0x0a;
const CR = 0x0d;

/** How lines are cut: in bytes (UTF-8, GB18030, Big5: no byte of a character is 0x0A or 0x0D) or in UTF-16 units. */
interface Units {
  size: 1 | 2;
  le: boolean;
  /** Put in front of every piece but the first, so that each is read in the file's encoding. */
  bom: Uint8Array;
}

/**
 * The pieces of a JSON Lines file in order, each cut after a line break (LF, CRLF or CR, as
 * splitLines counts them); a line longer than `maxRecord` bytes is skipped, unread, as `tooLong`.
 * `hash` gets every byte of the file.
 */
export function* jsonlPieces(file: string, maxRecord: number, hash?: Hash): Generator<JsonlPiece> {
  requireRegularFileSync(file);
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    // no bigger than a record may be: a line within a chunk is then within the limit, and only the
    // line a chunk ends in, carried into the next, is measured
    const size = Math.min(CHUNK, maxRecord);
    yield* cut(() => {
      const chunk = Buffer.allocUnsafe(size);
      const read = chunk.subarray(0, readSync(fd, chunk, 0, size, null));
      hash?.update(read);
      return read;
    }, maxRecord);
  } finally {
    closeSync(fd);
  }
}

function* cut(next: () => Uint8Array, maxRecord: number): Generator<JsonlPiece> {
  let carry: Uint8Array = new Uint8Array(0);
  let line = 0;
  let units: Units | undefined;
  let skipping = false;
  for (;;) {
    const read = next();
    let buf: Uint8Array = carry.length > 0 ? Buffer.concat([carry, read]) : read;
    units ??= unitsOf(buf);
    const end = read.length === 0;
    if (skipping) {
      const after = firstBreak(buf, units, end);
      if (after < 0) {
        carry = buf.subarray(usable(buf, units));
        if (end) return;
        continue;
      }
      buf = buf.subarray(after);
      line++;
      skipping = false;
    }
    const at = end ? buf.length : lastBreak(buf, units);
    if (at <= 0) {
      if (buf.length <= maxRecord) carry = buf;
      else {
        yield { tooLong: line };
        skipping = true;
        carry = buf.subarray(usable(buf, units));
      }
      if (end) return;
      continue;
    }
    let piece = buf.subarray(0, at);
    const first = firstBreak(piece, units, true);
    if ((first < 0 ? piece.length : first) > maxRecord) {
      yield { tooLong: line };
      line++;
      piece = first < 0 ? piece.subarray(piece.length) : piece.subarray(first);
    }
    if (piece.length > 0) yield { bytes: line === 0 || units.size === 1 ? piece : Buffer.concat([units.bom, piece]), firstLine: line };
    line += breaks(piece, units);
    carry = Uint8Array.prototype.slice.call(buf, at);
    if (end) return;
  }
}

function unitsOf(bytes: Uint8Array): Units {
  const utf16 = utf16Of(bytes.subarray(0, 65536));
  if (!utf16) return { size: 1, le: true, bom: new Uint8Array(0) };
  const le = utf16 === 'utf-16le';
  return { size: 2, le, bom: Uint8Array.from(le ? [0xff, 0xfe] : [0xfe, 0xff]) };
}

/** The length of the bytes that are whole units. */
function usable(buf: Uint8Array, units: Units): number {
  return buf.length - (buf.length % units.size);
}

function unitAt(buf: Uint8Array, i: number, units: Units): number {
  if (units.size === 1) return buf[i];
  return units.le ? buf[i] | (buf[i + 1] << 8) : (buf[i] << 8) | buf[i + 1];
}

/** Where the line after the last break that is surely whole starts (a CR at the very end may be half a CRLF), or -1. */
function lastBreak(buf: Uint8Array, units: Units): number {
  const u = units.size;
  for (let i = usable(buf, units) - 2 * u; i >= 0; i -= u) {
    const c = unitAt(buf, i, units);
    if (c === LF || (c === CR && unitAt(buf, i + u, units) !== LF)) return i + u;
  }
  return -1;
}

/** Where the line after the first break starts, or -1 (a CR at the end counts only at the end of the file). */
function firstBreak(buf: Uint8Array, units: Units, end: boolean): number {
  const u = units.size;
  const n = usable(buf, units);
  for (let i = 0; i < n; i += u) {
    const c = unitAt(buf, i, units);
    if (c === LF) return i + u;
    if (c !== CR) continue;
    if (i + u < n) return unitAt(buf, i + u, units) === LF ? i + 2 * u : i + u;
    return end ? i + u : -1;
  }
  return -1;
}

/** The line breaks in whole lines. */
function breaks(buf: Uint8Array, units: Units): number {
  const u = units.size;
  const n = usable(buf, units);
  let count = 0;
  for (let i = 0; i < n; i += u) {
    const c = unitAt(buf, i, units);
    if (c === LF || (c === CR && (i + u >= n || unitAt(buf, i + u, units) !== LF))) count++;
  }
  return count;
}
