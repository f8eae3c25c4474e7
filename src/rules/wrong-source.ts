import type { Rule, RuleContext } from '../core/judge/rule.js';
import { docsUrl } from '../core/judge/rule.js';
import { expectedAttribution, inField, toWrite } from '../core/judge/attribution.js';
import { termClause } from '../core/config/pack-entries.js';
import type { SourceClaim } from '../core/metadata/types.js';
import { fieldRemedy } from './fixes.js';
import { partCredit, uncreditedPart } from './uncredited-part.js';
import { wrongCredits, type CreditOf } from './wrong-credits.js';
import { swapMove, swapRemedy, topSwap, type TopSwap } from './credit-swap.js';
import type { CreditMove } from './credit-move.js';

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

/** Each credit line naming the wrong source is its own finding, at its line (see wrongCredits). */
function checkWrongSource(context: RuleContext): void {
  for (const { claim, of } of wrongCredits(context)) reportClaim(context, claim, of);
}

/** Reports a credit naming the wrong source, as what it stands for (see CreditOf). */
function reportClaim(context: RuleContext, claim: SourceClaim, of: CreditOf = 'swap'): void {
  const { subject } = context;
  const { pack } = subject;
  const thirdParty = subject.origin.kind === 'third-party';
  const expected = expectedAttribution(subject.origin, pack);
  const write = toWrite(claim, subject.origin, pack);
  if (expected === null || write === null) {
    reportUnnamed(context, claim);
    return;
  }
  const swap = of !== 'swap' || thirdParty ? undefined : swapOver(context, claim);
  context.report({
    clause: termClause(pack, thirdParty ? 'thirdParty' : 'attribution'),
    term: thirdParty ? 'thirdParty' : 'attribution',
    // the page's own credit is right where it stands: what lacks a credit is the part
    span: of === 'own-text' ? undefined : claim.line.span,
    severity: thirdParty ? 'warning' : 'error',
    message: of === 'own-text' ? ownTextMessage(context, claim, expected) : thirdParty
      ? `注明的来源是「${claim.value}」，但所用内容是${pack.publisher.name}转载自${subject.origin.source}的稿件，应注明原始来源「${expected}」`
      : `注明的来源是「${claim.value}」，但所用内容出自${pack.publisher.name}，应注明「${expected}」`,
    claim,
    expected,
    remedy: swap ? swapRemedy(swap.move, swap, expected) : of !== 'swap' ? partRemedy(context, claim, expected) : inField(claim) ? fieldRemedy(claim, write) : `把「${claim.line.value}」改为「${write}」`,
    fix: swap?.move.fix,
  });
}

/** The move of the page's credit below the top over this wrong credit at the top, where --fix makes it (see topSwap). */
function swapOver(context: RuleContext, claim: SourceClaim): (TopSwap & { move: CreditMove }) | undefined {
  const swap = topSwap(context);
  const move = swap?.top === claim ? swapMove(context, swap) : undefined;
  return swap && move && { ...swap, move };
}

/** 本文有一部分（占 4%）出自国际在线，但没有注明「来源:国际在线」；注明的「示例新闻网」是本文其余内容的来源. */
function ownTextMessage(context: RuleContext, claim: SourceClaim, expected: string): string {
  return `${uncreditedPart(context, expected)}；注明的「${claim.value}」是本文其余内容的来源`;
}

/** 在取自《…》的部分上方注明「来源:新浪体育」，「来源：国际在线」是其他部分的来源，保留. */
function partRemedy(context: RuleContext, claim: SourceClaim, expected: string): string {
  return `${partCredit(context, expected)}，「${claim.line.value}」是其他部分的来源，保留`;
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
    message: `注明的来源是「${claim.value}」，但所用内容是${publisher}标明出自第三方、未指明哪家媒体的稿件，应注明原始来源，而不是${publisher}`,
    claim,
    expected: null,
    remedy: `查明这篇稿件的原始媒体，把「${claim.line.value}」改为注明该媒体`,
  });
}
