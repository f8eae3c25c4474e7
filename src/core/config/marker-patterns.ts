import { keyText } from '../shared/keytext.js';
import { escapeRegex } from '../shared/escape-regex.js';
import { DAY_WORDS } from '../shared/day-words.js';
import { MARKER_PHRASES, taiwanForms } from '../shared/taiwan-phrases.js';

/**
 * Words that make the run between 国际在线 and 消息 no place, so that {place} reads a place and not
 * any run of Chinese characters, as in citations of other outlets (据央视、国际在线等媒体消息,
 * 国际在线和央视网3月1日消息显示) and in prose (国际在线今年3月1日消息, 国际在线网友…消息). Most are
 * refused only where they would start or end the slot, as places hold them inside (埃及, 暨南, 社旗,
 * 驻开罗记者李今):
 * - at its start, the words that join a list of names (等 与 及 或: 国际在线等媒体, 国际在线与新华社; not 暨,
 *   which starts 暨南, while 国际在线暨新华社 ends as an outlet's),
 *   an outlet's users (网友, 网民: 网 alone, as 国际在线网 is the name, not a place) and words of time
 *   (今年, 昨天, 去年, 本月, 近期, the day words 日前, 近日 ...). Not 和 and 同, which start places
 *   (和田, 同江): in 国际在线和央视网消息 the name after 和 ends as an outlet's, below;
 * - at its end, what ends an outlet's name: 网 (央视网), 社 (新华社), 报 (日报), 央视, 卫视, 电视, 媒体,
 *   新闻, 电台, 广播, 杂志, 微博, 客户端, and 等 (北京等). Not 台, 视 or 频道: 台北, 烟台, 国际在线视频报道,
 *   吉林频道 are read as before;
 * - anywhere, 等 and 媒体 (国际在线北京等地消息, 国际在线媒体北京消息).
 * What a place is not, rather than a list of places: places are too many to name. Each word is a
 * bounded look at one of the slot's at most 8 characters, so the cost per position stays bounded.
 */
const NOT_PLACE_START = ['等', '与', '及', '或', '网', '今', '昨', '去年', '前年', '明年', '本月', '上月', '本周', '上周', '近期', '早前', ...DAY_WORDS];
const NOT_PLACE_END = ['网', '社', '报', '央视', '卫视', '电视', '媒体', '新闻', '电台', '广播', '杂志', '微博', '客户端', '用户', '读者', '听众', '博主', '等'];
const NOT_PLACE_ANYWHERE = ['等', '媒体'];
/**
 * A reporter's name after 记者 may end as an outlet's name does (驻东京记者王新闻, 记者李建社, 记者刘捷报):
 * an end word right after 记者 and one or two characters is not refused (not after 记者站). A lookbehind
 * inside the end words' own, so that it is tried only where one ends the slot.
 */
const REPORTER_NAME = '(?<!记者(?!站)\\p{Script=Han}{1,2})';
/** Words the rest of an alias may start that make it no name of the site: its users (国际在线网友, 网民), the licensor's 国际在线网络. */
const NOT_NAME = ['网友', '网民', '网络'];
/** A date as wire copy writes it: 3月1日, 2024年3月1日 (半角 or 全角, folded), 六月二十五日. */
const DATE = '(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日|(?:[〇零一二三四五六七八九]{4}年)?[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)';

