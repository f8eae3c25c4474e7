import type { Document } from '../read/types.js';
import type { Finding, FindingDocument } from './types.js';
import type { Licence, RuleSetting } from '../config/types.js';
import type { Metadata, SourceClaim } from '../metadata/types.js';
import type { Article } from '../match/types.js';
import { missingTerms } from '../config/pack-entries.js';
import { contactTail } from './contact-tail.js';
import { needsOf, type Licensing, type Predated, type Report, type Rule, type RuleContext, type Subject } from './rule.js';
import { earlier } from '../match/index.js';
import { stableHash } from '../shared/stable-hash.js';
import { licensingFor } from './licensing.js';
import { normalize } from '../normalize/index.js';
import { documentRange } from '../read/positions.js';
import { isoDay } from './dates.js';
import { ownDateAgainst } from './own-date.js';
import { documentFacts, reuseReport, sourceOf } from './reuse-report.js';
import { withoutMixedSourceFixes } from './mixed-origins.js';
import { claimsFor } from './markers.js';
import { shownSpan } from './shown-at.js';
import { inDocumentScript } from './fix-script.js';
import { credits } from './attribution.js';
import { printedCredits } from './printed-credits.js';
import { spend } from '../shared/budget.js';
import { lazy } from '../shared/once-per.js';
import { bookTitle, usedArticleSuffix } from '../shared/book-title.js';
import { mapped } from '../shared/mapped.js';

export interface Judgement {
  document: Document;
  metadata: Metadata;
  subjects: readonly Subject[];
  licences: readonly Licence[];
  /** The document's path relative to the config's folder, for licence paths. */
  relativePath: string;
  /**
   * The document's date, YYYY-MM-DD, for licence validity when it states none of its own (--date,
   * the file's): asked only when a licence has dates, and before any rule runs.
   */
  fallbackDate: () => string;
  /** The date the document states itself (front matter, <meta>, a date line), YYYY-MM-DD: for who published first. */
  ownDate?: string;
  rules: readonly Rule[];
  settings: Readonly<Record<string, RuleSetting>>;
  /** Whether the content repository is commercial (config `commercial`). */
  commercial: boolean;
  /** Findings made without their passages' lines (DocumentContext.lean). */
  lean?: boolean;
}

/**
 * Runs every rule on every subject of a document; the rules say what, the engine says where.
 * A reuse whose document is older than its article (both dated) may be the publisher's copy of
 * the document: the other rules' findings on it are held back and the rules that run on a
 * predated reuse (predates-source) report it instead, unless those are turned off. A rule runs
 * for a pack only when the pack's notice has the terms the rule needs.
 */
export function judge(input: Judgement): Finding[] {
  const findings: Finding[] = [];
  const onPredated = input.rules.filter((r) => r.onPredated && input.settings[r.id] !== 'off');
  // what the document says about itself is the same in its every finding: read once
  const facts = lazy(() => documentFacts(input.document, input.metadata));
  const several = new Set(input.subjects.flatMap((s) => (s.reuse ? [s.reuse.article.id] : []))).size > 1;
  const made = (subject: Subject, rule: Rule, report: Report, claims: readonly SourceClaim[]) =>
    toFinding(input, subject, rule, { ...report, message: namedMessage(report.message, subject, several) }, claims, facts());
  // the credit lines the reused articles print themselves, read when a rule asks (printed-credits.ts)
  const creditsPrinted = printedCredits(input.subjects);
  // every subject's licences are weighed before any rule runs: the fallback date they may ask for
  // (a git call, see Judgement.fallbackDate) is asked before any judging that could be thrown away
  const licensed = mapped(input.subjects, (subject) => licensedOf(subject, input));
  for (const [at, subject] of input.subjects.entries()) {
    const { ownDate, licensing } = licensed[at];
    const runs = (rule: Rule) => missingTerms(subject.pack, needsOf(rule, subject.origin)).length === 0;
    // findings are held back only where a rule runs to report the reuse instead
    const predatedRules = onPredated.filter(runs);
    const dates = predatedRules.length > 0 ? predatedDates(subject, input, ownDate) : undefined;
    const heldBack: string[] = [];
    const claims = claimsFor(input.document, input.metadata, subject.pack, subject.origin);
    const otherSubjects = input.subjects.filter((s) => s !== subject && s.pack === subject.pack);
    const otherOrigins = mapped(otherSubjects, (s) => s.origin);
    const context = { document: input.document, metadata: input.metadata, subject, licensing, claims, otherOrigins, otherSubjects, ...creditsPrinted(subject), commercial: input.commercial };
    // one context for the subject's every rule, its `report` telling them apart by the rule running
    // (a rule reports while it checks): not a dozen fields copied for each rule run. `report` first:
    // a literal that starts with a spread and adds a field gets a map of its own on Node 20 (V8 11),
    // and every rule's reads of its context would go megamorphic
    let running = input.rules[0];
    const checked: RuleContext = {
      report: (report) => (dates ? heldBack.push(running.id) : findings.push(made(subject, running, report, claims))),
      ...context,
    };
    for (const rule of input.rules) {
      if (input.settings[rule.id] === 'off' || rule.onPredated || !runs(rule)) continue;
      running = rule;
      rule.check(checked);
    }
    if (!dates || heldBack.length === 0) continue;
    for (const rule of predatedRules) {
      rule.check({ predated: { ...dates, heldBack: [...new Set(heldBack)] }, report: (report) => findings.push(made(subject, rule, report, claims)), ...context });
    }
  }
  return withoutMixedSourceFixes(findings);
}

