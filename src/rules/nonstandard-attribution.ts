import type { Rule, RuleContext } from '../core/rule.js';
import { docsUrl } from '../core/rule.js';
import { isRequiredForm, namesOrigin } from '../core/attribution.js';
import { replaceFix, visibleLineNumber } from './fixes.js';

/** The publisher is credited, but not in the exact form or place its notice asks (clause 3). */
export const nonstandardAttribution: Rule = Object.freeze({
  id: 'nonstandard-attribution',
  description: 'The source is named, but not in the form the notice requires.',
  docs: docsUrl('nonstandard-attribution'),
  defaultSeverity: 'warning',
  clauseKinds: ['attribution'],
  check: checkNonstandardAttribution,
});

function checkNonstandardAttribution(context: RuleContext): void {
  const { subject, licensing, claims, document } = context;
  if (subject.origin.kind === 'third-party' || licensing.status === 'none') return;
  const { pack } = subject;
  const naming = claims.filter((c) => namesOrigin(c, subject.origin, pack));
  if (naming.length === 0) return;
  const required = pack.attribution.required;
  const standard = naming.find((c) => isRequiredForm(c, pack));
  if (!standard) {
    const claim = naming[0];
    context.report({
      clause: pack.attribution.clause,
      span: claim.line.span,
      message: `来源写作「${claim.line.value}」，${pack.publisher.name}要求的写法是「${required}」`,
      expected: required,
      remedy: `把「${claim.line.value}」改为「${required}」`,
      fix: claim.form === 'front-matter' ? undefined : replaceFix(document, claim.line.span, required),
    });
    return;
  }
  const line = visibleLineNumber(document.text, standard.line.span.start);
  if (pack.attribution.position === 'top' && line > pack.attribution.topLines) {
    context.report({
      clause: pack.attribution.clause,
      span: standard.line.span,
      message: `「${standard.line.value}」在第 ${line} 行，${pack.publisher.name}要求来源标在文章开头（前 ${pack.attribution.topLines} 行内）`,
      expected: required,
      remedy: `把「${required}」移到标题下方`,
    });
  }
}
