import path from 'node:path';
import { findConfigFile } from '../io/config-file.js';

/**
 * Where a command looks for laiyuan.yaml: above the first path named that has one, else from the
 * working directory. check and match start from the same place, so that they agree on every file.
 */
export function configSearchStart(paths: readonly string[], cwd: string): string {
  const named = paths.filter((p) => p !== '-').map((p) => path.resolve(cwd, p));
  return named.find((p) => findConfigFile(p) !== undefined) ?? cwd;
}
