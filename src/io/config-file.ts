// Finding laiyuan.yaml: apart from reading it (config.ts), so that a run that finds its config
// kept (config-kept.ts) loads no config reader.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { namedFromWorkingFolder } from './linked-path.js';

export const CONFIG_NAMES = ['laiyuan.yaml', 'laiyuan.yml', '.laiyuan.yaml'] as const;

/** The nearest config file in `cwd` or a folder above it, up to the filesystem root. */
export function findConfigFile(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = path.dirname(dir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The config file `configPath` names (from `cwd`), else the nearest one upwards from `cwd`: its
 * folder named as the files found from the working folder are, so that the licences' paths, the
 * ignore globs and the corpus name a file as the output does (a config found upwards from
 * "$PWD/content/a.txt", $PWD a link to the working folder, is named from the working folder).
 */
export function locateConfigFile(cwd: string, configPath?: string): string | undefined {
  const absolute = configPath ? path.resolve(cwd, configPath) : findConfigFile(cwd);
  return absolute && path.join(namedFromWorkingFolder(path.dirname(absolute), process.cwd()), path.basename(absolute));
}
