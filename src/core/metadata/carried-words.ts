// The words joining a credit to whose its text is (来源：国际在线 转自新华社), and what may stand
// between the two: read here for metadata, and by judge/carried-credits.ts to tell them one credit.
import { SEPARATORS, skipSpace } from './chars.js';
import { wordsRegex } from './words.js';

/** An excerpt's words (（本文摘编自国际在线）, 选自《人民日报》, 编译自新华网): taken from X, as 转载自 says of a whole article. */
export const EXCERPT_WORDS = ['摘编自', '摘录自', '摘自', '选编自', '选自', '编译自'];

/** The words saying where a credit's text was taken from: 转载自新华社, 转自新华社, and an excerpt's. */
export const CARRIED_WORDS = ['转载自', '转自', ...EXCERPT_WORDS];

/** One of CARRIED_WORDS where it is matched (sticky, see matchAt): 国际在线转载自新华社. */
export const CARRIED_WORD = wordsRegex(CARRIED_WORDS);

/** Whether a credit's key word is one of CARRIED_WORDS, led or not (本文转载自, 内容摘自). */
export function endsCarriedWord(word: string): boolean {
  return CARRIED_WORDS.some((w) => word.endsWith(w));
}

/** Whether a credit's key word is one of EXCERPT_WORDS, led or not (本文摘编自, 选自). */
export function endsExcerptWord(word: string): boolean {
  return EXCERPT_WORDS.some((w) => word.endsWith(w));
}

/** What parts two credits on a line: a comma or semicolon (来源：国际在线，转自新华社) or a bar (来源：国际在线｜转自新华社, 丨, |). */
const GAP_MARKS = `，,；;${SEPARATORS}`;
/** The brackets a 转自 may open in: 来源：国际在线（转载自吉林日报）, 【转自吉林日报】. */
const GAP_BRACKETS = '（(【[〔';
const MAX_GAP_BRACKETS = 3;

/**
 * Where the gap between a carrier's credit and the 转自 after it, starting at `from`, ends: spaces,
 * one comma, semicolon or bar, spaces, and up to three opening brackets with spaces between
 * (来源：国际在线 | 转自新华社, 来源：国际在线（转载自吉林日报）, nothing in 来源：国际在线转载自新华社).
 */
export function carrierGapEnd(text: string, from: number, end: number): number {
  let i = skipSpace(text, from, end);
  if (i < end && GAP_MARKS.includes(text[i])) i = skipSpace(text, i + 1, end);
  for (let n = 0; n < MAX_GAP_BRACKETS && i < end && GAP_BRACKETS.includes(text[i]); n++) i = skipSpace(text, i + 1, end);
  return i;
}

/** Whether all of text[from, to) is such a gap. */
export function isCarrierGap(text: string, from: number, to: number): boolean {
  return from <= to && carrierGapEnd(text, from, to) === to;
}
