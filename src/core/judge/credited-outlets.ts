// The outlets a credit's value names, read as editors write them: 来源：国际在线、新华社 names two;
// 来源：据国际在线 and 来源：综合国际在线 name 国际在线 (据 and 综合 say the article draws on it); 来源：国际在线等
// names it among others left unnamed; 来源：国际在线综合新华社 names both (compiled from each); 来源：国际在线·环球资讯
// names 国际在线 (a column of it, as 人民网-文化频道 is a channel); a web address names its host.
import type { SourceClaim } from '../metadata/types.js';
import { hostOf } from '../metadata/web-address.js';
import { outletLike } from '../metadata/outlets.js';
import { normalize } from '../normalize/index.js';
import { keyText } from '../shared/keytext.js';

/**
 * Spaces part two names (国际在线 新华社, 新华社 综合 国际在线: read whole by the value reader only
 * where each is an outlet's), but not a Latin name (Source: The Paper).
 * 和 and 与 join names only between two (新华社和人民日报): the 和 of 和讯网 starts one. 综合 (综合自)
 * between two names joins them too, unless a report's or channel's word follows it (新华社综合报道,
 * 央视综合频道: one outlet's).
 */
const SEPARATORS = /[、，,;；/]|\s[和与]\s|(?<=\p{Script=Han})\s+(?:综合自?\s+)?(?=\p{Script=Han})|(?<=\S{2})[和与](?=\S{2})|(?<=\S{2})综合自?(?!报道|消息|频道|新闻|快讯|讯|版)(?=\S{2})/u;
/** Words before an outlet's name that say the article draws on it. */
const DRAWS_ON = /^(?:据|综合自|综合)(?=\S{2})/u;
/** Words after the last name that say there are other sources, unnamed. */
const AND_OTHERS = /(?<=\S{2})等(?:媒体|网站)?$/u;
/** A mark between a name and its column or channel, 国际在线·环球资讯, 人民网-文化频道: with a Han character beside it. */
const COLUMN_MARK = /(?<=\p{Script=Han})[·・\-－—–](?=\S)|(?<=\S)[·・\-－—–](?=\p{Script=Han})/u;

/** A name spaced out character by character: 国 际 在 线 (one name, read whole by the value reader). */
const SPACED_LETTERS = /^\p{Script=Han}(?:[ \t\u00a0\u3000]{1,2}\p{Script=Han})+$/u;

/** Two Chinese words parted by a space or two: 国际 在线, a name with a stray space inside, or 国际在线 新华社, two names. */
const TWO_WORDS = /^(\p{Script=Han}+)[ \t\u00a0\u3000]{1,2}(\p{Script=Han}+)$/u;

/**
 * Whether a claim's name is spaced out character by character (国 际 在 线) or has a stray space
 * inside (国际 在线: no outlet's name before the space, one with the word after it, as the value
 * reader reads it whole): one name, in no form any notice writes.
 */
export function spacedOut(claim: SourceClaim): boolean {
  const value = claim.value.trim();
  if (SPACED_LETTERS.test(value)) return true;
  const words = TWO_WORDS.exec(value);
  return words !== null && !outletLike(keyText(words[1])) && outletLike(keyText(words[1] + words[2]));
}

/** A claim's name, one spaced out (国 际 在 线, 国际 在线) written together: 国际在线. */
function nameOf(claim: SourceClaim): string {
  return spacedOut(claim) ? claim.value.replace(/\s+/gu, '') : claim.value;
}

/** The outlets a claim names, each as written without 据, 综合 or 等; a web address as its host. */
export function outletsOf(claim: SourceClaim): string[] {
  const host = hostOf(claim.value);
  if (host !== undefined) return [host];
  return nameOf(claim)
    .split(SEPARATORS)
    .flatMap((s) => beforeColumn(s.trim().replace(DRAWS_ON, '').replace(AND_OTHERS, '')))
    .filter((s) => s !== '');
}

/**
 * A name with what follows a column mark after it: the name alone where that is a column
 * (国际在线·环球资讯: 国际在线), both where it is another outlet (国际在线·新华社); a channel written
 * with 频道 is left to the outlet's key (人民网-文化频道 is 人民网).
 */
function beforeColumn(name: string): string[] {
  const mark = COLUMN_MARK.exec(name);
  if (!mark || mark.index < 2) return [name];
  const head = name.slice(0, mark.index);
  const tail = name.slice(mark.index + 1);
  const key = normalize(tail).text;
  if (key.endsWith('频道')) return [name];
  return outletLike(key) ? [head, tail] : [head];
}

/** Whether a claim credits more than one outlet (来源：国际在线、新华社), or one among others it leaves unnamed (来源：国际在线等). */
export function namesSeveral(claim: SourceClaim): boolean {
  if (hostOf(claim.value) !== undefined || spacedOut(claim)) return false;
  return SEPARATORS.test(claim.value) || AND_OTHERS.test(claim.value.trim()) || outletsOf(claim).length > 1;
}
