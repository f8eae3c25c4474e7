import { IDEOGRAPH_FOLDS } from './fold-data.js';
import { TRADITIONAL_FORMS } from './traditional-data.js';

let forms: Map<string, string> | undefined;
let simplified: Map<string, string> | undefined;

/** Simplified characters to their traditional forms (来源:国际在线 → 來源:國際在線); the rest as it is. */
export function toTraditional(text: string): string {
  return mapped(text, (forms ??= pairs(TRADITIONAL_FORMS)));
}

/** Traditional characters to the simplified ones they fold to in matching (來源:國際在線 → 来源:国际在线); the rest, punctuation included, as it is. */
export function toSimplified(text: string): string {
  return mapped(text, (simplified ??= pairs(IDEOGRAPH_FOLDS)));
}

/**
 * A name in simplified characters where it is written in traditional ones (澎湃新聞 → 澎湃新闻): each
 * character that is the traditional form --fix writes for a simplified one (see toTraditional) back
 * to that one, not by the folds of matching (乾縣 is 乾县, not 干县); a name not written in
 * traditional characters as it is (著名 stays).
 */
export function inSimplified(text: string): string {
  if (!writtenTraditional(text)) return text;
  if (!unforms) {
    unforms = new Map();
    for (const [s, t] of (forms ??= pairs(TRADITIONAL_FORMS))) unforms.set(t, s);
  }
  return mapped(text, unforms);
}

let unforms: Map<string, string> | undefined;

/** Whether more of the text's characters are traditional-only forms (國, 來) than simplified-only ones (国, 来). */
export function writtenTraditional(text: string): boolean {
  forms ??= pairs(TRADITIONAL_FORMS);
  simplified ??= pairs(IDEOGRAPH_FOLDS);
  let balance = 0;
  for (const ch of text) {
    if (simplified.has(ch)) balance++;
    else if (forms.has(ch)) balance--;
  }
  return balance > 0;
}

function pairs(units: string): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i < units.length; i += 2) map.set(units[i], units[i + 1]);
  return map;
}

function mapped(text: string, map: ReadonlyMap<string, string>): string {
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}
