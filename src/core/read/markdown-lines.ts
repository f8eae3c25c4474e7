// Whole-line Markdown shapes read by hand: as regular expressions they backtrack over runs of
// spaces (a heading or a table row of 100,000 spaces took minutes).

const SPACE = /\s/;
const CELL = /^ *:?-+:? *$/;
/** An ATX heading's opening: `# `, `## `, … up to three spaces in. */
export const ATX_HEADING = /^ {0,3}(#{1,6})( +|$)/;

/** Length of a heading's closing sequence (`/\s+#+\s*$/`: ' ##  '), 0 when it has none. */
export function closingHashes(rest: string): number {
  let end = rest.length;
  while (end > 0 && SPACE.test(rest[end - 1])) end--;
  let hashes = end;
  while (hashes > 0 && rest[hashes - 1] === '#') hashes--;
  let start = hashes;
  while (start > 0 && SPACE.test(rest[start - 1])) start--;
  return hashes < end && start < hashes ? rest.length - start : 0;
}

/** A table's delimiter row, `/^ {0,3}\|?( *:?-+:? *\|)+( *:?-+:? *)?\|? *$/`: `| --- | :-: |`. */
export function isTableDelimiterRow(line: string): boolean {
  let at = 0;
  while (line[at] === ' ') at++;
  if (line[at] === '|') {
    if (at > 3) return false;
    at++;
  }
  const parts = line.slice(at).split('|');
  if (parts.length < 2) return false;
  const last = parts.pop() as string;
  if (!/^ *$/.test(last) && !CELL.test(last)) return false;
  // `||` at the end: the last cell left out, the closing pipe kept
  if (parts.length >= 2 && parts[parts.length - 1] === '' && /^ *$/.test(last)) parts.pop();
  return parts.every((p) => CELL.test(p));
}
