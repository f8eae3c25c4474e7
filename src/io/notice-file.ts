// A publisher's notice as a text file (or standard input), read in any encoding and compiled
// into a pack: what `rules compile` prints and what a config's `packs: [notice.txt]` loads.
import { readFile } from 'node:fs/promises';
import { compileNotice, type CompiledNotice } from '../core/config/notice/index.js';
import { resolvePack } from '../core/config/pack.js';
import { PACK_TERM_WORDS, type PackTerm } from '../core/config/pack-entries.js';
import type { ConfigError, Loaded, Pack } from '../core/config/types.js';
import { isRecord, type Locate } from '../core/config/validation.js';
import { decode } from './decode.js';
import { errorCode } from './error-code.js';
import { readTrouble } from './read-trouble.js';
import { readStream } from './read-file.js';

/** A notice file's text, or one line saying why it cannot be read. `-` reads standard input. */
export async function readNoticeText(absolute: string | '-', shown: string): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = absolute === '-' ? await readStream(process.stdin) : await readFile(absolute);
  } catch (error) {
    return { ok: false, error: errorCode(error) === 'ENOENT' ? 'notice file not found: check the path' : `cannot read the notice: ${readTrouble(error, absolute)}` };
  }
  const decoded = decode(bytes);
  if ('binary' in decoded) return { ok: false, error: 'not a text file: give the notice as plain text' };
  return { ok: true, text: decoded.text };
}

export interface NoticePack {
  pack: Pack;
  compiled: CompiledNotice;
}

/**
 * Compiles a notice's text into a checked pack. `overrides` are a pack file's own keys: a term
 * given there is merged key by key over the compiled one (publisher: {aliases: [...]} adds
 * aliases), `null` removes a compiled term, any other value replaces it.
 */
export function noticePack(text: string, file: string, options: { id: string; name?: string; overrides?: Record<string, unknown>; locate?: Locate }): Loaded<NoticePack> {
  const compiled = compileNotice(text, { id: options.id, name: options.name });
  if (!compiled.ok) return { ok: false, errors: [{ file, message: compiled.error }] };
  const data = overlay(compiled.value.data, options.overrides ?? {});
  const pack = resolvePack(data, file, options.locate);
  if (!pack.ok) return { ok: false, errors: pack.errors.map((e) => notInNotice(e, compiled.value.data)) };
  return { ok: true, value: { pack: pack.value, compiled: { ...compiled.value, data } } };
}

/**
 * A term the pack file adds over a notice that does not state it (attribution: {position: top}
 * over 人民网版权所有，未经书面授权禁止使用) has no clause to rest on: said in the notice's terms.
 */
function notInNotice(error: ConfigError, compiled: Record<string, unknown>): ConfigError {
  const term = /^(\w+)\.(?:clause|quote)$/u.exec(error.path ?? '')?.[1];
  if (term === undefined || term in compiled || !error.message.startsWith('missing required key')) return error;
  const words = term in PACK_TERM_WORDS ? PACK_TERM_WORDS[term as PackTerm] : term;
  return {
    ...error,
    message: `the notice has no ${words}, so ${term} has no clause to rest on: leave ${term} out (the rules that need it do not run for this pack: laiyuan rules show lists them), or, where the notice does say it, give clause: and quote: (its words, copied exactly)`,
  };
}

function overlay(compiled: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const data = { ...compiled };
  for (const [key, value] of Object.entries(overrides)) {
    const base = data[key];
    if (value === null) delete data[key];
    else data[key] = isRecord(base) && isRecord(value) ? { ...base, ...value } : value;
  }
  return data;
}
