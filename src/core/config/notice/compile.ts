// A notice's text compiled into a pack: each sentence read by every reader, the terms built
// from the first sentence of each kind (markers gathered from all), every clause kept word for
// word, and every sentence listed with what it was mapped to, so that nothing is dropped silently.
import type { UseAction } from '../types.js';
import { readAttribution } from './attribution.js';
import { readCommercial } from './commercial.js';
import { readContact } from './contact.js';
import { creditedName, siteOfCompany } from './credited-name.js';
import { hostName } from './host-name.js';
import { readLicensing } from './licensing.js';
import { readOwnContent } from './own-content.js';
import { readPublisher } from './publisher.js';
import { siteOf, type ReadContext, type Reader, type Reading, type TermKind } from './reading.js';
import { readRestriction } from './restriction.js';
import { readNotice, restore, type NoticeClause, type Sentence } from './text.js';
import { readThirdParty } from './third-party.js';

const READERS: readonly Reader[] = [readPublisher, readOwnContent, readThirdParty, readRestriction, readCommercial, readAttribution, readLicensing, readContact];

export interface MappedSentence {
  clause: number;
  /** The sentence as written. */
  text: string;
  /** What it was mapped to; empty when unrecognised. */
  kinds: TermKind[];
}

export interface CompiledNotice {
  /** The pack as a pack file would hold it (the pack schema's shape), ready to check and to print as YAML. */
  data: Record<string, unknown>;
  sentences: MappedSentence[];
}

export type CompileResult = { ok: true; value: CompiledNotice } | { ok: false; error: string };

interface Found {
  sentence: Sentence;
  reading: Reading;
}

/** Compiles a notice's text into pack data; the publisher's name is `name`, else read from the notice. */
export function compileNotice(source: string, options: { id: string; name?: string }): CompileResult {
  const notice = readNotice(source);
  if (notice.sentences.length === 0) return { ok: false, error: 'the notice has no text' };
  const name = options.name ?? nameIn(notice.sentences);
  if (name === undefined) return { ok: false, error: 'the notice does not say whose it is: give the publisher\'s name with --name' };
  const context: ReadContext = { name };
  const read = notice.sentences.map((sentence) => ({ sentence, readings: READERS.flatMap((r) => r(sentence, context)) }));
  const found = read.flatMap(({ sentence, readings }) => readings.map((reading) => ({ sentence, reading })));
  const data = {
    id: options.id,
    name,
    ...(notice.title ? { notice: { title: notice.title } } : {}),
    ...terms(found, notice.clauses, name),
    clauses: notice.clauses.map((c) => ({ number: c.number, text: c.text })),
  };
  const sentences = read.map(({ sentence, readings }) => ({ clause: sentence.clause, text: sentence.text, kinds: [...new Set(readings.map((r) => r.kind))] }));
  return { ok: true, value: { data, sentences } };
}

/**
 * The publisher's name: the one the notice has its works credited by, else the site or holder it
 * names (a name in Chinese before one in Latin letters only), a company holder as the site it runs
 * where the notice writes that site; else the platform a notice of hosted content speaks for.
 */
function nameIn(sentences: readonly Sentence[]): string | undefined {
  const credited = creditedName(sentences);
  if (credited) return credited;
  const first = firstNamed(sentences);
  if (!first) return hostName(sentences);
  const ran = first.holder !== undefined && first.site !== first.holder ? undefined : first.holder && siteOfCompany(first.holder, sentences);
  return ran ?? siteOf(restore(first.sentence, first.site));
}

const HAN = /\p{Script=Han}/u;

interface Named {
  sentence: Sentence;
  site: string;
  holder?: string;
}

/** The first site a reader reads (readers in order, each over every sentence) in Chinese, else the first in Latin letters. */
function firstNamed(sentences: readonly Sentence[]): Named | undefined {
  let latin: Named | undefined;
  for (const reader of [readPublisher, readOwnContent, readAttribution, readRestriction]) {
    for (const sentence of sentences) {
      const reading = reader(sentence, {}).find((r) => r.site && !/^本(?:网|站|报)$/u.test(r.site));
      if (!reading?.site) continue;
      const named = { sentence, site: reading.site, holder: reading.licensor };
      if (HAN.test(reading.site)) return named;
      latin ??= named;
    }
  }
  return latin;
}

type Clauses = readonly NoticeClause[];

