import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { lstat, open, readdir, readlink, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { specialKind } from './safe-read.js';
import { makeFolder } from './make-folder.js';

/** `.<name>.<pid>.<random>.laiyuan.tmp`: whose it was, so that a later run can tell a stale one. */
const TEMP = /^\..+\.(\d+)\.[0-9a-f]{12}\.laiyuan\.tmp$/;

export function tempBeside(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.laiyuan.tmp`);
}

/**
 * Writes a whole file atomically: a temporary file in the same folder, written and flushed to
 * disk (fsync) with the mode given (default: as a new file gets), then renamed over the file and
 * the folder flushed. Killed at any moment, the file is either as it was or as written; a
 * temporary file left by a kill is removed by the next run (removeStaleTemps).
 */
export async function writeAtomic(file: string, data: string | Uint8Array | Iterable<Uint8Array>, mode?: number): Promise<void> {
  if (await special(file)) return writeInto(file, data);
  const dir = path.dirname(file);
  await makeFolder(dir);
  const temp = tempBeside(file);
  let handle: FileHandle | undefined;
  writing(temp);
  try {
    handle = await open(temp, 'wx', mode ?? 0o666);
    if (mode !== undefined) await handle.chmod(mode); // past the umask
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
    else for (const chunk of data) await writeAll(handle, chunk);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, file);
    await syncFolder(dir);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  } finally {
    written(temp);
  }
}

/**
 * Whether `file` is a device, a pipe or a socket (/dev/null, /dev/stdout, a shell's >(…)), or a
 * link into /proc/ that stands for one: written into, never replaced. A rename over /dev/null, run
 * as root (a CI container), put a regular file in its place and broke every later `> /dev/null`.
 */
export async function special(file: string): Promise<boolean> {
  const link = await lstat(file).catch(() => undefined);
  if (!link) return false;
  if (link.isSymbolicLink() && (await readlink(file)).startsWith('/proc/')) return true;
  const target = link.isSymbolicLink() ? await stat(file).catch(() => undefined) : link;
  return target !== undefined && specialKind(target) !== undefined;
}

async function writeInto(file: string, data: string | Uint8Array | Iterable<Uint8Array>): Promise<void> {
  const handle = await open(file, 'w');
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
    else for (const chunk of data) await writeAll(handle, chunk);
  } finally {
    await handle.close();
  }
}

/** Writes all of `chunk`: a write may take fewer bytes than it is given (a disk nearly full), and the rest goes after them. */
async function writeAll(handle: FileHandle, chunk: Uint8Array): Promise<void> {
  for (let at = 0; at < chunk.byteLength; ) {
    const { bytesWritten } = await handle.write(chunk, at, chunk.byteLength - at);
    if (bytesWritten === 0) throw Object.assign(new Error('the file system took no byte of a write'), { code: 'EIO' });
    at += bytesWritten;
  }
}

/** Temporary files being written now: removed should the run be interrupted (Ctrl-C, SIGTERM). */
const inFlight = new Set<string>();
const INTERRUPTS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function writing(temp: string): void {
  if (inFlight.size === 0) for (const signal of INTERRUPTS) process.on(signal, interrupted);
  inFlight.add(temp);
}

function written(temp: string): void {
  inFlight.delete(temp);
  if (inFlight.size === 0) for (const signal of INTERRUPTS) process.off(signal, interrupted);
}

/**
 * Interrupted while writing: the temporary files go (each target is still as it was, or already
 * renamed into place whole), then the signal is raised again, so the run ends as it would have.
 */
function interrupted(signal: NodeJS.Signals): void {
  for (const temp of inFlight) rmSync(temp, { force: true });
  inFlight.clear();
  for (const s of INTERRUPTS) process.off(s, interrupted);
  process.kill(process.pid, signal);
}

export async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined); // not every file system syncs a folder
  await handle.close();
}

/**
 * Removes the temporary files that runs killed before their rename left in `dirs`: only
 * laiyuan's own (named as tempBeside names them), and only those of a process that is gone.
 */
export async function removeStaleTemps(dirs: Iterable<string>): Promise<void> {
  for (const dir of new Set(dirs)) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const pid = TEMP.exec(name)?.[1];
      if (pid !== undefined && !alive(Number(pid))) await rm(path.join(dir, name), { force: true });
    }
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const writeOutput = writeAtomic;
