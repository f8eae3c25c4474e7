// The archive never judged against itself: the files to check, less the corpus files read for
// this run, those behind an index file, and those an index on a server holds (asked for the
// files found only, never listed whole: the archive may hold millions).
import path from 'node:path';
import type { LoadedProject } from './project.js';

/** `files` (relative to `cwd`) that are none of the archive's own corpus files. */
export async function outsideCorpus(files: readonly string[], loaded: LoadedProject, cwd: string): Promise<string[]> {
  const local = new Set([...loaded.corpusFiles, ...loaded.indexedFiles]);
  const left = files.filter((f) => !local.has(path.resolve(cwd, f)));
  if (loaded.serverIndexes.length === 0 || left.length === 0) return left;
  // as the server stores them: relative to the config's folder, with slashes
  const root = loaded.project.config.root;
  const stored = left.map((f) => path.relative(root, path.resolve(cwd, f)).split(path.sep).join('/'));
  const held = new Set<string>();
  for (const store of loaded.serverIndexes) for (const file of await store.holding(stored)) held.add(file);
  return left.filter((_, i) => !held.has(stored[i]));
}
