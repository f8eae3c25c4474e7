// A two-character header label spaced out to line up with longer ones, as many government and local
// news CMSes print their header: 来 源：国际在线　作 者：张三, 来　源：, 来&nbsp;&nbsp;源：. A reader
// sees the label; the page is read as if its two characters stood together.
import type { Span } from '../shared/types.js';
import { COLONS } from './chars.js';
import { HEADER_WORDS } from './words.js';

/** The two-character labels read through the spaces between their characters (来源, 作者, 编辑, 日期, 出处…). */
const LABELS = new Set([...HEADER_WORDS, '出处'].filter((w) => w.length === 2));
const FIRSTS = new Set([...LABELS].map((w) => w[0]));
/** The label's first character, then a space: where a spaced label may start. */
const OPENING = new RegExp(`[${[...FIRSTS].join('')}][ \\t\\u00a0\\u3000]`, 'gu');
/** Spaces and their HTML padding (来&nbsp;&nbsp;&nbsp;&nbsp;源 pads each entity to its length): longer, it is no label. */
const MAX_GAP = 32;
/** Spaces between the label and its colon (来 源 ：). */
const MAX_BEFORE_COLON = 12;

function isGap(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\u3000';
}

/**
 * The runs of spaces inside spaced labels of a key text, in order: each between the label's two
 * characters, where a colon follows the label (来 源：). 来 源源不断 or 未来 源于 is no label.
 * Each label is looked at once, over at most MAX_GAP + MAX_BEFORE_COLON characters.
 */
export function labelGaps(key: string): Span[] {
  const gaps: Span[] = [];
  for (const m of key.matchAll(OPENING)) {
    const start = m.index + 1;
    let end = start;
    while (end < key.length && end - start < MAX_GAP && isGap(key[end])) end++;
    if (!LABELS.has(key[m.index] + key[end])) continue;
    let colon = end + 1;
    while (colon < key.length && colon - end <= MAX_BEFORE_COLON && isGap(key[colon])) colon++;
    if (COLONS.includes(key[colon] ?? '\n')) gaps.push({ start, end });
  }
  return gaps;
}
