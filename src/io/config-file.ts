// Finding laiyuan.yaml: apart from reading it (config.ts), so that a run that finds its config
// kept (config-kept.ts) loads no config reader.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

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
