import type { Config, Pack } from '../config/types.js';
import type { Document } from '../read/types.js';
import type { Finding } from './types.js';
import type { Rule } from './rule.js';
import type { CorpusIndex } from '../match/corpus-index.js';
import type { IndexStore } from '../match/index-store.js';
import { judge } from './engine.js';
import { findReuse } from '../match/index.js';
import { extractMetadata } from '../metadata/index.js';
import { findMarkers, isThirdPartyMarked } from './markers.js';
import { subjectsFor } from './subjects.js';
import { isoDay } from './dates.js';
import { withExcerpts } from './excerpts.js';
import { oneReusePerText, type HeldReuse } from './same-text.js';

/** Everything a check needs, loaded once per run. */
export interface Project {
  config: Config;
  packs: readonly Pack[];
  indexes: ReadonlyMap<string, CorpusIndex>;
  /**
   * Per pack, an index kept in a store (an index file): checkDocument sees only `indexes`, so the
   * caller narrows a store to the document first (narrowIndex) and passes it in `indexes`.
   */
  stores?: ReadonlyMap<string, IndexStore>;
  rules: readonly Rule[];
}

export interface DocumentContext {
  /** Path relative to the config's folder. */
  relativePath: string;
  /** Fallback date (YYYY-MM-DD) when the document states none: --date, git, or today. Asked only when needed. */
  fallbackDate: () => string;
  /**
   * The run's reports read no excerpt, fix edit or passage line (its formats are all lean, see
   * formats/lean.ts): the findings are made without them, and without the header lines of each
   * cited article, which only the passage lines show.
   */
  lean?: boolean;
}

export interface DocumentCheck {
  findings: Finding[];
  reuses: HeldReuse[];
}

/**
 * What a document reuses from each pack's corpus, most reused first, one reuse per text the
 * archive holds in near-identical copies (same-text.ts): the one detection that `check` judges
 * and `match` shows, with the same index and options.
 */
export function detectReuse(doc: Document, project: Pick<Project, 'packs' | 'indexes'>): Array<{ pack: Pack; reuses: HeldReuse[] }> {
  return project.packs.map((pack) => {
    const index = project.indexes.get(pack.id);
    return { pack, reuses: index ? oneReusePerText(findReuse(doc, index)) : [] };
  });
}

/** Text in, findings out: reads what the document says, finds reuse, judges it by each pack. */
export function checkDocument(doc: Document, project: Project, context: DocumentContext): DocumentCheck {
  const metadata = extractMetadata(doc);
  const ownDate = isoDay(doc.fields.date) ?? isoDay(metadata.dates[0]?.value);
  const found = detectReuse(doc, project);
  const subjects = found.flatMap(({ pack, reuses }) => subjectsFor(pack, reuses, findMarkers(doc.text, pack), isThirdPartyMarked(doc.text, pack)));
  const findings = judge({
    document: doc,
    metadata,
    subjects,
    licences: project.config.licences,
    relativePath: context.relativePath,
    date: once(() => ownDate ?? context.fallbackDate()),
    ownDate,
    rules: project.rules,
    settings: project.config.rules,
    commercial: project.config.commercial,
    lean: context.lean,
  });
  return { findings: context.lean ? findings : withExcerpts(findings, doc), reuses: found.flatMap((f) => f.reuses) };
}

function once(f: () => string): () => string {
  let value: string | undefined;
  return () => (value ??= f());
}
