// Reading laiyuan.yaml, and loading the packs it names.
import path from 'node:path';
import { configOf, packsNamed } from '../core/config/config-data.js';
import type { Config, ConfigError, Loaded, Pack } from '../core/config/types.js';
import type { Locate } from '../core/config/validation.js';
import { displayPath } from './display-path.js';
import { errorCode } from './error-code.js';
import { fileInTheWayWords, readTrouble } from './read-trouble.js';
import { locateConfigFile } from './config-file.js';
import { namedFromWorkingFolder } from './linked-path.js';
import { loadPack, type TextRead } from './packs.js';
import { CONFIG_MAX_BYTES, readRegularText } from './safe-read.js';
import { notUtf8Text } from './utf8-text.js';

export { CONFIG_NAMES, findConfigFile } from './config-file.js';

export interface LoadedConfig {
  config: Config;
  packs: Pack[];
  /** Where each value came from, by key path: 'default', or 'file:line'. */
  provenance: Record<string, string>;
}

/** The config (`configPath`, else the nearest one, else the defaults) and its packs, or every error. */
export async function loadConfig(options: { cwd: string; configPath?: string; onRead?: TextRead }): Promise<Loaded<LoadedConfig>> {
  const absolute = locateConfigFile(options.cwd, options.configPath);
  if (!absolute) return withPacks(undefined, undefined, namedFromWorkingFolder(path.resolve(options.cwd), process.cwd()), undefined, options.onRead);
  const file = displayPath(absolute);
  const text = await readText(absolute, file);
  if (typeof text !== 'string') return { ok: false, errors: [text] };
  options.onRead?.(absolute, text);
  const { parseYaml } = await import('./yaml-errors.js');
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const { data, locate } = parsed.value;
  return withPacks(data, file, path.dirname(absolute), locate, options.onRead);
}

/**
 * The config checked with its packs: the packs it names are loaded even when the rest of it is
 * wrong, so that every mistake is told in one run (a licence's unknown publisher beside its
 * missing licensee), the references to packs checked once all of them loaded.
 */
async function withPacks(data: unknown, file: string | undefined, root: string, locate: Locate | undefined, onRead: TextRead | undefined): Promise<Loaded<LoadedConfig>> {
  const errors: ConfigError[] = [];
  const packs: Pack[] = [];
  const refs = packsNamed(data);
  for (const [i, ref] of (refs ?? []).entries()) {
    const loaded = await loadPack(ref, root, onRead);
    if (loaded.ok) packs.push(loaded.value);
    else errors.push(...loaded.errors.map((e) => (e.line === undefined && file ? atPackRef(e, i, file, locate) : e)));
  }
  // no config file: the defaults, nothing written to check (the checks' compiled schema code is loaded for a file only)
  const resolved = data === undefined && file === undefined ? { ok: true as const, value: configOf({}, undefined, root) } : (await import('../core/config/config.js')).resolveConfig(data, file, root, locate, refs && errors.length === 0 ? packs.map((p) => p.id) : undefined);
  if (!resolved.ok) return { ok: false, errors: [...errors, ...resolved.errors] };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { ...resolved.value, packs } };
}

/** A pack that cannot be found is a mistake in the config: point at the entry that names it. */
function atPackRef(error: ConfigError, index: number, file: string, locate: Locate | undefined): ConfigError {
  const where = locate?.(['packs', index], 'value');
  return { file, ...(where ?? {}), path: `packs[${index}]`, message: error.message };
}

async function readText(absolute: string, file: string): Promise<string | ConfigError> {
  let text: string;
  try {
    text = await readRegularText(absolute, CONFIG_MAX_BYTES);
  } catch (error) {
    return { file, message: configReadMessage(error, absolute) };
  }
  const why = await notUtf8Text(absolute, text, CONFIG_MAX_BYTES);
  return why ? { file, message: why } : text;
}

const LEAVE_OUT = 'or leave -c out to use the laiyuan.yaml found upwards';

/** Why the config file named could not be read, and what to pass instead. */
function configReadMessage(error: unknown, absolute: string): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return `config file not found: check the path given to -c, ${LEAVE_OUT}`;
    case 'ENOTDIR':
      // README.md/laiyuan.yaml: the file is not missing, a part of its path is no folder
      return `cannot read the config file: ${fileInTheWayWords(absolute)}; check the path given to -c, ${LEAVE_OUT}`;
    case 'EISDIR':
      return `is a folder, not a config file: give -c the config file itself (a laiyuan.yaml), ${LEAVE_OUT}`;
    case 'EACCES':
    case 'EPERM':
      return 'cannot read the config file: permission denied. Make it readable (chmod +r)';
    default:
      return `cannot read the config file: ${readTrouble(error, absolute)}`;
  }
}
