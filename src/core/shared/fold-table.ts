import { FOLD_RUNS } from './fold-data.js';

/**
 * One entry per UTF-16 code unit: what it folds to for matching, or 0 when it is dropped
 * (punctuation, whitespace, symbols, controls): NFKC width folding, ASCII lower case, and
 * OpenCC's traditional-to-simplified table for single characters. Computed at build time
 * (scripts/gen-fold-data.mjs), so that no run pays for NFKC over every code unit or for loading
 * OpenCC's dictionaries; decoded here once, on first use.
 */
let table: Uint16Array | undefined;

export function foldTable(): Uint16Array {
  table ??= decodeRuns(FOLD_RUNS);
  return table;
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
