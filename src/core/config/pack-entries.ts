// The entries of a pack read back as sentences, by the clause each rests on; which terms a
// pack has (a rule needs some of them), and who holds the rights, as far as the notice says.
import { useWord } from './notice/restriction.js';
import type { Pack, Restriction, UseAction } from './types.js';

export interface PackEntry {
  /** Key path in the pack file, e.g. 'licensing.scope': what a rule's `clauseKinds` and `needs` name. */
  name: string;
  clause: number;
  /** What laiyuan reads from the clause, in a sentence. */
  summary: string;
}

/** The terms a rule may need, by key path, and what the notice would have to say for each. */
export const PACK_TERM_WORDS = {
  attribution: 'attribution (a credit required: 注明来源/出处)',
  'attribution.required': 'exact form of attribution (使用时应注明“来源:X”)',
  ownContent: 'own-content markers (X专稿, X消息, 本网原创 …)',
  restricted: 'restricted uses (未经授权，不得转载 …)',
  'licensing.scope': 'licensing scope (被授权人应在授权范围内使用)',
  'licensing.agreement': 'licensing agreement (未签订协议者无权使用)',
  thirdParty: 'third-party clause (凡本网注明“来源:XXX”的作品，均转载自其它媒体)',
  commercial: 'commercial-reuse clause (商业转载请联系作者获得授权)',
  contact: 'contact clause (与本网联系)',
  'contact.windowDays': 'time window (N日内)',
} as const;

export type PackTerm = keyof typeof PACK_TERM_WORDS;

/** Whether the pack's notice has a term. */
export function hasTerm(pack: Pack, term: PackTerm): boolean {
  switch (term) {
    case 'attribution.required':
      return pack.attribution?.required !== undefined;
    case 'licensing.scope':
      return pack.licensing.scopeClause !== undefined;
    case 'licensing.agreement':
      return pack.licensing.agreementClause !== undefined;
    case 'contact.windowDays':
      return pack.contact?.windowDays !== undefined;
    default:
      return pack[term] !== undefined;
  }
}

/** The terms of `needs` the pack lacks, in order. */
export function missingTerms(pack: Pack, needs: readonly PackTerm[]): PackTerm[] {
  return needs.filter((term) => !hasTerm(pack, term));
}

/**
 * The clause a term rests on. Rules ask only for terms they declare in `needs`, which the engine
 * has checked the pack has: a missing one here is a bug in the rule, not in the pack.
 */
export function termClause(pack: Pack, term: 'attribution' | 'ownContent' | 'restricted' | 'thirdParty' | 'commercial' | 'licensing.scope' | 'licensing.agreement'): number {
  const clause = {
    attribution: pack.attribution?.clause,
    ownContent: pack.ownContent?.clause,
    restricted: pack.restricted?.clause,
    thirdParty: pack.thirdParty?.clause,
    commercial: pack.commercial?.clause,
    'licensing.scope': pack.licensing.scopeClause,
    'licensing.agreement': pack.licensing.agreementClause,
  }[term];
  if (clause === undefined) throw new Error(`pack '${pack.id}' has no ${term}: a rule asked for a term it does not list in needs`);
  return clause;
}

/** Whom to ask for a licence or write to: the licensor the notice names, else the owner, else the site. */
export function rightsHolder(pack: Pack): string {
  return pack.publisher.licensor ?? pack.publisher.owner ?? pack.publisher.name;
}

const quoted = (items: readonly string[]): string => items.map((s) => `「${s}」`).join(', ');

/** Every entry of a pack, in the order of the pack file; terms the notice lacks are left out. */
export function packEntries(pack: Pack): PackEntry[] {
  const { attribution, ownContent, licensing, thirdParty, contact } = pack;
  const entries: (PackEntry | undefined)[] = [
    publisherEntry(pack),
    attribution && { name: 'attribution', clause: attribution.clause, summary: attributionSummary(attribution) },
    ownContent && { name: 'ownContent', clause: ownContent.clause, summary: `own content is marked ${quoted(ownContent.markers)}` },
    ownContent && ownContent.thirdPartyMarkers.length > 0
      ? { name: 'thirdPartyException', clause: ownContent.clause, summary: `content marked ${quoted(ownContent.thirdPartyMarkers)} is not own content` }
      : undefined,
    ...restrictions(pack).map((r) => ({ name: 'restricted', clause: r.clause, summary: `${usesAsWritten(r).join('、')} need ${isWritten(pack, r) ? 'written ' : ''}authorization` })),
    licensing.scopeClause !== undefined
      ? { name: 'licensing.scope', clause: licensing.scopeClause, summary: 'a licensee uses the content only within its licence, and cites the source' }
      : undefined,
    licensing.agreementClause !== undefined
      ? { name: 'licensing.agreement', clause: licensing.agreementClause, summary: 'without an agreement or letter of authorization nobody may sell or use own content' }
      : undefined,
    thirdParty && { name: 'thirdParty', clause: thirdParty.clause, summary: 'articles marked as from other media are reprints: credit the original source' },
    pack.commercial && { name: 'commercial', clause: pack.commercial.clause, summary: 'commercial reuse needs authorization; non-commercial reuse does not' },
    contact && { name: 'contact', clause: contact.clause, summary: contact.windowDays !== undefined ? `questions about content or rights within ${contact.windowDays} days` : 'questions about content or rights: contact the site' },
  ];
  return entries.filter((e): e is PackEntry => e !== undefined);
}

