import type { Origin, Pack, SourceClaim } from './types.js';
import { normalize } from './normalize/index.js';

const OUTLET_SUFFIXES = ['客户端', '官方网站', '官网', '网站', '社'];

function outletKey(name: string): string {
  let key = normalize(name).text;
  for (const suffix of OUTLET_SUFFIXES) if (key.length > suffix.length + 1 && key.endsWith(suffix)) key = key.slice(0, -suffix.length);
  return key;
}

/** Whether a claimed source names the origin (or an accepted alias of it). */
export function namesOrigin(claim: SourceClaim, origin: Origin, pack: Pack): boolean {
  if (origin.kind !== 'third-party') return namesPublisher(claim, pack);
  const claimed = outletKey(claim.value);
  const key = outletKey(origin.source);
  if (claimed.length === 0) return false;
  return key === claimed || (key.length >= 2 && claimed.includes(key)) || (claimed.length >= 2 && key.includes(claimed));
}

/** Whether a claimed source names the pack's publisher, by its name or an alias, in any width or script. */
export function namesPublisher(claim: SourceClaim, pack: Pack): boolean {
  const claimed = outletKey(claim.value);
  return claimed.length > 0 && [pack.publisher.name, ...pack.publisher.aliases].some((name) => outletKey(name) === claimed);
}

/** Whether a claim naming the publisher stands in the pack's required form. */
export function isRequiredForm(claim: SourceClaim, pack: Pack): boolean {
  if (claim.form === 'front-matter' || claim.form === 'meta') return claim.value === pack.publisher.name;
  // whitespace never makes a form: HTML entities leave padding, editors leave spaces
  const bare = (s: string) => s.replace(/[\s\u00a0\u3000]+/gu, '');
  const written = bare(claim.line.value.replace(/^[\s【（(\[]+|[\s】）)\]]+$/gu, ''));
  return [pack.attribution.required, ...pack.attribution.accepted].some((form) => bare(form) === written);
}

/** The attribution to write for an origin. */
export function expectedAttribution(origin: Origin, pack: Pack): string {
  const required = pack.attribution.required;
  return origin.kind === 'third-party' ? required.replace(pack.publisher.name, origin.source) : required;
}
