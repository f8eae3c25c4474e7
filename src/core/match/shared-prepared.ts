import type { Article } from './types.js';
import type { Boilerplate } from './boilerplate.js';
import type { IndexedArticle } from './corpus-index.js';
import { MapOnDemand } from './map-on-demand.js';
import type { NormText } from '../normalize/index.js';

/** Int32s per article in the directory: state, byte offset of its entry, units of its text, sentences, clauses. */
const SLOT = 5;
const [STATE, OFFSET, UNITS, SENTENCES, CLAUSES] = [0, 1, 2, 3, 4];
/** An article's state: not stored; being written by one thread (the others prepare it themselves); readable. */
const [EMPTY, WRITING, READY] = [0, 1, 2];
/** The Int32s before the directory: bytes of the data region taken; articles in the directory. */
const [TAKEN, COUNT, HEADER] = [0, 1, 2];

/**
 * A shared buffer for the prepared articles of an index of `articleCount` articles, `bytes` of
 * them at most: its pages are the system's only once written, so the room not taken costs nothing.
 */
export function sharedPreparedBuffer(articleCount: number, bytes: number): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(4 * (HEADER + SLOT * articleCount) + bytes);
  new Int32Array(buffer, 0, HEADER)[COUNT] = articleCount;
  return buffer;
}

/**
 * Prepared articles (their normalised text, sentence and clause starts) stored once for all the
 * threads of a run, in a buffer each opens: every thread of a --concurrency check meets much the
 * same candidates, over the whole archive, and each kept its own few thousand of them (per-thread
 * memory), preparing the others again and again. An article is written once, by the thread that
 * first claims it, and read by any once it is ready; one that does not fit is left to the threads.
 * What a thread reads is made its own string, its breaks views of the buffer (never written again
 * once ready); the article itself (text and record) is fetched only when asked for (`articleOf`):
 * a reused article's passages and layout.
 */
export class SharedPrepared {
  private readonly slots: Int32Array;
  private readonly dataStart: number;
  /** The whole buffer as bytes and as 32-bit units, made once rather than a view for each article read or written. */
  private readonly bytes: Buffer;
  private readonly words: Uint32Array;

  constructor(
    readonly buffer: SharedArrayBuffer,
    private readonly articleOf: (id: number) => Article,
    private readonly boilerplate: Boilerplate,
  ) {
    const count = new Int32Array(buffer, 0, HEADER)[COUNT];
    this.slots = new Int32Array(buffer, 0, HEADER + SLOT * count);
    this.dataStart = this.slots.byteLength;
    this.bytes = Buffer.from(buffer);
    this.words = new Uint32Array(buffer);
  }

  /** Article `id` as stored, with `fingerprints` (its count in the index); undefined when not (yet) stored. */
  get(id: number, fingerprints: number): IndexedArticle | undefined {
    const at = this.slotOf(id);
    if (at < 0 || Atomics.load(this.slots, at + STATE) !== READY) return undefined;
    const offset = this.slots[at + OFFSET];
    const units = this.slots[at + UNITS];
    const text = this.bytes.toString('utf16le', offset, offset + 2 * units);
    const starts = (offset + align(2 * units)) / 4;
    const clausesAt = starts + this.slots[at + SENTENCES];
    // views, not copies: once READY an article's words are never written again, and a copy was two
    // buffers allocated off the heap (and swept) for each of the ~175,000 candidates a thread reads
    const sentences = this.words.subarray(starts, clausesAt);
    const clauses = this.words.subarray(clausesAt, clausesAt + this.slots[at + CLAUSES]);
    return new LazyArticle(id, text, sentences, clauses, fingerprints, this.articleOf, this.boilerplate);
  }

  /** Stores `ready` as article `id` for every thread, unless another claimed it or it does not fit: whether it was stored. */
  put(id: number, ready: IndexedArticle): boolean {
    const at = this.slotOf(id);
    if (at < 0 || Atomics.compareExchange(this.slots, at + STATE, EMPTY, WRITING) !== EMPTY) return false;
    const text = ready.norm.text;
    const offset = this.take(SharedPrepared.bytesOf(ready));
    // a claimed article that does not fit stays claimed: no thread tries it again
    if (offset < 0) return false;
    const units = new Uint16Array(this.buffer, offset, text.length);
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
    const starts = (offset + align(2 * text.length)) / 4;
    this.words.set(ready.sentences, starts);
    this.words.set(ready.clauses, starts + ready.sentences.length);
    this.slots[at + OFFSET] = offset;
    this.slots[at + UNITS] = text.length;
    this.slots[at + SENTENCES] = ready.sentences.length;
    this.slots[at + CLAUSES] = ready.clauses.length;
    // the store publishes the writes before it to a thread that loads READY
    Atomics.store(this.slots, at + STATE, READY);
    return true;
  }

  /** The bytes `ready` takes of the data region: sharedPreparedBuffer's room for a given set of articles. */
  static bytesOf(ready: IndexedArticle): number {
    return align(2 * ready.norm.text.length) + 4 * (ready.sentences.length + ready.clauses.length);
  }

  private slotOf(id: number): number {
    return id >= 0 && HEADER + SLOT * (id + 1) <= this.slots.length ? HEADER + SLOT * id : -1;
  }

  /** The byte offset of `bytes` more of the data region, taken for this thread; −1 when they do not fit. */
  private take(bytes: number): number {
    const room = this.buffer.byteLength - this.dataStart;
    for (;;) {
      const taken = Atomics.load(this.slots, TAKEN);
      if (taken + bytes > room) return -1;
      if (Atomics.compareExchange(this.slots, TAKEN, taken, taken + bytes) === taken) return this.dataStart + taken;
    }
  }
}

const align = (bytes: number) => (bytes + 3) & ~3;

/** A prepared article read from the shared buffer: the article itself fetched the first time it is asked for. */
class LazyArticle implements IndexedArticle {
  readonly norm: NormText;
  private fetched: Article | undefined;

  constructor(
    private readonly id: number,
    text: string,
    readonly sentences: Uint32Array,
    readonly clauses: Uint32Array,
    public fingerprints: number,
    private readonly articleOf: (id: number) => Article,
    boilerplate: Boilerplate,
  ) {
    this.norm = new MapOnDemand(text, this, boilerplate);
  }

  get article(): Article {
    return (this.fetched ??= this.articleOf(this.id));
  }
}