/**
 * The subject's licensing, and the date the document states itself against the subject's articles
 * (ownDateAgainst), read at the first asking: a licence with dates and predates-source both ask it,
 * and each reading gathers every line of the articles. Against a licence's dates the document's date
 * is the one it states itself, as predates-source reads it (a date line the reused article prints
 * itself came with the text and is not the document's), else the fallback date.
 */
function licensedOf(subject: Subject, input: Judgement): { ownDate: () => string | undefined; licensing: Licensing } {
  const ownDate = lazy(() => ownDateAgainst(input.document, input.metadata, { articles: copiesOf(subject), passages: subject.reuse?.passages ?? [] }));
  const date = lazy(() => ownDate() ?? input.fallbackDate());
  return { ownDate, licensing: licensingFor({ publisher: subject.pack.id, kind: subject.reuse?.kind ?? 'reprint', path: input.relativePath, date, dateStated: () => ownDate() !== undefined }, input.licences) };
}

/**
 * A document reusing several articles (a compilation under one credit) has findings alike but for
 * their article, at the same line: each message names its article, unless it does already
 * (unauthorized-reuse), so that a reader, a CI annotation or a log can tell them apart.
 */
function namedMessage(message: string, subject: Subject, several: boolean): string {
  const title = subject.reuse && several ? subject.reuse.article.title : undefined;
  return title === undefined || message.includes(bookTitle(title)) ? message : `${message}${usedArticleSuffix(title)}`;
}

/** The article a reuse cites and the archive's near-identical copies of it. */
function copiesOf(subject: Subject): Article[] {
  return subject.reuse ? [subject.reuse.article, ...(subject.reuse.alsoIn ?? [])] : [];
}

/**
 * The two dates when the document states one older than its article's. Of an article the archive
 * holds in near-identical copies, the copy published first counts, whichever copy the reuse cites:
 * a document dated after it cannot be where the publisher took the text from. A date on a line the
 * article prints itself, or inside a passage it reuses where the article prints that day, came with
 * the text and is not the document's (ownDateAgainst).
 */
function predatedDates(subject: Subject, input: Judgement, ownDateOf: () => string | undefined): Omit<Predated, 'heldBack'> | undefined {
  const reuse = subject.reuse;
  if (!reuse || !input.ownDate) return undefined;
  const copies = copiesOf(subject);
  const first = copies.reduce((x, y) => (earlier(y, x) ? y : x));
  const articleDate = isoDay(first.date);
  const older = (date: string | undefined) => date !== undefined && articleDate !== undefined && date < articleDate;
  if (!older(input.ownDate)) return undefined;
  const ownDate = ownDateOf();
  return ownDate && articleDate && older(ownDate) ? { documentDate: ownDate, articleDate, title: first.title } : undefined;
}

/**
 * The credit a finding shows as claimed: the one its rule judged, else the first the rules read as a
 * credit (a 据《卫报》报道 citing another outlet is none: the 来源 line after it is), else none. A
 * citation alone is no credit claimed: missing-attribution says the text names no source.
 */
function claimedOf(report: Report, claims: readonly SourceClaim[], subject: Subject): SourceClaim | undefined {
  return report.claim ?? credits(claims, subject.origin, subject.pack)[0];
}

/**
 * Units of work (core/shared/budget.ts) a finding costs beyond its passages (reuseReport spends
 * those): its message, clause, evidence and fingerprint, some hundreds of characters. Counted so that
 * --max-file-time bounds the judging of a file with many findings too, not only its matching.
 */
const FINDING_UNITS = 256;

function toFinding(input: Judgement, subject: Subject, rule: Rule, report: Report, claims: readonly SourceClaim[], facts: FindingDocument): Finding {
  spend(FINDING_UNITS);
  const { document } = input;
  const { pack, reuse } = subject;
  const span = report.span ?? shownSpan(document, input.metadata, reuse?.passages[0]?.doc ?? subject.marker?.span ?? { start: 0, end: 0 });
  const clause = pack.clauses.find((c) => c.number === report.clause);
  const { fix, remedy, message } = inDocumentScript(document, report);
  const setting = input.settings[rule.id];
  const finding: Finding = {
    ruleId: rule.id,
    severity: setting && setting !== 'off' ? setting : (report.severity ?? rule.defaultSeverity),
    pack: pack.id,
    file: document.path,
    ...documentRange(document, span),
    message,
    clause: { number: report.clause, text: clause?.quote ?? '', ...quoteOf(pack, report) },
    source: reuse ? sourceOf(reuse) : null,
    document: { ...facts },
    reuse: reuse ? reuseReport(document, reuse, input.metadata, !input.lean, pack) : null,
    attribution: { claimed: claimedOf(report, claims, subject)?.line.value ?? null, expected: report.expected ?? null },
    remedy: `${remedy}。${contactTail(pack, subject.origin)}`,
    fingerprint: fingerprintOf(rule.id, subject),
    docs: rule.docs,
  };
  if (fix) finding.fix = fix;
  return finding;
}

/**
 * Identity of a finding for baselines: the rule, the pack, and what the document reuses (the
 * source article, or the own-content marker). It survives moved lines, whitespace, and edits
 * inside the passage, such as correcting the 来源 line of a copy that is still unlicensed.
 */
function fingerprintOf(ruleId: string, subject: Subject): string {
  const what = subject.reuse ? `article:${subject.reuse.article.id}` : `marker:${normalize(subject.marker?.value ?? '').text}`;
  return stableHash([ruleId, subject.pack.id, what].join('\u0000'));
}

function quoteOf(pack: Subject['pack'], report: Report): { quote?: string } {
  const quote = report.quote ?? (report.term ? pack.quotes?.[report.term] : undefined);
  return quote ? { quote } : {};
}
