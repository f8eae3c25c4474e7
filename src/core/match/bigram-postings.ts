import { slotOf, tableFor, type U32Table } from './u32-table.js';

export { entryOf } from './u32-table.js';

/**
 * Which of a side's units hold each bigram, and how often, in flat typed arrays found through an
 * open-addressed table (u32-table.ts): paraphraseHits looks up each bigram of each candidate
 * article in it.
 */
export interface BigramPostings extends U32Table {
  /** Entry e's postings are [starts[e], starts[e + 1]) of units/counts. */
  starts: Uint32Array;
  units: Uint32Array;
  counts: Uint32Array;
}

/** The bigrams (distinct, each with its count) of each unit, unit by unit. */
export interface BigramBags {
  readonly length: number;
  keysOf(unit: number): Uint32Array;
  countsOf(unit: number): Uint32Array;
}

export function bigramPostings(bags: BigramBags): BigramPostings {
  let total = 0;
  for (let u = 0; u < bags.length; u++) total += bags.keysOf(u).length;
  const table = tableFor(total);
  const { slots, keys } = table;
  const sizes = new Uint32Array(total + 1);
  let entries = 0;
  for (let u = 0; u < bags.length; u++) {
    for (const key of bags.keysOf(u)) {
      const s = slotOf(table, key);
      if (slots[s] === 0) {
        keys[entries] = key;
        slots[s] = ++entries;
      }
      sizes[slots[s] - 1]++;
    }
  }
  const starts = new Uint32Array(entries + 1);
  for (let e = 0; e < entries; e++) starts[e + 1] = starts[e] + sizes[e];
  const fill = starts.slice(0, entries);
  const units = new Uint32Array(total);
  const counts = new Uint32Array(total);
  for (let u = 0; u < bags.length; u++) {
    const unitKeys = bags.keysOf(u);
    const unitCounts = bags.countsOf(u);
    for (let i = 0; i < unitKeys.length; i++) {
      const e = slots[slotOf(table, unitKeys[i])] - 1;
      units[fill[e]] = u;
      counts[fill[e]++] = unitCounts[i];
    }
  }
  return { slots, keys: keys.subarray(0, entries), starts, units, counts };
}
