import type { Config, Pack } from '../config/types.js';
import type { Document } from '../read/types.js';
import type { CandidatesFull, Finding } from './types.js';
import type { Rule, Subject } from './rule.js';
import type { CorpusIndex } from '../match/corpus-index.js';
import type { IndexStore } from '../match/index-store.js';
import { judge } from './engine.js';
import { findReuses } from '../match/index.js';
import { extractMetadata } from '../metadata/index.js';
import { findMarkers, isThirdPartyMarked } from './markers.js';
import { subjectsFor } from './subjects.js';
import { isoDay } from './dates.js';
import { withExcerpts } from './excerpts.js';
import { oneReusePerText, type HeldReuse } from './same-text.js';
import { withoutNested } from './nested-reuse.js';
import { ownDateAgainst } from './own-date.js';
import { mapped } from '../shared/mapped.js';

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
  /**
   * Fallback date (YYYY-MM-DD) when the document states none: --date, git, or today. Asked only when
   * needed, and before any rule runs (see judge): a caller that has it not yet may throw, find it,
   * and judge the document again (judgeDetected).
   */
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
  /** The packs whose archive shares text with more articles than the document was compared with (undefined when none). */
  candidatesFull?: CandidatesFull[];
}

/**
 * What a document reuses from each pack's corpus, most reused first, one reuse per text the
 * archive holds in near-identical copies (same-text.ts), none a fuller reuse accounts for
 * (nested-reuse.ts): the one detection that `check` judges and `match` shows, with the same index
 * and options.
 */
export function detectReuse(doc: Document, project: Pick<Project, 'packs' | 'indexes'>): Array<{ pack: Pack; reuses: HeldReuse[]; unaligned: number }> {
  return mapped(project.packs, (pack) => {
    const index = project.indexes.get(pack.id);
    if (!index) return { pack, reuses: [], unaligned: 0 };
    const found = findReuses(doc, index);
    const reuses = oneReusePerText(found.reuses);
    // the last candidate one of many copies of a text (named with alsoIn): those left out are likely more copies
    const alone = found.last !== undefined && reuses.some((r) => r.article === found.last?.article && !r.alsoIn);
    return { pack, reuses: withoutNested(reuses, (outer) => predates(doc, outer)), unaligned: alone ? found.unaligned : 0 };
  });
}

/** Whether the document states a date of its own before `reuse`'s article was published (predates-source's reading): that article cannot be its source. */
function predates(doc: Document, reuse: HeldReuse): boolean {
  const day = ownDateAgainst(doc, extractMetadata(doc), { articles: [reuse.article, ...(reuse.alsoIn ?? [])], passages: reuse.passages });
  const published = isoDay(reuse.article.date);
  return day !== undefined && published !== undefined && day < published;
}

/** What detectDocument found of a document: its reuses of each pack's corpus, and what ties it to each pack (subjectsFor). */
export interface Detected {
  found: ReturnType<typeof detectReuse>;
  subjects: Subject[];
}

/**
 * Text in, findings out: finds reuse, reads what the document says, judges it by each pack. A
 * document that reuses no article and bears no marker has nothing to judge: what it says about
 * itself is not read (a third of the 10k bench's files, each a full metadata read).
 */
export function checkDocument(doc: Document, project: Project, context: DocumentContext): DocumentCheck {
  return judgeDetected(doc, project, context, detectDocument(doc, project));
}

/** checkDocument's first half: what the document reuses, and its subjects. */
export function detectDocument(doc: Document, project: Project): Detected {
  const found = detectReuse(doc, project);
  const subjects = found.flatMap(({ pack, reuses }) => subjectsFor(pack, reuses, () => findMarkers(doc.text, pack), () => isThirdPartyMarked(doc.text, pack)));
  return { found, subjects };
}

/**
 * checkDocument's second half: the findings on what detectDocument found. It may be run again on
 * the same `detected` where the fallback date was wanted first (see DocumentContext.fallbackDate):
 * the matching is not repeated.
 */
export function judgeDetected(doc: Document, project: Project, context: DocumentContext, detected: Detected): DocumentCheck {
  const { found, subjects } = detected;
  const findings = subjects.length === 0 ? [] : judgeSubjects(doc, project, context, subjects);
  const full = candidatesFullOf(doc, found);
  const marked = full.length > 0 ? markedFull(findings, full) : findings;
  // candidatesFull always set, so that every check has one shape (an optional key added made two: a deopt where it is read)
  return { findings: context.lean ? marked : withExcerpts(marked, doc), reuses: found.flatMap((f) => f.reuses), candidatesFull: full.length > 0 ? full : undefined };
}

function judgeSubjects(doc: Document, project: Project, context: DocumentContext, subjects: Subject[]): Finding[] {
  const metadata = extractMetadata(doc);
  const ownDate = isoDay(doc.fields.date) ?? isoDay(metadata.dates[0]?.value);
  return judge({
    document: doc,
    metadata,
    subjects,
    licences: project.config.licences,
    relativePath: context.relativePath,
    fallbackDate: context.fallbackDate,
    ownDate,
    rules: project.rules,
    settings: project.config.rules,
    commercial: project.config.commercial,
    lean: context.lean,
  });
}

/** The packs of detectReuse's `found` whose candidates were full for `doc`, as a note names them. */
export function candidatesFullOf(doc: Document, found: ReadonlyArray<{ pack: Pack; unaligned: number }>): CandidatesFull[] {
  const record = doc.format === 'jsonl' ? { record: doc.lineOffset + 1 } : {};
  return mapped(found.filter((f) => f.unaligned > 0), (f) => ({ pack: f.pack.id, unaligned: f.unaligned, ...record }));
}

/** The findings, those on a reuse of a pack in `full` marked: the document may reuse more of its articles than they name. */
function markedFull(findings: readonly Finding[], full: readonly CandidatesFull[]): Finding[] {
  return mapped(findings, (f) => (f.reuse && full.some((c) => c.pack === f.pack) ? { ...f, reuse: { ...f.reuse, candidatesFull: true as const } } : f));
}
