import type { Config, Pack } from '../config/types.js';
import type { Document } from '../read/types.js';
import type { Finding } from './types.js';
import type { Reuse } from '../match/types.js';
import type { Rule } from './rule.js';
import type { CorpusIndex } from '../match/corpus-index.js';
import type { IndexStore } from '../match/index-store.js';
import { judge } from './engine.js';
import { findReuse } from '../match/index.js';
import { extractMetadata } from '../metadata/index.js';
import { findMarkers, isThirdPartyMarked } from './markers.js';
import { subjectsFor } from './subjects.js';
import { isIsoDate } from '../config/validation.js';

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
}

export interface DocumentCheck {
  findings: Finding[];
  reuses: Reuse[];
}

/** Text in, findings out: reads what the document says, finds reuse, judges it by each pack. */
export function checkDocument(doc: Document, project: Project, context: DocumentContext): DocumentCheck {
  const metadata = extractMetadata(doc);
  const reuses: Reuse[] = [];
  const subjects = project.packs.flatMap((pack) => {
    const index = project.indexes.get(pack.id);
    const found = index ? findReuse(doc, index) : [];
    reuses.push(...found);
    return subjectsFor(pack, found, findMarkers(doc.text, pack), isThirdPartyMarked(doc.text, pack));
  });
  const findings = judge({
    document: doc,
    metadata,
    subjects,
    licences: project.config.licences,
    relativePath: context.relativePath,
    date: once(() => isoDay(doc.fields.date) ?? isoDay(metadata.dates[0]?.value) ?? context.fallbackDate()),
    rules: project.rules,
    settings: project.config.rules,
  });
  return { findings, reuses };
}

function once(f: () => string): () => string {
  let value: string | undefined;
  return () => (value ??= f());
}

/** The day of a date, when it is one that exists (front matter may say 2024-02-30). */
function isoDay(value: string | undefined): string | undefined {
  const day = value?.match(/^\d{4}-\d{2}-\d{2}/u)?.[0];
  return day && isIsoDate(day) ? day : undefined;
}
