// A unified diff of two texts by lines (Myers' O(ND) algorithm), as `diff -u` and `git apply` read it.

type Op = { kind: ' ' | '-' | '+'; line: string };

/** `diff -u` of two versions of `name`, with a/ and b/ prefixes (as git puts them: a/tmp/x for /tmp/x); '' when they are equal. */
export function unifiedDiff(before: string, after: string, name: string, context = 3): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  const hunks = hunkRanges(ops, context).map(([from, to]) => formatHunk(ops, from, to));
  // an absolute path joins its prefix as git's does (a/tmp/x, not a//tmp/x)
  const shown = name.replace(/^\/+/u, '');
  return `--- a/${shown}\n+++ b/${shown}\n${hunks.join('')}`;
}

/** Lines with their terminators, so that a change of line ending is a change. */
export function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/gu) ?? [];
}

function diffLines(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  const same = (lines: string[]): Op[] => lines.map((line) => ({ kind: ' ', line }));
  return [...same(a.slice(0, head)), ...middle, ...same(a.slice(a.length - tail))];
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= n + m; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, offset);
    }
  }
  return [];
}

function backtrack(trace: Int32Array[], a: string[], b: string[], offset: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x] });
    }
    if (d === 0) break;
    if (x === prevX) ops.push({ kind: '+', line: b[--y] });
    else ops.push({ kind: '-', line: a[--x] });
  }
  return ops.reverse();
}

/** [from, to) ranges of ops: each change with `context` unchanged lines around, near ones merged. */
function hunkRanges(ops: Op[], context: number): [number, number][] {
  const ranges: [number, number][] = [];
  ops.forEach((op, i) => {
    if (op.kind === ' ') return;
    const from = Math.max(0, i - context);
    const to = Math.min(ops.length, i + 1 + context);
    const last = ranges[ranges.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
  });
  return ranges;
}

function formatHunk(ops: Op[], from: number, to: number): string {
  const before = ops.slice(0, from);
  const oldStart = before.filter((o) => o.kind !== '+').length;
  const newStart = before.filter((o) => o.kind !== '-').length;
  const body = ops.slice(from, to);
  const oldLength = body.filter((o) => o.kind !== '+').length;
  const newLength = body.filter((o) => o.kind !== '-').length;
  const header = `@@ -${oldLength === 0 ? oldStart : oldStart + 1},${oldLength} +${newLength === 0 ? newStart : newStart + 1},${newLength} @@\n`;
  return header + body.map((o) => `${o.kind}${terminated(o.line)}`).join('');
}

/** A line as diff prints it: its own terminator, or a newline and the no-newline marker. */
function terminated(line: string): string {
  return /[\r\n]$/u.test(line) ? line : `${line}\n\\ No newline at end of file\n`;
}
