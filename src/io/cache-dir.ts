// Where the --cache folder is, on its own (cache.ts re-exports it): the check command names it
// without loading the cache.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config/types.js';

/** Where the cache lives: --cache-location, else node_modules/.cache/laiyuan beside the config when node_modules is there, else .laiyuan-cache. */
export function cacheDir(config: Pick<Config, 'root'>, location: string | undefined, cwd: string): string {
  if (location !== undefined) return path.resolve(cwd, location);
  const modules = path.join(config.root, 'node_modules');
  return existsSync(modules) ? path.join(modules, '.cache', 'laiyuan') : path.join(config.root, '.laiyuan-cache');
}
