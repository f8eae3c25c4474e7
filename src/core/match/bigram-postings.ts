import { slotOf, tableFor, type U32Table } from './u32-table.js';

export { entryOf } from './u32-table.js';

/**
 * Which of a side's units hold each bigram, and how often, in flat typed arrays found through an
 * open-addressed table (u32-table.ts): paraphraseHits looks up each bigram of each candidate
 * article in it.
 */
export interface BigramPostings extends U32Table {
  /** Entry e's postings are [starts[e], starts[e + 1]) of units/counts, units ascending. */
  starts: Uint32Array;
  units: Uint32Array;
  counts: Uint32Array;
}

/**
 * The postings of the units, unit u holding the bigrams [ranges[u][0], ranges[u][1]) of `bigrams`
 * (a text's bigram at each position): each bigram entered once, each unit's counted as it is read,
 * no unit's bigrams sorted.
 */
export function bigramPostings(bigrams: Uint32Array, ranges: ReadonlyArray<readonly [number, number]>): BigramPostings {
  let total = 0;
  for (const [from, to] of ranges) total += to - from;
  const table = tableFor(total);
  const { slots, keys } = table;
  const entryAt = new Uint32Array(total);
  let entries = 0;
  let n = 0;
  for (const [from, to] of ranges) {
    for (let p = from; p < to; p++) {
      const s = slotOf(table, bigrams[p]);
      if (slots[s] === 0) {
        keys[entries] = bigrams[p];
        slots[s] = ++entries;
      }
      entryAt[n++] = slots[s] - 1;
    }
  }
  // each unit's entries tallied, one posting per entry it holds, then the postings by entry
  const tally = new Uint32Array(entries);
  const touched = new Uint32Array(entries);
  const postEntry = new Uint32Array(total);
  const postUnit = new Uint32Array(total);
  const postCount = new Uint32Array(total);
  const starts = new Uint32Array(entries + 1);
  let posts = 0;
  n = 0;
  ranges.forEach(([from, to], u) => {
    let t = 0;
    for (let p = from; p < to; p++) {
      const e = entryAt[n++];
      if (tally[e]++ === 0) touched[t++] = e;
    }
    for (let i = 0; i < t; i++) {
      const e = touched[i];
      postEntry[posts] = e;
      postUnit[posts] = u;
      postCount[posts++] = tally[e];
      starts[e + 1]++;
      tally[e] = 0;
    }
  });
  for (let e = 0; e < entries; e++) starts[e + 1] += starts[e];
  const fill = starts.slice(0, entries);
  const units = new Uint32Array(posts);
  const counts = new Uint32Array(posts);
  for (let i = 0; i < posts; i++) {
    const at = fill[postEntry[i]]++;
    units[at] = postUnit[i];
    counts[at] = postCount[i];
  }
  return { slots, keys: keys.subarray(0, entries), starts, units, counts };
}
