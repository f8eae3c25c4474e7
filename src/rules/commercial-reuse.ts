import type { Rule, RuleContext } from '../core/judge/rule.js';
import { docsUrl } from '../core/judge/rule.js';
import { useName } from '../core/judge/use-name.js';
import { rightsHolder, termClause } from '../core/config/pack-entries.js';
import { bookTitle } from '../core/shared/book-title.js';

/**
 * The notice asks authorization of commercial reuse only (商业转载请联系作者获得授权，非商业转载请
 * 注明出处), the config says the content repository is commercial, and no licence covers the
 * file. A notice that restricts every reuse (`restricted`) is enforced by unauthorized-reuse.
 */
export const commercialReuse: Rule = Object.freeze<Rule>({
  id: 'commercial-reuse',
  description: 'A commercial site reuses content whose notice asks authorization of commercial reuse, without a licence.',
  docs: docsUrl('commercial-reuse'),
  defaultSeverity: 'error',
  clauseKinds: ['commercial'],
  needs: ['commercial'],
  check: checkCommercialReuse,
});

function checkCommercialReuse(context: RuleContext): void {
  const { subject, licensing } = context;
  const { pack } = subject;
  if (!context.commercial || subject.origin.kind === 'third-party' || licensing.status !== 'none' || pack.restricted) return;
  const what = subject.reuse
    ? `${useName(subject.reuse.kind)}了${pack.publisher.name}的文章${bookTitle(subject.reuse.article.title)}（覆盖原文 ${Math.round(subject.reuse.coverage * 100)}%）`
    : `含有${pack.publisher.name}自有内容的标记「${subject.marker?.value ?? ''}」`;
  context.report({
    clause: termClause(pack, 'commercial'),
    term: 'commercial',
    message: `${what}；本站为商业用途（配置 commercial: true），${pack.publisher.name}的声明要求商业使用取得授权，但配置中没有覆盖本文件的${pack.publisher.name}授权`,
    remedy: `取得${rightsHolder(pack)}的授权并在 laiyuan.yaml 的 licences 中登记，或删除所用内容`,
  });
}
