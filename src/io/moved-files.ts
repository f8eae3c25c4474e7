// Files an index holds under one path that an update reads under another: a corpus folder renamed
// or moved (the stored file not there, the same text read under the paths given), or given through
// a link (the stored file and the one read are the same file). Held under both, each article would
// stand twice; a rebuild over the paths holds it once, under the path read.
import { createHash } from 'node:crypto';
import { readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../core/match/types.js';
import { fileRecordContent, toFileRecord } from './index-records.js';

/**
 * The stored files (indices into `stored`, absolute) that are the same files as some of `read`
 * (absolute): the same real file once the links of their folders are followed. One realpath a
 * folder, not a file.
 */
export function sameFilesAs(stored: ReadonlyMap<number, string>, read: readonly string[]): Set<number> {
  const real = new RealFolders();
  const keys = new Set<string>();
  for (const file of read) {
    const key = real.key(file);
    if (key !== undefined) keys.add(key);
  }
  const same = new Set<number>();
  for (const [f, file] of stored) {
    const key = real.key(file);
    if (key !== undefined && keys.has(key)) same.add(f);
  }
  return same;
}

/** The stored files (indices, absolute paths) not there on the disk: one listing a folder, not a look-up a file. */
export function notThereOf(stored: ReadonlyMap<number, string>): Set<number> {
  const listings = new Map<string, Set<string> | undefined>();
  const missing = new Set<number>();
  for (const [f, file] of stored) {
    const dir = path.dirname(file);
    if (!listings.has(dir)) listings.set(dir, listing(dir));
    if (!listings.get(dir)?.has(path.basename(file))) missing.add(f);
  }
  return missing;
}

/** The digest of the text a file record holds (undefined if it does not hold together): what tells a moved article from another. */
export function contentDigest(record: Uint8Array): string | undefined {
  const content = fileRecordContent(record);
  return content && createHash('sha1').update(content).digest('base64');
}

/** The digest of an article's text as contentDigest takes it from the article's file record: an index server's article and an index file's alike. */
export function articleDigest(article: Article): string | undefined {
  return contentDigest(toFileRecord(article, '.', '.', ''));
}

function listing(dir: string): Set<string> | undefined {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return undefined;
  }
}

/** A file's real folder (its links followed, once a folder) joined to its name; undefined when the folder is not there. */
class RealFolders {
  private readonly known = new Map<string, string | undefined>();

  key(file: string): string | undefined {
    const dir = path.dirname(file);
    if (!this.known.has(dir)) this.known.set(dir, this.tried(dir));
    const real = this.known.get(dir);
    return real === undefined ? undefined : path.join(real, path.basename(file));
  }

  private tried(dir: string): string | undefined {
    try {
      return realpathSync.native(dir);
    } catch {
      return undefined;
    }
  }
}
