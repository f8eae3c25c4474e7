import type { Rule, RuleContext } from '../core/judge/rule.js';
import { docsUrl, usePermitted } from '../core/judge/rule.js';
import { inField, isCitation, isRequiredForm, namesOrigin, toWrite } from '../core/judge/attribution.js';
import { documentRange } from '../core/read/positions.js';
import type { Document } from '../core/read/types.js';
import type { SourceClaim } from '../core/metadata/types.js';
import { creditAtTop } from './credit-position.js';
import { creditInPlace, replaceFix, standsAlone, titleFieldRemedy } from './fixes.js';

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

/**
 * Rewriting the credit needs no judgement only where it names the publisher alone, and is not
 * in a field (front matter or a JSON Lines key: the key is the user's, and a rewrite would have to
 * keep the YAML or JSON valid and the record's other columns in place) nor a citation inside a sentence (据国际在线报道，…
 * stays: only a 据国际在线报道 standing as its own line is rewritten), nor beside another
 * outlet (来源：国际在线、新华社).
 */
function fixable(claim: SourceClaim, document: Document): boolean {
  if (inField(claim)) return false;
  if (/[、，,;；/]|和|与/u.test(claim.value)) return false;
  return !isCitation(claim) || standsAlone(document, claim.line.span);
}

function checkNonstandardAttribution(context: RuleContext): void {
  const { subject, claims, document } = context;
  if (subject.origin.kind === 'third-party' || !usePermitted(context)) return;
  const { pack } = subject;
  const { attribution } = pack;
  const naming = claims.filter((c) => namesOrigin(c, subject.origin, pack));
  if (naming.length === 0 || attribution?.required === undefined) return;
  const { required } = attribution;
  const standard = naming.find((c) => isRequiredForm(c, pack));
  if (!standard) {
    const claim = naming[0];
    const written = toWrite(claim, subject.origin, pack) ?? required;
    context.report({
      clause: attribution.clause,
      term: 'attribution',
      span: claim.line.span,
      message: `来源写作「${claim.line.value}」，${pack.publisher.name}要求的写法是「${required}」`,
      claim,
      expected: required,
      remedy: claim.field ? titleFieldRemedy(claim, written) : `把「${claim.line.value}」改为「${fixable(claim, document) ? creditInPlace(document, claim.line.span, written) : written}」`,
      fix: fixable(claim, document) ? replaceFix(document, claim.line.span, creditInPlace(document, claim.line.span, required)) : undefined,
    });
    return;
  }
  // a field is the page's head wherever the record or front matter writes it
  if (attribution.position === 'top' && !inField(standard) && !creditAtTop(document, context.metadata, standard.line.span.start, attribution)) {
    const fileLine = documentRange(document, standard.line.span).line;
    context.report({
      clause: attribution.clause,
      term: 'attribution',
      span: standard.line.span,
      message: `「${standard.line.value}」在第 ${fileLine} 行，已在正文开始之后；${pack.publisher.name}要求来源标在文章开头（标题下方、正文之前）`,
      claim: standard,
      expected: required,
      remedy: `把「${required}」移到标题下方、正文之前`,
    });
  }
}

