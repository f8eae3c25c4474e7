import type { Span } from '../types.js';
import type { Scan } from './scan.js';
import { CLOSE_BRACKETS, OPEN_BRACKETS, SEPARATORS, isSpace, skipSpace } from './chars.js';
import { VALUE_STOP_WORDS, matchAt, wordsRegex } from './words.js';

/** Longer than this, what follows 来源 is prose, not an outlet's name. */
const MAX_VALUE = 40;
const STOP = wordsRegex(VALUE_STOP_WORDS);
const ENDS = `${OPEN_BRACKETS}${CLOSE_BRACKETS}${SEPARATORS}“”"'「」『』‘’。，,；;！!？?`;
const WRAPS = new Map([['《', '》'], ['“', '”'], ['「', '」'], ['『', '』'], ['〈', '〉']]);
const LATIN = /[a-z]/u;

export interface ValueRead {
  /** The name itself, without 《》 or quotes around it. */
  value: Span;
  /** Where what was read ends (after a closing 》). */
  end: number;
}

/**
 * The outlet name that starts at `from` (after spaces): up to whitespace, a bracket, a full
 * stop, a separator or the next header word (责编, 作者, 参与互动 ...). A name in 《》 or quotes
 * is read to its closing mark. A Latin name may hold single spaces (Source: The Paper).
 */
export function readValue(scan: Scan, from: number, lineEnd: number): ValueRead | undefined {
  const { key } = scan;
  const i = skipSpace(key, from, lineEnd);
  const close = WRAPS.get(key[i]);
  if (close !== undefined) {
    const j = key.indexOf(close, i + 1);
    if (j < 0 || j > Math.min(lineEnd, i + 1 + MAX_VALUE) || j === i + 1) return undefined;
    return { value: { start: i + 1, end: j }, end: j + 1 };
  }
  let j = runEnd(key, i, lineEnd);
  if (j === i || j - i > MAX_VALUE) return undefined;
  if (LATIN.test(key[i])) {
    while (key[j] === ' ' && LATIN.test(key[j + 1] ?? '') && j - i <= MAX_VALUE) j = runEnd(key, j + 1, lineEnd);
  }
  while (j > i && '-_·—'.includes(key[j - 1])) j--;
  return j > i ? { value: { start: i, end: j }, end: j } : undefined;
}

function runEnd(key: string, i: number, lineEnd: number): number {
  let j = i;
  const limit = Math.min(lineEnd, i + MAX_VALUE + 1);
  while (j < limit && !isSpace(key[j]) && !ENDS.includes(key[j])) {
    if (j > i && matchAt(STOP, key, j) > 0) break;
    j++;
  }
  return j;
}
