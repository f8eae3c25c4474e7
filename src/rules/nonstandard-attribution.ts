import type { Rule, RuleContext } from '../core/judge/rule.js';
import { docsUrl, usePermitted } from '../core/judge/rule.js';
import { creditedParts, mostlyOwnText } from '../core/judge/credited-parts.js';
import { credits, inField, isCitation, isRequiredForm, namesOrigin, namesPublisher, toWrite } from '../core/judge/attribution.js';
import { carries, withCarried } from '../core/judge/carried-credits.js';
import { documentRange } from '../core/read/positions.js';
import type { SourceClaim } from '../core/metadata/types.js';
import type { Pack } from '../core/config/types.js';
import type { TextEdit } from '../core/judge/types.js';
import { belowTop } from './credit-position.js';
import { byHandInRecord, creditInPlace, fixable, rewriteFix, fieldRemedy } from './fixes.js';
import { creditAboveTable, moveCreditFix, type CreditMove } from './credit-move.js';
import { deletedBy, swapMove, swapRemedy, topSwap } from './credit-swap.js';

/** The publisher is credited, but not in the exact form or place its notice asks (clause 3). */
export const nonstandardAttribution: Rule = Object.freeze<Rule>({
  id: 'nonstandard-attribution',
  description: 'The source is named, but not in the form the notice requires.',
  docs: docsUrl('nonstandard-attribution'),
  defaultSeverity: 'warning',
  clauseKinds: ['attribution'],
  needs: ['attribution.required'],
  check: checkNonstandardAttribution,
});

function checkNonstandardAttribution(context: RuleContext): void {
  const { subject, claims } = context;
  if (subject.origin.kind === 'third-party' || !usePermitted(context)) return;
  const { pack } = subject;
  const { attribution } = pack;
  // in a compilation crediting its parts one by one, this part's credits are its own (see creditedParts)
  const parts = creditedParts(context.document.text, claims, subject, context.otherSubjects);
  const own = parts ? claims.filter((c) => parts.get(c) === subject) : [];
  const joined = new Set<SourceClaim>();
  const others = credits(claims, subject.origin, pack).filter((c) => !namesPublisher(c, pack));
  // 转自国际在线 after 来源：新华社 is the tail of a wrong credit: wrong-source quotes and replaces the line whole
  const tail = (c: SourceClaim) => others.some((o) => carries(context.document.text, o, c));
  const naming = (own.length > 0 ? own : claims).filter((c) => namesOrigin(c, subject.origin, pack) && !tail(c)).map((c) => carrying(context.document.text, c, others, joined));
  if (naming.length === 0 || attribution?.required === undefined) return;
  const { required } = attribution;
  const standard = naming.find((c) => isRequiredForm(c, pack));
  // every credit line is published, so each misworded one is told; a citation (据国际在线报道) only stands in for one
  const misworded = naming.filter((c) => !isCitation(c) && !isRequiredForm(c, pack));
  // a page mostly its own (see mostlyOwnText) credits the part it took at the part: its credit is not moved to the top
  const placeAsked = !mostlyOwnText(subject, context.otherSubjects);
  if (!standard) {
    const first = misworded[0] ?? naming[0];
    reportWording(context, first, placeAsked, joined);
    for (const claim of misworded) if (claim !== first) reportWording(context, claim, false, joined);
    return;
  }
  // a misworded credit at the top is rewritten there, so the top holds the credit after --fix
  const atTop = (c: SourceClaim) => !belowTop(context, c);
  if (placeAsked && !atTop(standard) && !misworded.some(atTop)) reportPlace(context, standard, { clause: attribution.clause, required });
  for (const claim of misworded) reportWording(context, claim, false, joined);
}

/**
 * A credit naming the publisher with a 转载自 of another outlet (one of `others`) after it on its
 * line, as one credit (added to `joined`): 来源：国际在线（转载自新华社） and 来源：国际在线 转自新华社
 * give the text to 新华社. Clause 4 is how the notice marks a work it carries from other media
 * (来源:XXX(非国际在线)), so on the publisher's own content this is no 来源:国际在线 but a credit
 * naming two outlets. A stock 转载自互联网 beside it names no outlet (see credits): no carrier.
 */
function carrying(text: string, claim: SourceClaim, others: readonly SourceClaim[], joined: Set<SourceClaim>): SourceClaim {
  const carried = others.find((c) => carries(text, claim, c));
  if (!carried) return claim;
  const whole = withCarried(text, claim, carried);
  joined.add(whole);
  return whole;
}

/**
 * A credit in the required form below the body's start: moved under the headline by the same fix
 * as a misworded one (text, Markdown: deleted where it stands, written at the top with its media
 * tags and note of cuts, which the remedy then names); where the fix cannot move it (HTML, a
 * field), the move is the editor's.
 */
