import { keyText } from '../shared/keytext.js';
import { escapeRegex } from '../shared/escape-regex.js';

/** What a slot in a marker pattern matches. */
const SLOTS: Record<string, string> = {
  // 1–8 Chinese characters, never punctuation, as few as will do: 北京, 吉林频道
  place: '(\\p{Script=Han}{1,8}?)',
};

/** A pack's marker pattern made ready to match, or why it cannot be. */
export type CompiledMarker =
  | { ok: true; pattern: string; regex: RegExp; slots: string[] }
  | { ok: false; pattern: string; error: string };

/**
 * Marker patterns are literal text with named slots (国际在线{place}消息), never regular
 * expressions: the literal parts are escaped and folded like the text they are matched in (so
 * 國際在線 and full-width forms match too), each slot becomes its fixed sub-pattern.
 */
export function compileMarkerPatterns(patterns: string[]): CompiledMarker[] {
  return patterns.map(compileOne);
}

/** What is wrong with an own-content marker pattern, or undefined when it compiles (pack validation asks). */
export function markerProblem(pattern: string): string | undefined {
  const compiled = compileOne(pattern);
  return compiled.ok ? undefined : compiled.error;
}

export function brokenSlot(pattern: string): string {
  return `'${pattern}' has a broken slot: write a slot as {place}, a lower-case name in braces`;
}

function compileOne(pattern: string): CompiledMarker {
  const slots: string[] = [];
  let source = '';
  let literal = '';
  for (const part of pattern.split(/(\{[^{}]*\})/u)) {
    const slot = /^\{([^{}]*)\}$/u.exec(part)?.[1];
    if (slot === undefined) {
      if (/[{}]/u.test(part)) return { ok: false, pattern, error: brokenSlot(pattern) };
      literal += part;
      source += escapeRegex(keyText(part));
    } else if (Object.hasOwn(SLOTS, slot)) {
      slots.push(slot);
      source += SLOTS[slot];
    } else {
      const known = Object.keys(SLOTS).map((s) => `{${s}}`).join(', ');
      return { ok: false, pattern, error: `'${pattern}' has an unknown slot {${slot}}: the slots are ${known}` };
    }
  }
  if (literal.trim() === '') return { ok: false, pattern, error: `'${pattern}' has no text of its own: a marker needs words around its slots` };
  return { ok: true, pattern, regex: new RegExp(source, 'dgu'), slots };
}
