// The entries of a pack read back as sentences, by the clause each rests on.
import type { Pack } from './types.js';

export interface PackEntry {
  /** Key path in the pack file, e.g. 'licensing.scope': what a rule's `clauseKinds` name. */
  name: string;
  clause: number;
  /** What laiyuan reads from the clause, in a sentence. */
  summary: string;
}

const quoted = (items: readonly string[]): string => items.map((s) => `「${s}」`).join(', ');

/** Every entry of a pack, in the order of the pack file. */
export function packEntries(pack: Pack): PackEntry[] {
  const { publisher, attribution, ownContent, restricted, licensing, thirdParty, contact } = pack;
  const where = attribution.position === 'top' ? 'at the top: under the headline, before the body text' : 'anywhere in the text';
  const accepted = attribution.accepted.length > 0 ? ` (also accepted: ${quoted(attribution.accepted)})` : '';
  const aliases = publisher.aliases.length > 0 ? `; also credited as ${publisher.aliases.join(', ')}` : '';
  return [
    { name: 'publisher', clause: publisher.clause, summary: `${publisher.name}, run by ${publisher.owner}; rights sold by ${publisher.licensor}${aliases}` },
    { name: 'attribution', clause: attribution.clause, summary: `cite ${quoted([attribution.required])}${accepted}, ${where}` },
    { name: 'ownContent', clause: ownContent.clause, summary: `own content is marked ${quoted(ownContent.markers)}` },
    { name: 'thirdPartyException', clause: ownContent.clause, summary: `content marked ${quoted(ownContent.thirdPartyMarkers)} is not own content` },
    { name: 'restricted', clause: restricted.clause, summary: `${restricted.actions.join('、')} need written authorization` },
    { name: 'licensing.scope', clause: licensing.scopeClause, summary: 'a licensee uses the content only within its licence, and cites the source' },
    { name: 'licensing.agreement', clause: licensing.agreementClause, summary: 'without an agreement or letter of authorization nobody may sell or use own content' },
    { name: 'thirdParty', clause: thirdParty.clause, summary: 'articles marked as from other media are reprints: credit the original source' },
    { name: 'contact', clause: contact.clause, summary: `questions about content or rights within ${contact.windowDays} days` },
  ];
}
