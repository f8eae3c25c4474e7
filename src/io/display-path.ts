import path from 'node:path';
import { relativeInside } from './linked-path.js';

/** How to name a file to the user: relative and '/'-separated under the working directory, else absolute. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : absolute).split(path.sep).join('/');
}

/**
 * A path the user gave (an option's value, a config's key) as check and match name it: relative to
 * `cwd` when it lies inside it (links resolved), else as given, absolute or as a climb out of it.
 */
export function givenPath(given: string, absolute: string, cwd: string): string {
  const inside = relativeInside(cwd, absolute);
  if (inside !== undefined) return inside === '.' ? absolute.split(path.sep).join('/') : inside;
  return (path.isAbsolute(given) ? absolute : path.relative(cwd, absolute)).split(path.sep).join('/');
}

/**
 * A path as a word a POSIX shell reads back as the path, for a command a message suggests: as it
 * is when it holds no character the shell would split or expand (letters of any script, digits,
 * `_ . / + , : = @ % -`), else in double quotes, `"`, `$`, `` ` `` and `\` escaped.
 */
export function shellWord(p: string): string {
  if (/^[\p{L}\p{N}_./+,:=@%-]+$/u.test(p)) return p;
  return `"${p.replace(/["$`\\]/gu, (c) => `\\${c}`)}"`;
}
