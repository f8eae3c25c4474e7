// Baseline files on disk: read, written atomically, and paths recorded relative to them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseBaseline, serializeBaseline, type Baseline, type FileKey } from '../core/suppress/baseline.js';
import type { Loaded } from '../core/config/types.js';
import { displayPath } from './display-path.js';
import { cachedReal, relativeTo } from './linked-path.js';
import { errorCode, errorWords } from './error-code.js';
import { writeAtomic } from './write-output.js';
import { readRegularText } from './safe-read.js';

/** The baseline at `file` (absolute), or why it cannot be used. */
export async function readBaseline(file: string): Promise<Loaded<Baseline>> {
  const shown = displayPath(file);
  let text: string;
  try {
    text = await readRegularText(file);
  } catch (error) {
    const what = errorCode(error) === 'ENOENT' ? 'no such file' : errorWords(error);
    return { ok: false, errors: [{ file: shown, message: `cannot read the baseline (${what})` }] };
  }
  return parseBaseline(text, shown);
}

export async function writeBaseline(file: string, baseline: Baseline): Promise<void> {
  await writeAtomic(file, serializeBaseline(baseline));
}

/** Paths of checked files as a baseline at `file` records them: relative to its folder, whether it or they are named through a link. */
export function baselineFileKey(file: string, cwd: string): FileKey {
  const folder = path.dirname(file);
  const real = cachedReal();
  return (checked) => relativeTo(folder, path.resolve(cwd, checked), real);
}

/** Whether a file recorded in the baseline at `file` still exists. */
export function baselineFileExists(file: string): (recorded: string) => boolean {
  return (recorded) => existsSync(path.resolve(path.dirname(file), recorded));
}
