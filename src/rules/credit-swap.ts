import type { RuleContext } from '../core/judge/rule.js';
import { usePermitted } from '../core/judge/rule.js';
import { inField, isCitation, isRequiredForm, namesOrigin } from '../core/judge/attribution.js';
import { creditedParts } from '../core/judge/credited-parts.js';
import type { SourceClaim } from '../core/metadata/types.js';
import { belowTop } from './credit-position.js';
import { moveCreditFix, type CreditMove } from './credit-move.js';
import { fixable } from './fixes.js';
import { wrongCredits } from './wrong-credits.js';

/**
 * A wrong credit at the top (来源：新华网 under the headline of a 国际在线 article) where the page's
 * only credits naming the origin stand below the body's start ((本文摘编自国际在线) at the foot):
 * nonstandard-attribution moves `moved` to the top, and writing it beside `top` would leave a wrong
 * credit there. The move writes it over `top` instead, and wrong-source's finding on `top` carries
 * the same edits (see swapMove), so one --fix leaves one right credit and mends both findings.
 * Not in a compilation crediting its parts one by one: a credit there is a part's.
 */
export interface TopSwap {
  top: SourceClaim;
  moved: SourceClaim;
}

export function topSwap(context: RuleContext): TopSwap | undefined {
  const { subject, claims, document } = context;
  const { pack, origin } = subject;
  if (pack.attribution?.required === undefined || origin.kind === 'third-party' || !usePermitted(context)) return undefined;
  const naming = claims.filter((c) => namesOrigin(c, origin, pack));
  if (naming.length === 0 || !naming.every((c) => belowTop(context, c))) return undefined;
  if (creditedParts(document.text, claims, subject, context.otherSubjects)) return undefined;
  // the credit nonstandard-attribution moves: the required form, else the first misworded line, else a citation standing alone
  const moved = naming.find((c) => isRequiredForm(c, pack)) ?? naming.find((c) => !isCitation(c)) ?? naming[0];
  if (!fixable(moved, document)) return undefined;
  const wrong = wrongCredits(context).filter((w) => w.of === 'swap').map((w) => w.claim);
  // a 来源 line that a source field naming the same outlet restates is told at the field, and is as wrong
  const fields = new Set(wrong.filter(inField).map((c) => c.value.trim()));
  const top = claims.find((c) => !inField(c) && (wrong.includes(c) || fields.has(c.value.trim())) && !belowTop(context, c));
  return top && { top, moved };
}

/** The move of `swap.moved` over `swap.top`, written as the pack requires (undefined where the fix cannot make it). */
export function swapMove(context: RuleContext, swap: TopSwap): CreditMove | undefined {
  const required = context.subject.pack.attribution?.required;
  if (required === undefined) return undefined;
  return moveCreditFix(context.document, context.metadata, swap.moved.line.span, required, swap.top);
}

/** What the remedy says is deleted where a moved credit stood: the credit with the tags and notes that go with it. */
export function deletedBy(move: CreditMove, claim: SourceClaim): string {
  return move.deleted ?? claim.line.value + move.tags;
}

/** 把「来源：新华网」改为「来源:国际在线」，删去「（本文摘编自国际在线）」: both findings' remedy, as their one fix does it. */
export function swapRemedy(move: CreditMove, swap: TopSwap, required: string): string {
  return `把「${swap.top.line.value}」改为「${required}${move.tags}」，删去「${deletedBy(move, swap.moved)}」`;
}
