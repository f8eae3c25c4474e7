/**
 * An open-addressed table of distinct 32-bit keys, each numbered by the order it was added. A
 * hash or a bigram of two Chinese characters is a key above 2^30, which a Map holds as a heap
 * number, hashed and compared as a double: on the paths that look up every bigram of an article
 * or every k-gram of its text, the Map cost more than the rest of the work.
 */
export interface U32Table {
  /** Slot → entry + 1 (0: empty); its length a power of two, at least twice the entries. */
  slots: Int32Array;
  /** Entry → its key. */
  keys: Uint32Array;
}

/** An empty table with room for `capacity` keys. */
export function tableFor(capacity: number): U32Table {
  let size = 16;
  while (size < 2 * capacity) size *= 2;
  return { slots: new Int32Array(size), keys: new Uint32Array(capacity) };
}

/** A table of `keys` (distinct), entry i for keys[i]. */
export function tableOf(keys: Uint32Array): U32Table {
  const table = tableFor(keys.length);
  keys.forEach((key, e) => {
    table.keys[e] = key;
    table.slots[slotOf(table, key)] = e + 1;
  });
  return table;
}

/** The entry of `key`, or −1. */
export function entryOf(table: U32Table, key: number): number {
  return table.slots[slotOf(table, key)] - 1;
}

/** The slot that holds `key`, or the empty one where it would go (linear probing). */
export function slotOf(table: U32Table, key: number): number {
  return slotIn(table.slots, table.keys, Math.clz32(table.slots.length - 1), key);
}

/**
 * slotOf with the table's arrays and Math.clz32(slots.length − 1) given: a loop over every
 * bigram of an article reads them once, not once per key.
 */
export function slotIn(slots: Int32Array, keys: Uint32Array, shift: number, key: number): number {
  const mask = slots.length - 1;
  // the product's top bits, which every bit of the key reaches
  let s = Math.imul(key ^ (key >>> 16), 0x9e3779b1) >>> shift;
  let slot: number;
  while ((slot = slots[s]) !== 0 && keys[slot - 1] !== key) s = (s + 1) & mask;
  return s;
}
