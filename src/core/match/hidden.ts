import type { MatchOptions } from '../config/types.js';
import type { Article } from './types.js';

/**
 * Articles that boilerplate leaves (nearly) nothing of: a story the archive holds in more copies
 * than the boilerplate bar (a 通稿 syndicated or imported again under other ids) has every line
 * masked and every fingerprint dropped, so that a reprint of it is never found. Counted as an
 * index is built, from per-article counts: how many there are and the first few, by number.
 */
export interface HiddenArticles {
  count: number;
  /** The first HIDDEN_EXAMPLES of them, as article numbers in the index. */
  examples: number[];
}

export const HIDDEN_EXAMPLES = 3;

/** HiddenArticles with the examples named, for a message. */
export interface HiddenNamed {
  count: number;
  examples: Array<{ id: string; file: string }>;
}

/**
 * Whether an article whose whole text gives `whole` fingerprints, of which `kept` are indexed,
 * is hidden: no more than a tenth kept. A 通稿 copy keeps only its own date and 编辑 lines (2–6 %
 * of its fingerprints); an article on a template page keeps its body, which only a page of a
 * line or two falls below a tenth of. An article with fewer fingerprints than the fewest a
 * `minPassage`-character text gives is shorter than any finding, boilerplate or not.
 */
function isHidden(whole: number, kept: number, options: MatchOptions): boolean {
  return whole >= passageFloor(options) && mayBeHidden(kept, whole);
}

/** Whether an article that keeps `kept` fingerprints of at most `most` (its k-grams, say) can be hidden: only then need its whole count be known. */
export function mayBeHidden(kept: number, most: number): boolean {
  return kept * 10 <= most;
}

/** Winnowing keeps at least one fingerprint in every window of k-grams: the fewest a passage gives. */
function passageFloor(options: MatchOptions): number {
  return Math.max(1, Math.ceil((options.minPassage - options.k + 1) / options.window));
}

/** The hidden articles among those whose counts are given, article a's at [a]. */
export function hiddenArticles(whole: ArrayLike<number>, kept: ArrayLike<number>, options: MatchOptions): HiddenArticles {
  const hidden: HiddenArticles = { count: 0, examples: [] };
  for (let a = 0; a < whole.length; a++) {
    if (!isHidden(whole[a], kept[a], options)) continue;
    hidden.count++;
    if (hidden.examples.length < HIDDEN_EXAMPLES) hidden.examples.push(a);
  }
  return hidden;
}

/** The hidden articles of an index, named by the ids and files of its articles (`article(a)`: its article a). */
export function namedHidden(hidden: HiddenArticles, article: (a: number) => Article): HiddenNamed {
  return { count: hidden.count, examples: hidden.examples.map((a) => ({ id: article(a).id, file: article(a).doc.path })) };
}
