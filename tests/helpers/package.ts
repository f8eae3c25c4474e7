// Packing laiyuan as a user gets it: `npm pack` in a copy of the sources (so that its `prepare`
// build never rewrites the dist/ other tests are running), then installing the tarball.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './corpus.js';

/** What `npm pack` needs of the repository: the package, its build and what the package ships. */
const SOURCES = ['package.json', 'package-lock.json', '.npmrc', 'tsconfig.json', 'tsconfig.build.json', 'src', 'scripts', 'rules', 'docs', 'README.md', 'CHANGELOG.md', '.pre-commit-hooks.yaml', 'action.yml'];

export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false', ...env }, timeout: 300_000 });
}

/** A copy of the sources with the clone's node_modules linked in: `npm pack` builds there. */
export function sourceCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-src-'));
  for (const part of SOURCES) if (existsSync(path.join(ROOT, part))) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

export interface Packed {
  /** stdout and stderr of `npm pack`. */
  stdout: string;
  stderr: string;
  status: number | null;
  tarball: string;
}

/** `npm pack` (which runs prepare, the build) in a copy of the sources, the tarball left in `dest`. */
export function npmPack(dest: string): Packed {
  const src = sourceCopy();
  const packed = run('npm', ['pack', '--pack-destination', dest], src);
  const name = readdirSync(dest).find((f) => f.endsWith('.tgz')) ?? '';
  return { stdout: packed.stdout, stderr: packed.stderr, status: packed.status, tarball: path.join(dest, name) };
}