function publisherEntry(pack: Pack): PackEntry | undefined {
  const { publisher } = pack;
  if (publisher.clause === undefined) return undefined;
  const owner = publisher.owner ? `, run by ${publisher.owner}` : '';
  const licensor = publisher.licensor ? `; rights sold by ${publisher.licensor}` : '';
  const aliases = publisher.aliases.length > 0 ? `; also credited as ${publisher.aliases.join(', ')}` : '';
  const suffixes = publisher.suffixes?.length ? `; also credited with ${publisher.suffixes.join(', ')} after the name` : '';
  return { name: 'publisher', clause: publisher.clause, summary: `${publisher.name}${owner}${licensor}${aliases}${suffixes}` };
}

function attributionSummary(attribution: NonNullable<Pack['attribution']>): string {
  // `position` is the pack's own: a notice asks for the credit, not (so far) for its place
  const where = attribution.position === 'top' ? 'at the top: under the headline, before the body text (the pack\'s position: top; the notice does not say where)' : 'anywhere in the text';
  if (attribution.required === undefined) return `credit the source, ${where} (the notice gives no exact form)`;
  const accepted = attribution.accepted.length > 0 ? ` (also accepted: ${quoted(attribution.accepted)})` : '';
  return `cite ${quoted([attribution.required])}${accepted}, ${where}`;
}

/** 如需转载，请注明来源, 转载请注明出处: a request for a credit addressed to whoever reprints (not 非商业转载, which the commercial term answers). */
const REPRINT_ASKED = /(?<!商业)(?:转载|转发|转帖)[^。]{0,12}?(?:请|须|需|应|务必|必须)?[^。]{0,8}?(?:注明|标明|标注|署名|保留|附上)/u;

/**
 * Whether the notice lets anyone reprint with a credit, whatever else it restricts: its attribution
 * term asks a credit of whoever reprints (如需转载，请务必注明来源：晨星资讯) and no restriction names
 * reprinting itself (未经本站同意，严禁建立镜像 restricts mirroring; 未经许可不得转载 would restrict it).
 */
export function reprintsWithCredit(pack: Pack): boolean {
  const asked = creditRequest(pack);
  if (asked === undefined || !REPRINT_ASKED.test(asked)) return false;
  return !restrictions(pack).some((r) => r.actions.includes('转载'));
}

/** The attribution term's words with what leads to them in their sentence (如需转载，请务必注明来源：X for 请务必注明来源：X). */
function creditRequest(pack: Pack): string | undefined {
  const quote = pack.quotes?.attribution;
  if (quote === undefined || pack.attribution === undefined) return undefined;
  const clause = pack.clauses.find((c) => c.number === pack.attribution?.clause)?.quote ?? '';
  const at = clause.indexOf(quote);
  const lead = at < 0 ? '' : clause.slice(0, at).split(/[。！？!?；;\n]/u).pop();
  return `${lead ?? ''}${quote}`.replace(/\s+/gu, '');
}

/** 'written ' when the notice's restriction asks for written authorization (未经书面授权). */
export function writtenWord(pack: Pack): string {
  return isWritten(pack) ? 'written ' : '';
}

/** Each restriction of the pack, in the notice's order, with its words where the pack quotes them. */
export function restrictions(pack: Pack): Restriction[] {
  const { restricted } = pack;
  if (!restricted) return [];
  return restricted.each ?? [{ actions: restricted.actions, clause: restricted.clause, ...(pack.quotes?.restricted ? { quote: pack.quotes.restricted } : {}) }];
}

/** Whether the notice asks for written authorization: its (first, or the given) restriction's words say 书面. */
export function isWritten(pack: Pack, restriction: Restriction | undefined = restrictions(pack)[0]): boolean {
  const quote = restriction?.quote ?? pack.clauses.find((c) => c.number === restriction?.clause)?.quote ?? '';
  // spaced out (未 经 书 面 授 权) it still says 书面
  return quote.replace(/\s+/gu, '').includes('书面');
}

/**
 * A restriction's uses, each as the notice words it where laiyuan names it otherwise (人民网's
 * 禁止使用: 使用 (其他方式使用); 刊用本网稿件，须经书面授权: 刊用 (转载)), so that rules show reads as the clause.
 */
function usesAsWritten(restriction: Restriction): string[] {
  const quote = restriction.quote?.replace(/\s+/gu, '');
  return restriction.actions.map((action: UseAction) => {
    const word = quote === undefined ? action : useWord(quote, action);
    return quote === undefined || quote.includes(action) || word === action ? action : `${word} (${action})`;
  });
}
