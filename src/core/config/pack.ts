// A pack file's data, checked and turned into a `Pack`.
import type { Loaded, Pack, Restriction, UseAction } from './types.js';
import { PACK_SCHEMA, PACK_TERMS } from './schema/pack-schema.js';
import { brokenSlot, markerCountProblem, markerProblem, markerSizeProblem } from './marker-patterns.js';
import { schemaIssues } from './schema-issues.js';
import { formatKeyPath, toConfigErrors, valueAt, type Issue, type KeyPath, type Locate } from './validation.js';
import { nameListIssues } from './name-lists.js';
import { otherNamesOf } from '../shared/outlet-aliases.js';

/** Checks a parsed pack file and returns the `Pack` it describes, or every error in it. */
export function resolvePack(raw: unknown, file: string, locate?: Locate): Loaded<Pack> {
  if (raw === null || raw === undefined) return { ok: false, errors: [{ file, line: 1, column: 1, message: 'the pack file is empty' }] };
  const issues = [...termHints(schemaIssues(PACK_SCHEMA, raw), raw), ...clauseIssues(raw), ...markerIssues(raw), ...nameListIssues(raw)];
  if (issues.length > 0) return { ok: false, errors: toConfigErrors(issues, file, locate) };
  return { ok: true, value: toPack(raw as PackData, file) };
}

/** Clause numbers are unique; every term cites one of them and quotes its words exactly. */
function clauseIssues(raw: unknown): Issue[] {
  const issues: Issue[] = [];
  const clauses = new Map<number, string>();
  const list = valueAt(raw, ['clauses']);
  (Array.isArray(list) ? list : []).forEach((clause, i) => {
    const number = valueAt(clause, ['number']);
    if (typeof number !== 'number') return;
    if (clauses.has(number)) {
      issues.push({ path: ['clauses', i, 'number'], target: 'value', message: `clause ${number} is listed twice` });
      return;
    }
    const text = valueAt(clause, ['text']);
    clauses.set(number, typeof text === 'string' ? text : '');
  });
  const known = [...clauses.keys()].sort((a, b) => a - b).join(', ') || 'none';
  for (const term of termPaths(raw)) {
    const number = valueAt(raw, [...term, 'clause']);
    const quote = valueAt(raw, [...term, 'quote']);
    if (typeof number !== 'number' || !Array.isArray(list)) continue;
    const text = clauses.get(number);
    if (text === undefined) {
      issues.push({ path: [...term, 'clause'], target: 'value', message: `clause ${number} is not in clauses (clauses: ${known})` });
    } else if (typeof quote === 'string' && quote !== '' && text !== '' && !text.includes(quote)) {
      issues.push({ path: [...term, 'quote'], target: 'value', message: `the quote is not the exact words of clause ${number}` });
    }
  }
  return issues;
}

const CITED = ['clause', 'quote'];
const GIVE: Record<string, string> = { "'clause'": 'clause: (the number of the clause in clauses that says it)', "'quote'": 'quote: (the words of that clause it rests on, copied exactly)' };

/**
 * A term written without its clause (attribution: {position: top} alone) is one error, not one a
 * key, that says what to add: the clause it rests on and the clause's words, or nothing at all.
 */
function termHints(issues: Issue[], raw: unknown): Issue[] {
  const terms = new Set(termPaths(raw).map((t) => t.join('.')));
  const missing = (issue: Issue) => {
    const key = issue.path[issue.path.length - 1];
    return issue.message === `missing required key '${String(key)}'` && CITED.includes(String(key)) && terms.has(issue.path.slice(0, -1).join('.'));
  };
  const out: Issue[] = [];
  for (const issue of issues) {
    if (!missing(issue)) {
      out.push(issue);
      continue;
    }
    const term = issue.path.slice(0, -1);
    const keys = issues.filter((i) => missing(i) && i.path.slice(0, -1).join('.') === term.join('.')).map((i) => `'${String(i.path[i.path.length - 1])}'`);
    if (keys[0] !== `'${String(issue.path[issue.path.length - 1])}'`) continue;
    const name = formatKeyPath(term);
    out.push({
      ...issue,
      message: `missing required key${keys.length > 1 ? 's' : ''} ${keys.join(' and ')}: ${name} must rest on a clause of the notice; give ${keys.map((k) => GIVE[k]).join(' and ')}, or, where the notice does not say it, leave ${name} out`,
    });
  }
  return out;
}

/** The key path of each term the pack cites a clause in: each item of a list of restrictions. */
function termPaths(raw: unknown): KeyPath[] {
  return PACK_TERMS.flatMap((term): KeyPath[] => {
    const value = valueAt(raw, term);
    return Array.isArray(value) ? value.map((_, i) => [...term, i]) : [term];
  });
}

/**
 * Own-content markers are literal text with slots, checked by compiling them as findMarkers does:
 * a broken or unknown slot, or a marker that is all slot, is an error here rather than a marker
 * that silently never matches. In third-party words, braces must pair up around a name.
 */
function markerIssues(raw: unknown): Issue[] {
  const issues: Issue[] = [];
  for (const entry of ['ownContent', 'thirdPartyException']) {
    const markers = valueAt(raw, [entry, 'markers']);
    if (!Array.isArray(markers)) continue;
    const tooMany = markerCountProblem(markers.length);
    if (tooMany) issues.push({ path: [entry, 'markers'], target: 'key', message: tooMany });
    markers.forEach((marker, i) => {
      if (typeof marker !== 'string' || tooMany) return;
      const problem =
        entry === 'ownContent' ? markerProblem(marker) : (markerSizeProblem(marker) ?? (/[{}]/.test(marker.replace(/\{[a-z]+\}/g, '')) ? brokenSlot(marker) : undefined));
      if (problem) issues.push({ path: [entry, 'markers', i], target: 'value', message: problem });
    });
  }
  return issues;
}

interface Term {
  clause: number;
  quote: string;
}

type RestrictedData = Term & { actions: UseAction[] };

/** A pack file as written, once its schema holds: every term but the clauses may be absent. */
interface PackData {
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

function toPack(data: PackData, file: string): Pack {
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
