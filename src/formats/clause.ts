import type { Finding } from '../core/types.js';

/** 第N条：「…」 for a finding that rests on a clause; undefined for laiyuan's own (clause 0). */
export function clauseLine(finding: Pick<Finding, 'clause'>, oneLine = false): string | undefined {
  const { number, text } = finding.clause;
  if (number === 0) return undefined;
  if (!text) return `第${number}条`;
  return `第${number}条：「${oneLine ? text.replace(/\s+/gu, ' ') : text}」`;
}

/** （第N条） to follow a message or title, or nothing. */
export function clauseTag(finding: Pick<Finding, 'clause'>, open = '（', close = '）'): string {
  return finding.clause.number === 0 ? '' : `${open}第${finding.clause.number}条${close}`;
}
