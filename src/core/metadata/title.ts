import type { Located } from '../shared/types.js';
import { lineAt, quotedAt, type Scan } from './scan.js';
import { CLOSE_BRACKETS, OPEN_BRACKETS, isOpen, isSpace } from './chars.js';

const MAX_LEAD = 40;
/** Longer than this, the rest of the line is a paragraph, not a headline. */
const MAX_TITLE = 200;
const TITLE_KEY = /(?:新闻|本文|文章)?原(?:标题|题)(?:为|是)?/gu;
const LEAD = new RegExp(`^[\\s${escapeClass(OPEN_BRACKETS)}]*$`, 'u');
const TITLE_AT = new RegExp(TITLE_KEY.source, 'uy');
const LEAD_RUN = new RegExp(`^[\\s${escapeClass(OPEN_BRACKETS)}]*`, 'u');
const AFTER_KEY = new RegExp(`^[\\s:：${escapeClass(CLOSE_BRACKETS)}]*`, 'u');

/**
 * The first 原标题：…, 原题：…, 【原标题】…, （原标题：…） or 原题为《…》 that opens a line (after
 * whitespace and brackets): the title runs to the end of the line, without the bracket that
 * closes the one opened before the key, and without 《》 wrapped around the whole title. A
 * "title" longer than 200 characters is a paragraph that happens to start with the words.
 */
export function findOriginalTitle(scan: Scan): Located | undefined {
  // most pages have none: two indexOf scans, not a regex that has no literal to look for first
  if (!scan.key.includes('原标题') && !scan.key.includes('原题')) return undefined;
  for (const m of scan.key.matchAll(TITLE_KEY)) {
    const title = titleAt(scan, m.index, m[0].length);
    if (title) return title;
  }
  return undefined;
}

/**
 * Whether a line opens with 原标题 (after whitespace and brackets), as 原标题：…　来源：CRI does: a credit
 * after a space there closes the line as it closes a headline's.
 */
export function opensOriginalTitle(scan: Scan, line: { start: number; end: number }): boolean {
  const from = line.start + (LEAD_RUN.exec(scan.key.slice(line.start, Math.min(line.end, line.start + MAX_LEAD)))?.[0].length ?? 0);
  TITLE_AT.lastIndex = from;
  return TITLE_AT.test(scan.key) && !quotedAt(scan, from);
}

function titleAt(scan: Scan, at: number, length: number): Located | undefined {
  const { key } = scan;
  const line = lineAt(scan, at);
  if (at - line.start > MAX_LEAD) return undefined;
  const lead = key.slice(line.start, at);
  if (!LEAD.test(lead) || quotedAt(scan, at)) return undefined;
  let start = at + length + (AFTER_KEY.exec(key.slice(at + length, Math.min(line.end, at + length + MAX_LEAD)))?.[0].length ?? 0);
  let end = line.end;
  while (end > start && isSpace(key[end - 1])) end--;
  const opened = [...lead].some(isOpen);
  if (opened && end > start && CLOSE_BRACKETS.includes(key[end - 1])) end--;
  if (key[start] === '《' && key[end - 1] === '》' && key.indexOf('》', start) === end - 1) {
    start++;
    end--;
  }
  if (end <= start || end - start > MAX_TITLE) return undefined;
  return { value: scan.text.slice(start, end), span: { start, end } };
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]\[^-]/gu, '\\$&');
}
