// Which rules run for a pack: a rule needs terms of the notice (Rule.needs), and a pack whose
// notice lacks one does not get that rule. Said in words for `rules show` and `explain`.
import type { Pack } from '../config/types.js';
import { missingTerms, PACK_TERM_WORDS } from '../config/pack-entries.js';
import type { Rule } from './rule.js';

/** Why a rule does not run (or runs only on the publisher's own content) for a pack; undefined when it runs on all. */
export function notRunning(rule: Rule, pack: Pack): string | undefined {
  const own = missingTerms(pack, rule.needs);
  if (own.length > 0) return `${rule.id} does not run for pack ${pack.id}: the notice has no ${own.map((t) => PACK_TERM_WORDS[t]).join(', no ')}`;
  const third = rule.thirdPartyNeeds ? missingTerms(pack, rule.thirdPartyNeeds) : [];
  if (third.length > 0) return `${rule.id} does not run for pack ${pack.id} on content reprinted from other media: the notice has no ${third.map((t) => PACK_TERM_WORDS[t]).join(', no ')}`;
  return undefined;
}
