import type { Rule, RuleContext } from '../core/judge/rule.js';
import { docsUrl } from '../core/judge/rule.js';
import { useName } from '../core/judge/use-name.js';
import { isWritten, rightsHolder, termClause } from '../core/config/pack-entries.js';
import { bookTitle } from '../core/shared/book-title.js';

/** Own content of the publisher used where no licence for that publisher covers the file (clauses 2 and 3). */
export const unauthorizedReuse: Rule = Object.freeze<Rule>({
  id: 'unauthorized-reuse',
  description: 'Content the publisher owns is reused without a written licence.',
  docs: docsUrl('unauthorized-reuse'),
  defaultSeverity: 'error',
  clauseKinds: ['restricted', 'ownContent', 'licensing.agreement'],
  needs: ['restricted'],
  check: checkUnauthorizedReuse,
});

function checkUnauthorizedReuse(context: RuleContext): void {
  const { subject, licensing } = context;
  if (subject.origin.kind === 'third-party' || licensing.status !== 'none') return;
  const { pack } = subject;
  const what = subject.reuse
    ? `${useName(subject.reuse.kind)}了${pack.publisher.name}的文章${bookTitle(subject.reuse.article.title)}（覆盖原文 ${Math.round(subject.reuse.coverage * 100)}%）`
    : `含有${pack.publisher.name}自有版权内容的标记「${subject.marker?.value ?? ''}」`;
  const term = markedWithSource(context) || pack.licensing.agreementClause === undefined ? 'restricted' : 'licensing.agreement';
  const written = isWritten(pack) ? '书面' : '';
  context.report({
    clause: termClause(pack, term),
    term,
    message: `${what}，但配置中没有覆盖本文件的${pack.publisher.name}授权；注明来源也不能代替${written}授权`,
    remedy: `取得${rightsHolder(pack)}的${written}授权并在 laiyuan.yaml 的 licences 中登记，或删除所用内容`,
  });
}

/** Clause 2 speaks of content marked 来源:国际在线; clause 3 of own content known by its markers. */
function markedWithSource(context: RuleContext): boolean {
  return Boolean(context.subject.reuse && context.subject.origin.evidence?.includes('来源'));
}