function terms(found: readonly Found[], clauses: Clauses, name: string): Record<string, unknown> {
  const of = (kind: TermKind) => found.filter((f) => f.reading.kind === kind);
  const first = (kind: TermKind) => of(kind)[0];
  const out: Record<string, unknown> = {};
  const publisher = publisherTerm(of('publisher'), clauses, name);
  if (publisher) out.publisher = publisher;
  const attribution = of('attribution').find((f) => f.reading.required) ?? first('attribution');
  if (attribution) {
    const { required, accepted } = attribution.reading;
    out.attribution = { ...cite(attribution, clauses), ...(required ? { required, ...(accepted ? { accepted } : {}) } : {}) };
  }
  const own = of('ownContent');
  if (own.length > 0) out.ownContent = { ...cite(own[0], clauses), markers: gather(own, (r) => r.markers) };
  const exception = of('thirdPartyException');
  if (exception.length > 0 && own.length > 0) out.thirdPartyException = { ...cite(exception[0], clauses), markers: gather(exception, (r) => r.thirdPartyMarkers) };
  // every restriction: a later one may name uses the first does not (刊用…务经书面授权, then 未经授权禁止转载、摘编)
  const restrictions = of('restricted').map((f) => ({ ...cite(f, clauses), actions: f.reading.actions ?? (['其他方式使用'] as UseAction[]) }));
  if (restrictions.length > 0) out.restricted = restrictions.length === 1 ? restrictions[0] : restrictions;
  const scope = first('licensing.scope');
  const agreement = first('licensing.agreement');
  if (scope || agreement) out.licensing = { ...(scope ? { scope: cite(scope, clauses) } : {}), ...(agreement ? { agreement: cite(agreement, clauses) } : {}) };
  for (const kind of ['thirdParty', 'commercial'] as const) {
    const f = first(kind);
    if (f) out[kind] = cite(f, clauses);
  }
  const contact = of('contact').find((f) => f.reading.windowDays !== undefined) ?? first('contact');
  if (contact) out.contact = { ...cite(contact, clauses), ...(contact.reading.windowDays !== undefined ? { windowDays: contact.reading.windowDays } : {}) };
  return out;
}

/** The clause and the words as written of a reading's quote. */
function cite(f: Found, clauses: Clauses): { clause: number; quote: string } {
  return { clause: f.sentence.clause, quote: words(f.sentence, clauses, f.reading.quote[0], f.reading.quote[1]) };
}

function words(sentence: Sentence, clauses: Clauses, start: number, end: number, last: Sentence = sentence): string {
  const text = clauses.find((c) => c.number === sentence.clause)?.text ?? '';
  return text.slice(sentence.map[start], last.map[end - 1] + 1).trim();
}

/**
 * Who runs the site and holds the rights; its quote runs over the publisher's sentences of its first
 * clause, a sentence only writing other names of its outlet (不代表中新社和中新网观点) cited where no
 * other sentence is read as the publisher's.
 */
function publisherTerm(found: readonly Found[], clauses: Clauses, name: string): Record<string, unknown> | undefined {
  if (found.length === 0) return undefined;
  const saying = found.filter((f) => !f.reading.namesOnly);
  const cited = saying.length > 0 ? saying : found;
  const clause = cited[0].sentence.clause;
  const inClause = cited.filter((f) => f.sentence.clause === clause);
  const last = inClause[inClause.length - 1];
  const quote = words(inClause[0].sentence, clauses, inClause[0].reading.quote[0], last.reading.quote[1], last.sentence);
  const ownerAt = found.find((f) => f.reading.owner);
  const owner = ownerAt?.reading.owner && restore(ownerAt.sentence, ownerAt.reading.owner);
  const licensors = found
    .map((f) => f.reading.licensor && restore(f.sentence, f.reading.licensor))
    .filter((l): l is string => l !== undefined && l !== name && siteOf(l) !== name && l !== owner);
  // a Latin holder beside a Chinese name (Copyright © 2024 Nanjiang Daily … 南江日报社版权所有) is its English name, not another licensor
  const licensor = licensors.find((l) => HAN.test(l)) ?? (HAN.test(name) ? undefined : licensors[0]);
  const aliases = gather(found, (r) => r.aliases).filter((a) => a !== name);
  return { clause, quote, name, ...(aliases.length > 0 ? { aliases } : {}), ...(owner ? { owner } : {}), ...(licensor ? { licensor } : {}) };
}

function gather(found: readonly Found[], pick: (r: Reading) => string[] | undefined): string[] {
  return [...new Set(found.flatMap((f) => pick(f.reading) ?? []))];
}
