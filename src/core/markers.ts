import type { MarkerHit, Pack } from './types.js';
import { normalize } from './normalize/index.js';
import { textSources } from './metadata.js';
import { foldLiteral, keyText } from './metadata/keytext.js';
import { scanOf, lineAt, quotedAt, type Scan } from './metadata/scan.js';
import { CLOSE_BRACKETS, OPEN_BRACKETS, skipSpaceBack } from './metadata/chars.js';
import { escapeRegex } from './metadata/words.js';

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

function compileOne(pattern: string): CompiledMarker {
  const slots: string[] = [];
  let source = '';
  let literal = '';
  for (const part of pattern.split(/(\{[^{}]*\})/u)) {
    const slot = /^\{([^{}]*)\}$/u.exec(part)?.[1];
    if (slot === undefined) {
      if (/[{}]/u.test(part)) return { ok: false, pattern, error: `「${pattern}」里有不成对的花括号；占位符写作 {place}` };
      literal += part;
      source += escapeRegex(foldLiteral(part));
    } else if (Object.hasOwn(SLOTS, slot)) {
      slots.push(slot);
      source += SLOTS[slot];
    } else {
      const known = Object.keys(SLOTS).map((s) => `{${s}}`).join('、');
      return { ok: false, pattern, error: `「${pattern}」里的占位符 {${slot}} 不认识；可用的占位符：${known}` };
    }
  }
  if (literal.trim() === '') return { ok: false, pattern, error: `「${pattern}」没有文字，只有占位符：标记至少要有一段原文` };
  return { ok: true, pattern, regex: new RegExp(source, 'gu'), slots };
}

const compiled = new WeakMap<Pack, CompiledMarker[]>();

function markersOf(pack: Pack): CompiledMarker[] {
  let list = compiled.get(pack);
  if (!list) {
    list = compileMarkerPatterns(pack.ownContent.markers);
    compiled.set(pack, list);
  }
  return list;
}

/**
 * The publisher's own-content markers in a text (国际在线北京消息, 国际在线专稿 ...), in order,
 * overlapping hits resolved to the earliest (then longest). Not counted as markers:
 * - a marker inside quotation marks: the notice's own list “国际在线专稿”、“国际在线消息” names
 *   markers, it does not mark content;
 * - a marker after 据 (据国际在线报道): that cites the publisher as another outlet's source, so it
 *   is a claimed source (form 据…报道, see extractMetadata), not a sign that the content is the
 *   publisher's own. A page of the publisher quoting a report of its own is rare; a reprint
 *   site citing it is common, and treating the citation as own content would call every such
 *   page a reprint.
 */
export function findMarkers(text: string, pack: Pack): MarkerHit[] {
  const key = keyText(text);
  const scan = scanOf(text);
  const hits: MarkerHit[] = [];
  for (const marker of markersOf(pack)) {
    if (!marker.ok) continue;
    for (const m of key.matchAll(marker.regex)) {
      const start = m.index;
      if (quotedAt(scan, start) || citedAt(key, start)) continue;
      const end = start + m[0].length;
      const hit: MarkerHit = { value: text.slice(start, end), span: { start, end }, pack: pack.id, pattern: marker.pattern };
      const place = placeOf(text, m, marker.slots);
      if (place !== undefined) hit.place = place;
      hits.push(hit);
    }
  }
  return withoutOverlaps(hits);
}

function citedAt(key: string, start: number): boolean {
  const i = skipSpaceBack(key, start, Math.max(0, start - 4), 2);
  return key[i - 1] === '据' || (key[i - 1] === '《' && key[i - 2] === '据');
}

function placeOf(text: string, m: RegExpExecArray | RegExpMatchArray, slots: readonly string[]): string | undefined {
  const at = slots.indexOf('place');
  if (at < 0 || m.index === undefined) return undefined;
  const group = m[at + 1];
  if (group === undefined) return undefined;
  const offset = m[0].indexOf(group);
  return text.slice(m.index + offset, m.index + offset + group.length);
}

function withoutOverlaps(hits: MarkerHit[]): MarkerHit[] {
  hits.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: MarkerHit[] = [];
  for (const hit of hits) {
    if (kept.length === 0 || hit.span.start >= kept[kept.length - 1].span.end) kept.push(hit);
  }
  return kept;
}

/** A third-party word counts in a credit: its own short line, or a short bracket. */
const SHORT_LINE = 40;
const SHORT_BRACKET = 30;

/**
 * Whether a text is clearly marked as someone else's content (the exception in the notice's
 * clause 3): it claims a source other than the publisher (来源：新华社, 转载自…, Source: …; a
 * 据X报道 citation inside a story does not mark the whole story), or it carries one of the
 * pack's third-party words (非国际在线, 第三方版权) in a credit: on a short line of its own or in
 * a short bracket, and not inside quotation marks. So the notice's own footer, which quotes
 * “来源:XXX(非国际在线)” and says 第三方版权 in a long clause, marks nothing.
 */
export function isThirdPartyMarked(text: string, pack: Pack): boolean {
  const scan = scanOf(text);
  const names = [pack.publisher.name, ...pack.publisher.aliases].map(outletKey).filter((n) => n !== '');
  const others = textSources(scan).filter((c) => !c.form.startsWith('据'));
  if (others.some((c) => !names.some((n) => outletKey(c.value).startsWith(n)))) return true;
  return pack.ownContent.thirdPartyMarkers.some((word) => markedInCredit(scan, foldLiteral(word)));
}

function markedInCredit(scan: Scan, word: string): boolean {
  if (word === '') return false;
  for (let at = scan.key.indexOf(word); at >= 0; at = scan.key.indexOf(word, at + word.length)) {
    if (!quotedAt(scan, at) && (shortLine(scan, at) || inShortBracket(scan, at, at + word.length))) return true;
  }
  return false;
}

function shortLine(scan: Scan, at: number): boolean {
  const line = lineAt(scan, at);
  return line.end - line.start <= SHORT_LINE * 4 && scan.text.slice(line.start, line.end).trim().length <= SHORT_LINE;
}

function inShortBracket(scan: Scan, start: number, end: number): boolean {
  const { key } = scan;
  let open = start - 1;
  while (open >= 0 && start - open <= SHORT_BRACKET && !OPEN_BRACKETS.includes(key[open]) && !CLOSE_BRACKETS.includes(key[open]) && key[open] !== '\n') open--;
  if (open < 0 || !OPEN_BRACKETS.includes(key[open])) return false;
  let close = end;
  while (close < key.length && close - open <= SHORT_BRACKET && !CLOSE_BRACKETS.includes(key[close]) && !OPEN_BRACKETS.includes(key[close]) && key[close] !== '\n') close++;
  return CLOSE_BRACKETS.includes(key[close] ?? '') && close - open <= SHORT_BRACKET;
}

function outletKey(name: string): string {
  return normalize(name).text;
}
