import type { Rule, RuleContext } from '../core/judge/rule.js';
import { docsUrl } from '../core/judge/rule.js';
import { credits, expectedAttribution, inField, isFieldClaim, namesOrigin, toWrite } from '../core/judge/attribution.js';
import { inDataTable } from '../core/judge/data-table.js';
import { termClause } from '../core/config/pack-entries.js';
import type { Origin, SourceClaim } from '../core/metadata/types.js';
import { titleFieldRemedy } from './fixes.js';
import { carriedWithText, copiedWithText } from '../core/judge/copied-credits.js';
import { attributedQuotation } from '../core/judge/attributed-quotation.js';
import { creditedParts } from '../core/judge/credited-parts.js';
import { carries } from '../core/judge/carried-credits.js';

/** The document credits a source, but not the origin of what it reuses (clauses 3, 4). */
export const wrongSource: Rule = Object.freeze<Rule>({
  id: 'wrong-source',
  description: 'The credited source is not where the reused content comes from.',
  docs: docsUrl('wrong-source'),
  defaultSeverity: 'error',
  clauseKinds: ['attribution', 'thirdParty'],
  needs: ['attribution'],
  thirdPartyNeeds: ['thirdParty'],
  check: checkWrongSource,
});

/**
 * Every credit line is published, so each that names neither the origin nor another article the
 * document reuses (a compilation credits each of its parts) is its own finding, at its line: a
 * foot 来源：新华社 under a right 来源：国际在线 too. Where no credit names the origin, the first is
 * reported even if it names another part's origin: this part is then credited to no one; a credit
 * carried with the article's text is not (see ownCredits: missing-attribution tells it). A reuse
 * that is short quotations attributed in their sentences (国际在线曾报道说：“……”) leaves the credits
 * to the document's own text (see attributedQuotation).
 */
function checkWrongSource(context: RuleContext): void {
  const { subject, otherOrigins } = context;
  const { origin, pack } = subject;
  if (attributedQuotation(context.document, subject.reuse, origin, pack)) return;
  const all = outermost(credits(context.claims, origin, pack));
  const names = (c: SourceClaim, o: Origin) => namesOrigin(c, o, pack);
  const copied = copiedWithText(() => context.reusedCredits());
  const aside = asideOnly(context);
  const parts = creditedParts(context.document.text, all, subject, context.otherSubjects);
  const own = all.filter((c) => parts?.get(c) === subject);
  if (own.length > 0) {
    // this part's credits are its own: one naming another part's origin (or printed by another
    // part's article) is a swap, wrong here; one this part's article prints came with its text
    const copiedHere = copiedWithText(() => context.articleCredits());
    for (const claim of withoutRestated(own.filter((c) => !names(c, origin) && !copiedHere(c) && !aside(c)))) reportClaim(context, claim);
    return;
  }
  const claimed = parts ? all.filter((c) => !parts.has(c)) : all;
  const carried = carriedFrom(context.document.text, claimed.filter((c) => c.form.includes('转') && names(c, origin)));
  const wrong = claimed.filter((c) => !names(c, origin) && !otherOrigins.some((o) => names(c, o)) && !copied(c) && !aside(c) && !carried(c));
  // a credit the article prints itself, copied with its text, is the article's: with no credit of its own the copy names no source (missing-attribution)
  const printed = carriedWithText(context);
  const first = wrong.length === 0 && !claimed.some((c) => names(c, origin)) ? claimed.find((c) => !printed(c)) : undefined;
  if (first) reportClaim(context, first, otherOrigins.some((o) => names(first, o)));
  for (const claim of withoutRestated(wrong)) reportClaim(context, claim);
}

/**
 * Whether a claim is weighed only as the page's one credit, not beside others: a 出处 line names
 * where figures come from (出处：长春海关统计数据), and so does a 来源 row in a table of figures in
 * the body (see inDataTable); a 转载自 line is most often a site's stock disclaimer at the foot
 * (（本文转载自互联网，版权归原作者所有）), not the article's credit; a 综合自 line lists what a
 * compiled report drew on (（综合自新华社、人民网）), and an excerpt's 摘编自, 选自 or 来自 line says
 * where a part was taken from as 转载自 does.
 */
function asideOnly(context: RuleContext): (claim: SourceClaim) => boolean {
  const inTable = inDataTable(context.document, context.metadata);
  return (claim) => claim.form.endsWith('出处') || claim.form.includes('转') || claim.form.endsWith('自') || inTable(claim);
}

