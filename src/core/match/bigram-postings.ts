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
  const { table, entryAt, entries } = entered(bigrams, ranges);
  const posts = unitPosts(entryAt, ranges, entries);
  return { slots: table.slots, keys: table.keys.subarray(0, entries), ...byEntry(posts, entries) };
}

/** The table of the units' distinct bigrams, and the entry of each bigram the units hold, unit after unit. */
function entered(bigrams: Uint32Array, ranges: ReadonlyArray<readonly [number, number]>): { table: U32Table; entryAt: Uint32Array; entries: number } {
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
  return { table, entryAt, entries };
}

/** One posting per entry a unit holds, with how often it holds it, unit by unit: [0, length) of entry/unit/count. */
interface Posts {
  entry: Uint32Array;
  unit: Uint32Array;
  count: Uint32Array;
  length: number;
}

/** Each unit's entries (entryAt, as entered gives them) tallied into postings. */
function unitPosts(entryAt: Uint32Array, ranges: ReadonlyArray<readonly [number, number]>, entries: number): Posts {
  const tally = new Uint32Array(entries);
  const touched = new Uint32Array(entries);
  const posts: Posts = { entry: new Uint32Array(entryAt.length), unit: new Uint32Array(entryAt.length), count: new Uint32Array(entryAt.length), length: 0 };
  let n = 0;
  ranges.forEach(([from, to], u) => {
    let t = 0;
    for (let p = from; p < to; p++) {
      const e = entryAt[n++];
      if (tally[e]++ === 0) touched[t++] = e;
    }
    for (let i = 0; i < t; i++) {
      const e = touched[i];
      posts.entry[posts.length] = e;
      posts.unit[posts.length] = u;
      posts.count[posts.length++] = tally[e];
      tally[e] = 0;
    }
  });
  return posts;
}

/** The postings ordered by entry (units ascending within each, as they were tallied). */
function byEntry(posts: Posts, entries: number): Pick<BigramPostings, 'starts' | 'units' | 'counts'> {
  const starts = new Uint32Array(entries + 1);
  for (let i = 0; i < posts.length; i++) starts[posts.entry[i] + 1]++;
  for (let e = 0; e < entries; e++) starts[e + 1] += starts[e];
  const fill = starts.slice(0, entries);
  const units = new Uint32Array(posts.length);
  const counts = new Uint32Array(posts.length);
  for (let i = 0; i < posts.length; i++) {
    const at = fill[posts.entry[i]]++;
    units[at] = posts.unit[i];
    counts[at] = posts.count[i];
  }
  return { starts, units, counts };
}
