// A copy of the built CLI in a folder every user can enter. Tests that run the CLI as another
// user (nobody, because root reads any file whatever its mode) cannot use the clone's dist/ when
// the clone sits in a folder only root can enter (a clone made under `mktemp -d`).
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './corpus.js';

interface Lock {
  packages: Record<string, { dev?: boolean; optional?: boolean; link?: boolean }>;
}

export interface Install {
  /** The copied CLI entry point: `<dir>/dist/cli/main.js`. */
  main: string;
  dir: string;
  remove(): void;
}

/** The packages `npm install --omit=dev` would install, from package-lock.json. */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as Lock;
  return Object.entries(lock.packages)
    .filter(([key, entry]) => key.startsWith('node_modules/') && entry.dev !== true && entry.link !== true)
    .map(([key]) => key);
}

/** dist/, rules/, docs/rules/, package.json and the production node_modules, copied to a world-readable temporary folder. */
export function worldReadableInstall(): Install {
  const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-install-'));
  for (const part of ['dist', 'rules', 'docs/rules', 'package.json', ...productionPackages()]) {
    const from = path.join(ROOT, part);
    try {
      cpSync(from, path.join(dir, part), { recursive: true });
    } catch (error) {
      // an optional dependency not installed on this platform
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  openToAll(dir);
  return { main: path.join(dir, 'dist/cli/main.js'), dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Folders 755, files 644 (copies keep the clone's modes, which may be private). */
export function openToAll(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isSymbolicLink()) chmodSync(path.join(entry.parentPath, entry.name), entry.isDirectory() ? 0o755 : 0o644);
  }
}
