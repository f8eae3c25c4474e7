// Whose content the archive articles are that a run's documents reuse, per pack: the run says once
// when none of a pack's is the publisher's own (cli/own-none-note.ts). A pack named otherwise than
// its pages credit the publisher (长江互动传媒网 from the footer, 来源：长江网 on every page) reads each
// page as another outlet's, and every reprint of it passes without a word.
import type { Reuse } from '../match/types.js';
import type { ReusedOrigins } from './types.js';

/**
 * `into` with the reuses counted: an own article (any not third-party, as subjectsFor reads it), or
 * another outlet's listed (its file and id) under the name its page credits; once a pack has an own
 * one its others are not kept, as the run's note is then not said.
 */
export function countReusedOrigins(into: ReusedOrigins[], reuses: readonly Reuse[]): ReusedOrigins[] {
  for (const { article } of reuses) {
    let counted = into.find((r) => r.pack === article.pack);
    if (!counted) into.push((counted = { pack: article.pack, own: 0, others: {} }));
    const { kind, source } = article.origin;
    if (kind !== 'third-party') {
      counted.own++;
      counted.others = {};
    } else if (counted.own === 0) {
      (counted.others[source] ??= []).push(`${article.doc.path}\u0000${article.id}`);
    }
  }
  return into;
}

/** The packs of which the run reused articles but none the publisher's own, with how many articles each outlet's name is credited on. */
export function ownNone(counts: Iterable<ReusedOrigins>): Array<{ pack: string; credits: Map<string, number> }> {
  const owned = new Set<string>();
  const all = new Map<string, Map<string, Set<string>>>();
  for (const c of counts) {
    if (c.own > 0) owned.add(c.pack);
    if (owned.has(c.pack)) continue;
    const names = all.get(c.pack) ?? new Map<string, Set<string>>();
    all.set(c.pack, names);
    for (const [name, keys] of Object.entries(c.others)) {
      const articles = names.get(name) ?? new Set<string>();
      names.set(name, articles);
      for (const key of keys) articles.add(key);
    }
  }
  return [...all]
    .filter(([pack, names]) => !owned.has(pack) && names.size > 0)
    .map(([pack, names]) => ({ pack, credits: new Map([...names].map(([name, articles]) => [name, articles.size])) }));
}
