import type { MatchOptions } from '../config/types.js';
import type { Document } from '../read/types.js';
import type { ReuseKind } from './types.js';
import type { IndexedArticle } from './corpus-index.js';
import type { NormText } from '../normalize/index.js';
import { layoutOf, overlaps } from './layout.js';

/** A reused sentence: where it stands on both sides (normalised offsets) and how many characters differ. */
export interface Compared {
  ds: number;
  de: number;
  as: number;
  ae: number;
  changed: number;
}

/**
 * The kind of use. `edited` (改编) when the words were changed: more than `editedShare` of the
 * reused body characters differ, or the mean similarity is under `editedSimilarity`. Matching
 * text is normalised, so punctuation, width, script and whitespace never count as changes, and
 * the page's head and metadata (headline, 原标题, date and 来源 lines, bylines) are layout, not
 * the article's words: a new headline or byline leaves a reprint a reprint. Otherwise `reprint`
 * from `reprintShare` of the article on, else `excerpt` (摘编).
 */
export function kindOf(
  doc: { doc: Document; norm: NormText },
  target: IndexedArticle,
  sentences: readonly Compared[],
  measured: { coverage: number; similarity: number },
  options: MatchOptions,
): ReuseKind {
  if (measured.similarity < options.editedSimilarity) return 'edited';
  if (changedShare(doc, target, sentences) > options.editedShare) return 'edited';
  return measured.coverage >= options.reprintShare ? 'reprint' : 'excerpt';
}

/** Share of the reused body characters that differ between the two sides. */
export function changedShare(doc: { doc: Document; norm: NormText }, target: IndexedArticle, sentences: readonly Compared[]): number {
  // Nothing changed anywhere: no need to read where either page's body begins.
  if (sentences.every((s) => s.changed === 0)) return 0;
  const mine = layoutOf(doc.doc, doc.norm);
  const theirs = layoutOf(target.article.doc, target.norm);
  let body = 0;
  let changed = 0;
  for (const s of sentences) {
    if (overlaps(theirs, s.as, s.ae) || overlaps(mine, s.ds, s.de)) continue;
    body += s.ae - s.as;
    changed += s.changed;
  }
  return body === 0 ? 0 : changed / body;
}
