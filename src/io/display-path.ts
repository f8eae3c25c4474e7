import path from 'node:path';

/** How to name a file to the user: relative and '/'-separated under the working directory, else absolute. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : absolute).split(path.sep).join('/');
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
