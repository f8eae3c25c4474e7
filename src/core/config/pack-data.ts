// A pack file's data turned into a `Pack`, once checked: apart from the checks (pack.ts), so that a
// run with a built-in pack, checked when laiyuan is built, loads none of the compiled schema code.
import type { Pack, Restriction, UseAction } from './types.js';
import { otherNamesOf } from '../shared/outlet-aliases.js';

interface Term {
  clause: number;
  quote: string;
}

type RestrictedData = Term & { actions: UseAction[] };

/** A pack file as written, once its schema holds: every term but the clauses may be absent. */
export interface PackData {
  id: string;
  name: string;
  notice?: { title?: string; url?: string };
  publisher?: Partial<Term> & { name?: string; aliases?: string[]; suffixes?: string[]; owner?: string; licensor?: string };
  attribution?: Term & { required?: string; accepted?: string[]; position?: 'top' | 'anywhere'; topChars?: number; topLines?: number };
  ownContent?: Term & { markers: string[] };
  thirdPartyException?: Term & { markers: string[] };
  /** One restriction, or a list of them when the notice states several. */
  restricted?: RestrictedData | RestrictedData[];
  licensing?: { scope?: Term; agreement?: Term };
  thirdParty?: Term;
  commercial?: Term;
  contact?: Term & { windowDays?: number };
  clauses: { number: number; text: string }[];
}

/** How many lines with text count as the top of an article when a pack does not say. */
const DEFAULT_TOP_LINES = 5;

/**
 * The publisher's aliases as every comparison with the publisher reads them (its pages' origins,
 * the credits of copies): the pack's own, then the other names of its outlet that OUTLET_ALIASES
 * lists (a 中国新闻网 pack's pages datelined 中新网…电 or 中新社…电 are its own, not another
 * outlet's), so a pack need not list them.
 */
function publisherAliases(name: string, aliases: readonly string[]): string[] {
  return [...aliases, ...otherNamesOf([name, ...aliases])];
}

/** A pack file's data, once its checks hold (resolvePack, or the build for a built-in pack: scripts/gen-packs.mjs), as a `Pack`. */
export function toPack(data: PackData, file: string): Pack {
  const { publisher = {}, attribution, ownContent, restricted, licensing = {}, contact } = data;
  const pack: Pack = {
    id: data.id,
    name: data.name,
    file,
    notice: { ...data.notice },
    publisher: {
      name: publisher.name ?? data.name,
      aliases: publisherAliases(publisher.name ?? data.name, publisher.aliases ?? []),
      ...defined({ suffixes: publisher.suffixes, owner: publisher.owner, licensor: publisher.licensor, clause: publisher.clause }),
    },
    licensing: defined({ scopeClause: licensing.scope?.clause, agreementClause: licensing.agreement?.clause }),
    clauses: data.clauses.map((c) => ({ number: c.number, quote: c.text })),
    quotes: defined({
      publisher: publisher.quote,
      attribution: attribution?.quote,
      ownContent: ownContent?.quote,
      thirdPartyException: data.thirdPartyException?.quote,
      restricted: firstOf(restricted)?.quote,
      'licensing.scope': licensing.scope?.quote,
      'licensing.agreement': licensing.agreement?.quote,
      thirdParty: data.thirdParty?.quote,
      commercial: data.commercial?.quote,
      contact: contact?.quote,
    }),
  };
  if (attribution) {
    pack.attribution = {
      ...defined({ required: attribution.required }),
      accepted: attribution.accepted ?? [],
      // a notice that asks for a credit without saying where lets it stand anywhere
      position: attribution.position ?? 'anywhere',
      ...defined({ topChars: attribution.topChars }),
      topLines: attribution.topLines ?? DEFAULT_TOP_LINES,
      clause: attribution.clause,
    };
  }
  if (ownContent) pack.ownContent = { markers: ownContent.markers, thirdPartyMarkers: data.thirdPartyException?.markers ?? [], clause: ownContent.clause };
  if (restricted) pack.restricted = restrictedOf(restricted);
  if (data.thirdParty) pack.thirdParty = { clause: data.thirdParty.clause };
  if (data.commercial) pack.commercial = { clause: data.commercial.clause };
  if (contact) pack.contact = { ...defined({ windowDays: contact.windowDays }), clause: contact.clause };
  return pack;
}

function firstOf(restricted: RestrictedData | RestrictedData[] | undefined): RestrictedData | undefined {
  return Array.isArray(restricted) ? restricted[0] : restricted;
}

/** Every restriction's uses together, the first's clause, and each one where there are several. */
function restrictedOf(data: RestrictedData | RestrictedData[]): NonNullable<Pack['restricted']> {
  const list = Array.isArray(data) ? data : [data];
  const each: Restriction[] = list.map((r) => ({ actions: r.actions, clause: r.clause, quote: r.quote }));
  const actions = [...new Set(each.flatMap((r) => r.actions))];
  return { actions, clause: each[0].clause, ...(each.length > 1 ? { each } : {}) };
}

/** The keys of `values` whose value is not undefined, so that an absent term stays absent. */
function defined<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
