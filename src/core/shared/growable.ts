// Typed arrays that grow as values are pushed: numbers held flat, never one object each.

type Typed = Uint32Array | Float64Array;

class Growable<T extends Typed> {
  length = 0;

  constructor(
    private data: T,
    private readonly make: (length: number) => T,
  ) {}

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  pushAll(values: T): void {
    if (this.length + values.length > this.data.length) this.grow(this.length + values.length);
    this.data.set(values, this.length);
    this.length += values.length;
  }

  at(i: number): number {
    return this.data[i];
  }

  set(i: number, value: number): void {
    this.data[i] = value;
  }

  /** The values pushed so far, as a view (invalidated by the next push that grows). */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }

  private grow(least: number): void {
    const bigger = this.make(Math.max(least, this.data.length * 2));
    bigger.set(this.data);
    this.data = bigger;
  }
}

export class GrowableU32 extends Growable<Uint32Array> {
  constructor(initial = 1024) {
    super(new Uint32Array(initial), (n) => new Uint32Array(n));
  }
}

export class GrowableF64 extends Growable<Float64Array> {
  constructor(initial = 1024) {
    super(new Float64Array(initial), (n) => new Float64Array(n));
  }
}

/** A Uint32Array indexed by id (an article's number), zero where never set, grown to the ids asked for. */
export class ZeroedU32 {
  private data = new Uint32Array(0);

  at(i: number): number {
    return i < this.data.length ? this.data[i] : 0;
  }

  /** Makes ids below `length` settable. */
  grow(length: number): void {
    if (length <= this.data.length) return;
    const bigger = new Uint32Array(Math.max(length, 2 * this.data.length));
    bigger.set(this.data);
    this.data = bigger;
  }

  set(i: number, value: number): void {
    this.data[i] = value;
  }
}
