// A pack of one restriction whose clauses restrict more uses than it lists: written by a laiyuan
// that kept only a notice's first restriction (中新网: 刊用本网站稿件，务经书面授权 as 转载, and not
// 未经授权禁止转载、摘编、复制 after it), which a compile of the same notice now lists in full.
import type { Pack, UseAction } from '../types.js';
import { readRestriction } from './restriction.js';
import { sentencesOf } from './text.js';

/** The uses the pack's clauses restrict, as a compile reads them, that its one restriction does not list. */
export function unlistedRestrictedUses(pack: Pack): UseAction[] {
  const { restricted } = pack;
  if (restricted === undefined || restricted.each !== undefined) return [];
  const read = pack.clauses.flatMap((clause) => sentencesOf({ number: clause.number, text: clause.quote }));
  const uses = read.flatMap((sentence) => readRestriction(sentence, {}).flatMap((r) => (r.kind === 'restricted' ? (r.actions ?? []) : [])));
  return [...new Set(uses)].filter((use) => !restricted.actions.includes(use));
}
