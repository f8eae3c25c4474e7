import { findBylines } from './byline.js';
import { isClose, isOpen, isSpace } from './chars.js';
import { newScan, type Scan } from './scan.js';
import { findSourceClaims } from './sources.js';
import { readValue } from './value.js';
import { AUTHOR_WORDS, EDITOR_WORDS, matchAt, wordsRegex } from './words.js';

const BYLINE_KEY = wordsRegex([...AUTHOR_WORDS, ...EDITOR_WORDS]);

/**
 * The outlet a source field names when its value is written as a credit or carries a byline:
 * `source: 来源:国际在线`, `"来源：国际在线"`, `【本文来源：国际在线】` and `国际在线 记者 张三` all
 * name 国际在线. Undefined where the value is anything else (a bare name is read as it stands):
 * the credit must fill the value, and what follows the name must be a byline that the byline
 * reader takes to the value's end, so a name is never cut short (国际在线 新华社 stays whole).
 */
export function creditInField(written: string): string | undefined {
  const scan = newScan(written);
  const claim = findSourceClaims(scan)[0];
  if (claim) {
    if (!onlyMarks(written, 0, claim.line.span.start)) return undefined;
    return restIsByline(scan, claim.line.span.end, true) ? claim.value : undefined;
  }
  const read = readValue(scan, 0, written.length);
  if (!read || !restIsByline(scan, read.end, false)) return undefined;
  return written.slice(read.value.start, read.value.end);
}

/** Whether `text[from, to)` holds nothing but whitespace and opening brackets. */
function onlyMarks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text[i]) && !isOpen(text[i])) return false;
  return true;
}

/** Whether what follows a name is nothing (where `emptyOk`) or a byline read to the value's end. */
function restIsByline(scan: Scan, from: number, emptyOk: boolean): boolean {
  const { key } = scan;
  let end = key.length;
  while (end > from && (isSpace(key[end - 1]) || isClose(key[end - 1]))) end--;
  if (end === from) return emptyOk;
  let i = from;
  while (i < end && isSpace(key[i])) i++;
  if (matchAt(BYLINE_KEY, key, i) < 0) return false;
  const { authors, editors } = findBylines(scan);
  return [...authors, ...editors].some((person) => person.span.start >= i && person.span.end === end);
}
