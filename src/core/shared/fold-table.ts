import { FOLD_RUNS, IDEOGRAPH_FOLDS } from './fold-data.js';

/**
 * One entry per UTF-16 code unit: what it folds to for matching, or 0 when it is dropped
 * (punctuation, whitespace, symbols, controls): NFKC width folding, ASCII lower case, and
 * OpenCC's traditional-to-simplified table for single characters. Computed at build time
 * (scripts/gen-fold-data.mjs), so that no run pays for NFKC over every code unit or for loading
 * OpenCC's dictionaries; decoded here once, on first use.
 *
 * A traditional ideograph stands as IDEOGRAPH in the table until a text holds one: only then are
 * the ideographs' folds filled in (withIdeographs), so simplified-only text never decodes them.
 */
let table: Uint16Array | undefined;
let ideographs = false;

/** Marks a code unit whose fold is one of the ideograph folds, not filled in yet. */
export const IDEOGRAPH = 0xffff;

/** The fold table, traditional ideographs marked IDEOGRAPH until withIdeographs() is called. */
export function foldTable(): Uint16Array {
  if (!table) {
    table = decodeRuns(FOLD_RUNS);
    for (let i = 0; i < IDEOGRAPH_FOLDS.length; i += 2) table[IDEOGRAPH_FOLDS.charCodeAt(i)] = IDEOGRAPH;
  }
  return table;
}

/** The whole fold table, traditional ideographs folded. */
export function withIdeographs(): Uint16Array {
  const t = foldTable();
  if (!ideographs) {
    for (let i = 0; i < IDEOGRAPH_FOLDS.length; i += 2) t[IDEOGRAPH_FOLDS.charCodeAt(i)] = IDEOGRAPH_FOLDS.charCodeAt(i + 1);
    ideographs = true;
  }
  return t;
}

/** What a code unit folds to (0: dropped), the ideographs filled in when it is one of them. */
export function foldOf(table: Uint16Array, code: number): number {
  const f = table[code];
  return f === IDEOGRAPH ? withIdeographs()[code] : f;
}

function decodeRuns(runs: readonly number[]): Uint16Array {
  const t = new Uint16Array(0x10000);
  let c = 0;
  for (let i = 0; i < runs.length; i++) {
    const n = runs[i];
    if (n === 0) t[c++] = runs[++i];
    else if (n < 0) c -= n;
    else for (const end = c + n; c < end; c++) t[c] = c;
  }
  return t;
}
