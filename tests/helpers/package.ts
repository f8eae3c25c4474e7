// Packing laiyuan as a user gets it: `npm pack` in a copy of the sources (so that its `prepare`
// build never rewrites the dist/ other tests are running), then installing the tarball.
import { execFile, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './corpus.js';

/** What `npm pack` needs of the repository: the package, its build and what the package ships. */
const SOURCES = ['package.json', 'package-lock.json', '.npmrc', 'tsconfig.json', 'tsconfig.build.json', 'src', 'scripts', 'rules', 'docs', 'README.md', 'CHANGELOG.md', '.pre-commit-hooks.yaml', 'action.yml'];

export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false', ...env }, timeout: 300_000 });
}

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * As `run`, without blocking the test worker: a run of minutes in spawnSync starves vitest's
 * messages to the worker ("Timeout calling onTaskUpdate").
 */
export function runAsync(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false', ...env }, timeout: 600_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? null : 0;
      resolve({ status: code, stdout, stderr });
    });
  });
}

/** A copy of the sources with the clone's node_modules linked in: `npm pack` builds there. */
export function sourceCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-src-'));
  for (const part of SOURCES) if (existsSync(path.join(ROOT, part))) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

export interface Packed extends Ran {
  tarball: string;
}

/**
 * This clone as a git repository with one clean commit of its working tree (tracked and untracked
 * files, as git sees them): what `pre-commit try-repo` installs. try-repo on a dirty tree would
 * commit a new shadow repository at each call, and reinstall the hook each time.
 */
export async function committedWorkingTree(dest: string): Promise<string> {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed in ${ROOT}: ${listed.stderr}`);
  mkdirSync(dest, { recursive: true });
  for (const file of listed.stdout.split('\0').filter((f) => f !== '' && existsSync(path.join(ROOT, f)))) cpSync(path.join(ROOT, file), path.join(dest, file), { recursive: true });
  for (const args of [['init', '-q'], ['add', '-A'], ['-c', 'user.email=ci@example.cn', '-c', 'user.name=ci', 'commit', '-qm', 'working tree']]) {
    const git = await runAsync('git', args, dest);
    if (git.status !== 0) throw new Error(`git ${args.join(' ')}: ${git.stderr}`);
  }
  return dest;
}

/** `npm pack` (which runs prepare, the build) in a copy of the sources, the tarball left in `dest`. */
export async function npmPack(dest: string): Promise<Packed> {
  const src = sourceCopy();
  const packed = await runAsync('npm', ['pack', '--pack-destination', dest], src);
  const name = readdirSync(dest).find((f) => f.endsWith('.tgz')) ?? '';
  return { stdout: packed.stdout, stderr: packed.stderr, status: packed.status, tarball: path.join(dest, name) };
}
