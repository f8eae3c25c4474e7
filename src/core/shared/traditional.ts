import { IDEOGRAPH_FOLDS } from './fold-data.js';
import { TRADITIONAL_FORMS } from './traditional-data.js';
import { lazy } from './once-per.js';

const forms = lazy(() => pairs(TRADITIONAL_FORMS));
const simplified = lazy(() => pairs(IDEOGRAPH_FOLDS));
/** The traditional forms back to their simplified characters (see inSimplified). */
const unforms = lazy(() => new Map([...forms()].map(([s, t]) => [t, s])));

/**
 * Simplified characters whose traditional form depends on the word (发: 頭髮, 發展; 干: 乾淨, 幹部,
 * 干涉; 面: 麵條, 見面; 台: 臺灣, 檯燈, 颱風, 兄台; 里: 裏面, 公里): left as they are, not guessed.
 */
const WORD_DEPENDENT = new Set('发干面台里后复系历钟只松冲制征余谷斗范丑卷尽汇获坛准蒙签表几了朴布游并划凶舍吁郁御扑苏志咸岳尸采药卤叶周涂胡须淀克烟占杠致恶脏纤蜡升伙折云借困奸赞');
/** The forms toTraditional writes: one form for a character, whatever the word. */
const sureForms = lazy(() => new Map([...forms()].filter(([s]) => !WORD_DEPENDENT.has(s))));

/** Simplified characters to their traditional forms (来源:国际在线 → 來源:國際在線); the rest, those whose form depends on the word among them, as it is. */
export function toTraditional(text: string): string {
  return mapped(text, sureForms());
}

/** Traditional characters to the simplified ones they fold to in matching (來源:國際在線 → 来源:国际在线); the rest, punctuation included, as it is. */
export function toSimplified(text: string): string {
  return mapped(text, simplified());
}

/**
 * A name in simplified characters where it is written in traditional ones (澎湃新聞 → 澎湃新闻): each
 * character that is the traditional form --fix writes for a simplified one (see toTraditional) back
 * to that one, not by the folds of matching (乾縣 is 乾县, not 干县); a name not written in
 * traditional characters as it is (著名 stays).
 */
export function inSimplified(text: string): string {
  if (!writtenTraditional(text)) return text;
  return mapped(text, unforms());
}

/**
 * Per UTF-16 unit: 1 a traditional-only form (國, 來), -1 a simplified-only one (国, 来), 0 neither.
 * Every form in the tables is one unit, so a text is read unit by unit, not through two Maps.
 */
const scriptOf = lazy(() => {
  const table = new Int8Array(0x10000);
  for (const ch of forms().keys()) table[ch.charCodeAt(0)] = -1;
  for (const ch of simplified().keys()) table[ch.charCodeAt(0)] = 1;
  return table;
});

/** Whether more of the text's characters are traditional-only forms (國, 來) than simplified-only ones (国, 来). */
export function writtenTraditional(text: string): boolean {
  const table = scriptOf();
  let balance = 0;
  for (let i = 0; i < text.length; i++) balance += table[text.charCodeAt(i)];
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
