// A character diff between a reused passage and its source, for people to see what was changed.

export type DiffOp =
  | { kind: 'same'; text: string }
  /** In the document, not in the source. */
  | { kind: 'added'; text: string }
  /** In the source, not in the document. */
  | { kind: 'removed'; text: string };

/** Most cells the LCS table may have; past it the differing middle is reported as one change. */
const MAX_TABLE = 250_000;

/** Appends `text` to the ops, joining it to the last op of the same kind. */
export function pushOp(ops: DiffOp[], kind: DiffOp['kind'], text: string): void {
  if (!text) return;
  const last = ops[ops.length - 1];
  if (last && last.kind === kind) last.text += text;
  else ops.push({ kind, text });
}

function commonPrefix(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string[], b: string[], prefix: number): number {
  let n = 0;
  while (n < a.length - prefix && n < b.length - prefix && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Longest common subsequence by dynamic programming over code points, walked forwards. */
function lcsOps(a: string[], b: string[], ops: DiffOp[]): void {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j]
        ? table[(i + 1) * width + j + 1] + 1
        : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pushOp(ops, 'same', a[i]);
      i++;
      j++;
    } else if (table[i * width + j + 1] >= table[(i + 1) * width + j]) {
      pushOp(ops, 'removed', b[j++]);
    } else {
      pushOp(ops, 'added', a[i++]);
    }
  }
  pushOp(ops, 'removed', b.slice(j).join(''));
  pushOp(ops, 'added', a.slice(i).join(''));
}

/** How `doc` differs from `source`, character by character (code points). */
export function diffChars(doc: string, source: string): DiffOp[] {
  const a = [...doc];
  const b = [...source];
  const ops: DiffOp[] = [];
  const prefix = commonPrefix(a, b);
  const suffix = commonSuffix(a, b, prefix);
  pushOp(ops, 'same', a.slice(0, prefix).join(''));
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  if (midA.length * midB.length <= MAX_TABLE) lcsOps(midA, midB, ops);
  else {
    pushOp(ops, 'removed', midB.join(''));
    pushOp(ops, 'added', midA.join(''));
  }
  pushOp(ops, 'same', a.slice(a.length - suffix).join(''));
  return ops;
}