/**
 * Whether a credit is the carrier's half of one that names the origin after it on its line:
 * 来源：国际在线（转载自吉林日报） says where the copy was taken (国际在线) and whose it is (吉林日报),
 * as 来源：国际在线转载自吉林日报 does in one name. Clause 4 asks for the other outlet to be named
 * (来源:XXX(非国际在线)); this credit names it, so its first half is no wrong source.
 */
function carriedFrom(text: string, origins: readonly SourceClaim[]): (claim: SourceClaim) => boolean {
  return (claim) => origins.some((o) => carries(text, claim, o));
}

/**
 * A source field (<meta name="source">, front matter `source:`) and a 来源 line naming the same
 * outlet are one credit, stated for machines and for readers: told once, at the first.
 */
function withoutRestated(wrong: readonly SourceClaim[]): SourceClaim[] {
  const fields = new Set(wrong.filter(isFieldClaim).map((c) => c.value.trim()));
  return wrong.filter((c) => isFieldClaim(c) || !fields.has(c.value.trim()));
}

/**
 * The credits less those read inside another's line: 转自新华社 in 来源：国际在线转自新华社 is part of
 * that credit, not a second one. In order of where they stand, so one pass finds them.
 */
function outermost(claims: readonly SourceClaim[]): SourceClaim[] {
  const inText = claims.filter((c) => !inField(c)).sort((a, b) => a.line.span.start - b.line.span.start || b.line.span.end - a.line.span.end);
  const nested = new Set<SourceClaim>();
  let outer: SourceClaim | undefined;
  for (const claim of inText) {
    if (outer && claim.line.span.end <= outer.line.span.end) nested.add(claim);
    else outer = claim;
  }
  return claims.filter((c) => !nested.has(c));
}

/**
 * Reports a credit naming the wrong source. `otherPart`: the credit is right for another part of the
 * document, so the remedy adds this part's credit and keeps that one (replacing it would miscredit
 * the other part).
 */
function reportClaim(context: RuleContext, claim: SourceClaim, otherPart = false): void {
  const { subject } = context;
  const { pack } = subject;
  const thirdParty = subject.origin.kind === 'third-party';
  const expected = expectedAttribution(subject.origin, pack);
  const write = toWrite(claim, subject.origin, pack);
  if (expected === null || write === null) {
    reportUnnamed(context, claim);
    return;
  }
  context.report({
    clause: termClause(pack, thirdParty ? 'thirdParty' : 'attribution'),
    term: thirdParty ? 'thirdParty' : 'attribution',
    span: claim.line.span,
    severity: thirdParty ? 'warning' : 'error',
    message: thirdParty
      ? `注明的来源是「${claim.value}」，但所用内容是${pack.publisher.name}转载自${subject.origin.source}的稿件，应注明原始来源「${expected}」`
      : `注明的来源是「${claim.value}」，但所用内容出自${pack.publisher.name}，应注明「${expected}」`,
    claim,
    expected,
    remedy: otherPart ? partRemedy(context, claim, expected) : claim.field ? titleFieldRemedy(claim, write) : `把「${claim.line.value}」改为「${write}」`,
  });
}

/** 在取自《…》的部分上方注明「来源:新浪体育」，「来源：国际在线」是其他部分的来源，保留. */
function partRemedy(context: RuleContext, claim: SourceClaim, expected: string): string {
  const title = context.subject.reuse?.article.title;
  const part = title === undefined ? '这部分内容' : `取自《${title}》的部分`;
  return `在${part}上方注明「${expected}」，「${claim.line.value}」是其他部分的来源，保留`;
}

/**
 * Third-party content whose page names no source (see isUnnamed), credited to the publisher: the
 * credit belongs to the original outlet (clause 4), which only the editor can find out. A credit
 * naming any other outlet is not reported (namesOrigin): it cannot be told wrong.
 */
function reportUnnamed(context: RuleContext, claim: SourceClaim): void {
  const { pack } = context.subject;
  const publisher = pack.publisher.name;
  context.report({
    clause: termClause(pack, 'thirdParty'),
    term: 'thirdParty',
    span: claim.line.span,
    severity: 'warning',
    message: `注明的来源是「${claim.value}」，但所用内容是${publisher}注明为第三方版权的稿件（未注明原始来源），应注明原始来源，而不是${publisher}`,
    claim,
    expected: null,
    remedy: `查明这篇稿件的原始媒体，把「${claim.line.value}」改为注明该媒体`,
  });
}
