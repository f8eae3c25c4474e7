import { slotIn } from './u32-table.js';

/**
 * A count for each of a growing set of 32-bit keys (hashes), in an open-addressed table
 * (u32-table.ts): a hash above 2^31 asked of a Map is a heap number made and hashed as a
 * double, for every hash of every document a lookup meets.
 */
export class U32Counts {
  /** Slot → entry + 1 (0: empty); its length a power of two, at least twice the entries. */
  private slots = new Int32Array(64);
  private keys = new Uint32Array(32);
  private counts = new Uint32Array(32);
  private shift = Math.clz32(this.slots.length - 1);
  size = 0;

  /** The count of `key` (a 32-bit hash, ≥ 0), or −1 when it has none. */
  get(key: number): number {
    const e = this.slots[slotIn(this.slots, this.keys, this.shift, key)] - 1;
    return e < 0 ? -1 : this.counts[e];
  }

  set(key: number, count: number): void {
    let s = slotIn(this.slots, this.keys, this.shift, key);
    const e = this.slots[s] - 1;
    if (e >= 0) {
      this.counts[e] = count;
      return;
    }
    if (this.size === this.keys.length) {
      this.grow();
      s = slotIn(this.slots, this.keys, this.shift, key);
    }
    this.keys[this.size] = key;
    this.counts[this.size++] = count;
    this.slots[s] = this.size;
  }

  /** Room for twice the entries (the slots twice that): keys and counts copied, the slots made again. */
  private grow(): void {
    const keys = new Uint32Array(2 * this.keys.length);
    keys.set(this.keys);
    const counts = new Uint32Array(2 * this.counts.length);
    counts.set(this.counts);
    this.keys = keys;
    this.counts = counts;
    this.slots = new Int32Array(2 * keys.length);
    this.shift = Math.clz32(this.slots.length - 1);
    for (let e = 0; e < this.size; e++) this.slots[slotIn(this.slots, this.keys, this.shift, this.keys[e])] = e + 1;
  }
}
