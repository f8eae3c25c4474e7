/**
 * Which of a side's units hold each bigram, and how often, in flat typed arrays found through an
 * open-addressed table. A bigram of two Chinese characters is a key above 2^30, which a Map
 * holds as a heap number, hashed and compared as a double: the lookup that paraphraseHits makes
 * for each bigram of each candidate article cost more than all the rest of its work.
 */
export interface BigramPostings {
  /** Slot → entry + 1 (0: empty); its length a power of two, at least twice the entries. */
  slots: Int32Array;
  keys: Uint32Array;
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
  let size = 16;
  while (size < 2 * total) size *= 2;
  const slots = new Int32Array(size);
  const keys = new Uint32Array(total);
  const sizes = new Uint32Array(total + 1);
  let entries = 0;
  for (let u = 0; u < bags.length; u++) {
    for (const key of bags.keysOf(u)) {
      const s = slotOf(slots, keys, key);
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
      const e = slots[slotOf(slots, keys, unitKeys[i])] - 1;
      units[fill[e]] = u;
      counts[fill[e]++] = unitCounts[i];
    }
  }
  return { slots, keys: keys.subarray(0, entries), starts, units, counts };
}

/** The entry of `key`, or −1. */
export function entryOf(postings: BigramPostings, key: number): number {
  return postings.slots[slotOf(postings.slots, postings.keys, key)] - 1;
}

/** The slot that holds `key`, or the empty one where it would go (linear probing). */
function slotOf(slots: Int32Array, keys: Uint32Array, key: number): number {
  const mask = slots.length - 1;
  // the product's top bits, which every bit of the key reaches
  let s = Math.imul(key ^ (key >>> 16), 0x9e3779b1) >>> Math.clz32(mask);
  while (slots[s] !== 0 && keys[slots[s] - 1] !== key) s = (s + 1) & mask;
  return s;
}
