// How much of its text some work reads, counted rather than timed: the characters of every string
// iterated (spread, for…of) or split, and with `regex`, those each regular expression run passed
// over (from where it started to where its match ended, or to the string's end when none).

type Iterate = (this: string) => IterableIterator<string>;
type Split = (this: string, ...args: unknown[]) => string[];
type Exec = (this: RegExp, s: string) => RegExpExecArray | null;

export interface Read<T> {
  value: T;
  /** Characters read in all. */
  read: number;
  /** The longest string read. */
  longest: number;
}

/** Runs `work`, adding up the lengths of the strings it read meanwhile. */
export async function charactersRead<T>(work: () => T | Promise<T>, options: { regex?: boolean } = {}): Promise<Read<T>> {
  const proto = String.prototype as unknown as { [Symbol.iterator]: Iterate; split: Split };
  const iterate = proto[Symbol.iterator];
  const split = proto.split;
  const exec = RegExp.prototype.exec as Exec;
  const seen = { read: 0, longest: 0 };
  const count = (n: number) => {
    seen.read += n;
    seen.longest = Math.max(seen.longest, n);
  };
  proto[Symbol.iterator] = function (this: string) {
    count(this.length);
    return iterate.call(this);
  };
  proto.split = function (this: string, ...args: unknown[]) {
    count(this.length);
    return split.apply(this, args);
  };
  // test, match, replace and split with a regular expression all run it through exec
  if (options.regex) {
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      const from = this.global || this.sticky ? this.lastIndex : 0;
      const m = exec.call(this, s);
      count((m ? m.index + m[0].length : String(s).length) - from);
      return m;
    };
  }
  try {
    const value = await work();
    return { value, ...seen };
  } finally {
    proto[Symbol.iterator] = iterate;
    proto.split = split;
    RegExp.prototype.exec = exec;
  }
}