/** What a slot in a marker pattern matches. */
const SLOTS: Record<string, string> = {
  // 1–8 Chinese characters, none of the NOT_PLACE words where they are refused (an end word ending
  // a name after 记者 is not), as few as will do: 北京, 吉林频道; then, as wire copy
  // dates it, a date that is not the slot's (国际在线北京3月1日消息); or the date alone (国际在线3月1日消息),
  // the slot's group then unset. Digits are no Han and the place is lazy, so the date never starts
  // inside the place and each start still tries at most 8 places
  place: `(?:((?!${NOT_PLACE_START.join('|')})(?:(?!${NOT_PLACE_ANYWHERE.join('|')})\\p{Script=Han}){1,8}?(?<!${REPORTER_NAME}(?:${NOT_PLACE_END.join('|')})))${DATE}?|${DATE})`,
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
export function compileMarkerPatterns(patterns: string[], publisher?: Names): CompiledMarker[] {
  const rest = publisher ? nameRest(publisher) : undefined;
  return patterns.slice(0, MARKER_LIMITS.markers).map((pattern) => compileOne(pattern, rest));
}

/** The publisher's name and the other names a credit may give it (Pack['publisher']). */
interface Names {
  name: string;
  aliases: readonly string[];
}

/** Where a pattern starts with the publisher's name, what may follow the name as an alias's rest. */
interface NameRest {
  /** The folded name. */
  name: string;
  /** A regex source: the rests, optional. */
  source: string;
}

/**
 * An alias that is the publisher's name and more (国际在线网 of 国际在线) is that name in a marker too:
 * 国际在线网北京消息 is the notice's 国际在线XX消息. Its rest may follow the name where a pattern starts
 * with it, unless the rest starts a word that makes it no name (NOT_NAME: 国际在线网友). Undefined
 * where no alias extends the name.
 */
function nameRest(publisher: Names): NameRest | undefined {
  const name = compact(keyText(publisher.name));
  const rests = [...new Set(publisher.aliases.map((a) => compact(keyText(a))))]
    .filter((alias) => alias.length > name.length && alias.startsWith(name))
    .map((alias) => alias.slice(name.length))
    .sort((a, b) => b.length - a.length);
  if (rests.length === 0 || name === '') return undefined;
  const one = (rest: string) => {
    const not = NOT_NAME.filter((w) => w.length > rest.length && w.startsWith(rest)).map((w) => escapeRegex(w.slice(rest.length)));
    return joint(name, rest) + spacedSource(rest) + (not.length > 0 ? `(?!${not.join('|')})` : '');
  };
  return { name, source: `(?:${rests.map(one).join('|')})?` };
}

/** What is wrong with an own-content marker pattern, or undefined when it compiles (pack validation asks). */
export function markerProblem(pattern: string): string | undefined {
  const compiled = compileOne(pattern);
  return compiled.ok ? undefined : compiled.error;
}

export function brokenSlot(pattern: string): string {
  return `'${pattern}' has a broken slot: write a slot as {place}, a lower-case name in braces`;
}

function compileOne(pattern: string, rest?: NameRest): CompiledMarker {
  const tooBig = markerSizeProblem(pattern);
  if (tooBig) return { ok: false, pattern, error: tooBig };
  const slots: string[] = [];
  let source = '';
  let literal = '';
  let lead = '';
  // what the source ends with: a space may stand between words and a slot, as between words
  let last: 'none' | 'words' | 'slot' = 'none';
  for (const part of pattern.split(/(\{[^{}]*\})/u)) {
    const slot = /^\{([^{}]*)\}$/u.exec(part)?.[1];
    if (slot === undefined) {
      if (/[{}]/u.test(part)) return { ok: false, pattern, error: brokenSlot(pattern) };
      const key = compact(keyText(part));
      const named = source === '' && rest !== undefined && key.startsWith(rest.name);
      if (source === '') lead = commonLead(taiwanForms(named ? rest.name : key, MARKER_PHRASES).map(firstWord));
      literal += part;
      if (key === '') continue;
      const remainder = named ? key.slice(rest.name.length) : '';
      const words = named ? anyForm(rest.name) + rest.source + (remainder === '' ? '' : joint(rest.name, remainder) + anyForm(remainder)) : anyForm(key);
      source += (last === 'slot' ? GAP : '') + words;
      last = 'words';
    } else if (Object.hasOwn(SLOTS, slot)) {
      slots.push(slot);
      source += (last === 'words' ? GAP : '') + SLOTS[slot];
      last = 'slot';
    } else {
      const known = Object.keys(SLOTS).map((s) => `{${s}}`).join(', ');
      return { ok: false, pattern, error: `'${pattern}' has an unknown slot {${slot}}: the slots are ${known}` };
    }
  }
  if (literal.trim() === '') return { ok: false, pattern, error: `'${pattern}' has no text of its own: a marker needs words around its slots` };
  return { ok: true, pattern, regex: new RegExp(source, 'dgu'), slots, lead, sticky: new RegExp(source, 'dyu') };
}

/** A regex source matching a folded literal (compact) in any of its Taiwan phrase forms, spaced or not (spacedSource). */
function anyForm(key: string): string {
  const forms = taiwanForms(key, MARKER_PHRASES);
  return forms.length === 1 ? spacedSource(key) : `(?:${forms.map(spacedSource).join('|')})`;
}

/**
 * Spaces a page sets inside a marker without meaning them: an HTML page's &nbsp; or a tag blanked
 * (本文为EDN电子技术设计 原创文章), a full-width space. Any space but a line break. Never two of them side
 * by side in a source, nor one beside a character it matches: each run of spaces is read one way.
 */
const GAP = '[^\\S\\r\\n]*';
/** Letters and digits that a space parts into words (CRI Online): between two of them a space is kept as written. */
const WORD = /^[a-z0-9]$/iu;

/** A literal without the spaces that mean nothing: those beside a character that is no Latin letter or digit; a run between words one space. */
function compact(key: string): string {
  return key.trim().replace(/\s+/gu, (space, at: number, whole: string) => (WORD.test(whole[at - 1]) && WORD.test(whole[at + space.length]) ? ' ' : ''));
}

/**
 * A compact literal as a regex source that matches it with or without spaces (GAP) between its
 * characters, as text matching ignores them (EDN电子技术设计原创文章 and EDN电子技术设计 原创文章 alike),
 * but for the space between two words in Latin letters, which stays one or more.
 */
function spacedSource(key: string): string {
  let source = '';
  let before = '';
  for (const c of key) {
    if (c === ' ') {
      source += '[^\\S\\r\\n]+';
    } else {
      if (before !== '' && before !== ' ' && !(WORD.test(before) && WORD.test(c))) source += GAP;
      source += escapeRegex(c);
    }
    before = c;
  }
  return source;
}

/** What stands between two compact literals written one after the other: GAP, but for a space of the second's own or between two words. */
function joint(before: string, after: string): string {
  return after.startsWith(' ') || (WORD.test(before.slice(-1)) && WORD.test(after[0])) ? '' : GAP;
}

/** A compact literal's first word: what markerMatches looks for holds no place a space may stand (GAP). */
function firstWord(key: string): string {
  const first = [...key][0] ?? '';
  return WORD.test(first) ? (/^[a-z0-9]+/iu.exec(key)?.[0] ?? first) : first;
}

/** What all forms start with: where markerMatches looks for a match (国际 for 国际在线 and 国际线上). */
function commonLead(forms: readonly string[]): string {
  let lead = forms[0];
  for (const form of forms) while (!form.startsWith(lead)) lead = lead.slice(0, -1);
  return lead;
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
