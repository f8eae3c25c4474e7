import type { Finding } from '../core/judge/types.js';

/**
 * 第N条：「…」 for a finding that rests on a clause, undefined for laiyuan's own (clause 0). For
 * people, the words of the clause the finding rests on (…使用时应注明“来源:国际在线”…) when
 * the finding knows them, else the whole clause.
 */
export function clauseLine(finding: Pick<Finding, 'clause'>, oneLine = false): string | undefined {
  const { number, text, quote } = finding.clause;
  if (number === 0) return undefined;
  if (!text) return `第${number}条`;
  const words = quote && quote !== text ? `…${quote}…` : text;
  return `第${number}条：「${oneLine ? words.replace(/\s+/gu, ' ') : words}」`;
}

/** （第N条） to follow a message or title, or nothing. */
export function clauseTag(finding: Pick<Finding, 'clause'>, open = '（', close = '）'): string {
  return finding.clause.number === 0 ? '' : `${open}第${finding.clause.number}条${close}`;
}
