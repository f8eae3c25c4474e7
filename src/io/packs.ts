// Packs from disk: built-in ones from the package's rules/ folder, others from a path.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvePack } from '../core/config/pack.js';
import type { Loaded, Pack } from '../core/config/types.js';
import { unknownName } from '../core/config/validation.js';
import { displayPath } from './display-path.js';
import { errorCode, errorWords } from './error-code.js';
import { parseYaml } from './yaml-errors.js';

/** The rules/ folder of the installed package (two levels above src/io or dist/io). */
const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

/** Ids of the packs shipped with laiyuan, e.g. ['cri']. */
export function builtinPackIds(): string[] {
  return readdirSync(RULES_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

/** A ref names a file when it has a folder separator or a YAML extension; otherwise a built-in id. */
export function isPackPath(ref: string): boolean {
  return /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref);
}

/** Loads a pack: `ref` is a built-in id ('cri') or a path relative to `root` (named in errors as `displayPath` shows it). */
export async function loadPack(ref: string, root: string): Promise<Loaded<Pack>> {
  if (!isPackPath(ref)) {
    const ids = builtinPackIds();
    if (!ids.includes(ref)) return { ok: false, errors: [{ file: ref, message: unknownName('pack', ref, ids) }] };
    return readPack(path.join(RULES_DIR, `${ref}.yaml`), `rules/${ref}.yaml`);
  }
  const absolute = path.resolve(root, ref);
  return readPack(absolute, displayPath(absolute));
}

async function readPack(absolute: string, file: string): Promise<Loaded<Pack>> {
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    const message = errorCode(error) === 'ENOENT' ? `pack file not found: ${displayPath(absolute)}` : `cannot read the pack file ${displayPath(absolute)} (${errorWords(error)})`;
    return { ok: false, errors: [{ file, message }] };
  }
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  return resolvePack(parsed.value.data, file, parsed.value.locate);
}
