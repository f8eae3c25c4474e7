import type { RuleContext } from '../core/judge/rule.js';
import { credits, inField, isFieldClaim, namesOrigin } from '../core/judge/attribution.js';
import { inDataTable } from '../core/judge/data-table.js';
import type { Origin, SourceClaim } from '../core/metadata/types.js';
import { carriedWithText, copiedWithText } from '../core/judge/copied-credits.js';
import { attributedQuotation } from '../core/judge/attributed-quotation.js';
import { creditedParts, mostlyOwnText } from '../core/judge/credited-parts.js';
import { carries, withCarried } from '../core/judge/carried-credits.js';
import { mapped } from '../core/shared/mapped.js';

/**
 * What a wrong credit stands for: this part's own, so it is replaced ('swap'); another part's
 * ('other-part') or the page's own text's ('own-text'), so the remedy adds this part's credit and
 * keeps that one (replacing it would miscredit the rest).
 */
export type CreditOf = 'swap' | 'other-part' | 'own-text';

export interface WrongCredit {
  claim: SourceClaim;
  of: CreditOf;
}

/**
 * The credits wrong-source reports, in order. Every credit line is published, so each that names
 * neither the origin nor another article the document reuses (a compilation credits each of its
 * parts) is one: a foot 来源：新华社 under a right 来源：国际在线 too. Where no credit names the
 * origin, the first is one even if it names another part's origin: this part is then credited to no
 * one; a credit carried with the article's text is not (missing-attribution tells it). A reuse that
 * is short quotations attributed in their sentences (国际在线曾报道说：“……”) leaves the credits to the
 * document's own text (see attributedQuotation).
 */
export function wrongCredits(context: RuleContext): WrongCredit[] {
  const { subject, otherOrigins } = context;
  const { origin, pack } = subject;
  if (attributedQuotation(context.document, subject.reuse, origin, pack)) return [];
  const all = outermost(credits(context.claims, origin, pack));
  const names = (c: SourceClaim, o: Origin) => namesOrigin(c, o, pack);
  const copied = copiedWithText(() => context.reusedCredits());
  const aside = asideOnly(context);
  const parts = creditedParts(context.document.text, all, subject, context.otherSubjects);
  const own = all.filter((c) => parts?.get(c) === subject);
  const each = (claims: SourceClaim[]) => mapped(claims, (claim): WrongCredit => ({ claim, of: 'swap' }));
  if (own.length > 0) {
    // this part's credits are its own: one naming another part's origin (or printed by another
    // part's article) is a swap, wrong here; one this part's article prints came with its text
    const copiedHere = copiedWithText(() => context.articleCredits());
    return each(withoutRestated(own.filter((c) => !names(c, origin) && !copiedHere(c) && !aside(c))));
  }
  const claimed = parts ? all.filter((c) => !parts.has(c)) : all;
  if (!parts && mostlyOwnText(subject, context.otherSubjects)) return ownTextPart(context, claimed);
  // only a third party's text is carried: over the publisher's own, 来源：新华社，转自国际在线 credits 新华社 (clause 3)
  const carried = carriedFrom(context.document.text, origin.kind === 'third-party' ? claimed.filter((c) => names(c, origin)) : []);
  const wrong = claimed.filter((c) => !names(c, origin) && !otherOrigins.some((o) => names(c, o)) && !copied(c) && !aside(c) && !carried(c));
  // a credit the article prints itself, copied with its text, is the article's: with no credit of its own the copy names no source (missing-attribution)
  const printed = carriedWithText(context);
  const first = wrong.length === 0 && !claimed.some((c) => names(c, origin)) ? claimed.find((c) => !printed(c)) : undefined;
  const found = [...(first ? [{ claim: first, of: otherOrigins.some((o) => names(first, o)) ? 'other-part' : 'swap' } satisfies WrongCredit] : []), ...each(withoutRestated(wrong))];
  return mapped(found, (w) => withItsCarried(context.document.text, w, all));
}

/**
 * A wrong credit with the 转自 after it on its line, as one credit quoted and named whole: 来源：人民网转自新华网
 * over 国际在线's own article is wrong in both its names (注明的来源是「人民网转自新华网」), and rewriting
 * 来源：人民网 alone would leave 来源:国际在线转自新华网.
 */
function withItsCarried(text: string, wrong: WrongCredit, all: readonly SourceClaim[]): WrongCredit {
  if (inField(wrong.claim)) return wrong;
  const carried = all.find((c) => carries(text, wrong.claim, c));
  if (!carried) return wrong;
  const whole = withCarried(text, wrong.claim, carried);
  return { ...wrong, claim: { ...whole, value: text.slice(wrong.claim.span.start, carried.span.end) } };
}

/**
 * A page mostly its own text (see mostlyOwnText) whose credits name none of what it reuses: they are
 * its own text's, and the part it took from the publisher's article is credited to no one. Told
 * once, at its first credit that did not come with the article's text, asking this part's credit
 * beside it: the credit replaced would credit the editor's own text to the publisher.
 */
function ownTextPart(context: RuleContext, claimed: readonly SourceClaim[]): WrongCredit[] {
  const { origin, pack } = context.subject;
  if (claimed.some((c) => namesOrigin(c, origin, pack))) return [];
  const printed = carriedWithText(context);
  const claim = claimed.find((c) => !printed(c));
  return claim ? [{ claim, of: 'own-text' }] : [];
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
