// The words for a part of a page that needs its own credit: a compilation's part, or the excerpt
// a page mostly its own took from an article (see mostlyOwnText).
import type { RuleContext } from '../core/judge/rule.js';

/** 本文有一部分（占 4%）出自国际在线，但没有注明「来源:国际在线」. */
export function uncreditedPart(context: RuleContext, expected: string): string {
  const { origin, pack, reuse } = context.subject;
  const share = reuse ? `（占 ${Math.max(1, Math.round(reuse.docCoverage * 100))}%）` : '';
  const third = origin.kind === 'third-party';
  const what = third ? `是${pack.publisher.name}转载自${origin.source}的稿件` : `出自${pack.publisher.name}`;
  return `本文有一部分${share}${what}，但没有注明${third ? '原始来源' : ''}「${expected}」`;
}

/** 在取自《…》的部分上方注明「来源:新浪体育」. */
export function partCredit(context: RuleContext, expected: string): string {
  const title = context.subject.reuse?.article.title;
  const part = title === undefined ? '这部分内容' : `取自《${title}》的部分`;
  return `在${part}上方注明「${expected}」`;
}
