import { constants, type Dirent, type Stats } from 'node:fs';
import { access, lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Ignore } from 'ignore';
import picomatch from 'picomatch';
import { formatOf } from '../core/read/format-of.js';
import type { FileError } from '../core/read/types.js';
import { errorCode } from './error-code.js';
import { readTrouble } from './read-trouble.js';
import { failedPath } from './trouble-words.js';
import { GitExcludes } from './git-excludes.js';
import { GitTops } from './git-top.js';
import { GitTracked } from './git-tracked.js';
import { cachedReal, liesWithin, relativeInside } from './linked-path.js';
import { CONFIG_MAX_BYTES, notRegular, readRegularText, specialKind } from './safe-read.js';

export interface DiscoverOptions {
  cwd: string;
  /** Globs relative to cwd that a file found in a directory must match; empty: the extensions laiyuan reads. */
  include: string[];
  /** Globs relative to cwd of files and directories to leave out. */
  ignore: string[];
  /** Honour .gitignore files as well as .laiyuanignore files. */
  gitignore: boolean;
  /**
   * Folder the include and ignore globs are relative to (the config's folder); default cwd. A
   * folder named outside it has the globs applied to paths relative to that folder.
   */
  globRoot?: string;
  /**
   * A folder (the repository's) that a symbolic link met in a walked folder may not lead out of,
   * unless into a path named outright: such a link is an error, not followed (corpus folders).
   */
  confine?: string;
  /**
   * A link met in a walked folder whose target is not there (or cannot be reached), named like a
   * file to read, is an error rather than passed over (corpus folders: an article would be lost).
   */
  brokenLinks?: 'error';
  /**
   * A path outside cwd named absolute (/dev/zero, /srv/稿件/), and what is found under it, is
   * given absolute as named, not as a climb out of cwd (../../../dev/zero): the files a user names
   * to check. Paths inside cwd are relative whatever their form. A function says which paths
   * given were named absolute, where they are given resolved (a corpus: --corpus /srv/稿件).
   */
  asNamed?: boolean | ((given: string) => boolean);
}

export interface Discovered {
  /** Sorted, '/'-separated, relative to cwd (with `asNamed`, absolute where named so outside it). */
  files: string[];
  errors: FileError[];
  /** Files named on the command line but left out by an ignore rule, for the caller to warn about. */
  ignored: string[];
  /** The folders named, relative to cwd ('/'-separated; '.' for cwd). */
  folders: string[];
  /** The files of `files` named outright, not met in a folder's walk as regular files: one may be anything (a FIFO, a device). */
  named: string[];
}

/**
 * Globs as in .gitignore: one without a slash matches a file's name at any depth, one with a
 * slash matches the path (picomatch's `basename` option would apply to both, and then a
 * pattern such as `archive/**` matches nothing).
 */
function globMatcher(globs: string[]): (rel: string) => boolean {
  const names = globs.filter((g) => !g.includes('/'));
  const paths = globs.filter((g) => g.includes('/'));
  const byName = names.length > 0 ? picomatch(names, { dot: true, basename: true }) : () => false;
  const byPath = paths.length > 0 ? picomatch(paths, { dot: true }) : () => false;
  return (rel) => byName(rel) || byPath(rel);
}

/**
 * How the paths found under a folder named (`at`, as relative() names it) are named to the include
 * and ignore globs: from `as`, the folder's path from the config's folder (through a link to it or
 * not), or '.' for a folder outside it, whose globs then apply from the folder itself.
 */
interface GlobFrame {
  at: string;
  as: string;
}

/**
 * An ignore file's rules and the folder they are relative to: `base`, or a folder above it when
 * `above` names the path from that folder down to `base` (the rules of a folder above a path named,
 * which may be reached through a link and so is not named by a climb from it).
 */
interface RuleSet extends IgnoreFile {
  base: string;
  above: string;
}