function reportPlace(context: RuleContext, standard: SourceClaim, { clause, required }: { clause: number; required: string }): void {
  const { subject, document } = context;
  const { pack } = subject;
  const canFix = fixable(standard, document);
  const { moved, remedy } = canFix ? moveOf(context, standard, required) : {};
  // a table's credit stays in its table (see creditAboveTable): the required credit is written at the top beside it
  const above = canFix && !moved ? creditAboveTable(document, context.metadata, standard.line.span, required) : undefined;
  const fileLine = documentRange(document, standard.line.span).line;
  context.report({
    clause,
    term: 'attribution',
    span: standard.line.span,
    message: `「${standard.line.value}」在第 ${fileLine} 行，已在正文开始之后；${placeRule(pack, clause, required)}`,
    claim: standard,
    expected: required,
    remedy: remedy ?? (above ? aboveTable(required) : moved && moved.tags !== '' ? movedUp(moved, standard, required) : `把「${required}」移到标题下方、正文之前`),
    fix: moved?.fix ?? above,
  });
}

/**
 * A credit in another form: rewritten where it stands, or, where it is the document's credit
 * (`own`) and also stands below the body's start, moved to the top in the same fix (text,
 * Markdown), so one run says and mends both; where the fix cannot move it (HTML), the remedy says
 * the move is the editor's. A further credit (a foot credit under the headline's) is rewritten
 * where it stands: moving it would credit the top twice.
 */
function reportWording(context: RuleContext, claim: SourceClaim, own: boolean, joined: ReadonlySet<SourceClaim>): void {
  const { subject, document } = context;
  const { pack } = subject;
  const attribution = pack.attribution;
  if (attribution?.required === undefined) return;
  const { required } = attribution;
  const canFix = !joined.has(claim) && fixable(claim, document);
  const written = toWrite(claim, subject.origin, pack) ?? required;
  const wording: Wording = {
    rewritten: canFix ? creditInPlace(document, claim.line.span, written) : written,
    inPlace: canFix ? rewriteFix(document, claim, required) : undefined,
  };
  const report = { clause: attribution.clause, term: 'attribution' as const, span: claim.line.span, claim, expected: required };
  if (!own || !belowTop(context, claim)) {
    context.report({
      ...report,
      message: `来源写作「${claim.line.value}」，${pack.publisher.name}要求的写法是「${required}」`,
      remedy: inField(claim) ? fieldRemedy(claim, written) : `把「${claim.line.value}」改为「${wording.rewritten}」${byHandInRecord(document, wording.inPlace)}`,
      fix: wording.inPlace,
    });
    return;
  }
  const { moved, remedy } = canFix ? moveOf(context, claim, required) : {};
  // a table's credit is rewritten in its cell and the required credit written at the top (see creditAboveTable)
  const above = !moved && wording.inPlace ? creditAboveTable(document, context.metadata, claim.line.span, required, wording.inPlace) : undefined;
  const fileLine = documentRange(document, claim.line.span).line;
  context.report({
    ...report,
    message: `来源写作「${claim.line.value}」，在第 ${fileLine} 行，已在正文开始之后；${pack.publisher.name}要求写作「${required}」（第${attribution.clause}条），规则包 ${pack.id} 还约定来源标在文章开头（标题下方、正文之前）`,
    remedy: remedy ?? (above ? `把「${claim.line.value}」改为「${wording.rewritten}」，并${aboveTable(required)}` : movedRemedy(claim, required, wording, moved, canFix)),
    fix: moved?.fix ?? above ?? wording.inPlace,
  });
}

/**
 * Where the credit goes, said as whose rule it is: the pack's (`attribution.position: top`), not the
 * notice's. The clause the finding cites asks for the credit (使用时应注明“来源:国际在线”) and says
 * nothing of its place, so the message does not lend it the notice's words.
 */
function placeRule(pack: Pack, clause: number, required: string): string {
  return `规则包 ${pack.id} 约定来源标在文章开头（标题下方、正文之前）；声明第${clause}条要求注明「${required}」，没有规定位置`;
}

interface Wording {
  /** The credit as the remedy writes it in place. */
  rewritten: string;
  inPlace: TextEdit[] | undefined;
}

/** What to do with a misworded credit below the top: moved by the fix, a citation left, or rewritten and moved by hand. */
function movedRemedy(claim: SourceClaim, required: string, wording: Wording, moved: CreditMove | undefined, canFix: boolean): string {
  if (moved) return movedUp(moved, claim, required);
  if (!canFix && isCitation(claim)) return `在标题下方、正文之前写上「${required}」`;
  const byHand = wording.inPlace ? '（--fix 只改写法，不能移动它）' : '';
  return `把「${claim.line.value}」改为「${wording.rewritten}」，并移到标题下方、正文之前${byHand}`;
}

/** The remedy of a credit in a table (see creditAboveTable): the table keeps it, the top gets the required one. */
function aboveTable(required: string): string {
  return `在标题下方、正文之前写上「${required}」（表格中的来源保留）`;
}

function movedUp(moved: CreditMove, claim: SourceClaim, required: string): string {
  return `删去「${deletedBy(moved, claim)}」，在标题下方、正文之前写上「${required}${moved.tags}」`;
}

/**
 * The move of a credit below the top to the top: over the wrong credit standing there, where one
 * does (see topSwap), with the remedy that says so; else under the headline.
 */
function moveOf(context: RuleContext, claim: SourceClaim, required: string): { moved?: CreditMove; remedy?: string } {
  const swap = topSwap(context);
  const over = swap?.moved === claim ? swapMove(context, swap) : undefined;
  if (swap && over) return { moved: over, remedy: swapRemedy(over, swap, required) };
  return { moved: moveCreditFix(context.document, context.metadata, claim.line.span, required) };
}
