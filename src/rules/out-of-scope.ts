import type { Rule, RuleContext } from '../core/judge/rule.js';
import { docsUrl } from '../core/judge/rule.js';
import { rightsHolder, termClause } from '../core/config/pack-entries.js';

/** A licence for the publisher exists, but this use is outside its terms (clause 3). */
export const outOfScope: Rule = Object.freeze<Rule>({
  id: 'out-of-scope',
  description: 'The use goes beyond the licence: another kind of use, or outside its dates.',
  docs: docsUrl('out-of-scope'),
  defaultSeverity: 'error',
  clauseKinds: ['licensing.scope'],
  needs: ['restricted'],
  check: checkOutOfScope,
});

function checkOutOfScope(context: RuleContext): void {
  const { subject, licensing } = context;
  if (subject.origin.kind === 'third-party' || licensing.status !== 'out-of-scope') return;
  const { pack } = subject;
  const agreement = licensing.licence.agreement ? `（协议 ${licensing.licence.agreement}）` : '';
  // a notice with no scope clause still restricts every use the licence does not grant
  const term = pack.licensing.scopeClause !== undefined ? 'licensing.scope' : 'restricted';
  context.report({
    clause: termClause(pack, term),
    term,
    message: `超出授权范围使用${pack.publisher.name}的内容${agreement}：${licensing.breaches.map((b) => b.detail).join('；')}`,
    remedy: `在授权范围内使用，或就超出部分向${rightsHolder(pack)}申请扩大授权`,
  });
}
