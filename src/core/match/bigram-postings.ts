import { slotIn, type U32Table } from './u32-table.js';

export { slotIn } from './u32-table.js';

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
 * The arrays the postings are built in, kept from one build to the next: a build made a dozen typed
 * arrays (memory outside the heap, each zeroed) for a text it then read two or three times, and the
 * making cost more than the counting.
 */
const scratch = {
  slots: new Int32Array(1024),
  keys: new Uint32Array(512),
  /** Per entry, where its postings go next (zero between builds). */
  tally: new Uint32Array(512),
  /** Per entry, 1 + the unit that made its last posting, and that posting. */
  lastIn: new Uint32Array(512),
  lastPost: new Uint32Array(512),
  postEntry: new Uint32Array(512),
  postUnit: new Uint32Array(512),
  postCount: new Uint32Array(512),
  starts: new Uint32Array(513),
  units: new Uint32Array(512),
  counts: new Uint32Array(512),
};

/**
 * The postings of the units, unit u holding the bigrams [ranges[u][0], ranges[u][1]) of `bigrams`
 * (a text's bigram at each position): each bigram entered once, each unit's counted as it is read,
 * no unit's bigrams sorted. Built in arrays kept from one call to the next: what it returns holds
 * until the next call.
 */
export function bigramPostings(bigrams: Uint32Array, ranges: ReadonlyArray<readonly [number, number]>): BigramPostings {
  let total = 0;
  for (const [from, to] of ranges) total += to - from;
  roomFor(total);
  let size = 16;
  while (size < 2 * total) size *= 2;
  const table: U32Table = { slots: scratch.slots.subarray(0, size).fill(0), keys: scratch.keys };
  const { entries, posts } = posted(table, bigrams, ranges);
  const starts = byEntry(entries, posts);
  return { slots: table.slots, keys: scratch.keys.subarray(0, entries), starts, units: scratch.units.subarray(0, posts), counts: scratch.counts.subarray(0, posts) };
}

/** Grows the scratch arrays to hold `total` bigrams (as many entries and postings at most). */
function roomFor(total: number): void {
  if (scratch.keys.length >= total) return;
  const n = 2 * total;
  Object.assign(scratch, {
    slots: new Int32Array(4 * n),
    keys: new Uint32Array(n),
    tally: new Uint32Array(n),
    lastIn: new Uint32Array(n),
    lastPost: new Uint32Array(n),
    postEntry: new Uint32Array(n),
    postUnit: new Uint32Array(n),
    postCount: new Uint32Array(n),
    starts: new Uint32Array(n + 1),
    units: new Uint32Array(n),
    counts: new Uint32Array(n),
  });
}

/**
 * Enters each unit's bigrams in the table and posts, unit by unit, each entry it holds with how
 * often: how many entries and postings. An entry's last posting is counted on while the unit
 * that made it is read (lastIn, set as the entry is made, so nothing is cleared between builds).
 */
function posted(table: U32Table, bigrams: Uint32Array, ranges: ReadonlyArray<readonly [number, number]>): { entries: number; posts: number } {
  const { slots, keys } = table;
  const shift = Math.clz32(slots.length - 1);
  const { lastIn, lastPost, postEntry, postUnit, postCount } = scratch;
  let entries = 0;
  let posts = 0;
  for (let u = 0; u < ranges.length; u++) {
    const from = ranges[u][0];
    const to = ranges[u][1];
    for (let p = from; p < to; p++) {
      const key = bigrams[p];
      const s = slotIn(slots, keys, shift, key);
      let e = slots[s] - 1;
      if (e < 0) (keys[entries] = key), (lastIn[entries] = 0), (slots[s] = ++entries), (e = entries - 1);
      if (lastIn[e] === u + 1) postCount[lastPost[e]]++;
      else (lastIn[e] = u + 1), (lastPost[e] = posts), (postEntry[posts] = e), (postUnit[posts] = u), (postCount[posts++] = 1);
    }
  }
  return { entries, posts };
}

/** The postings ordered by entry into scratch.units/counts (units ascending within each, as they were posted); the starts. */
function byEntry(entries: number, posts: number): Uint32Array {
  const { tally, postEntry, postUnit, postCount, units, counts } = scratch;
  const starts = scratch.starts.subarray(0, entries + 1).fill(0);
  for (let i = 0; i < posts; i++) starts[postEntry[i] + 1]++;
  for (let e = 0; e < entries; e++) starts[e + 1] += starts[e];
  // tally, zero between builds, holds where each entry's next posting goes, and is zeroed again
  for (let i = 0; i < posts; i++) {
    const e = postEntry[i];
    const at = starts[e] + tally[e]++;
    units[at] = postUnit[i];
    counts[at] = postCount[i];
  }
  tally.fill(0, 0, entries);
  return starts;
}
