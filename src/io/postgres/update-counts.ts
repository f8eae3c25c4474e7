// What an update works out in memory for the articles it adds, removes or fingerprints again:
// their postings under a given boilerplate, and how they move each fingerprint's counts.
import type { MatchOptions } from '../../core/config/types.js';
import type { Boilerplate } from '../../core/match/boilerplate.js';
import { articleText } from '../../core/match/corpus-index.js';
import { winnow } from '../../core/match/fingerprint.js';
import type { Article } from '../../core/match/types.js';
import type { StopList } from '../article-prep.js';

export interface Masking {
  match: MatchOptions;
  /** The notice's fingerprints, never indexed. */
  stop: StopList;
}

/** An article's postings (hash and position, in position order, the notice's left out) and its fingerprint count before any was. */
export interface Fingerprinted {
  hashes: Uint32Array;
  positions: Uint32Array;
  fingerprints: number;
}

/** An article's postings as a build makes them with `boilerplate` (buildIndex, corpus-index.ts). */
export function fingerprinted(article: Article, boilerplate: Boilerplate, masking: Masking): Fingerprinted {
  const fps = winnow(articleText(article, boilerplate).text, masking.match.k, masking.match.window);
  const keep = fps.hashes.map((hash) => (masking.stop.has(hash) ? 0 : 1));
  const hashes = fps.hashes.filter((_, i) => keep[i] === 1);
  const positions = fps.positions.filter((_, i) => keep[i] === 1);
  return { hashes, positions, fingerprints: fps.hashes.length };
}

/** Per fingerprint, how many postings and articles the change adds (or, negative, takes away). */
export class HashDeltas {
  readonly postings = new Map<number, number>();
  readonly articles = new Map<number, number>();

  add(fps: Fingerprinted, sign: 1 | -1): void {
    for (const hash of fps.hashes) this.postings.set(hash, (this.postings.get(hash) ?? 0) + sign);
    for (const hash of new Set(fps.hashes)) this.articles.set(hash, (this.articles.get(hash) ?? 0) + sign);
  }
}

/** A fingerprint's rows and articles. */
export interface HashCount {
  postings: number;
  articles: number;
}

export interface LineChanges {
  /** Each line key the change touched and its count after. */
  after: Map<number, number>;
  /** Those of them with a row in line_counts before, and its count. */
  counted: Map<number, number>;
  /** Keys of lines that become boilerplate, and of those that no longer are (with their text). */
  entering: Set<number>;
  leaving: Set<number>;
  leavingText: Set<string>;
  /** Texts of the lines seen, by key. */
  text: Map<number, string>;
}
