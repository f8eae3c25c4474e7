// A notice's text cut into clauses and sentences, each sentence read in a folded form (width,
// script, spaced-out characters) with a map back to the words as written, so that what the
// compiler quotes is always the notice's own words.
import { keyText } from '../../shared/keytext.js';

export interface NoticeClause {
  number: number;
  /** The clause's words as written (paragraphs joined by a blank line), its number dropped. */
  text: string;
}

export interface Sentence {
  clause: number;
  /** Folded: full-width to half-width, traditional to simplified, spaces between characters dropped. */
  norm: string;
  /** For each unit of `norm`, its offset in the clause's text. */
  map: number[];
  /** The sentence as written. */
  text: string;
}

export interface NoticeText {
  title?: string;
  clauses: NoticeClause[];
  sentences: Sentence[];
}

const NUMBERED = /^\s*(?:第([0-9一二三四五六七八九十]{1,3})条|[(（]?([0-9]{1,2}|[一二三四五六七八九十]{1,3})[)）]?\s*[、.．:：])\s*/u;
const TITLE_WORDS = /声明|须知|说明|条款|公告|版权/u;
const SENTENCE_END = /[。！？!?；;\n]/u;

/** The notice cut into title, clauses and sentences. Lines starting with # are comments. */
export function readNotice(source: string): NoticeText {
  const lines = source.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u).filter((l) => !/^\s*#/u.test(l));
  const paragraphs = lines.map((l) => l.trim()).filter((l) => l !== '');
  let title: string | undefined;
  if (paragraphs.length > 1 && isTitle(paragraphs[0])) title = paragraphs.shift();
  const clauses = toClauses(paragraphs);
  return { ...(title ? { title } : {}), clauses, sentences: clauses.flatMap(sentencesOf) };
}

/** A line claiming the rights (人民网版权所有, 版权所有 © 南江网, 本网所有内容版权归南江网所有) is the notice's first term, not its title. */
const RIGHTS_CLAIM = /版[权權](?:所有|[均皆]?(?:归|歸|属于|屬於))|copyright|©|all rights reserved/iu;

function isTitle(line: string): boolean {
  return [...line].length <= 40 && TITLE_WORDS.test(line) && !/[。，,；;！]/u.test(line) && !RIGHTS_CLAIM.test(line);
}

/** Numbered paragraphs (1、 2. 第三条) start clauses, and the paragraphs after one belong to it; without numbers, each paragraph is a clause. */
function toClauses(paragraphs: string[]): NoticeClause[] {
  const numbered = paragraphs.some((p) => NUMBERED.test(p));
  const clauses: NoticeClause[] = [];
  for (const paragraph of paragraphs) {
    const m = NUMBERED.exec(paragraph);
    if (m || !numbered || clauses.length === 0) {
      const text = m ? paragraph.slice(m[0].length) : paragraph;
      const number = m ? numberOf(m[1] ?? m[2]) : clauses.length + 1;
      clauses.push({ number: clauses.some((c) => c.number === number) ? clauses.length + 1 : number, text });
    } else {
      clauses[clauses.length - 1].text += `\n\n${paragraph}`;
    }
  }
  return clauses;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 12, 三, 十二, 二十 as a number. */
export function numberOf(written: string): number {
  if (/^[0-9]+$/u.test(written)) return Number(written);
  const [tens, ones] = written.includes('十') ? written.split('十') : ['', written];
  const t = written.includes('十') ? (tens === '' ? 1 : (DIGITS[tens] ?? 0)) : 0;
  return t * 10 + (ones === '' ? 0 : (DIGITS[ones] ?? 0));
}

/**
 * Folds a clause and cuts it into sentences. A single space between two characters that are not
 * both Latin letters or digits is dropped (人 民 网 版 权 所 有 reads 人民网版权所有); a run of two or
 * more spaces separates sentences, as page footers use it.
 */
export function sentencesOf(clause: NoticeClause): Sentence[] {
  const key = halfWidth(keyText(clause.text));
  let norm = '';
  const map: number[] = [];
  for (let i = 0; i < key.length; i++) {
    const c = key[i];
    if (/\s/u.test(c)) {
      let j = i;
      while (j + 1 < key.length && /\s/u.test(key[j + 1])) j++;
      const run = j - i + 1;
      if (run >= 2 || c === '\n') {
        norm += '\n';
        map.push(i);
      } else if (!spacedOut(key, i)) {
        norm += ' ';
        map.push(i);
      }
      i = j;
      continue;
    }
    norm += c;
    map.push(i);
  }
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= norm.length; i++) {
    if (i < norm.length && !SENTENCE_END.test(norm[i])) continue;
    const s = trimRange(norm, start, i);
    if (s) sentences.push({ clause: clause.number, norm: norm.slice(s[0], s[1]), map: map.slice(s[0], s[1]), text: clause.text.slice(map[s[0]], map[s[1] - 1] + 1) });
    start = i + 1;
  }
  return sentences;
}

/** Full-width punctuation as half-width (，：（） → ,:()), U+3000 as a space: keyText leaves punctuation as written. Same length. */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/gu, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** The words as written of the range [start, end) of a sentence's folded text; spaces between two Chinese characters dropped. */
export function writtenOf(sentence: Sentence, start: number, end: number): string {
  const base = sentence.map[0];
  const words = sentence.text.slice(sentence.map[start] - base, sentence.map[end - 1] - base + 1);
  return words.replace(/(?<=[^\s\x00-\x7f])\s+(?=[^\s\x00-\x7f])/gu, '');
}

/** The words as written of a value read from a sentence's folded text (its first occurrence), else the value. */
export function restore(sentence: Sentence, value: string): string {
  const at = sentence.norm.indexOf(value);
  return at < 0 ? value : writtenOf(sentence, at, at + value.length);
}

/** A single space inside 人 民 网 版 权: the characters either side stand alone between spaces. */
function spacedOut(key: string, i: number): boolean {
  const single = (at: number) => /[^\s\x00-\x7f]/u.test(key[at] ?? '') && (at === 0 || at === key.length - 1 || /\s/u.test(key[at - 1]) || /\s/u.test(key[at + 1]));
  return single(i - 1) && single(i + 1) && (/\s/u.test(key[i - 2] ?? ' ') || /\s/u.test(key[i + 2] ?? ' '));
}

function trimRange(norm: string, start: number, end: number): [number, number] | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(norm[s])) s++;
  while (e > s && /\s/u.test(norm[e - 1])) e--;
  return e > s ? [s, e] : undefined;
}


/**
 * The sentence's segments: ranges of `norm` between commas and brackets, never cut inside
 * quotation marks (“来源:XXX(非国际在线)” is one piece).
 */
export function segmentsOf(norm: string): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= norm.length; i++) {
    const c = norm[i];
    if (c === '“' || c === '「') depth++;
    else if ((c === '”' || c === '」') && depth > 0) depth--;
    if (i < norm.length && (depth > 0 || !/[,，()]/u.test(c))) continue;
    if (i > start) out.push([start, i]);
    start = i + 1;
  }
  return out;
}
