// The SHA-256 of each corpus file, for the --cache run key, without reading the files whose stats
// are those a previous run hashed them under: corpus-stamps.json in the cache folder keeps, by
// absolute path, each file's stamp and hash. A file whose stats changed is read and hashed again
// (touched but unchanged: the same hash, so the cache stays warm).
import path from 'node:path';
import { DEFAULT_MAX_FILE_BYTES, hashRegularFile, readRegularFile, readRegularText } from './safe-read.js';
import type { ReadBefore } from './read-file.js';
import { settled, stampOf } from './file-stamp.js';
import { sha256 } from './sha256.js';
import { errorCode } from './error-code.js';
import { cacheWriteNote } from './cache-note.js';
import { writeAtomic } from './write-output.js';
import { UNREADABLE } from './unreadable.js';

const FORMAT = 1;

interface Stored {
  format: typeof FORMAT;
  /** Absolute path: [stamp, SHA-256 of the bytes]. */
  files: Record<string, [string, string]>;
}

export { UNREADABLE } from './unreadable.js';

export interface CorpusDigests {
  /** By absolute path: the SHA-256 of the file's bytes, or UNREADABLE. */
  digests: Map<string, string>;
  /**
   * The bytes of the files read to hash them (stats changed or new), by absolute path, up to
   * KEPT_BYTES in all: a cold run reads its corpus from them, not from the disk again.
   */
  read: Map<string, ReadBefore>;
  /** Keeps the stamps for the next run; a failure is returned as words for a note, never thrown. */
  save(): Promise<string | undefined>;
}

/** Bytes of corpus files kept between their hashing and their reading: past it, the rest are read again (memory stays bounded). */
const KEPT_BYTES = 256 * 1024 * 1024;

/** The digests of `files` (absolute), from the stamps kept in `dir` where the stats are unchanged. */
export async function corpusDigests(files: readonly string[], dir: string): Promise<CorpusDigests> {
  const file = path.join(dir, 'corpus-stamps.json');
  const old = await readRegularText(file).then(parseStored, () => undefined);
  const kept = old?.files ?? {};
  const next: Stored = { format: FORMAT, files: {} };
  const digests = new Map<string, string>();
  const read: ReadKept = { files: new Map(), bytes: 0 };
  let changed = old === undefined || Object.keys(kept).length !== files.length;
  const now = BigInt(Date.now()) * 1_000_000n;
  for (const absolute of files) {
    const stamp = stampOf(absolute);
    const before = Object.hasOwn(kept, absolute) ? kept[absolute] : undefined;
    let digest: string;
    if (stamp !== undefined && Array.isArray(before) && before[0] === stamp && typeof before[1] === 'string') digest = before[1];
    else {
      changed = true;
      digest = await hashed(absolute, read);
    }
    digests.set(absolute, digest);
    if (stamp !== undefined && digest !== UNREADABLE && settled(stamp, now)) next.files[absolute] = [stamp, digest];
    else changed = true;
  }
  const save = async () => {
    if (!changed) return undefined;
    try {
      await writeAtomic(file, JSON.stringify(next));
      return undefined;
    } catch (error) {
      return cacheWriteNote(dir, error);
    }
  };
  return { digests, read: read.files, save };
}

interface ReadKept {
  files: Map<string, ReadBefore>;
  bytes: number;
}

/** The SHA-256 of a file's bytes (UNREADABLE if it cannot be read); the bytes go to `read` while they fit in KEPT_BYTES. */
async function hashed(absolute: string, read: ReadKept): Promise<string> {
  // a corpus file over the limit (a JSON Lines archive, read a piece at a time) is hashed so, never held whole
  const bytes = await readRegularFile(absolute, DEFAULT_MAX_FILE_BYTES).catch((e: unknown) => (errorCode(e) === 'EFBIG' ? hashRegularFile(absolute).catch(() => UNREADABLE) : undefined));
  if (typeof bytes === 'string') return bytes;
  if (!bytes) return UNREADABLE;
  const digest = sha256(bytes);
  if (read.bytes + bytes.byteLength <= KEPT_BYTES) {
    read.files.set(absolute, { bytes, sha256: digest });
    read.bytes += bytes.byteLength;
  }
  return digest;
}

function parseStored(text: string): Stored | undefined {
  try {
    const value = JSON.parse(text) as Partial<Stored>;
    return value.format === FORMAT && typeof value.files === 'object' && value.files !== null && !Array.isArray(value.files) ? (value as Stored) : undefined;
  } catch {
    return undefined;
  }
}
