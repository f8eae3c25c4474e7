// Where a document's fingerprints stand among the keys of the postings it is matched against.
import { keyFinder } from './corpus-index.js';

/** Slots of the table of keys, kept from one call to the next: key index + 1, 0 for none. */
let slots = new Uint32Array(1024);

/**
 * Where each hash stands among `keys` (sorted ascending), −1 where it is not. A few keys (those a
 * document's lookup found, or narrowed from them) go in a hash table, each hash then found in one
 * or two reads where a binary search takes some ten; many more keys than hashes (a whole index)
 * are searched.
 */
export function locatedAmong(hashes: Uint32Array, keys: Uint32Array): Int32Array {
  const ats = new Int32Array(hashes.length);
  if (keys.length > TABLED_PER_HASH * hashes.length) {
    const find = keyFinder(keys);
    // a plain loop: Int32Array.from with a map function goes through the iterator protocol
    for (let i = 0; i < ats.length; i++) ats[i] = find(hashes[i]);
    return ats;
  }
  const bits = Math.max(4, Math.ceil(Math.log2(2 * keys.length + 1)));
  if (slots.length < 1 << bits) slots = new Uint32Array(1 << bits);
  const mask = (1 << bits) - 1;
  slots.fill(0, 0, 1 << bits);
  for (let k = 0; k < keys.length; k++) {
    let s = slotOf(keys[k], bits);
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = k + 1;
  }
  for (let i = 0; i < ats.length; i++) {
    const hash = hashes[i];
    let at = -1;
    for (let s = slotOf(hash, bits); slots[s] !== 0; s = (s + 1) & mask) {
      if (keys[slots[s] - 1] === hash) {
        at = slots[s] - 1;
        break;
      }
    }
    ats[i] = at;
  }
  return ats;
}

/** Keys tabled per hash at most: past it, building the table costs more than searching. */
const TABLED_PER_HASH = 4;

/** A hash's first slot in a table of 2^bits: its bits mixed (winnowing keeps the smaller hashes). */
function slotOf(hash: number, bits: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - bits);
}
