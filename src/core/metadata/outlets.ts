import { KNOWN_OUTLETS, OUTLET_SUFFIXES, VAGUE_PREFIXES } from './outlet-names.js';

const KNOWN = new Set(KNOWN_OUTLETS);
const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|cc|tv)$/u;
const NAME = /^[\p{L}\p{N}·・&.-]+$/u;

/** Whether a name (in key text: simplified, lower case) reads as a news outlet. */
export function outletLike(name: string): boolean {
  if (name.length < 2 || name.length > 20 || !NAME.test(name)) return false;
  if (KNOWN.has(name) || DOMAIN.test(name)) return true;
  if (VAGUE_PREFIXES.some((p) => name.startsWith(p))) return false;
  return OUTLET_SUFFIXES.some((s) => name.length > s.length && name.endsWith(s));
}
