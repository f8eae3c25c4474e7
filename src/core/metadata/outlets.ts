import { KNOWN_OUTLETS, LATIN_OUTLET_WORDS, OUTLET_SUFFIXES, VAGUE_PREFIXES } from './outlet-names.js';

const KNOWN = new Set(KNOWN_OUTLETS);
const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|cc|tv)$/u;
const NAME = /^[\p{L}\p{N}·・&.-]+$/u;
const SUFFIX_ENDS = new Set(OUTLET_SUFFIXES.map((s) => s[s.length - 1]));
const LATIN_WORDS = new Set(LATIN_OUTLET_WORDS);
/** A Latin name of two to six words, as a credit reads it (single spaces: see readValue). */
const LATIN_NAME = /^[a-z][a-z0-9&'.-]*(?: [a-z0-9&'.-]+){1,5}$/u;

/** Whether a name (in key text) is one of the outlets whose names do not end like one (央视, 澎湃). */
export function isKnownOutlet(name: string): boolean {
  return KNOWN.has(name);
}

/** Whether a name ending like an outlet's is a site's channel (国际频道, 央视综合频道): a column of an outlet, not one. */
export function isChannelName(name: string): boolean {
  return name.endsWith('频道');
}

/** Whether a name (in key text: simplified, lower case) reads as a news outlet. */
export function outletLike(name: string): boolean {
  if (name.length < 2 || name.length > 20) return false;
  if (KNOWN.has(name)) return true;
  if (!SUFFIX_ENDS.has(name[name.length - 1]) && !name.includes('.')) return false;
  if (!NAME.test(name)) return false;
  if (DOMAIN.test(name)) return true;
  if (VAGUE_PREFIXES.some((p) => name.startsWith(p))) return false;
  return OUTLET_SUFFIXES.some((s) => name.length > s.length && name.endsWith(s));
}

/**
 * Whether a credited name (in key text) reads as an outlet's: as outletLike says, or a Latin name
 * whose last word is an outlet's (The New York Times, Kyodo News, Korea Herald). A name in Latin
 * letters is no outlet's by its letters alone: a byline (John Smith), a platform (Twitter) or a
 * word (Internet) is none.
 */
export function creditedOutletLike(name: string): boolean {
  if (outletLike(name)) return true;
  if (name.length > 60 || !LATIN_NAME.test(name)) return false;
  return LATIN_WORDS.has(name.slice(name.lastIndexOf(' ') + 1));
}
