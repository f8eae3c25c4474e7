// A licence's `paths` glob that matches no file is most often a typo (content/licenced/**) or a
// folder renamed since: the licence then covers nothing, and every reuse under the real folder is
// unauthorized-reuse with no word about why. Said in one warning line per glob, as ESLint says "No
// files matching the pattern"; the exit code is left to the findings (see README).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Config, ConfigError } from '../core/config/types.js';
import { licenceGlobs } from '../core/judge/licensing.js';
import { formatKeyPath } from '../core/config/validation.js';

/** Folders never walked for a match: no licence is written for them. */
const PASSED_OVER = new Set(['.git', 'node_modules']);

/** Entries read at most per glob before it is taken to match something (a huge tree is not walked to its end). */
const MOST_ENTRIES = 50_000;

/**
 * A warning for each licence `paths` glob that matches none of the files checked (`checked`,
 * absolute) and no file under its folder on disk, relative to the config's folder as licences
 * read them; where it stands from `provenance` ('file:line').
 */
export async function unmatchedLicenceGlobs(config: Pick<Config, 'licences' | 'root' | 'file'>, provenance: Record<string, string>, checked: readonly string[]): Promise<ConfigError[]> {
  const relative = checked.map((file) => path.relative(config.root, file).split(path.sep).join('/'));
  const warnings: ConfigError[] = [];
  for (const [i, licence] of config.licences.entries()) {
    for (const [j, glob] of licence.paths.entries()) {
      const matches = licenceGlobs(glob);
      if (relative.some((file) => matches(file)) || (await onDisk(config.root, glob, matches))) continue;
      const keyPath = formatKeyPath(['licences', i, 'paths', j]);
      const [file, line] = placeOf(provenance[keyPath] ?? provenance[formatKeyPath(['licences', i])], config.file);
      warnings.push({
        file,
        ...(line !== undefined ? { line } : {}),
        path: keyPath,
        message: `no files matching the pattern '${glob}' (licence ${i + 1}, ${licence.publisher} to ${licence.licensee}): correct the glob (relative to the config's folder, as a licence's paths are) or remove it`,
      });
    }
  }
  return warnings;
}

/** 'laiyuan.yaml:12' as the file and line (a display path may hold ':' itself). */
function placeOf(from: string | undefined, file: string | undefined): [string, number | undefined] {
  const m = from === undefined ? null : /^(.*):(\d+)$/u.exec(from);
  return m ? [m[1], Number(m[2])] : [file ?? '<config>', undefined];
}

/** Whether a file under the glob's fixed folder matches it: walked until the first match. */
async function onDisk(root: string, glob: string, matches: (file: string) => boolean): Promise<boolean> {
  const { base, isGlob } = picomatch.scan(glob);
  // a path naming one file (content/news/p19.txt): its base is the file, not a folder to walk
  if (!isGlob && (await stat(path.join(root, base)).catch(() => undefined))?.isFile()) return matches(base);
  const pending = [base];
  let read = 0;
  while (pending.length > 0) {
    const folder = pending.pop() ?? '';
    const entries = await readdir(path.join(root, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (++read > MOST_ENTRIES) return true;
      const file = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!PASSED_OVER.has(entry.name)) pending.push(file);
      } else if (matches(file)) {
        return true;
      }
    }
  }
  return false;
}
