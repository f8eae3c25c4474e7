// One way of naming a path relative to a folder (the config's, the working folder, a baseline's)
// when either may be named through a symbolic link: the shell's $PWD of a folder reached through
// a link is the link's path, the process's working folder the real one, and a config found
// upwards from "$PWD/content/a.txt" has its folder named through the link too.
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** The real path of `p`, or undefined where it cannot be had (not there, no permission). */
type RealOf = (p: string) => string | undefined;

function realOf(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/** A RealOf that asks each path once: the same folders are asked again and again in a run. */
export function cachedReal(): RealOf {
  const known = new Map<string, string | undefined>();
  return (p) => {
    if (!known.has(p)) known.set(p, realOf(p));
    return known.get(p);
  };
}

function climbs(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}

function slashed(rel: string): string {
  return rel.split(path.sep).join('/') || '.';
}

/**
 * `absolute` relative to `folder`, '/'-separated ('.' for the folder itself), when it lies inside
 * it: as written, else once links are resolved (the folder's and those above the path's last part,
 * which stays as named: a link there is walked as one named inside the folder would be; else its
 * own target, for a link to the folder itself). Undefined: outside it either way.
 */
export function relativeInside(folder: string, absolute: string, real: RealOf = realOf): string | undefined {
  const rel = path.relative(folder, absolute);
  if (!climbs(rel)) return slashed(rel);
  const realFolder = real(folder);
  if (realFolder === undefined) return undefined;
  const parent = real(path.dirname(absolute));
  for (const resolved of [parent && path.join(parent, path.basename(absolute)), real(absolute)]) {
    if (resolved === undefined) continue;
    const inside = path.relative(realFolder, resolved);
    if (!climbs(inside)) return slashed(inside);
  }
  return undefined;
}

/** `absolute` relative to `folder` as relativeInside names it, else the climb out of it as written ('/'-separated). */
export function relativeTo(folder: string, absolute: string, real: RealOf = realOf): string {
  return relativeInside(folder, absolute, real) ?? slashed(path.relative(folder, absolute));
}

/**
 * The folder `dir` named as paths found from the working folder `cwd` are: from it when it lies
 * inside it or above it once links are resolved, though not as written (a config found upwards
 * from "$PWD/content/a.txt" where $PWD is a link to the working folder); else as given.
 */
export function namedFromWorkingFolder(dir: string, cwd: string): string {
  const written = path.relative(cwd, dir);
  if (!climbs(written) || !climbs(path.relative(dir, cwd))) return dir;
  const inside = relativeInside(cwd, dir);
  if (inside !== undefined) return path.resolve(cwd, inside);
  const below = relativeInside(dir, cwd);
  return below === undefined || below === '.' ? dir : path.resolve(cwd, ...below.split('/').map(() => '..'));
}

/** Absolute path `abs` is `root` or lies below it (both resolved). */
export function liesWithin(root: string, abs: string): boolean {
  return abs === root || abs.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}
