// A run that reuses a pack's archive articles, none of them the publisher's own, passes every
// reprint of them as another outlet's content. Where the pack's name is not the one its pages credit
// (compiled from a footer's 长江互动传媒网版权所有, the pages saying 来源：长江网), that green run is wrong
// and nothing shows why: one note per pack names what the pages credit and how to add the name.
import type { Pack } from '../core/config/types.js';
import type { ReusedOrigins } from '../core/judge/types.js';
import { ownNone } from '../core/judge/reused-origins.js';

/** Most outlets a note names, the most credited first. */
const NAMED = 5;

/** A note for each pack whose reused archive articles are all other outlets', with the name to add. */
export function ownNoneNotes(checks: ReadonlyArray<{ reusedOrigins?: ReusedOrigins[] }>, packs: readonly Pack[]): string {
  return ownNone(checks.flatMap((c) => c.reusedOrigins ?? []))
    .flatMap((counted) => {
      const pack = packs.find((p) => p.id === counted.pack);
      return pack ? [`laiyuan: note: ${ownNoneNote(counted, pack)}\n`] : [];
    })
    .join('');
}

function ownNoneNote(counted: { credits: ReadonlyMap<string, number> }, pack: Pack): string {
  const credits = [...counted.credits].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = credits.reduce((n, [, c]) => n + c, 0);
  const shown = credits.slice(0, NAMED).map(([name, n]) => `${name === '' ? 'no outlet named' : name} (${n})`);
  const more = credits.length > NAMED ? ` and ${credits.length - NAMED} more` : '';
  const publisher = pack.publisher.name;
  const which = total === 1 ? `the one archive article the checked files reuse is not ${publisher}'s own: its page credits` : `none of the ${total} archive articles the checked files reuse is ${publisher}'s own: their pages credit`;
  const head = `pack '${pack.id}' (${pack.file}): ${which} ${shown.join(', ')}${more}, so a reprint of ${total === 1 ? 'it' : 'them'} is judged as the credited outlet's content, not ${publisher}'s`;
  const name = credits.find(([n]) => n !== '')?.[0];
  if (name === undefined) return head;
  return `${head}; if ${name} is ${publisher} under another name, add it to publisher.aliases in ${pack.file} (or compile the notice again with --name ${name}) and build the archive's index again if one is used`;
}
