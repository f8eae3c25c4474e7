// An index file's identity from its header alone (index-file.ts re-exports it): a run the cache
// answers names its index without loading the index reader.
import { open } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { headerArticles, HEADER_BYTES, readHeader } from '../core/match/archive-format.js';
import { stampOf, stampSize } from './file-stamp.js';
import { sha256 } from './sha256.js';

/**
 * What identifies an index file's content, read from its 224-byte header alone (for the --cache
 * key, which must not open the index): every section's length and CRC-32. An index built before
 * the records section had its CRC-32 written (0 there) adds the file's stamp, so that any rewrite
 * counts as a change. With it, the articles the index holds (a run the cache answers must still
 * refuse an empty index) and the file's stamp: the header says what the content was written as,
 * not that the bytes still are (a flipped byte leaves it as it was), so the cache trusts a header
 * only under the stamp it had when its results were made (run-cache.ts). Undefined for what is no
 * sound index header: opening the file says why.
 */
export async function indexIdentity(file: string): Promise<{ identity: string; articles: number; stamp: string } | undefined> {
  const stamp = stampOf(file);
  if (stamp === undefined) return undefined;
  let head: Uint8Array;
  try {
    const handle = await open(file, 'r');
    try {
      head = new Uint8Array(HEADER_BYTES);
      head = head.subarray(0, (await handle.read(head, 0, HEADER_BYTES, 0)).bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
  const header = readHeader(head, (bytes) => crc32(bytes));
  if ('problem' in header || header.fileLength !== stampSize(stamp)) return undefined;
  return { identity: `${sha256(head)}${header.sections.records.checksum === 0 ? `:${stamp}` : ''}`, articles: headerArticles(header), stamp };
}
