// A file's stats as a cache keeps them, to tell an unchanged file without reading it (as git's index
// and ESLint's cache do): size, modification and change times in nanoseconds, inode and device.
// A write changes the modification time; whatever sets it back (touch -r, tar, rsync -t) changes
// the change time, which no program can set. Stats that differ are no proof of a change: the
// caller then hashes the bytes.
import { statSync } from 'node:fs';

/**
 * A file modified this recently may be modified again within the clock's granularity without its
 * stats changing (git's "racily clean" entries): its stats are not kept, so the next run hashes it.
 */
const SETTLED_NS = 2_000_000_000n;

/**
 * The stamp of a regular file, or undefined (missing, unreadable, not a regular file). Synchronous:
 * a promised stat costs ten times the CPU, and a warm run is thousands of stats and little else.
 */
export function stampOf(file: string): string | undefined {
  let s;
  try {
    s = statSync(file, { bigint: true, throwIfNoEntry: false });
  } catch {
    // a file on the way (ENOTDIR), no permission: no stamp; reading it says what is wrong
    return undefined;
  }
  return s?.isFile() ? `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}:${s.dev}` : undefined;
}

/** The file's size in bytes that a stamp records. */
export function stampSize(stamp: string): number {
  return Number(stamp.slice(0, stamp.indexOf(':')));
}

/** Whether a stamp taken now may vouch for the bytes on a later run: the file was last changed long enough ago. */
export function settled(stamp: string, now = BigInt(Date.now()) * 1_000_000n): boolean {
  const [, mtime, ctime] = stamp.split(':');
  const latest = BigInt(mtime) > BigInt(ctime) ? BigInt(mtime) : BigInt(ctime);
  return now - latest >= SETTLED_NS;
}
