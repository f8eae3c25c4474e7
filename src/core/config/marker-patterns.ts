import { keyText } from '../shared/keytext.js';
import { escapeRegex } from '../shared/escape-regex.js';

/** What a slot in a marker pattern matches. */
const SLOTS: Record<string, string> = {
  // 1–8 Chinese characters, never punctuation, as few as will do: 北京, 吉林频道; then, as wire
  // copy dates it, a month and day (国际在线北京3月1日消息), not the slot's: digits are no Han, so the
  // date cannot start inside the place and each start still tries at most 8 places
  place: '(\\p{Script=Han}{1,8}?)(?:\\d{1,2}月\\d{1,2}日)?',
};

/**
 * Bounds that keep a pack from slowing the checker down, whoever writes it: each marker is tried
 * at every position of every document, and each slot may take 1 to 8 characters.
 */
export const MARKER_LIMITS = { markers: 200, characters: 60, slots: 2 } as const;

/** Why a list of markers is too long, or undefined. */
export function markerCountProblem(count: number): string | undefined {
  return count > MARKER_LIMITS.markers
    ? `${count} markers is too many: at most ${MARKER_LIMITS.markers} (keep the words that really mark content)`
    : undefined;
}

/** Why one marker is too long or has too many slots, or undefined. */
export function markerSizeProblem(pattern: string): string | undefined {
  const shown = pattern.length > 30 ? `${pattern.slice(0, 30)}…` : pattern;
  if (pattern.length > MARKER_LIMITS.characters) {
    return `'${shown}' is ${pattern.length} characters long: a marker has at most ${MARKER_LIMITS.characters}`;
  }
  const slots = pattern.match(/\{[^{}]*\}/gu)?.length ?? 0;
  if (slots > MARKER_LIMITS.slots) return `'${shown}' has ${slots} slots: a marker has at most ${MARKER_LIMITS.slots}`;
  return undefined;
}

/** A pack's marker pattern made ready to match, or why it cannot be. */
export type CompiledMarker =
  | {
      ok: true;
      pattern: string;
      regex: RegExp;
      slots: string[];
      /** The folded words the pattern starts with ('' when it starts with a slot), and the regex made sticky: see markerMatches. */
      lead: string;
      sticky: RegExp;
    }
  | { ok: false; pattern: string; error: string };

/**
 * Marker patterns are literal text with named slots (国际在线{place}消息), never regular
 * expressions: the literal parts are escaped and folded like the text they are matched in (so
 * 國際在線 and full-width forms match too), each slot becomes its fixed sub-pattern.
 */
export function compileMarkerPatterns(patterns: string[]): CompiledMarker[] {
  return patterns.slice(0, MARKER_LIMITS.markers).map(compileOne);
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
  const tooBig = markerSizeProblem(pattern);
  if (tooBig) return { ok: false, pattern, error: tooBig };
  const slots: string[] = [];
  let source = '';
  let literal = '';
  let lead = '';
  for (const part of pattern.split(/(\{[^{}]*\})/u)) {
    const slot = /^\{([^{}]*)\}$/u.exec(part)?.[1];
    if (slot === undefined) {
      if (/[{}]/u.test(part)) return { ok: false, pattern, error: brokenSlot(pattern) };
      if (source === '') lead = keyText(part);
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
  return { ok: true, pattern, regex: new RegExp(source, 'dgu'), slots, lead, sticky: new RegExp(source, 'dyu') };
}

/**
 * A marker's matches in a key text, as `key.matchAll(marker.regex)` finds them: where the pattern
 * starts with words, the regex is tried only where indexOf finds them (a text the publisher's name
 * is not in is not searched five times over), from the end of each match on.
 */
export function markerMatches(key: string, marker: Extract<CompiledMarker, { ok: true }>): RegExpExecArray[] {
  const { lead, sticky } = marker;
  // a lead starting with half a surrogate pair could be found inside a pair, where a u regex never starts
  if (lead === '' || (lead.charCodeAt(0) & 0xf800) === 0xd800) return [...key.matchAll(marker.regex)];
  const found: RegExpExecArray[] = [];
  for (let at = key.indexOf(lead); at >= 0; ) {
    sticky.lastIndex = at;
    const m = sticky.exec(key);
    if (m) found.push(m);
    at = key.indexOf(lead, m ? at + m[0].length : at + 1);
  }
  return found;
}
