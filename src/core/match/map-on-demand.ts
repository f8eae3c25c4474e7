import type { Article } from './types.js';
import { maskedText, type Boilerplate } from './boilerplate.js';
import type { NormText } from '../normalize/index.js';

/**
 * A prepared article's normalised text (boilerplate lines masked) whose map back to the original
 * is not kept but made again when asked for: by maskedText, the same pass over the same text that
 * made `text` (normalisation is deterministic). Only an article a document reuses is asked for it
 * (where its passages and its page's layout stand), and the map is 4 bytes a unit, as much as the
 * rest of a kept article: the articles a check keeps between documents (kept-articles.ts) are
 * twice as many in the same bytes. The last map made is kept, for the passages of one reuse.
 */
export class MapOnDemand implements NormText {
  constructor(
    readonly text: string,
    /** What holds the article, which may fetch it only when asked (shared-prepared.ts). */
    private readonly of: { readonly article: Article },
    private readonly boilerplate: Boilerplate,
  ) {}

  get map(): Int32Array {
    if (last?.norm !== this) last = { norm: this, map: maskedText(this.of.article.doc.text, this.boilerplate).map };
    return last.map;
  }
}

let last: { norm: MapOnDemand; map: Int32Array } | undefined;
