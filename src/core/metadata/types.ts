// Types of the metadata stage.
import type { Located } from '../shared/types.js';

/** A claimed source in a document: 来源:X, 转载自X, 据X报道, Source: X, front matter `source:` ... */
export interface SourceClaim extends Located {
  /** The wording used, e.g. '来源', '稿件来源', '转载自', '据…报道', 'Source', 'front-matter', 'meta'. */
  form: string;
  /** The whole attribution as written, e.g. '来源：国际在线'. */
  line: Located;
  /**
   * Set on a credit read from a container's headline field (JSON Lines `title`, front matter
   * `title:`), not from the text: it stands at the page's head, and --fix leaves it to the user.
   */
  field?: 'title';
  /**
   * Set on a credit read from a Markdown table's 来源 column (see creditsInColumns): its label is the
   * header cell, its name a cell under it, so --fix writes only the name there.
   */
  column?: true;
}

/** What a document says about itself, each with its position. */
export interface Metadata {
  sources: SourceClaim[];
  originalTitle?: Located;
  authors: Located[];
  editors: Located[];
  dates: Located[];
}

/** A publisher's own-content marker found in a text, e.g. 国际在线北京消息. */
export interface MarkerHit extends Located {
  pack: string;
  pattern: string;
  place?: string;
}

export type OriginKind = 'own' | 'third-party' | 'unknown';

/** Whose content a corpus article is, and what on its page says so. */
export interface Origin {
  kind: OriginKind;
  /**
   * The outlet to credit: the publisher's name for own content, the original outlet otherwise;
   * '' for third-party content whose page names no source (its outlet is unnamed).
   */
  source: string;
  evidence?: string;
}
