import type { Rule, RuleContext } from '../core/judge/rule.js';
import { docsUrl } from '../core/judge/rule.js';
import { useName } from '../core/judge/use-name.js';
import { termClause } from '../core/config/pack-entries.js';
import { bookTitle } from '../core/shared/book-title.js';
import type { Origin } from '../core/metadata/types.js';

/**
 * The document is dated before the article it reuses: the publisher may have reprinted the
 * document, not the other way round. Reported in place of the findings the other rules would
 * make on that reuse, at a lower severity, so that a person checks who published first.
 */
export const predatesSource: Rule = Object.freeze<Rule>({
  id: 'predates-source',
  description: 'The document is older than the corpus article it matches: the archive may hold the copy.',
  docs: docsUrl('predates-source'),
  defaultSeverity: 'info',
  clauseKinds: ['restricted'],
  needs: ['restricted'],
  onPredated: true,
  check: checkPredatesSource,
});

function checkPredatesSource(context: RuleContext): void {
  const { subject, predated } = context;
  if (!predated || !subject.reuse) return;
  const { pack, reuse } = subject;
  const { owner, reprinter } = whose(subject.origin, pack.publisher.name);
  context.report({
    clause: termClause(pack, 'restricted'),
    term: 'restricted',
    message:
      `本文日期 ${predated.documentDate} 早于${owner}${bookTitle(predated.title)}的日期 ${predated.articleDate}：` +
      `两文${useName(reuse.kind)}关系可能相反（${reprinter}转载了本文），未按 ${predated.heldBack.join('、')} 报告`,
    remedy: `核实谁先发表：本文确为首发时保留首发证据（发布记录、存档页面）；日期有误时更正本文日期，再按其他规则处理`,
  });
}

/**
 * Whose the article is, as the other rules name it: a third-party article of the archive (来源：城市晚报)
 * is its outlet's, not the publisher's; one whose page names no outlet is the publisher's reprint.
 */
function whose(origin: Origin, publisher: string): { owner: string; reprinter: string } {
  if (origin.kind !== 'third-party') return { owner: publisher, reprinter: publisher };
  if (origin.source === '') return { owner: `${publisher}转载的第三方稿件`, reprinter: '原始来源' };
  return { owner: origin.source, reprinter: origin.source };
}
