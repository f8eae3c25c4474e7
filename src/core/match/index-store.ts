// Where an archive's index lives (a .lyx file, later a database), seen from matching: batched,
// asynchronous lookups, so that any backend answers a whole document in one round trip.
import type { MatchOptions } from '../config/types.js';
import type { Article } from './types.js';
import type { Boilerplate } from './boilerplate.js';

/**
 * Postings of the hashes asked for: postings of keys[i] are [starts[i], starts[i + 1]) of
 * article/position; `common`: the hashes found at more places than asked for, postings not given.
 */
export interface Postings {
  keys: Uint32Array;
  starts: Uint32Array;
  article: Uint32Array;
  position: Uint32Array;
  common: Uint32Array;
}

/** Postings by hash, as Postings gives them (a hash's range may be empty), with no hash named common. */
export type PostingLists = Omit<Postings, 'common'>;

export interface IndexStore {
  /** The options the index was built with (k, window, boilerplateShare), the pack's id. */
  readonly pack: string;
  readonly built: Pick<MatchOptions, 'k' | 'window' | 'boilerplateShare'>;
  readonly boilerplate: Boilerplate;
  readonly articleCount: number;
  /**
   * Postings of each hash found at `most` places or fewer, in ascending hash order; a hash at more
   * is only named, in `common`, its postings never read. `hashes` sorted ascending, unique.
   */
  lookup(hashes: Uint32Array, most: number): Promise<Postings>;
  /**
   * The postings of hashes `lookup` named common (sorted ascending, unique) in the articles `ids`
   * (ascending) only, in article order, when the store holds them at hand: undefined when it would
   * have to read them, and narrowIndex finds them in those articles' texts.
   */
  commonAmong?(hashes: Uint32Array, ids: Uint32Array): Promise<PostingLists | undefined>;
  /** How many postings each hash has (0 for one not held), in the order asked, none of them read. */
  postingCounts(hashes: Uint32Array): Promise<Uint32Array>;
  /** How many fingerprints each article has (containment's denominator), in the order asked. */
  fingerprintCounts(ids: readonly number[]): Promise<Uint32Array>;
  /** The articles, text and all, in the order asked. */
  fetch(ids: readonly number[]): Promise<Article[]>;
  close(): Promise<void>;
}
