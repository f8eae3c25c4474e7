import type { Document } from '../read/types.js';
import type { Licence, Pack } from '../config/types.js';
import { reprintsWithCredit, restrictions, type PackTerm } from '../config/pack-entries.js';
import type { MarkerHit, Metadata, Origin, SourceClaim } from '../metadata/types.js';
import type { HeldReuse } from './same-text.js';
import type { ReuseKind } from '../match/types.js';
import type { Severity, Span } from '../shared/types.js';
import type { TextEdit } from './types.js';

/** What a document is judged against: one pack, and what ties the document to it. */
export interface Subject {
  pack: Pack;
  /** Whose content is used: the article's origin, or the publisher's own for a marker hit. */
  origin: Origin;
  /** The reuse of one corpus article; absent when only an own-content marker ties them. */
  reuse?: HeldReuse;
  /** The publisher's own-content marker in the document itself (e.g. 国际在线北京消息). */
  marker?: MarkerHit;
}

export type LicenceTerm = 'actions' | 'validity';

export interface Breach {
  term: LicenceTerm;
  /** What was broken, in the user's words. */
  detail: string;
}

/** How the config's licences stand to this use. */
export type Licensing =
  | { status: 'none' }
  | { status: 'in-scope'; licence: Licence }
  | { status: 'out-of-scope'; licence: Licence; breaches: Breach[] };

export interface Report {
  /** The clause of the pack this finding enforces. */
  clause: number;
  /** The pack term it rests on ('attribution', 'licensing.scope' ...), whose quote people are shown. */
  term?: string;
  /** The words of the clause to show instead of the term's (one of several restrictions). */
  quote?: string;
  message: string;
  /** Where to point: defaults to the first reused passage, or the marker. */
  span?: Span;
  /** Overrides the rule's default severity for this finding (config overrides still win). */
  severity?: Severity;
  /** The credit the finding judged (JSON `attribution.claimed`); by default the first credit the rules read (see claimedOf). */
  claim?: SourceClaim;
  /** The attribution the document should carry, when that is the point. */
  expected?: string | null;
  /** What to do, before the shared tail that names whom to contact (and the window, where the notice sets one). */
  remedy: string;
  fix?: TextEdit[];
}

/**
 * A reuse whose document is dated before the article it reuses: the archive may hold the copy
 * (the publisher reprinted the document), so the findings of the other rules are held back.
 */
export interface Predated {
  /** The date the document states, YYYY-MM-DD. */
  documentDate: string;
  /** The article's date, YYYY-MM-DD: of the archive's copy of its text published first. */
  articleDate: string;
  /** That copy's title. */
  title: string;
  /** The rules whose findings on this reuse were held back. */
  heldBack: string[];
}

export interface RuleContext {
  document: Document;
  metadata: Metadata;
  subject: Subject;
  licensing: Licensing;
  /** Set only for the rules that run on a predated reuse (`onPredated`). */
  predated?: Predated;
  /** Attribution claims in the document, in order. */
  claims: SourceClaim[];
  /**
   * The origins of the document's other subjects of the same pack (the other articles it reuses): a
   * compilation's credit of one of them credits that part, not this one wrongly.
   */
  otherOrigins: readonly Origin[];
  /** The document's other subjects of the same pack, whose origins otherOrigins lists: where each part stands (see creditedParts). */
  otherSubjects: readonly Subject[];
  /**
   * The credit lines the articles the document reuses print themselves (their own 来源 lines, a
   * photo's （来源：…）), of every subject, read when asked: a copy carries them with the text, and a
   * compilation carries each part's.
   */
  reusedCredits(): readonly SourceClaim[];
  /**
   * The credit lines the article this subject reuses prints in its body, past the head where its page
   * credits its own source (a foot 文章来源：…, a photo's （来源：…）), read when asked: a copy carries them.
   */
  bodyCredits(): readonly SourceClaim[];
  /** The credit lines this subject's article prints itself, read when asked: those a part's copy carries. */
  articleCredits(): readonly SourceClaim[];
  /** Whether the content repository is commercial (config `commercial`). */
  commercial: boolean;
  report(report: Report): void;
}

export interface Rule {
  id: string;
  description: string;
  docs: string;
  defaultSeverity: Severity;
  /** The pack entries whose clauses this rule enforces, by key path (e.g. 'attribution', 'licensing.scope'; see pack-entries.ts). */
  clauseKinds: readonly string[];
  /**
   * The pack terms the rule needs (see PACK_TERM_WORDS): for a pack whose notice lacks one, the
   * rule does not run. `thirdPartyNeeds` replaces them for content the publisher reprinted from
   * another outlet, where the notice's third-party clause is what counts.
   */
  needs: readonly PackTerm[];
  thirdPartyNeeds?: readonly PackTerm[];
  /** Runs only on a reuse whose document predates the article, in place of the other rules' findings. */
  onPredated?: boolean;
  check(context: RuleContext): void;
}

export const DOCS_BASE = 'https://github.com/laiyuan-cli/laiyuan/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/**
 * Whether this use of the publisher's own content is allowed as it stands, so that a credit is all
 * the notice asks of it: a licence covers it; or the notice asks authorization of commercial reuse
 * only (its `commercial` term) and the content repository is not commercial; or the notice
 * restricts no use at all (快科技's 转载请注明出处：快科技 and its copyright line: a reprint is
 * allowed, with the credit), or asks a credit of reprints and restricts other uses only (如需转载，
 * 请注明来源 beside 严禁建立镜像: a reprint or excerpt is allowed). A notice that restricts reprints
 * (未经授权不得转载) asks a licence.
 */
export function usePermitted(context: Pick<RuleContext, 'subject' | 'licensing' | 'commercial'>): boolean {
  if (context.licensing.status !== 'none') return true;
  const { pack, reuse } = context.subject;
  if (pack.commercial !== undefined) return !context.commercial;
  // 如需转载，请注明来源 beside 严禁建立镜像: a copy taken whole or in part is the reprint the notice allows
  return pack.restricted === undefined || (reuse !== undefined && reuse.kind !== 'edited' && reprintsWithCredit(pack) && !restrictsKind(pack, reuse.kind));
}

/**
 * Whether a restriction of the notice names the use an excerpt is (不得摘编本站内容; 摘编 as a licence
 * grants it, licensing.ts's ACTIONS_FOR): a reprint's 转载 reprintsWithCredit reads already.
 */
function restrictsKind(pack: Pack, kind: ReuseKind): boolean {
  return kind === 'excerpt' && restrictions(pack).some((r) => r.actions.includes('摘编'));
}

/** Whether the notice itself allows this use with a credit (see usePermitted): no licence covers it, none is needed. */
export function allowedByNotice(context: Pick<RuleContext, 'subject' | 'licensing' | 'commercial'>): boolean {
  return context.licensing.status === 'none' && usePermitted(context);
}

/** The terms a rule needs for content of this origin. */
export function needsOf(rule: Rule, origin: Origin): readonly PackTerm[] {
  return origin.kind === 'third-party' ? (rule.thirdPartyNeeds ?? rule.needs) : rule.needs;
}
