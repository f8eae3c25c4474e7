// Packs from disk: built-in ones from the package's rules/ folder, others from a path.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toPack, type PackData } from '../core/config/pack-data.js';
import type { Loaded, Pack } from '../core/config/types.js';
import { isRecord, unknownName, type Locate } from '../core/config/validation.js';
import { displayPath } from './display-path.js';
import { errorCode } from './error-code.js';
import { readTrouble } from './read-trouble.js';
import { PACKAGE_ROOT } from './package-root.js';
import { CONFIG_MAX_BYTES, readRegularText } from './safe-read.js';
import { notUtf8Text } from './utf8-text.js';
import { sha256 } from './sha256.js';

/** A pack file's size at most: a notice's pack is a few kB, and a bigger one would take seconds to read as YAML. */
export const PACK_MAX_BYTES = 256 * 1024;

/** The rules/ folder of the installed package. */
const RULES_DIR = fileURLToPath(new URL('rules/', PACKAGE_ROOT));

/** Ids of the packs shipped with laiyuan, e.g. ['cri']. */
export function builtinPackIds(): string[] {
  return readdirSync(RULES_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

/** A ref names a file when it has a folder separator or a file extension; otherwise a built-in id. */
export function isPackPath(ref: string): boolean {
  return /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref) || isNoticePath(ref);
}

/** A file that is not YAML is a notice's own text (notices/xinhua.txt), compiled on load. */
function isNoticePath(ref: string): boolean {
  return /\.[a-z0-9]+$/iu.test(ref) && !/\.ya?ml$/iu.test(ref);
}

/**
 * Told each file a config or pack was made from (absolute) with the text read from it
 * (readRegularText), or with undefined for one read otherwise (a notice's text): see config-kept.ts.
 */
export type TextRead = (absolute: string, text: string | undefined) => void;

/** Loads a pack: `ref` is a built-in id ('cri') or a path relative to `root` (named in errors as `displayPath` shows it). */
export async function loadPack(ref: string, root: string, onRead?: TextRead): Promise<Loaded<Pack>> {
  if (!isPackPath(ref)) {
    const ids = builtinPackIds();
    if (!ids.includes(ref)) return { ok: false, errors: [{ file: ref, message: unknownName('pack', ref, ids) }] };
    return readPack(path.join(RULES_DIR, `${ref}.yaml`), `rules/${ref}.yaml`, onRead, ref);
  }
  const absolute = path.resolve(root, ref);
  if (!isNoticePath(ref)) return readPack(absolute, displayPath(absolute), onRead);
  onRead?.(absolute, undefined);
  return readNoticeAsPack(absolute, displayPath(absolute));
}

/** A notice file as a pack: its id from the file's name (xinhua.txt → xinhua), its publisher's name from its words. */
async function readNoticeAsPack(absolute: string, file: string): Promise<Loaded<Pack>> {
  const id = path.basename(absolute).replace(/\.[^.]+$/u, '').toLowerCase().replace(/[^a-z0-9-]+/gu, '-').replace(/^[^a-z]+|-+$/gu, '');
  if (id === '') return { ok: false, errors: [{ file, message: 'a notice file needs a name of Latin letters to be a pack id (xinhua.txt); or write a pack file with notice: and id:' }] };
  const { noticePack, readNoticeText } = await import('./notice-file.js');
  const read = await readNoticeText(absolute, file);
  if (!read.ok) return { ok: false, errors: [{ file, message: read.error }] };
  const compiled = noticePack(read.text, file, { id });
  return compiled.ok ? { ok: true, value: compiled.value.pack } : { ok: false, errors: compiled.errors.map((e) => ({ ...e, message: e.message.replace('with --name', 'in a pack file beside it (notice: and name:)') })) };
}

async function readPack(absolute: string, file: string, onRead: TextRead | undefined, builtin?: string): Promise<Loaded<Pack>> {
  let text: string;
  try {
    text = await readRegularText(absolute, PACK_MAX_BYTES);
  } catch (error) {
    const message =
      errorCode(error) === 'ENOENT'
        ? `pack file not found: ${displayPath(absolute)}`
        : errorCode(error) === 'EFBIG'
          ? `the pack file ${displayPath(absolute)} is over ${PACK_MAX_BYTES / 1024} kB, far more than a notice needs (rules/cri.yaml is 6 kB): not read; keep its lists to the words that matter`
          : `cannot read the pack file ${displayPath(absolute)}: ${readTrouble(error, absolute)}`;
    return { ok: false, errors: [{ file, message }] };
  }
  const why = builtin === undefined ? await notUtf8Text(absolute, text, PACK_MAX_BYTES) : undefined;
  if (why) return { ok: false, errors: [{ file, message: `the pack file ${displayPath(absolute)} is ${why}` }] };
  onRead?.(absolute, text);
  const compiled = builtin === undefined ? undefined : await compiledPack(builtin, text);
  // checked when laiyuan was built (scripts/gen-packs.mjs): not again here, nor the schema code loaded to check it
  if (compiled !== undefined && !(isRecord(compiled) && typeof compiled.notice === 'string')) return { ok: true, value: toPack(compiled as PackData, file) };
  // Errors are reported at their lines, which only the YAML reader knows.
  const { parseYaml } = await import('./yaml-errors.js');
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const { data, locate } = parsed.value;
  const notice = isRecord(data) ? data.notice : undefined;
  if (typeof notice === 'string') {
    onRead?.(path.resolve(path.dirname(absolute), notice), undefined);
    return packOverNotice(data as Record<string, unknown>, notice, absolute, file, locate);
  }
  // a pack file of the user's own (or a built-in one edited since the build) is checked whole, each error at its line
  const { resolvePack } = await import('../core/config/pack.js');
  return resolvePack(data, file, locate);
}

/**
 * A pack file whose `notice:` names the notice's text: the notice is compiled, and every other
 * key of the pack file (hand-written overrides: aliases, accepted forms, a term read wrongly)
 * replaces the compiled term of that name.
 */
async function packOverNotice(data: Record<string, unknown>, notice: string, absolute: string, file: string, locate: Locate): Promise<Loaded<Pack>> {
  const at = locate(['notice'], 'value') ?? {};
  const target = path.resolve(path.dirname(absolute), notice);
  // the notice compiler is loaded for a pack over a notice only: a built-in pack is data
  const { noticePack, readNoticeText } = await import('./notice-file.js');
  const read = await readNoticeText(target, displayPath(target));
  if (!read.ok) return { ok: false, errors: [{ file, ...at, path: 'notice', message: `${read.error} (${displayPath(target)})` }] };
  const { notice: _file, ...overrides } = data;
  const id = typeof data.id === 'string' ? data.id : '';
  const name = typeof data.name === 'string' ? data.name : undefined;
  const compiled = noticePack(read.text, file, { id, ...(name ? { name } : {}), overrides, locate });
  if (compiled.ok) return { ok: true, value: compiled.value.pack };
  return { ok: false, errors: compiled.errors.map((e) => ({ ...e, ...(e.line === undefined ? at : {}) })) };
}

/**
 * A built-in pack as data, read and checked at build time (dist/packs/<id>.json, scripts/gen-packs.mjs)
 * from the very YAML text it is asked for: no run with a built-in pack loads the YAML reader, nor
 * the checks' compiled schema code. Undefined (the YAML read and checked) where the build did not
 * check it (`checked`) or the YAML changed since.
 */
async function compiledPack(id: string, text: string): Promise<unknown> {
  try {
    const stored = JSON.parse(await readRegularText(fileURLToPath(new URL(`dist/packs/${id}.json`, PACKAGE_ROOT)), CONFIG_MAX_BYTES)) as { sha256?: string; checked?: unknown; data?: unknown };
    return stored.sha256 === sha256(text) && stored.checked === true ? stored.data : undefined;
  } catch {
    return undefined;
  }
}
