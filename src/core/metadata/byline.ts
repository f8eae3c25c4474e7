import type { Located, Span } from '../shared/types.js';
import { lineAt, quotedAt, type Scan } from './scan.js';
import { isClose, isHan, isOpen, isSpace, skipSpaceBack } from './chars.js';
import { bylineTagEnd, isHeaderPrefix, restIsCredit, skipSeparators, startsSentence } from './header.js';
import { editorNameLength, isAuthorName } from './names.js';
import { outletLike } from './outlets.js';
import { AUTHOR_WORDS, EDITOR_WORDS, OTHER_WORDS, isCompound, matchAt, wordsRegex } from './words.js';

type Role = 'author' | 'editor' | 'other';

const ANCHOR = wordsRegex([...AUTHOR_WORDS, ...EDITOR_WORDS], 'gu');
const KEY = wordsRegex([...AUTHOR_WORDS, ...EDITOR_WORDS, ...OTHER_WORDS]);
/** Words after a name that say what the person did: 报道, 整理, /文, 摄 (a photographer: not an author). */
const ROLE = wordsRegex(['文并摄', '前方报道', '综合报道', '整理报道', '报道', '整理', '整合', '编译', '翻摄', '摄影', '摄', '漫画', '图', '文']);
const GLUED_ROLE = wordsRegex(['前方报道', '综合报道', '整理报道', '报道', '整理', '编译', '翻摄', '摄影', '摄']);
const PICTURE_ROLES = new Set(['翻摄', '摄影', '摄', '漫画', '图']);
const NAME_CHAR = /[\p{L}\p{N}_.·•・'-]/u;
const NAME_SEPARATORS = '、/／';
/** 文/ and 图/ glued after a name are the name's last character and a slash: 崔艺文／广东商学院. */
const SLASH_KEY = /^[文图][/／]$/u;
/** 北京报道 after the names: the place the report was filed from. */
const PLACE_ROLE = wordsRegex(['报道', '发自']);
const SELF = new Set(['本报', '本网', '本台', '本刊', '本社']);
const MAX_QUALIFIER = 8;
const REPORTER_KEY = /^(?:\p{Script=Han}*记者|通讯员|作者)/u;
const MAX_BYLINE = 200;

export interface Bylines {
  authors: Located[];
  editors: Located[];
}

interface Person {
  role: Role;
  span: Span;
}

/**
 * Authors and editors from bylines and credits: 作者：X, 本报记者 X Y, 新京报记者 X, 文/X,
 * 通讯员 X, （记者黄鹭 于小博）, 责编：X, 【编辑:X】, (责编：X、Y). A byline opens a line (after
 * header matter) or a sentence, or is a bracketed credit at a line's end, after a dateline
 * (本报讯（记者X）) or at a line's start; 记者 in prose (记者了解到, 告诉记者) is none of these, and
 * what follows it does not read as names. Editors' names end at whitespace (责编：X 校对：Y).
 */
export function findBylines(scan: Scan): Bylines {
  const people: Person[] = [];
  let consumed = 0;
  for (const m of scan.key.matchAll(ANCHOR)) {
    if (m.index < consumed || quotedAt(scan, m.index) || isCompound(scan.key, m.index + m[0].length)) continue;
    const found = bracketed(scan, m.index) ?? inLine(scan, m.index);
    if (!found) continue;
    people.push(...found.people);
    consumed = found.end;
  }
  return { authors: unique(scan, people, 'author'), editors: unique(scan, people, 'editor') };
}

interface Parsed {
  people: Person[];
  end: number;
}

function inLine(scan: Scan, at: number): Parsed | undefined {
  const line = lineAt(scan, at);
  const start = qualifierStart(scan.key, at, line.start);
  if (!isHeaderPrefix(scan, line.start, start) && !startsSentence(scan, line.start, start)) return undefined;
  return parse(scan, start, Math.min(line.end, start + MAX_BYLINE), false);
}

/** A credit in brackets: （记者黄鹭 于小博）, （华盛顿特派记者 X 前方报道）, [责任编辑：X]. */
function bracketed(scan: Scan, at: number): Parsed | undefined {
  const { key } = scan;
  const line = lineAt(scan, at);
  let open = skipSpaceBack(key, at, line.start, 2) - 1;
  while (open >= line.start && at - open <= MAX_QUALIFIER && isHan(key[open])) open--;
  if (open < line.start || !isOpen(key[open]) || quotedAt(scan, open)) return undefined;
  const parsed = parse(scan, open + 1, Math.min(line.end, open + 1 + MAX_BYLINE), true);
  if (!parsed) return undefined;
  const close = closerAfter(key, parsed.end, line.end);
  const placed = isHeaderPrefix(scan, line.start, open) || afterDateline(key, open, line.start)
    || startsSentence(scan, line.start, open) || (close >= 0 && restIsCredit(scan, close + 1, line.end));
  return placed ? { people: parsed.people, end: close >= 0 ? close + 1 : parsed.end } : undefined;
}

/** 本报讯（…）, 新华社北京3月4日电（…）, 国际在线报道（…）, 国际在线北京消息（…）. */
function afterDateline(key: string, open: number, lineStart: number): boolean {
  let i = skipSpaceBack(key, open, lineStart, 2);
  if (isClose(key[i - 1]) && i - 1 > lineStart) i--;
  if (i <= lineStart) return false;
  return '讯电'.includes(key[i - 1]) || (i - 2 >= lineStart && ['消息', '报道'].includes(key.slice(i - 2, i)));
}

function closerAfter(key: string, from: number, lineEnd: number): number {
  for (let i = from; i < Math.min(lineEnd, from + 24); i++) {
    if (isClose(key[i])) return i;
    if (isOpen(key[i])) return -1;
  }
  return -1;
}

/** 新京报记者, 本报见习记者: an outlet's name glued before a reporter's key word belongs to the byline. */
function qualifierStart(key: string, at: number, lineStart: number): number {
  if (!isHan(key[at - 1]) || !REPORTER_KEY.test(key.slice(at, at + 6))) return at;
  for (let n = Math.min(MAX_QUALIFIER, at - lineStart); n >= 2; n--) {
    const word = key.slice(at - n, at);
    if (SELF.has(word) || outletLike(word)) return at - n;
  }
  return at;
}

interface State {
  people: Person[];
  role?: Role;
  /** After 图/: reporters named until 文/ took the pictures. */
  pictures: boolean;
  /** Names since the last key or role word: what a following 摄 or /漫画 takes back. */
  sinceRole: number;
  /** Names at the end joined by slashes: 长沙/合肥报道 names places, not people. */
  slashed: number;
}

type SeparatorKind = 'none' | 'space' | 'slash' | 'list';

function parse(scan: Scan, start: number, limit: number, inBrackets: boolean): Parsed | undefined {
  const { key } = scan;
  const state: State = { people: [], pictures: false, sinceRole: 0, slashed: 0 };
  let i = start;
  while (i < limit) {
    const from = i;
    while (i < limit && isNameSeparator(key[i], inBrackets)) i++;
    const kind = separatorKind(key.slice(from, i));
    const tag = kind === 'none' || kind === 'space' ? taggedAt(state, key, from, i, limit) : -1;
    if (tag > 0) {
      i = tag;
      continue;
    }
    if (i >= limit || isOpen(key[i]) || isClose(key[i])) break;
    const k = matchAt(KEY, key, i);
    if (k > 0 && isCompound(key, k)) break;
    if (k > 0) {
      setRole(state, key.slice(i, k));
      i = skipSeparators(key, k, limit);
      continue;
    }
    if (state.role === 'editor' && kind === 'space') break;
    const r = matchAt(ROLE, key, i);
    if (r > 0 && state.role && !NAME_CHAR.test(key[r] ?? ' ')) {
      if (PICTURE_ROLES.has(key.slice(i, r))) state.people.splice(state.sinceRole);
      state.sinceRole = state.people.length;
      i = r;
      continue;
    }
    const end = nameEnd(key, i, limit);
    if (end === i || !takeName(state, key, i, end, kind, inBrackets)) break;
    i = end;
  }
  return state.people.some((p) => p.role !== 'other') ? { people: state.people, end: i } : undefined;
}

/**
 * Where a trainee's bracketed tag after the last name read ends (张三（实习）、李四（见习）), so the names
 * after it are read too: -1 where no name ends at `from` (the spaces up to `i` aside) or the bracket
 * at `i` holds more than such a tag.
 */
function taggedAt(state: State, key: string, from: number, i: number, limit: number): number {
  const last = state.people[state.people.length - 1];
  if (!last || last.span.end !== from || i >= limit || !isOpen(key[i])) return -1;
  return bylineTagEnd(key, i, limit);
}

function setRole(state: State, word: string): void {
  state.pictures = word.startsWith('图') || (state.pictures && !word.startsWith('文'));
  state.role = state.pictures ? 'other' : roleOf(word);
  state.sinceRole = state.people.length;
}

/** Takes the token `key[i, end)` as a name, a qualifier or a place; false when it is none. */
function takeName(state: State, key: string, i: number, end: number, kind: SeparatorKind, inBrackets: boolean): boolean {
  const { role, people } = state;
  const token = key.slice(i, end);
  const length = role === 'editor' ? editorNameLength(token) : isAuthorName(token) ? token.length : 0;
  if (matchAt(KEY, key, end) > 0 && (role === undefined || length === 0 || SELF.has(token) || outletLike(token))) {
    return true; // a qualifier: 本报见习记者, 观察者网专栏作者
  }
  if (role === undefined || length === 0 || !endsName(key, end, inBrackets)) return false;
  const place = people.length > state.sinceRole && kind !== 'list' && matchAt(PLACE_ROLE, key, end) > 0;
  if (place) {
    if (kind === 'slash') people.splice(people.length - state.slashed);
    state.slashed = 0;
    return true;
  }
  people.push({ role, span: { start: i, end: i + length } });
  state.slashed = kind === 'slash' ? state.slashed + 1 : 1;
  return true;
}

/** What may follow a name: a separator, a bracket, a key word, a role word, the line's end. */
function endsName(key: string, end: number, inBrackets: boolean): boolean {
  const c = key[end];
  if (c === undefined || c === '\n' || c === '\r' || isNameSeparator(c, inBrackets) || isOpen(c) || isClose(c)) return true;
  return matchAt(KEY, key, end) > 0 || matchAt(GLUED_ROLE, key, end) > 0;
}

function isNameSeparator(c: string, inBrackets: boolean): boolean {
  return isSpace(c) || NAME_SEPARATORS.includes(c) || (inBrackets && '，,'.includes(c));
}

function separatorKind(run: string): SeparatorKind {
  if (run === '') return 'none';
  if (/\s/u.test(run)) return 'space';
  return /[/／]/u.test(run) ? 'slash' : 'list';
}

function nameEnd(key: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && NAME_CHAR.test(key[j])) {
    if (j > i && ((matchAt(KEY, key, j) > 0 && !SLASH_KEY.test(key.slice(j, j + 2))) || (j - i >= 2 && matchAt(GLUED_ROLE, key, j) > 0))) break;
    j++;
  }
  return j;
}

function roleOf(word: string): Role {
  if (EDITOR_WORDS.includes(word)) return 'editor';
  return AUTHOR_WORDS.includes(word) ? 'author' : 'other';
}

function unique(scan: Scan, people: readonly Person[], role: Role): Located[] {
  const seen = new Set<string>();
  const out: Located[] = [];
  for (const p of people) {
    if (p.role !== role) continue;
    const value = scan.text.slice(p.span.start, p.span.end);
    if (seen.has(value)) continue;
    seen.add(value);
    out.push({ value, span: p.span });
  }
  return out;
}
