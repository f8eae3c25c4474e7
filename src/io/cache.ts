import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { DEFAULT_MAX_FILE_BYTES, readRegularFile, readRegularText } from './safe-read.js';
import path from 'node:path';
import { formatOf } from '../core/read/index.js';
import type { Config } from '../core/config/types.js';
import type { Document } from '../core/read/types.js';
import { fallbackDateOf, keptDocuments, type CheckOptions, type FileCheck } from './check-files.js';
import type { LoadedProject } from './project.js';
import { errorWords } from './error-code.js';
import { sha256 } from './sha256.js';
import { readBytes } from './read-file.js';
import { writeAtomic } from './write-output.js';

/** A file's check as kept between runs: everything but the documents, which are read again from the file. */
type Kept = Omit<FileCheck, 'documents' | 'documentCount'>;

interface Entry {
  /** sha256 of the file's bytes when it was checked. */
  hash: string;
  check: Kept;
}

/** Bumped when what a finding holds changes (2: the document's facts and the passages' lines). */
const FORMAT = 2;

interface Stored {
  format: typeof FORMAT;
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

/** The key of a whole run: laiyuan's version, the working directory (paths in findings are relative to it), config, packs, and each corpus file's content. */
export async function projectKey(loaded: LoadedProject, version: string, cwd: string): Promise<string> {
  const corpus: [string, string][] = [];
  for (const file of [...loaded.corpusFiles].sort()) corpus.push([file, await readRegularFile(file).then(sha256, () => 'unreadable')]);
  const { config, packs } = loaded.project;
  return sha256(JSON.stringify({ version, cwd, config, packs, corpus, indexes: loaded.indexIds }));
}

function parseStored(text: string): Stored | undefined {
  try {
    return JSON.parse(text) as Stored;
  } catch {
    return undefined;
  }
}

/** The documents of bytes read before (cheap: no matching), for what looks at the text after a check (suppressions, fixes). */
async function documentsOf(bytes: Uint8Array, file: string, absolute: string): Promise<Document[]> {
  const read = await readBytes(bytes, file, formatOf(absolute) ?? 'text');
  return read.ok ? read.documents : [];
}

/**
 * An entry as this version writes it. The cache may be damaged (a crash, a disk, a hand edit)
 * into valid JSON of another shape: such an entry is a miss, never a crash further on.
 */
function isEntry(entry: unknown): entry is Entry {
  if (typeof entry !== 'object' || entry === null) return false;
  const { hash, check } = entry as { hash?: unknown; check?: unknown };
  if (typeof hash !== 'string' || typeof check !== 'object' || check === null) return false;
  const { file, findings, errors } = check as { file?: unknown; findings?: unknown; errors?: unknown };
  const records = (list: unknown, keys: string[]) =>
    Array.isArray(list) && list.every((x) => typeof x === 'object' && x !== null && keys.every((k) => typeof (x as Record<string, unknown>)[k] === 'string'));
  return typeof file === 'string' && records(findings, ['ruleId', 'file', 'message', 'severity']) && records(errors, ['file', 'message']);
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
    const old = await readRegularText(file).then(parseStored, () => undefined);
    const valid = old?.format === FORMAT && old.key === key && typeof old.entries === 'object' && old.entries !== null && !Array.isArray(old.entries);
    return new ResultCache(file, valid ? old : { format: FORMAT, key, entries: {} });
  }

  /** The kept check of `file` when its bytes are unchanged (and any fallback date it used); else the hash to store under. */
  async lookup(file: string, options: CheckOptions): Promise<{ hit: FileCheck } | { miss: string | undefined }> {
    const absolute = path.resolve(options.cwd, file);
    const bytes = await readRegularFile(absolute, options.maxFileSize ?? DEFAULT_MAX_FILE_BYTES).catch(() => undefined);
    if (!bytes) return { miss: undefined };
    const hash = sha256(bytes);
    const entry: unknown = Object.hasOwn(this.stored.entries, absolute) ? this.stored.entries[absolute] : undefined;
    const fresh = isEntry(entry) && entry.hash === hash && entry.check.file === file;
    if (!fresh || (entry.check.fallbackDate !== undefined && entry.check.fallbackDate !== fallbackDateOf(absolute, options))) return { miss: hash };
    const documents = await documentsOf(bytes, file, absolute);
    return { hit: { ...entry.check, documents: keptDocuments(file, documents, entry.check.findings), documentCount: documents.length, sha256: hash } };
  }

  store(check: FileCheck, hash: string, cwd: string): void {
    if (check.timedOut) return;
    const { documents: _documents, documentCount: _count, ...kept } = check;
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
      return `cannot write the cache at ${path.dirname(this.file)} (${errorWords(error)}); the run goes on without it`;
    }
  }
}

/**
 * Checks with `check` only the files the cache does not answer for, and keeps what it finds;
 * results in the order of `files`. `options.onFile` is called once per file answered by the cache.
 */
export async function checkWithCache(
  files: readonly string[],
  options: CheckOptions,
  cache: ResultCache,
  check: (files: string[]) => Promise<FileCheck[]>,
): Promise<FileCheck[]> {
  const results = new Array<FileCheck>(files.length);
  const misses: { at: number; hash: string | undefined }[] = [];
  for (const [at, file] of files.entries()) {
    const found = file === '-' ? { miss: undefined } : await cache.lookup(file, options);
    if ('hit' in found) {
      results[at] = found.hit;
      options.onFile?.(at + 1, files.length);
    } else misses.push({ at, hash: found.miss });
  }
  const fresh = await check(misses.map((m) => files[m.at]));
  fresh.forEach((c, i) => {
    const { at, hash } = misses[i];
    results[at] = c;
    if (hash !== undefined) cache.store(c, hash, options.cwd);
  });
  return results;
}