/** An ignore file's rules, and whether git reads them (.gitignore, info/exclude) or laiyuan alone (.laiyuanignore). */
interface IgnoreFile {
  rules: Ignore;
  git: boolean;
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

/** An empty set of ignore rules, the ignore package loaded when first asked for (ignore-package.ts). */
async function ignoreRules(): Promise<Ignore> {
  const { ignore } = await import('./ignore-package.js');
  return ignore();
}

/** The files to check under the given paths: directories walked, ignore files and globs honoured. */
export async function discoverFiles(paths: string[], options: DiscoverOptions): Promise<Discovered> {
  return new Discovery(options).run(paths);
}

class Discovery {
  private readonly files = new Set<string>();
  private readonly namedFiles = new Set<string>();
  private readonly ignored = new Set<string>();
  private readonly folders: string[] = [];
  private readonly errors: FileError[] = [];
  private readonly visited = new Set<string>();
  /** Linked directories, walked last so that a folder is listed under its own name when it can be. */
  private readonly linked: { dir: string; rules: RuleSet[]; frame: GlobFrame }[] = [];
  /** The rules of the ignore files in each folder, read once. */
  private readonly ruleFiles = new Map<string, IgnoreFile[]>();
  /** The rules that hold in each folder a path was named in (a --file-list names thousands of files in a few folders). */
  private readonly rulesAboveOf = new Map<string, Promise<RuleSet[]>>();
  /** The top of the git repository each folder lies in, if any. */
  private readonly gitTops = new GitTops();
  private readonly included: (rel: string, frame: GlobFrame) => boolean;
  private readonly excluded: (rel: string, frame: GlobFrame) => boolean;
  private readonly root: string;
  /** Real paths a walk may reach through links, with `options.confine`: the confining folder and the paths named. */
  private readonly reachable: string[] = [];
  /** With `options.asNamed`, the paths named absolute outside cwd: they and what lies under them are given absolute. */
  private readonly namedAbsolute: string[] = [];
  /** Folders that cannot be entered (an ignore file in them unreadable for it), and why: listed or not, the folder is the one error. */
  private readonly unentered = new Map<string, unknown>();
  /** Real paths of the folders asked about, each asked once. */
  private readonly real = cachedReal();
  /** The exclude files git reads for a repository besides its .gitignore files. */
  private readonly gitExcludes = new GitExcludes(process.env);
  /** What git tracks, asked per repository once a path is ignored. */
  private readonly tracked = new GitTracked(this.gitTops);

  constructor(private readonly options: DiscoverOptions) {
    this.root = path.resolve(options.cwd, options.globRoot ?? '.');
    const includeGlobs = globMatcher(options.include);
    this.included = options.include.length > 0 ? (rel, frame) => includeGlobs(globbed(rel, frame)) : (rel) => formatOf(rel) !== undefined;
    const ignoreGlobs = globMatcher(options.ignore);
    this.excluded =
      options.ignore.length > 0
        ? (rel, frame) => {
            const named = globbed(rel, frame);
            return ignoreGlobs(named) || ignoreGlobs(`${named}/`);
          }
        : () => false;
  }

  async run(paths: string[]): Promise<Discovered> {
    if (this.options.confine !== undefined) {
      for (const p of [this.options.confine, ...paths]) this.reachable.push(await realpath(path.resolve(this.options.cwd, p)).catch(() => path.resolve(this.options.cwd, p)));
    }
    const namedLinks: string[] = [];
    for (const given of paths) {
      let full = path.resolve(this.options.cwd, given);
      if (this.namedAbsolutely(given) && !isInside(this.options.cwd, full)) {
        // "$PWD/site" from a folder reached through a link: the shell's $PWD is the link's path, cwd the real one
        const inside = relativeInside(this.options.cwd, full, this.real);
        if (inside !== undefined) full = path.resolve(this.options.cwd, inside);
        else this.namedAbsolute.push(full);
      }
      let isDirectory: boolean;
      try {
        isDirectory = (await stat(full)).isDirectory();
      } catch (e) {
        this.errors.push({ file: isInside(this.options.cwd, full) ? this.relative(full) : given, message: await statErrorMessage(full, e) });
        continue;
      }
      if (!isDirectory) await this.named(full);
      // a link to a folder, walked after the folders named as they are: a file is listed under its own name when it can be
      else if ((await lstat(full)).isSymbolicLink()) namedLinks.push(full);
      else await this.namedFolder(full);
    }
    for (const full of namedLinks) await this.namedFolder(full);
    for (let next = this.linked.shift(); next; next = this.linked.shift()) await this.walk(next.dir, next.rules, next.frame);
    return { files: [...this.files].sort(), errors: this.errors, ignored: [...this.ignored].sort(), folders: this.folders, named: [...this.namedFiles] };
  }

