// Baseline files on disk: read, written atomically, and paths recorded relative to them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseBaseline, serializeBaseline, type Baseline, type FileKey } from '../core/suppress/baseline.js';
import type { Loaded } from '../core/config/types.js';
import { displayPath } from './display-path.js';
import { cachedReal, relativeTo } from './linked-path.js';
import { errorCode } from './error-code.js';
import { readTrouble } from './read-trouble.js';
import { writeAtomic } from './write-output.js';
import { readRegularText } from './safe-read.js';

/** How a baseline that could not be read is said: the words after it say what to do. */
export const UNREAD_BASELINE = 'cannot read the baseline: ';

/** The baseline at `file` (absolute), or why it cannot be used. */
export async function readBaseline(file: string): Promise<Loaded<Baseline>> {
  const shown = displayPath(file);
  let text: string;
  try {
    text = await readRegularText(file);
  } catch (error) {
    const message = errorCode(error) === 'ENOENT' ? 'cannot read the baseline (no such file)' : `${UNREAD_BASELINE}${readTrouble(error, file, 'run without --baseline')}`;
    return { ok: false, errors: [{ file: shown, message }] };
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
