// Opening the --cache of a run loaded lazily (loadProject's `lazy`): the key is made from the
// corpus files' stamps (their bytes hashed only where the stats changed) and the index files'
// headers, so a run the cache answers whole reads no corpus file and opens no index.
import { ResultCache, projectKey } from './cache.js';
import { corpusDigests } from './corpus-digests.js';
import { settled } from './file-stamp.js';
import { FileIndexStore } from './index-file.js';
import type { LoadedProject } from './project.js';

export interface RunCacheOptions {
  /** The cache folder (cacheDir). */
  dir: string;
  /** laiyuan's version: part of the key. */
  version: string;
  cwd: string;
  /** Read every cached file's documents again (--fix, --fix-dry-run). */
  documents?: boolean;
  /** The run's formats read findings as leanFinding leaves them (see CacheOptions.lean). */
  lean?: boolean;
  /** Told what could not be written (the run goes on without it). */
  onNote: (note: string) => void;
}

/**
 * The run's cache, under the key of this config, these packs and this archive. When it was made
 * under that key, what reading the corpus found comes from it and nothing is read yet; otherwise
 * the archive is read now (as an uncached run reads it: its errors come first).
 */
export async function openRunCache(loaded: LoadedProject, options: RunCacheOptions): Promise<ResultCache> {
  const corpus = await corpusDigests([...loaded.corpusFiles].sort(), options.dir);
  const cache = await ResultCache.open(options.dir, projectKey(loaded, options.version, options.cwd, corpus.digests), { documents: options.documents, lean: options.lean });
  const failed = await corpus.save();
  if (failed) options.onNote(failed);
  if (cache.warm && !indexesAsKept(cache.indexStamps(), loaded.indexStamps)) cache.forget();
  cache.keepIndexStamps(Object.fromEntries([...loaded.indexStamps].filter(([, stamp]) => settled(stamp))));
  const facts = cache.warm ? cache.facts : undefined;
  if (!facts || !loaded.adopt(facts, corpus.digests)) {
    // the bytes just hashed are the ones read: each corpus file read once, and what is read is what the key says
    for (const [file, read] of corpus.read) loaded.readBefore.set(file, read);
    await loaded.complete();
    const read = loaded.facts();
    if (read) cache.keepFacts(read);
  }
  loaded.readBefore.clear();
  return cache;
}

/**
 * Whether each index file is the one the cached results were made from. Its header is in the key,
 * but a byte flipped in place leaves the header as it was: the header is trusted under the stamp
 * the file had then, and under any other only once the whole file holds its checksums (a copy put
 * in its place stays warm; a damaged one does not, and the run opens it as an uncached run does).
 */
function indexesAsKept(kept: Record<string, string>, now: ReadonlyMap<string, string>): boolean {
  for (const [file, stamp] of now) if (kept[file] !== stamp && !FileIndexStore.holds(file)) return false;
  return true;
}
