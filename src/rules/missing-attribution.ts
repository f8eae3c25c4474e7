import type { Rule, RuleContext } from '../core/judge/rule.js';
import { allowedByNotice, docsUrl, usePermitted } from '../core/judge/rule.js';
import { credits, expectedAttribution, inField, namesNoOutlet, outletToName } from '../core/judge/attribution.js';
import type { SourceClaim } from '../core/metadata/types.js';
import type { Pack } from '../core/config/types.js';
import type { TextEdit } from '../core/judge/types.js';
import { attributionFix, fixable, rewriteFix } from './fixes.js';
import { moveCreditFix } from './credit-move.js';
import { deletedBy } from './credit-swap.js';
import { belowTop } from './credit-position.js';
import { ownCredits } from '../core/judge/copied-credits.js';
import { termClause } from '../core/config/pack-entries.js';
import { mostlyOwnText } from '../core/judge/credited-parts.js';
import { partCredit, uncreditedPart } from './uncredited-part.js';

/** Own content used with a licence, or under a notice that allows reuse with a credit, or third-party content, reused without naming any source. */
export const missingAttribution: Rule = Object.freeze<Rule>({
  id: 'missing-attribution',
  description: 'Reused content names no source at all.',
  docs: docsUrl('missing-attribution'),
  defaultSeverity: 'error',
  clauseKinds: ['attribution', 'thirdParty'],
  needs: ['attribution'],
  thirdPartyNeeds: ['thirdParty'],
  check: checkMissingAttribution,
});

function checkMissingAttribution(context: RuleContext): void {
  const { subject, claims } = context;
  const thirdParty = subject.origin.kind === 'third-party';
  const { pack } = subject;
  if (ownCredits(context, credits(claims, subject.origin, pack)).length > 0 || (!thirdParty && !usePermitted(context))) return;
  const expected = expectedAttribution(subject.origin, pack);
  if (expected === null) {
    reportUnnamed(context);
    return;
  }
  if (mostlyOwnText(subject, context.otherSubjects)) {
    reportPart(context, expected);
    return;
  }
  const unnamed = topNoOutlet(context);
  context.report({
    clause: termClause(pack, thirdParty ? 'thirdParty' : 'attribution'),
    term: thirdParty ? 'thirdParty' : 'attribution',
    message: missingMessage(context, expected, unnamed),
    // at the credit line the editor changes (来源：网络), not at the reused text
    ...(unnamed ? { span: unnamed.line.span } : {}),
    expected,
    // a JSON Lines record is given no fix (a line cannot be inserted in it): its source is a field
    ...(context.document.format === 'jsonl'
      ? { remedy: `在这条记录中加上来源字段："source": "${outletToName(subject.origin, pack) ?? ''}"` }
      : (overDisclaimer(context, expected) ?? { remedy: `在标题下方加上「${expected}」`, fix: attributionFix(context.document, context.metadata, expected) })),
  });
}

/**
 * What the page lacks; a credit naming no outlet is named, since it is the line to change. A use no
 * licence covers, which the notice allows with a credit (转载请注明出处：快科技), is said with the
 * notice's own words for the credit, and no word of a licence.
 */
function missingMessage(context: RuleContext, expected: string, unnamed: SourceClaim | undefined): string {
  const { origin, pack } = context.subject;
  const used = origin.kind === 'third-party' ? `所用内容转载自${origin.source}` : allowedByNotice(context) ? noticeAsks(pack) : `授权使用${pack.publisher.name}的内容`;
  return unnamed ? `注明的来源「${unnamed.value.trim()}」没有指明是哪家媒体，${used}，应注明「${expected}」` : `${used}，但全文没有注明来源，应注明「${expected}」`;
}

/** 所用内容出自快科技，其声明要求「转载请注明出处：快科技」: whose the content is, and the credit its notice asks in the notice's words. */
function noticeAsks(pack: Pack): string {
  const quote = pack.quotes?.attribution;
  return `所用内容出自${pack.publisher.name}，其声明要求${quote ? `「${quote}」` : '注明来源'}`;
}

/** A credit at the top naming no outlet (来源：网络): what the page says in place of the credit it owes. */
function topNoOutlet(context: RuleContext): SourceClaim | undefined {
  return context.claims.find((c) => namesNoOutlet(c) && !inField(c) && !belowTop(context, c));
}

/**
 * A page whose only credit names no outlet (转载自互联网, （本文转载自互联网，版权归原作者所有）,
 * 来源：网络) says where its text came from, wrongly: the required credit takes its place, written
 * over it at the top, or moved up from below the body's start (the claim and its joiner deleted
 * there, a disclaimer's other words kept), so the page is not left saying both.
 */
function overDisclaimer(context: RuleContext, expected: string): { remedy: string; fix: TextEdit[] } | undefined {
  const { document } = context;
  const claim = context.claims.find((c) => namesNoOutlet(c) && fixable(c, document));
  if (!claim) return undefined;
  if (!belowTop(context, claim)) {
    const fix = rewriteFix(document, claim, expected);
    return fix && { remedy: `把「${claim.line.value}」改为「${expected}」`, fix };
  }
  const moved = moveCreditFix(document, context.metadata, claim.line.span, expected);
  return moved && { remedy: `删去「${deletedBy(moved, claim)}」，在标题下方加上「${expected}${moved.tags}」`, fix: moved.fix };
}

/**
 * A page mostly its own text (see mostlyOwnText) crediting nothing: the part it took needs its
 * credit, at the part. No fix: a credit under the headline would credit the page's own text too.
 */
function reportPart(context: RuleContext, expected: string): void {
  const { pack, origin } = context.subject;
  const thirdParty = origin.kind === 'third-party';
  context.report({
    clause: termClause(pack, thirdParty ? 'thirdParty' : 'attribution'),
    term: thirdParty ? 'thirdParty' : 'attribution',
    message: uncreditedPart(context, expected),
    expected,
    remedy: `${partCredit(context, expected)}；不要把它写在标题下方，那会把本文自己的内容也注明为${thirdParty ? origin.source : pack.publisher.name}的`,
  });
}

/**
 * Third-party content whose page names no source (see isUnnamed): a credit is owed all the same
 * (clause 4), to the original outlet, which only the editor can find out; so no fix.
 */
function reportUnnamed(context: RuleContext): void {
  const { pack } = context.subject;
  const publisher = pack.publisher.name;
  context.report({
    clause: termClause(pack, 'thirdParty'),
    term: 'thirdParty',
    message: `所用内容是${publisher}标明出自第三方、未指明哪家媒体的稿件，但全文没有注明来源，应注明原始来源`,
    expected: null,
    remedy: context.document.format === 'jsonl'
      ? `查明这篇稿件的原始媒体，在这条记录中加上来源字段，写该媒体的名称（不是${publisher}）`
      : `查明这篇稿件的原始媒体，在标题下方加上来源，写该媒体的名称（不是${publisher}）`,
  });
}
