// A pack compiled before `restricted:` could be a list holds the notice's first restriction only:
// where its clauses restrict more uses than it lists, one line on stderr says how to compile it again.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { unlistedRestrictedUses } from '../core/config/notice/unlisted-uses.js';
import type { Pack } from '../core/config/types.js';
import { shellWord } from '../io/display-path.js';

/** The notice `rules compile` wrote in the header of the pack it printed, as it named it. */
const HEADER = /^# Compiled by `laiyuan rules compile` from (.+?): check every term/mu;

/** One note per pack (once however often a pack is named) whose one restriction lists fewer uses than its clauses restrict. */
export async function recompileHints(packs: readonly Pack[], cwd: string): Promise<string> {
  const lines = new Map<string, string>();
  for (const pack of packs) {
    const unlisted = unlistedRestrictedUses(pack);
    if (unlisted.length === 0 || lines.has(pack.file)) continue;
    const text = await readFile(path.resolve(cwd, pack.file), 'utf8').catch(() => undefined);
    // a pack file over a notice (notice:) is compiled on load: its restricted: is the user's own
    if (text === undefined || /^notice:/mu.test(text)) continue;
    const notice = HEADER.exec(text)?.[1];
    const command = `laiyuan rules compile ${notice === undefined ? '<notice>' : shellWord(notice)} --id ${pack.id} --name ${shellWord(pack.name)} -o ${shellWord(pack.file)}`;
    const listed = pack.restricted?.actions.join('、') ?? '';
    lines.set(pack.file, `laiyuan: note: pack '${pack.id}' (${pack.file}) lists one restriction (${listed}), but its clauses restrict ${unlisted.join('、')} too: a pack compiled before restricted: could be a list keeps a notice's first restriction only; compile the notice again to list each (-o overwrites the pack: add back what you wrote by hand): ${command}\n`);
  }
  return [...lines.values()].join('');
}
