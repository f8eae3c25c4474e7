// The archive never judged against itself: the files to check, less the corpus files read for
// this run, those behind an index file, and those an index on a server holds (asked for the
// files found only, never listed whole: the archive may hold millions).
import path from 'node:path';
import type { LoadedProject } from './project.js';
import type { ResultCache } from './cache.js';
import { cachedReal, relativeTo } from './linked-path.js';

/**
 * `files` (relative to `cwd`) that are none of the archive's own corpus files. Index files left
 * unopened by a lazy load are opened only when the cache (made under this run's key) does not
 * know each file as one it checked or as one an index holds.
 */
export async function outsideCorpus(files: readonly string[], loaded: LoadedProject, cwd: string, cache?: ResultCache): Promise<string[]> {
  const root = loaded.project.config.root;
  const real = cachedReal();
  // each as named from the config's folder, as the corpus is, through a link to it or not
  const inRoot = files.map((f) => relativeTo(root, path.resolve(cwd, f), real));
  const absolute = inRoot.map((rel) => path.resolve(root, rel));
  const archived = cache?.archived() ?? new Set<string>();
  const known = (abs: string) => loaded.corpusFiles.has(abs) || archived.has(abs) || (cache?.holds(abs) ?? false);
  if (loaded.pending && !absolute.every(known)) await loaded.complete();
  if (!loaded.pending) cache?.keepArchived(absolute.filter((abs) => loaded.indexedFiles.has(abs)));
  const local = loaded.pending ? new Set([...loaded.corpusFiles, ...archived]) : new Set([...loaded.corpusFiles, ...loaded.indexedFiles]);
  const left = files.map((_, i) => i).filter((i) => !local.has(absolute[i]));
  if (loaded.serverIndexes.length === 0 || left.length === 0) return left.map((i) => files[i]);
  // as the server stores them: relative to the config's folder, with slashes
  const stored = left.map((i) => inRoot[i]);
  const held = new Set<string>();
  for (const store of loaded.serverIndexes) for (const file of await store.holding(stored)) held.add(file);
  return left.filter((_, n) => !held.has(stored[n])).map((i) => files[i]);
}
