// The inline Markdown shapes whose regular expressions read to the end of the line for every
// opener left unclosed (`![` 164,000 times took 73 s): found here in one pass each. Each returns
// what the expression it replaces matched, left to right, without overlaps.

/** A match: where it starts, its length, and the length of its opening delimiter. */
export interface InlineMatch {
  at: number;
  length: number;
  open: number;
}

/** The first index of `ch` at or after `from`, asked with `from` never going back. */
function forward(line: string, ch: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found !== -1 && found < from) found = line.indexOf(ch, from);
    return found;
  };
}

/**
 * Whether `line[from, to)` holds no line terminator (what `.` does not match), asked with `from`
 * never going back.
 */
function unbroken(line: string): (from: number, to: number) => boolean {
  const re = /[\n\r\u2028\u2029]/g;
  let found = -2;
  return (from, to) => {
    if (found !== -1 && found < from) {
      re.lastIndex = from;
      found = re.exec(line)?.index ?? -1;
    }
    return found === -1 || found >= to;
  };
}

/** Code spans: `/(`+)([^`]|[^`].*?[^`])\1(?!`)/g` (an opener may be the tail of a longer run). */
export function codeSpans(line: string): InlineMatch[] {
  const runs: Array<{ start: number; end: number }> = [];
  const byLength = new Map<number, number[]>();
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== '`') continue;
    const start = i;
    while (line[i + 1] === '`') i++;
    runs.push({ start, end: i + 1 });
    const list = byLength.get(i + 1 - start) ?? [];
    list.push(start);
    byLength.set(i + 1 - start, list);
  }
  const cursor = new Map<number, number>();
  const closer = (length: number, after: number): number => {
    const list = byLength.get(length) ?? [];
    let k = cursor.get(length) ?? 0;
    while (k < list.length && list[k] <= after) k++;
    cursor.set(length, k);
    return k < list.length ? list[k] : -1;
  };
  const whole = unbroken(line);
  const found: InlineMatch[] = [];
  let from = 0;
  for (const run of runs) {
    if (run.end <= from) continue;
    for (let at = run.start; at < run.end; at++) {
      const open = run.end - at;
      const close = closer(open, run.end);
      // `.` may not cross a line terminator, but the first and last character of the code may be one
      if (close < 0 || !whole(run.end + 1, close - 1)) continue;
      found.push({ at, length: close + open - at, open });
      from = close + open;
      break;
    }
  }
  return found;
}

/** Images: `/!\[[^\]]*\]\([^)]*\)/g`. */
export function images(line: string): InlineMatch[] {
  const bracket = forward(line, ']');
  const paren = forward(line, ')');
  const found: InlineMatch[] = [];
  for (let at = line.indexOf('!['); at >= 0; at = line.indexOf('![', at + 1)) {
    const close = bracket(at + 2);
    if (close < 0) break;
    if (line[close + 1] !== '(') continue;
    const end = paren(close + 2);
    if (end < 0) break;
    found.push({ at, length: end + 1 - at, open: 2 });
    at = end;
  }
  return found;
}

const NOT_SPACE = /\S/;

/** Strong and struck text: `/(\*\*|__|~~)(?=\S)(.*?\S)\1/g`. */
export function strong(line: string): InlineMatch[] {
  const next = new Map<string, (from: number) => number>();
  const whole = unbroken(line);
  const found: InlineMatch[] = [];
  for (let at = 0; at + 2 < line.length; at++) {
    const mark = line.slice(at, at + 2);
    if ((mark !== '**' && mark !== '__' && mark !== '~~') || !NOT_SPACE.test(line[at + 2])) continue;
    let find = next.get(mark);
    if (!find) next.set(mark, (find = closers(line, mark)));
    const close = find(at + 3);
    if (close < 0 || !whole(at + 2, close)) continue;
    found.push({ at, length: close + 2 - at, open: 2 });
    at = close + 1;
  }
  return found;
}

/** Where `mark` stands right after a non-space, at or after `from` (never going back). */
function closers(line: string, mark: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    for (found = line.indexOf(mark, from); found >= 0; found = line.indexOf(mark, found + 1)) {
      if (NOT_SPACE.test(line[found - 1])) break;
    }
    return found;
  };
}
