// A rule's docs page (docs/rules/<rule>.md) and the clauses of a pack it enforces, as data.
import type { Clause, Pack } from '../config/types.js';
import { packEntries, type PackEntry } from '../config/pack-entries.js';

/** The body of the `## <heading>` section of a Markdown page (without the heading), if it has one. */
export function markdownSection(page: string, heading: string): string | undefined {
  const lines = page.split(/\r?\n/u);
  const start = lines.findIndex((l) => l.trim().toLowerCase() === `## ${heading.toLowerCase()}`);
  if (start < 0) return undefined;
  let end = start + 1;
  let fenced = false;
  for (; end < lines.length; end++) {
    if (/^\s*(```|~~~)/u.test(lines[end])) fenced = !fenced;
    if (!fenced && /^#{1,2}\s/u.test(lines[end])) break;
  }
  return lines.slice(start + 1, end).join('\n').trim();
}

export interface EnforcedClause {
  clause: Clause;
  /** The pack's entries on this clause that the rule enforces (`clauseKinds` name them). */
  entries: PackEntry[];
}

/** The clauses of a pack a rule enforces, in the pack's order. */
export function enforcedClauses(pack: Pack, clauseKinds: readonly string[]): EnforcedClause[] {
  const entries = packEntries(pack).filter((e) => clauseKinds.includes(e.name));
  return pack.clauses
    .map((clause) => ({ clause, entries: entries.filter((e) => e.clause === clause.number) }))
    .filter((c) => c.entries.length > 0);
}
