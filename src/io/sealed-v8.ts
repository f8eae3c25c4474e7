import { crc32 } from 'node:zlib';
import { deserialize, serialize } from 'node:v8';

/** The CRC-32 (little-endian) of the V8-serialised value, ahead of it. */
const CHECKSUM_BYTES = 4;

/** A value V8-serialised behind the CRC-32 of its bytes, as the caches keep it on disk. */
export function sealed(value: unknown): Buffer[] {
  const payload = serialize(value);
  const sum = Buffer.alloc(CHECKSUM_BYTES);
  sum.writeUInt32LE(crc32(payload), 0);
  return [sum, payload];
}

/**
 * The value `sealed` wrote, or undefined for bytes that are not one (cut short, damaged, written by
 * another Node's V8). A flipped byte inside a string or a typed array still deserialises, into other
 * words or numbers: the checksum refuses it.
 */
export function unsealed(bytes: Uint8Array): unknown {
  if (bytes.byteLength <= CHECKSUM_BYTES) return undefined;
  const payload = bytes.subarray(CHECKSUM_BYTES);
  const sum = new DataView(bytes.buffer, bytes.byteOffset, CHECKSUM_BYTES).getUint32(0, true);
  if (crc32(payload) !== sum) return undefined;
  try {
    return deserialize(payload);
  } catch {
    return undefined;
  }
}
