import type { Rule, RuleContext } from '../core/judge/rule.js';
import { allowedByNotice, docsUrl } from '../core/judge/rule.js';
import { useName } from '../core/judge/use-name.js';
import { isWritten, restrictions, rightsHolder, termClause } from '../core/config/pack-entries.js';
import { useWord } from '../core/config/notice/restriction.js';
import type { Restriction } from '../core/config/types.js';
import { restrictedUse } from '../core/judge/restricted-use.js';
import { bookTitle } from '../core/shared/book-title.js';
import { isCitation, namesOrigin } from '../core/judge/attribution.js';

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
  // a reprint the notice allows with a credit (如需转载，请注明来源 beside 严禁建立镜像) is missing-attribution's to judge
  if (subject.origin.kind === 'third-party' || licensing.status !== 'none' || allowedByNotice(context)) return;
  const { pack, reuse } = subject;
  if (!reuse) {
    reportUse(context, `含有${pack.publisher.name}自有版权内容的标记「${subject.marker?.value ?? ''}」`, restrictions(pack)[0]);
    return;
  }
  const coverage = `覆盖原文 ${Math.round(reuse.coverage * 100)}%`;
  const article = `${pack.publisher.name}的文章${bookTitle(reuse.article.title)}`;
  const kind = useName(reuse.kind);
  const use = restrictedUse(pack, reuse.kind);
  if (use) {
    // the use as the clause words it; the kind of reuse beside it where the clause words it otherwise
    reportUse(context, `${use.word}了${article}（${use.word === kind ? '' : `${kind}，`}${coverage}）`, use.restriction);
    return;
  }
  // the notice restricts other uses (未经授权不得转载 and a paragraph taken): said as it stands, not as an error
  const all = restrictions(pack);
  const words = [...new Set(all.flatMap((r) => r.actions.map((a) => useWord(r.quote ?? '', a))))];
  context.report({
    clause: all[0].clause,
    term: 'restricted',
    ...(all[0].quote ? { quote: all[0].quote } : {}),
    severity: 'warning',
    message: `${kind}了${article}（${coverage}）；${pack.publisher.name}的声明限制的是${words.join('、')}，没有提到${kind}，配置中也没有覆盖本文件的${pack.publisher.name}授权`,
    remedy: `向${rightsHolder(pack)}确认${kind}是否需要授权：需要时取得授权并在 laiyuan.yaml 的 licences 中登记，或删除所用内容`,
  });
}

/** An unlicensed use the restriction names: the finding quotes that restriction's words. */
function reportUse(context: RuleContext, what: string, restriction: Restriction): void {
  const { pack } = context.subject;
  const term = markedWithSource(context) || pack.licensing.agreementClause === undefined ? 'restricted' : 'licensing.agreement';
  const written = isWritten(pack, restriction) ? '书面' : '';
  context.report({
    clause: term === 'restricted' ? restriction.clause : termClause(pack, term),
    term,
    ...(term === 'restricted' && restriction.quote ? { quote: restriction.quote } : {}),
    message: `${what}，但配置中没有覆盖本文件的${pack.publisher.name}授权${creditedAnyway(context) ? `；注明来源也不能代替${written}授权` : ''}`,
    remedy: `取得${rightsHolder(pack)}的${written}授权并在 laiyuan.yaml 的 licences 中登记，或删除所用内容`,
  });
}

/**
 * Whether to say a credit does not stand for the licence: only where the notice asks licensees for
 * a credit besides their licence (its attribution term, 使用时应注明“来源:国际在线”) and the file
 * credits the publisher, as if that were enough. A notice that says nothing of credits says nothing
 * of what they cannot do.
 */
function creditedAnyway(context: RuleContext): boolean {
  const { pack, origin } = context.subject;
  return pack.attribution !== undefined && context.claims.some((c) => !isCitation(c) && namesOrigin(c, origin, pack));
}

/** Clause 2 speaks of content marked 来源:国际在线; clause 3 of own content known by its markers. */
function markedWithSource(context: RuleContext): boolean {
  return Boolean(context.subject.reuse && context.subject.origin.evidence?.includes('来源'));
}