  /**
   * A folder named outright, walked; one walked already under another name (content, and a link to
   * it named too) is no folder without files: its files are listed, once, under the first name.
   */
  private async namedFolder(full: string): Promise<void> {
    if (this.visited.has(await realpath(full).catch(() => full))) return;
    this.folders.push(this.relative(full));
    await this.walk(full, await this.rulesAbove(full), this.frameOf(full));
  }

  /** A file named outright is checked whatever the include globs say, but ignore rules still hold. */
  private async named(full: string): Promise<void> {
    const rel = this.relative(full);
    const rules = await this.rulesAbove(path.dirname(full));
    if (this.excluded(rel, { at: rel, as: relativeInside(this.root, full, this.real) ?? path.basename(full) }) || (await this.leftOut(rules, full, false))) this.ignored.add(rel);
    else {
      this.files.add(rel);
      this.namedFiles.add(rel);
    }
  }

  /** The config's folder for what lies inside it (through a link to it or not); else the folder named, so that its globs still apply. */
  private frameOf(dir: string): GlobFrame {
    return { at: this.relative(dir), as: relativeInside(this.root, dir, this.real) ?? '.' };
  }

  private async walk(dir: string, rules: RuleSet[], frame: GlobFrame): Promise<void> {
    const real = await realpath(dir).catch(() => dir);
    if (this.visited.has(real)) return;
    this.visited.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      this.errors.push({ file: this.relative(dir), message: directoryErrorMessage(e) });
      return;
    }
    // listed but not entered (mode r--): none of its files could be read, one line for all of them
    if (this.unentered.has(dir)) {
      this.errors.push({ file: this.relative(dir), message: directoryErrorMessage(this.unentered.get(dir)) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const rel = this.relative(dir);
    // a file that is no link is placed here and now: a wait on each of a 10,000-file folder's, and
    // path.relative of each, were two thirds of listing it (an index build waits on the listing)
    const held = entries.some((entry) => entry.name === '.git') ? ownRepository(rules, dir) : rules;
    for (const entry of entries) {
      if (!entry.isFile()) await this.visit(dir, entry, held, frame);
      else {
        // waited on only where git is asked whether it tracks a file the rules leave out
        const placed = this.walkedFile(childPath(dir, entry.name), childRel(rel, entry.name) ?? this.relative(path.join(dir, entry.name)), held, frame);
        if (placed) await placed;
      }
    }
  }

  /** A file met in a walk that is no link: listed unless left out. */
  private walkedFile(full: string, rel: string, rules: RuleSet[], frame: GlobFrame): Promise<void> | undefined {
    if (this.excluded(rel, frame)) return undefined;
    const out = this.leftOut(rules, full, false);
    const place = (left: boolean) => {
      if (!left && this.included(rel, frame)) this.files.add(rel);
    };
    if (typeof out !== 'boolean') return out.then(place);
    place(out);
    return undefined;
  }

  private async visit(dir: string, entry: Dirent, rules: RuleSet[], frame: GlobFrame): Promise<void> {
    const full = path.join(dir, entry.name);
    const link = entry.isSymbolicLink();
    const kind = link ? await linkKind(full) : kindOf(entry);
    const rel = this.relative(full);
    if (kind instanceof Error) return this.brokenLink(full, rel, frame, rules, kind);
    if (kind === undefined || this.excluded(rel, frame) || (await this.leftOut(rules, full, kind === 'dir'))) return;
    if (link && !(await this.mayFollow(full, rel))) return;
    if (kind === 'file') {
      if (this.included(rel, frame)) this.files.add(rel);
    } else if (typeof kind === 'object') {
      // a FIFO named like an article is no article, and reading it would wait: say so, never pass it over
      if (this.included(rel, frame)) this.errors.push({ file: rel, message: notRegular(kind.special, 'replace it with the file, or leave it out (.laiyuanignore)') });
    } else if (!ALWAYS_SKIPPED.has(entry.name)) {
      const inner = [...rules, ...(await this.rulesIn(full))];
      if (!link) await this.walk(full, inner, frame);
      else if (!(await linksToAncestor(dir, full))) this.linked.push({ dir: full, rules: inner, frame });
    }
  }

  /**
   * Whether the ignore files leave `full` out. git ignores no file it tracks, so a tracked file (or
   * a folder holding one) is left out by .laiyuanignore alone; git is asked only for what the rules
   * leave out, and where it cannot say (not installed, a repository it refuses) the rules hold.
   */
  private leftOut(rules: RuleSet[], full: string, isDir: boolean): boolean | Promise<boolean> {
    if (!isIgnored(rules, full, isDir)) return false;
    if (!this.options.gitignore) return true;
    const byLaiyuan = (tracked: boolean) => !tracked || isIgnored(rules.filter((set) => !set.git), full, isDir);
    const tracked = this.tracked.has(full, isDir);
    return typeof tracked === 'boolean' ? byLaiyuan(tracked) : tracked.then(byLaiyuan);
  }

  /** A link whose target cannot be reached: an error with `brokenLinks`, when it names a file to read and is not left out. */
  private async brokenLink(full: string, rel: string, frame: GlobFrame, rules: RuleSet[], error: Error): Promise<void> {
    if (this.options.brokenLinks !== 'error' || !this.included(rel, frame) || this.excluded(rel, frame) || isIgnored(rules, full, false)) return;
    const target = path.resolve(path.dirname(full), await readlink(full).catch(() => '?'));
    this.errors.push({ file: rel, message: brokenLinkMessage(target, error) });
  }

  /** With `confine`, a link that leads outside it (and outside every path named) is an error, not followed. */
  private async mayFollow(full: string, rel: string): Promise<boolean> {
    if (this.options.confine === undefined) return true;
    const target = await realpath(full).catch(() => full);
    if (this.reachable.some((allowed) => isInside(allowed, target))) return true;
    this.errors.push({ file: rel, message: `is a link to ${target}, outside the project folder ${this.options.confine}: not followed; name ${target} itself to read it` });
    return false;
  }

  /**
   * The ignore files that hold in `dir`: its own and those of the folders above it, down from the
   * highest of the working folder, the config's folder and (.gitignore honoured) the top of the
   * repository it lies in, whichever of them it lies in: git reads every .gitignore from the
   * top down to a file, wherever it is run from.
   */
  private rulesAbove(dir: string): Promise<RuleSet[]> {
    let known = this.rulesAboveOf.get(dir);
    if (!known) this.rulesAboveOf.set(dir, (known = this.readRulesAbove(dir)));
    return known;
  }

  private async readRulesAbove(dir: string): Promise<RuleSet[]> {
    const { top, parts, repository } = await this.topOf(dir);
    const sets: RuleSet[] = [];
    for (let i = 0; i < parts.length; i++) {
      const above = parts.slice(i).join('/');
      const folder = path.join(top, ...parts.slice(0, i));
      // git reads no .gitignore above the repository a path is in (an outer one, round a submodule)
      const outside = repository !== undefined && !isInside(repository, folder);
      for (const file of await this.rulesOf(folder)) if (!(outside && file.git)) sets.push({ base: dir, ...file, above });
    }
    sets.push(...(await this.rulesIn(dir)));
    return sets;
  }

  /** The highest folder whose ignore files hold in `dir`, and the path from it down to `dir` (through links as relativeInside names it). */
  private async topOf(dir: string): Promise<{ top: string; parts: string[]; repository?: string }> {
    const tops = [this.options.cwd, this.root];
    const repository = this.options.gitignore ? await this.repositoryOf(dir) : undefined;
    if (repository !== undefined) tops.push(repository);
    let highest = { top: dir, parts: [] as string[] };
    for (const top of tops) {
      const rel = relativeInside(top, dir, this.real);
      const parts = rel === undefined || rel === '.' ? [] : rel.split('/');
      if (parts.length > highest.parts.length) highest = { top, parts };
    }
    return { ...highest, repository };
  }

  /** The top of the git repository `dir` lies in: found from it as named, else from its real path. */
  private async repositoryOf(dir: string): Promise<string | undefined> {
    const real = this.real(dir);
    return (await this.gitTops.above(dir)) ?? (real === undefined || real === dir ? undefined : await this.gitTops.above(real));
  }

  private async rulesIn(dir: string): Promise<RuleSet[]> {
    return (await this.rulesOf(dir)).map((file) => ({ base: dir, ...file, above: '' }));
  }

  /**
   * The rules of the ignore files in `dir`; with .gitignore honoured, a repository's core.excludesFile
   * and info/exclude first (the lowest), as git reads them.
   */
  private async rulesOf(dir: string): Promise<IgnoreFile[]> {
    const known = this.ruleFiles.get(dir);
    if (known) return known;
    const found: IgnoreFile[] = [];
    for (const exclude of this.options.gitignore ? await this.gitExcludes.of(dir) : []) if (holdsRules(exclude)) found.push({ rules: (await ignoreRules()).add(exclude), git: true });
    const names = this.options.gitignore ? ['.gitignore', '.laiyuanignore'] : ['.laiyuanignore'];
    for (const name of names) {
      const file = path.join(dir, name);
      const text = await readRegularText(file, CONFIG_MAX_BYTES).catch((e: unknown) => e);
      if (typeof text === 'string') found.push({ rules: (await ignoreRules()).add(text), git: name === '.gitignore' });
      else if (errorCode(text) !== 'ENOENT' && errorCode(text) !== 'EISDIR') {
        if (await enterable(dir)) this.errors.push({ file: this.relative(file), message: directoryErrorMessage(text) });
        else this.unentered.set(dir, text);
      }
    }
    this.ruleFiles.set(dir, found);
    return found;
  }

  private namedAbsolutely(given: string): boolean {
    const { asNamed } = this.options;
    return typeof asNamed === 'function' ? asNamed(given) : asNamed === true && path.isAbsolute(given);
  }

  private relative(full: string): string {
    const rel = path.relative(this.options.cwd, full).split(path.sep).join('/') || '.';
    const outside = rel === '..' || rel.startsWith('../');
    return outside && this.namedAbsolute.some((named) => isInside(named, full)) ? full.split(path.sep).join('/') : rel;
  }
}

/** A path found under the frame's folder (relative() names it), as the globs name it. */
function globbed(rel: string, frame: GlobFrame): string {
  // the usual case, and a warm --cache run walks thousands of files: rel is already that path
  if (frame.at === frame.as) return rel;
  const under = frame.at === '.' ? rel : rel === frame.at ? '.' : rel.slice(frame.at.endsWith('/') ? frame.at.length : frame.at.length + 1);
  return under === '.' ? frame.as : frame.as === '.' ? under : `${frame.as}/${under}`;
}

/**
 * Whether the folder can be listed and entered: an ignore file that cannot be read in a folder that
 * cannot is no error of its own, the folder's (its listing, its entering, or the reading of a file
 * named in it) is said in one line, not two.
 */
async function enterable(dir: string): Promise<boolean> {
  return access(dir, constants.R_OK | constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** `name` in folder `dir` (absolute, normalised), as path.join makes it. */
function childPath(dir: string, name: string): string {
  return path.sep !== '/' ? path.join(dir, name) : dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}

/** `name` in the folder whose path relative to cwd is `rel`, relative to cwd as relative() makes it; undefined where the separator is not '/'. */
function childRel(rel: string, name: string): string | undefined {
  if (path.sep !== '/') return undefined;
  return rel === '.' ? name : `${rel}/${name}`;
}

/** `dir` is `parent` or lies below it. */
function isInside(parent: string, dir: string): boolean {
  const rel = path.relative(parent, dir);
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/**
 * The rules that hold in `dir`, the top of a repository of its own (nested, or a submodule): git
 * reads none of the .gitignore files or info/exclude of the repository round it; .laiyuanignore
 * files still hold.
 */
function ownRepository(sets: RuleSet[], dir: string): RuleSet[] {
  return sets.filter((set) => !set.git || (set.above === '' && isInside(dir, set.base)));
}

/** Later (deeper) ignore files override earlier ones, as in git. */
function isIgnored(sets: RuleSet[], full: string, isDir: boolean): boolean {
  let ignored = false;
  // the sets of the folders above a path named share its folder as their base: one path.relative for them all
  let lastBase = '';
  let below = '';
  for (const { base, rules, above } of sets) {
    if (base !== lastBase) below = path.relative((lastBase = base), full).split(path.sep).join('/');
    if (below === '..' || below.startsWith('../') || path.isAbsolute(below)) continue;
    const rel = above === '' ? below : below === '' ? above : `${above}/${below}`;
    if (rel === '') continue;
    const result = rules.test(isDir ? `${rel}/` : rel);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

/** Whether an ignore file's text holds a rule, not comments alone (git init's info/exclude). */
function holdsRules(text: string): boolean {
  return text.split('\n').some((line) => line.trim() !== '' && !line.startsWith('#'));
}

/** A link to the folder it stands in, or to one above: following it would never end. */
async function linksToAncestor(dir: string, link: string): Promise<boolean> {
  const [here, target] = await Promise.all([realpath(dir), realpath(link)]).catch(() => ['', '']);
  return target === '' || liesWithin(target, here);
}

/** What an entry is: a directory, a regular file, or a FIFO, socket or device (`special` says which). */
type Kind = 'dir' | 'file' | { special: string };

function kindOf(info: Pick<Stats, 'isDirectory' | 'isFile' | 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'>): Kind | undefined {
  if (info.isDirectory()) return 'dir';
  if (info.isFile()) return 'file';
  const special = specialKind(info);
  return special === undefined ? undefined : { special };
}

/** What a link leads to, or why it leads nowhere (its target missing, a loop, no permission). */
async function linkKind(full: string): Promise<Kind | Error | undefined> {
  const info = await stat(full).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  return info instanceof Error ? info : kindOf(info);
}

function brokenLinkMessage(target: string, error: Error): string {
  const code = errorCode(error);
  const fix = 'restore the file, point the link at it, or remove the link';
  if (code === 'ENOENT' || code === 'ENOTDIR') return `is a link to ${target}, which is not there: ${fix}`;
  if (code === 'ELOOP') return `is a link to ${target}, which leads round in a loop of links: ${fix}`;
  return `is a link to ${target}, which cannot be read: ${readTrouble(error, target)}`;
}

/** A path named that is not there, and what to do about it. */
export const NOT_THERE = 'no such file or directory';
export const NOT_THERE_REMEDY = 'check the path, or pass an existing file or folder';

/** Whether a discovery error says a path named is not there. */
export function isNotThere(message: string): boolean {
  return message === `${NOT_THERE}: ${NOT_THERE_REMEDY}`;
}

/** Why a path named cannot be found: a link whose file is not there is said as a corpus folder's is. */
async function statErrorMessage(full: string, error: unknown): Promise<string> {
  const target = await readlink(full).catch(() => undefined);
  if (target !== undefined && error instanceof Error) return brokenLinkMessage(path.resolve(path.dirname(full), target), error);
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return `${NOT_THERE}: ${NOT_THERE_REMEDY}`;
  return directoryErrorMessage(error);
}

function directoryErrorMessage(error: unknown): string {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read: permission denied. Make it readable or leave it out.';
  if (code === 'ELOOP') return 'cannot read: too many symbolic links (a link loop?). Fix the link or leave it out.';
  return `cannot read: ${readTrouble(error, failedPath(error) ?? '.')}.`;
}
