// Which rules run for a pack: a rule needs terms of the notice (Rule.needs), and a pack whose
// notice lacks one does not get that rule. Said in words for `rules show` and `explain`.
import type { Pack } from '../config/types.js';
import { hasTerm, missingTerms, PACK_TERM_WORDS } from '../config/pack-entries.js';
import type { Rule } from './rule.js';

/** Why a rule does not run (or runs only on the publisher's own content) for a pack; undefined when it runs on all. */
export function notRunning(rule: Rule, pack: Pack): string | undefined {
  const own = missingTerms(pack, rule.needs);
  if (own.length > 0) return `${rule.id} does not run for pack ${pack.id}: the notice has no ${own.map((t) => PACK_TERM_WORDS[t]).join(', no ')}`;
  const third = rule.thirdPartyNeeds ? missingTerms(pack, rule.thirdPartyNeeds) : [];
  if (third.length > 0) return `${rule.id} does not run for pack ${pack.id} on content reprinted from other media: the notice has no ${third.map((t) => PACK_TERM_WORDS[t]).join(', no ')}`;
  return undefined;
}

/**
 * Why no rule can run for a pack (its notice restricts no use and asks no credit: 新浪's 版权所有
 * line alone), in one line naming the pack and what to do; undefined when some rule runs. `config`:
 * the config file whose packs name it; without one, the pack was just compiled and nothing names it.
 */
export function idlePack(pack: Pack, rules: readonly Rule[], config?: string): string | undefined {
  if (rules.some((rule) => missingTerms(pack, rule.needs).length === 0)) return undefined;
  const lacking = [...new Set(rules.map((rule) => missingTerms(pack, rule.needs)[0]))].filter((t) => t !== 'attribution.required' || hasTerm(pack, 'attribution'));
  const keys = lacking.map((t) => `${t}:`).join(', ');
  const why = `no rule can run for pack '${pack.id}' (${pack.file}): its notice has no ${lacking.map((t) => PACK_TERM_WORDS[t]).join(', no ')}, so no reprint of ${pack.name}'s articles could be reported`;
  const add = `add the clause that says so to the pack (${keys} each with clause: and quote:, the notice's words)`;
  if (config !== undefined) return `${why}; ${add}, or take the pack out of packs in ${config}`;
  return `${why}, and laiyuan check stops on such a pack (a warning beside packs whose rules run): compile the publisher's fuller notice (its 版权声明 or 免责声明 page) if it has one, or ${add}; else do not add the pack to packs in laiyuan.yaml`;
}
