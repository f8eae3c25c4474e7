// A --cache run's config and packs, kept in the cache folder (config.bin) with the hash of every
// text they were made from: a later run reads those texts again and, while each hashes as it did,
// takes them as they were, loading no YAML reader and checking no schema (a warm run is a few
// tenths of a second, of which these were a tenth).
import path from 'node:path';
import type { Loaded } from '../core/config/types.js';
import type { LoadedConfig } from './config.js';
import { locateConfigFile } from './config-file.js';
import { CONFIG_MAX_BYTES, readRegularFile, readRegularText } from './safe-read.js';
import { sealed, unsealed } from './sealed-v8.js';
import { sha256 } from './sha256.js';
import { writeAtomic } from './write-output.js';

/** Bumped when what is kept changes shape. */
// 2: the provenance of each licence's paths glob
const FORMAT = 2;

interface Kept {
  format: typeof FORMAT;
  /** laiyuan's version, the working directory (config errors and packs name files relative to it) and the config file found. */
  key: string;
  /** SHA-256 of each text read to make the config and its packs, by absolute path. */
  texts: Record<string, string>;
  value: LoadedConfig;
}

export interface KeptConfigOptions {
  /** Where to look for laiyuan.yaml upwards from, as loadConfig takes it. */
  cwd: string;
  configPath?: string;
  /** The cache folder of a config in the folder `root` (cacheDir). */
  dir: (root: string) => string;
  version: string;
}

/** loadConfig's answer, taken from the cache folder while every text it was made from is unchanged, else loaded and kept there. */
export async function loadConfigKept(options: KeptConfigOptions): Promise<Loaded<LoadedConfig>> {
  const absolute = locateConfigFile(options.cwd, options.configPath);
  const file = path.join(options.dir(absolute === undefined ? path.resolve(options.cwd) : path.dirname(absolute)), 'config.bin');
  const key = sha256(JSON.stringify([options.version, process.cwd(), absolute ?? null]));
  const kept = await readRegularFile(file).then(unsealed, () => undefined);
  if (isKept(kept) && kept.key === key && (await textsHold(kept.texts))) return { ok: true, value: kept.value };
  const texts: Record<string, string> = {};
  let keepable = true;
  const { loadConfig } = await import('./config.js');
  const loaded = await loadConfig({
    cwd: options.cwd,
    configPath: absolute,
    onRead: (read, text) => {
      if (text === undefined) keepable = false;
      else texts[read] = sha256(text);
    },
  });
  if (loaded.ok && keepable) await keep(file, { format: FORMAT, key, texts, value: loaded.value });
  return loaded;
}

/** Whether each file reads as the text hashed (a file gone or unreadable: no). */
async function textsHold(texts: Record<string, string>): Promise<boolean> {
  for (const [file, hash] of Object.entries(texts)) {
    const text = await readRegularText(file, CONFIG_MAX_BYTES).catch(() => undefined);
    if (text === undefined || sha256(text) !== hash) return false;
  }
  return true;
}

/** Written atomically; a folder that cannot be written is left to the results cache to report (its own save fails too). */
async function keep(file: string, kept: Kept): Promise<void> {
  try {
    await writeAtomic(file, sealed(kept));
  } catch {
    // the config is loaded again next run
  }
}

function isKept(value: unknown): value is Kept {
  if (typeof value !== 'object' || value === null) return false;
  const { format, key, texts, value: loaded } = value as Partial<Record<keyof Kept, unknown>>;
  const record = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  return format === FORMAT && typeof key === 'string' && record(texts) && Object.values(texts).every((h) => typeof h === 'string') && record(loaded) && record(loaded.config) && Array.isArray(loaded.packs) && record(loaded.provenance);
}
