// The articles a server index holds under another path than the one an update reads them under:
// a corpus folder renamed or moved, or given through a link. Told as for an index file
// (moved-files.ts): a stored file that is the same file as a new one read, or one not there whose
// article's text a new file read holds. The update removes them as it removes those gone from under
// its paths, and adds what it read: each article held once, under the path read, as a rebuild holds it.
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Article } from '../../core/match/types.js';
import { articleDigest, notThereOf, sameFilesAs } from '../moved-files.js';
import type { StoredArticle } from '../index-records.js';
import { storedFile, type PathOptions } from './archive.js';
import { isUnder, type HeldRow, type UpdateRows } from './update-rows.js';

/**
 * The articles held outside `under` (stored paths) under another path than the articles `fresh`
 * read under it: none unless one of the paths holds no stored file (`held`: the rows under
 * `under`), as a folder renamed, moved or reached through a link does, and a file read is one the
 * index does not hold. Only then are the names of the stored files outside read (no record), and
 * the articles of those that are the same as a new file read, or not there, fetched: a daily
 * update of folders the index holds reads nothing of the rest of the archive.
 */
export async function heldElsewhere(rows: UpdateRows, held: ReadonlyArray<{ file: string }>, fresh: readonly Article[], under: readonly string[], options: PathOptions): Promise<HeldRow[]> {
  if (under.every((prefix) => held.some((row) => isUnder(row.file, prefix)))) return [];
  const heldFiles = new Set(held.map((r) => r.file));
  const added = fresh.filter((article) => !heldFiles.has(storedFile(article, options)));
  if (added.length === 0) return [];
  const names = await rows.filesOutside(under);
  const outside = new Map(names.map((file, f) => [f, path.resolve(options.base, file)]));
  const same = sameFilesAs(outside, [...new Set(added.map((article) => path.resolve(options.cwd, article.doc.path)))]);
  for (const f of same) outside.delete(f);
  const notThere = notThereOf(outside);
  const sameFiles = new Set([...same].map((f) => names[f]));
  const candidates = await rows.heldIn([...sameFiles, ...[...notThere].map((f) => names[f])]);
  const digests = notThere.size === 0 ? new Set<string | undefined>() : new Set(added.map(articleDigest));
  digests.delete(undefined);
  return candidates.filter((row) => sameFiles.has(row.file) || digests.has(articleDigest(decoded(row.record))));
}

/** The article a server record holds, its paths as stored (the text is what is compared). */
function decoded(record: Uint8Array): Article {
  return JSON.parse(inflateSync(record).toString('utf8')) as StoredArticle;
}
