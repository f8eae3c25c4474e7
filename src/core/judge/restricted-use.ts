// Which restriction of a notice a use falls under, and the notice's own word for that use: a
// finding names the use as the clause does (使用 under 未经书面授权禁止使用, 刊用 under 刊用本网站稿件，
// 务经书面授权), and cites the clause that names it (摘编 under 未经授权禁止转载、摘编, not 刊用…).
import { restrictions } from '../config/pack-entries.js';
import { useWord } from '../config/notice/restriction.js';
import type { Pack, Restriction, UseAction } from '../config/types.js';
import type { ReuseKind } from '../match/types.js';

/**
 * The uses of a notice that take in each kind of reuse, most fitting first: a copy with edits is
 * still a reprint, a paragraph taken is still copied, and 其他方式使用 (禁止使用) takes in every use.
 */
const RESTRICTED_BY: Record<ReuseKind, readonly UseAction[]> = {
  reprint: ['转载', '复制', '其他方式使用'],
  excerpt: ['摘编', '复制', '其他方式使用'],
  edited: ['改编', '转载', '复制', '其他方式使用'],
};

export interface RestrictedUse {
  restriction: Restriction;
  /** The notice's word for the use (转载, 刊用, 使用 …). */
  word: string;
}

/** The first restriction naming a use that takes in this kind of reuse; undefined when the notice restricts none such. */
export function restrictedUse(pack: Pack, kind: ReuseKind): RestrictedUse | undefined {
  const all = restrictions(pack);
  for (const action of RESTRICTED_BY[kind]) {
    const restriction = all.find((r) => r.actions.includes(action));
    if (restriction) return { restriction, word: useWord(restriction.quote ?? '', action) };
  }
  return undefined;
}
