// A pack file's data, checked and turned into a `Pack`.
import type { Loaded, Pack, UseAction } from './types.js';
import { PACK_SCHEMA, PACK_TERMS } from './schema/pack-schema.js';
import { brokenSlot, markerCountProblem, markerProblem, markerSizeProblem } from './marker-patterns.js';
import { schemaIssues } from './schema-issues.js';
import { toConfigErrors, valueAt, type Issue, type Locate } from './validation.js';
import { nameListIssues } from './name-lists.js';

/** Checks a parsed pack file and returns the `Pack` it describes, or every error in it. */
export function resolvePack(raw: unknown, file: string, locate?: Locate): Loaded<Pack> {
  if (raw === null || raw === undefined) return { ok: false, errors: [{ file, line: 1, column: 1, message: 'the pack file is empty' }] };
  const issues = [...schemaIssues(PACK_SCHEMA, raw), ...clauseIssues(raw), ...markerIssues(raw), ...nameListIssues(raw)];
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
  for (const term of PACK_TERMS) {
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

/** A pack file as written, once its schema holds: every term but the clauses may be absent. */
interface PackData {
  id: string;
  name: string;
  notice?: { title?: string; url?: string };
  publisher?: Partial<Term> & { name?: string; aliases?: string[]; suffixes?: string[]; owner?: string; licensor?: string };
  attribution?: Term & { required?: string; accepted?: string[]; position?: 'top' | 'anywhere'; topChars?: number; topLines?: number };
  ownContent?: Term & { markers: string[] };
  thirdPartyException?: Term & { markers: string[] };
  restricted?: Term & { actions: UseAction[] };
  licensing?: { scope?: Term; agreement?: Term };
  thirdParty?: Term;
  commercial?: Term;
  contact?: Term & { windowDays?: number };
  clauses: { number: number; text: string }[];
}

/** How many lines with text count as the top of an article when a pack does not say. */
const DEFAULT_TOP_LINES = 5;

function toPack(data: PackData, file: string): Pack {
  const { publisher = {}, attribution, ownContent, restricted, licensing = {}, contact } = data;
  const pack: Pack = {
    id: data.id,
    name: data.name,
    file,
    notice: { ...data.notice },
    publisher: {
      name: publisher.name ?? data.name,
      aliases: publisher.aliases ?? [],
      ...defined({ suffixes: publisher.suffixes, owner: publisher.owner, licensor: publisher.licensor, clause: publisher.clause }),
    },
    licensing: defined({ scopeClause: licensing.scope?.clause, agreementClause: licensing.agreement?.clause }),
    clauses: data.clauses.map((c) => ({ number: c.number, quote: c.text })),
    quotes: defined({
      publisher: publisher.quote,
      attribution: attribution?.quote,
      ownContent: ownContent?.quote,
      thirdPartyException: data.thirdPartyException?.quote,
      restricted: restricted?.quote,
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
  if (restricted) pack.restricted = { actions: restricted.actions, clause: restricted.clause };
  if (data.thirdParty) pack.thirdParty = { clause: data.thirdParty.clause };
  if (data.commercial) pack.commercial = { clause: data.commercial.clause };
  if (contact) pack.contact = { ...defined({ windowDays: contact.windowDays }), clause: contact.clause };
  return pack;
}

/** The keys of `values` whose value is not undefined, so that an absent term stays absent. */
function defined<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
