// Which restriction of a notice a use falls under, and the notice's own word for that use: a
// finding names the use as the clause does (使用 under 未经书面授权禁止使用, 刊用 under 刊用本网站稿件，
// 务经书面授权), and cites the clause that names it (摘编 under 未经授权禁止转载、摘编, not 刊用…).
import { restrictions } from '../config/pack-entries.js';
import { useWord } from '../config/notice/restriction.js';
import type { Pack, Restriction, UseAction } from '../config/types.js';
import type { ReuseKind } from '../match/types.js';

/**
 * The uses of a notice that take in each kind of reuse, most fitting first: a paragraph taken is
 * still copied, 其他方式使用 (禁止使用) takes in every use, and a copy with edits is a use other than
 * the ones named (转载、摘编、复制或利用其他方式使用), else still a reprint.
 */
const RESTRICTED_BY: Record<ReuseKind, readonly UseAction[]> = {
  reprint: ['转载', '复制', '其他方式使用'],
  excerpt: ['摘编', '复制', '其他方式使用'],
  edited: ['改编', '其他方式使用', '转载', '复制'],
};

/** Words that name publishing the content in any form, whole or in part: 刊用本网站稿件，务经书面授权. */
const ANY_USE = /^(?:刊用|刊登)$/u;

export interface RestrictedUse {
  restriction: Restriction;
  /** The notice's word for the use (转载, 刊用, 使用 …). */
  word: string;
}

/**
 * The first restriction naming a use that takes in this kind of reuse, else one whose words name
 * any publishing of the content (a pack compiled with 刊用 as 转载 restricts an excerpt too);
 * undefined when the notice restricts none such.
 */
export function restrictedUse(pack: Pack, kind: ReuseKind): RestrictedUse | undefined {
  const all = restrictions(pack);
  for (const action of RESTRICTED_BY[kind]) {
    const restriction = all.find((r) => r.actions.includes(action));
    if (restriction) return { restriction, word: useWord(restriction.quote ?? '', action) };
  }
  for (const restriction of all) {
    const word = restriction.actions.map((action) => useWord(restriction.quote ?? '', action)).find((w) => ANY_USE.test(w));
    if (word) return { restriction, word };
  }
  return undefined;
}
