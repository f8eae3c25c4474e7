// The exclude files git reads for a repository besides its .gitignore files: its info/exclude, and
// the file core.excludesFile names (default $XDG_CONFIG_HOME/git/ignore or ~/.config/git/ignore).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { execFile } from './exec-file.js';
import { parseGitConfig, type ParsedConfig } from './git-config.js';
import { CONFIG_MAX_BYTES, readRegularText } from './safe-read.js';

const EXCLUDES_FILE = 'core.excludesfile';

/** The git folders of a repository's top: its own (.git, or a worktree's or submodule's) and the one it shares with the main worktree, where config and info/exclude are. */
interface GitFolders {
  own: string;
  common: string;
}

/**
 * The texts of the exclude files git reads for the repository whose top is `dir`, lowest first as
 * git ranks them: core.excludesFile's, then info/exclude. None where `dir` is no repository's top,
 * and none of a file that is not there or cannot be read (git passes over it too). The config git
 * reads for it (system, global, the repository's) is read once a run.
 */
export class GitExcludes {
  private userConfig?: Promise<ParsedConfig[]>;

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  async of(dir: string): Promise<string[]> {
    const folders = await gitFolders(dir);
    if (!folders) return [];
    const file = await this.excludesFile(dir, folders);
    const texts = await Promise.all([file === undefined ? undefined : readText(file), readText(path.join(folders.common, 'info', 'exclude'))]);
    return texts.filter((t) => t !== undefined);
  }

  /** The file core.excludesFile names for the repository at `top`, ~ expanded and relative to the top, else git's default. */
  private async excludesFile(top: string, folders: GitFolders): Promise<string | undefined> {
    const own = await readConfigs([path.join(folders.common, 'config')]);
    // a worktree's own config.worktree, read where the repository's config turns it on
    const worktree = own[0]?.entries.get('extensions.worktreeconfig');
    if (worktree !== undefined && isTrue(worktree)) own.push(...(await readConfigs([path.join(folders.own, 'config.worktree')])));
    const configs = [...(await (this.userConfig ??= readConfigs(this.userConfigFiles()))), ...own];
    let value = fromEnv(this.env) ?? lastValue(configs);
    // what the files say hangs on others, or on git's own folders: git says what it makes of them
    if (configs.some((c) => c.includes) || (typeof value === 'string' && (/^~[^/]/u.test(value) || value.startsWith('%(prefix)/')))) {
      const said = await askGit(top);
      if (said !== undefined) value = said ?? undefined;
    }
    if (value === undefined) return this.defaultFile();
    if (value === true || value === '') return undefined;
    const home = this.env.HOME;
    if (value === '~' || value.startsWith('~/')) return home ? path.join(home, value.slice(1)) : undefined;
    return path.resolve(top, value);
  }

  /** The system config (unless GIT_CONFIG_NOSYSTEM), then the global ones: GIT_CONFIG_GLOBAL, else the XDG one and ~/.gitconfig. */
  private userConfigFiles(): string[] {
    const { env } = this;
    const files: string[] = [];
    if (!isTrue(env.GIT_CONFIG_NOSYSTEM ?? 'false')) files.push(env.GIT_CONFIG_SYSTEM ?? '/etc/gitconfig');
    if (env.GIT_CONFIG_GLOBAL !== undefined) return [...files, env.GIT_CONFIG_GLOBAL];
    const xdg = this.xdgFolder();
    if (xdg !== undefined) files.push(path.join(xdg, 'git', 'config'));
    if (env.HOME) files.push(path.join(env.HOME, '.gitconfig'));
    return files;
  }

  private defaultFile(): string | undefined {
    const xdg = this.xdgFolder();
    return xdg === undefined ? undefined : path.join(xdg, 'git', 'ignore');
  }

  /** $XDG_CONFIG_HOME where set and not empty, else ~/.config. */
  private xdgFolder(): string | undefined {
    const { XDG_CONFIG_HOME: xdg, HOME: home } = this.env;
    return xdg ? xdg : home ? path.join(home, '.config') : undefined;
  }
}

async function readConfigs(files: string[]): Promise<ParsedConfig[]> {
  const texts = await Promise.all(files.map(readText));
  return texts.filter((t) => t !== undefined).map(parseGitConfig);
}

function lastValue(configs: readonly ParsedConfig[]): string | true | undefined {
  let value: string | true | undefined;
  for (const config of configs) value = config.entries.get(EXCLUDES_FILE) ?? value;
  return value;
}

/** core.excludesFile given in GIT_CONFIG_COUNT/GIT_CONFIG_KEY_<n>/GIT_CONFIG_VALUE_<n>, which outrank the files. */
function fromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const count = Number(env.GIT_CONFIG_COUNT ?? 0);
  let value: string | undefined;
  for (let i = 0; Number.isInteger(count) && i < count; i++) {
    if (env[`GIT_CONFIG_KEY_${i}`]?.toLowerCase() === EXCLUDES_FILE) value = env[`GIT_CONFIG_VALUE_${i}`] ?? value;
  }
  return value;
}

/** git's booleans: true, yes, on, or a number other than 0 (a key without = is true). */
function isTrue(value: string | true): boolean {
  if (value === true) return true;
  const v = value.trim().toLowerCase();
  return v === 'true' || v === 'yes' || v === 'on' || (/^-?\d+$/u.test(v) && Number(v) !== 0);
}

/**
 * core.excludesFile as git reads it for the repository at `top`, ~ expanded: null where git says it
 * is set nowhere, undefined where git cannot be asked (not installed, or it failed).
 */
async function askGit(top: string): Promise<string | null | undefined> {
  try {
    return (await execFile('git', ['config', '--path', '--get', EXCLUDES_FILE], { cwd: top, timeout: 10000 })).replace(/\n$/u, '');
  } catch (error) {
    // execFile's error gives git's exit status as its code (execFileSync's as its status)
    return (error as { code?: unknown }).code === 1 ? null : undefined;
  }
}

async function readText(file: string): Promise<string | undefined> {
  return readRegularText(file, CONFIG_MAX_BYTES).catch(() => undefined);
}

/**
 * The git folders of the repository whose top is `dir`: its .git folder, or for a worktree or
 * submodule (a .git file naming its git folder) that folder and the one it shares with the main
 * one (commondir). Undefined where `dir` holds no .git.
 */
async function gitFolders(dir: string): Promise<GitFolders | undefined> {
  const dotGit = path.join(dir, '.git');
  const info = await stat(dotGit).catch(() => undefined);
  if (info?.isDirectory()) return { own: dotGit, common: dotGit };
  if (!info?.isFile()) return undefined;
  const gitdir = /^gitdir: *(.+)$/mu.exec(await readRegularText(dotGit, CONFIG_MAX_BYTES).catch(() => ''))?.[1]?.trim();
  if (!gitdir) return undefined;
  const own = path.resolve(dir, gitdir);
  const common = await readRegularText(path.join(own, 'commondir'), CONFIG_MAX_BYTES).then((c) => path.resolve(own, c.trim()), () => own);
  return { own, common };
}
