import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../core/types.js';
import { fallbackDateOf, type CheckOptions, type FileCheck } from './check-files.js';
import type { LoadedProject } from './project.js';
import { writeAtomic } from './write-output.js';

/** A file's check as kept between runs: everything but the documents. */
type Kept = Omit<FileCheck, 'documents'>;

interface Entry {
  /** sha256 of the file's bytes when it was checked. */
  hash: string;
  check: Kept;
}

interface Stored {
  format: 1;
  /** What every entry depends on: laiyuan's version, the resolved config, the packs, the corpus. */
  key: string;
  entries: Record<string, Entry>;
}

/** Where the cache lives: --cache-location, else node_modules/.cache/laiyuan beside the config when node_modules is there, else .laiyuan-cache. */
export function cacheDir(config: Config, location: string | undefined, cwd: string): string {
  if (location !== undefined) return path.resolve(cwd, location);
  const modules = path.join(config.root, 'node_modules');
  return existsSync(modules) ? path.join(modules, '.cache', 'laiyuan') : path.join(config.root, '.laiyuan-cache');
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The key of a whole run: laiyuan's version, the working directory (paths in findings are relative to it), config, packs, and each corpus file's content. */
export async function projectKey(loaded: LoadedProject, version: string, cwd: string): Promise<string> {
  const corpus: [string, string][] = [];
  for (const file of [...loaded.corpusFiles].sort()) corpus.push([file, await readFile(file).then(sha256, () => 'unreadable')]);
  const { config, packs } = loaded.project;
  return sha256(JSON.stringify({ version, cwd, config, packs, corpus }));
}

/** Per-file results kept between runs, under one key for the whole run. */
export class ResultCache {
  private constructor(
    private readonly file: string,
    private readonly stored: Stored,
  ) {}

  /** The cache at `dir`, emptied when it was made under another key (or cannot be read). */
  static async open(dir: string, key: string): Promise<ResultCache> {
    const file = path.join(dir, 'results.json');
    const old = await readFile(file, 'utf8').then((text) => JSON.parse(text) as Stored, () => undefined);
    const valid = old?.format === 1 && old.key === key && typeof old.entries === 'object' && old.entries !== null;
    return new ResultCache(file, valid ? old : { format: 1, key, entries: {} });
  }

  /** The kept check of `file` when its bytes are unchanged (and any fallback date it used); else the hash to store under. */
  async lookup(file: string, options: CheckOptions): Promise<{ hit: FileCheck } | { miss: string | undefined }> {
    const absolute = path.resolve(options.cwd, file);
    const hash = await readFile(absolute).then(sha256, () => undefined);
    const entry = this.stored.entries[absolute];
    const fresh = hash !== undefined && entry?.hash === hash && entry.check.file === file;
    if (!fresh || (entry.check.fallbackDate !== undefined && entry.check.fallbackDate !== fallbackDateOf(absolute, options))) return { miss: hash };
    return { hit: { ...entry.check, documents: [] } };
  }

  store(check: FileCheck, hash: string, cwd: string): void {
    const { documents: _documents, ...kept } = check;
    this.stored.entries[path.resolve(cwd, check.file)] = { hash, check: kept };
  }

  /** Writes the cache; a failure is returned as words for a note, never thrown. */
  async save(): Promise<string | undefined> {
    try {
      const ignoreFile = path.join(path.dirname(this.file), '.gitignore');
      await writeAtomic(this.file, JSON.stringify(this.stored));
      if (!existsSync(ignoreFile)) await writeFile(ignoreFile, '# laiyuan cache: not for version control\n*\n');
      return undefined;
    } catch (error) {
      return `cannot write the cache at ${path.dirname(this.file)} (${(error as NodeJS.ErrnoException).code ?? String(error)}); the run goes on without it`;
    }
  }
}
